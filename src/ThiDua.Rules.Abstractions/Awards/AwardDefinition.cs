using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules
{
    /// <summary>An award of the catalogue under one regime, with its conditions.</summary>
    public sealed record AwardDefinition
    {
        /// <summary>Creates an award definition.</summary>
        /// <param name="code">Stable ASCII code, e.g. <c>LDTT</c>.</param>
        /// <param name="regimeId">The regime whose rule data defines it.</param>
        /// <param name="name">The award's name.</param>
        /// <param name="subject">Who receives it.</param>
        /// <param name="category">Its legal category.</param>
        /// <param name="cadence">How often it can be given.</param>
        /// <param name="eligibleCategories">The personnel categories it is for; empty when it is for everyone.</param>
        /// <param name="conditions">Its conditions, in the order they are reported.</param>
        /// <param name="notes">What the rule data does not cover for this award, or <see langword="null"/>.</param>
        public AwardDefinition(
            string code,
            string regimeId,
            LocalizedText name,
            AwardSubject subject,
            AwardCategory category,
            AwardCadence cadence,
            IReadOnlyList<PersonnelCategory> eligibleCategories,
            IReadOnlyList<ConditionDefinition> conditions,
            LocalizedText? notes)
        {
            Code = code ?? throw new ArgumentNullException(nameof(code));
            RegimeId = regimeId ?? throw new ArgumentNullException(nameof(regimeId));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Subject = subject;
            Category = category;
            Cadence = cadence;
            EligibleCategories = eligibleCategories ?? throw new ArgumentNullException(nameof(eligibleCategories));
            Conditions = conditions ?? throw new ArgumentNullException(nameof(conditions));
            Notes = notes;
        }

        /// <summary>Stable ASCII code, e.g. <c>LDTT</c>.</summary>
        public string Code { get; }

        /// <summary>The regime whose rule data defines this award.</summary>
        public string RegimeId { get; }

        /// <summary>The award's name.</summary>
        public LocalizedText Name { get; }

        /// <summary>Who receives it.</summary>
        public AwardSubject Subject { get; }

        /// <summary>Its legal category.</summary>
        public AwardCategory Category { get; }

        /// <summary>How often it can be given.</summary>
        public AwardCadence Cadence { get; }

        /// <summary>The personnel categories it is for; empty when it is for everyone.</summary>
        public IReadOnlyList<PersonnelCategory> EligibleCategories { get; }

        /// <summary>Its conditions, in the order results report them.</summary>
        public IReadOnlyList<ConditionDefinition> Conditions { get; }

        /// <summary>The awards whose standard this award requires (e.g. CSTDCS requires LDTT or CSTT).</summary>
        public IReadOnlyList<string> Prerequisites => Conditions.SelectMany(c => c.PrerequisiteAwards).Distinct(StringComparer.Ordinal).ToList();

        /// <summary>What the rule data does not cover for this award, or <see langword="null"/>.</summary>
        public LocalizedText? Notes { get; }

        /// <summary>
        /// The award's alternative routes, when the law gives several sets of conditions any one of which suffices; each
        /// condition with a <see cref="ConditionDefinition.Route"/> belongs to one of them and the others are common to
        /// all. <see langword="null"/> when the award has one route: every condition must be met.
        /// </summary>
        public IReadOnlyList<AwardRoute>? Routes { get; init; }

        /// <summary>
        /// Whether the award is a State-level form of commendation (<c>khen thưởng cấp Nhà nước</c>): orders, medals, State
        /// honorary titles and, where the rule data says so, the Prime Minister's certificate of merit. The yearly limit on
        /// State-level forms of a nomination list reads it.
        /// </summary>
        public bool IsStateLevel { get; init; }

        /// <summary>
        /// The basis every grant of this award has by law, when it does not depend on the achievement: the service medals
        /// (Huy chương Chiến sĩ vẻ vang, Quân kỳ quyết thắng, Vì an ninh Tổ quốc) are given for years of service, so their
        /// basis is <see cref="CommendationBasis.Seniority"/>. <see langword="null"/> when the nomination or the award
        /// record must state it. A nomination or award record without a basis of its own takes this one.
        /// </summary>
        public CommendationBasis? Basis { get; init; }

        /// <summary>Whether the award is for people of <paramref name="category"/>.</summary>
        /// <param name="category">A personnel category.</param>
        /// <returns><see langword="true"/> if it is.</returns>
        public bool IsFor(PersonnelCategory category) => EligibleCategories.Count == 0 || EligibleCategories.Contains(category);
    }
}
