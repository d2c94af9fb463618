using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ThiDua.Rules
{
    /// <summary>The awards, regimes and conditions the loaded rule data defines.</summary>
    public interface IAwardCatalog
    {
        /// <summary>The regimes, ordered by the periods they cover.</summary>
        IReadOnlyList<LegalRegime> Regimes { get; }

        /// <summary>The awards of <paramref name="regimeId"/>.</summary>
        /// <param name="regimeId">A regime id, e.g. <c>vn-2013</c>.</param>
        /// <returns>The awards, in catalogue order.</returns>
        /// <exception cref="UnknownRegimeException">No regime has that id.</exception>
        IReadOnlyList<AwardDefinition> GetAwards(string regimeId);

        /// <summary>Finds an award of a regime.</summary>
        /// <param name="regimeId">A regime id.</param>
        /// <param name="code">An award code.</param>
        /// <param name="award">The award, when found.</param>
        /// <returns><see langword="true"/> when the regime defines the award.</returns>
        bool TryGetAward(string regimeId, string code, [NotNullWhen(true)] out AwardDefinition? award);

        /// <summary>Gets an award of a regime.</summary>
        /// <param name="regimeId">A regime id.</param>
        /// <param name="code">An award code.</param>
        /// <returns>The award.</returns>
        /// <exception cref="UnknownRegimeException">No regime has that id.</exception>
        /// <exception cref="UnknownAwardException">The regime does not define that award.</exception>
        AwardDefinition GetAward(string regimeId, string code);

        /// <summary>Selects the regime that covers <paramref name="period"/>.</summary>
        /// <param name="period">An assessment period.</param>
        /// <returns>The regime.</returns>
        /// <exception cref="PeriodNotCoveredException">No regime covers the period.</exception>
        LegalRegime ResolveRegime(AssessmentPeriod period);

        /// <summary>The facts conditions may need, with the dossier field that supplies each.</summary>
        IReadOnlyList<FactDefinition> Facts { get; }

        /// <summary>Finds a fact by the name conditions use in <see cref="ConditionDefinition.RequiredFacts"/>.</summary>
        /// <param name="name">A fact name.</param>
        /// <param name="fact">The fact, when found.</param>
        /// <returns><see langword="true"/> when the name is a known fact.</returns>
        bool TryGetFact(string name, [NotNullWhen(true)] out FactDefinition? fact);

        /// <summary>Whether any regime defines an award with this code.</summary>
        /// <param name="code">An award code.</param>
        /// <returns><see langword="true"/> when the code is known.</returns>
        bool IsKnownCode(string code);
    }
}
