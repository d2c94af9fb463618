using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// A unit's nomination list for one assessment period, as its emulation council votes it: the people proposed for
    /// each individual title (with their dossiers) and the collectives proposed for collective titles. It is checked
    /// as a whole: every nomination by the checker, then the list's own rules (caps, titles that exclude each other,
    /// an achievement proposed twice) over the per-nomination results.
    /// </summary>
    public sealed record NominationList
    {
        /// <summary>The host's identifier of the unit whose list it is.</summary>
        public string? UnitId { get; init; }

        /// <summary>The assessment period of every nomination on the list.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>A regime to use instead of the one the period's dates select.</summary>
        public string? RegimeId { get; init; }

        /// <summary>The dossiers of the people on the list; each needs an <see cref="IndividualDossier.Id"/> that nominations refer to.</summary>
        public IReadOnlyList<IndividualDossier>? Members { get; init; }

        /// <summary>The individual nominations: who is proposed for which title.</summary>
        public IReadOnlyList<Nomination>? Nominations { get; init; }

        /// <summary>The collective nominations: the unit itself or its sub-units, proposed for collective titles.</summary>
        public IReadOnlyList<CollectiveNomination>? Collectives { get; init; }

        /// <summary>
        /// The Chiến sĩ thi đua cơ sở ratio set by the ministry, sector, province or central mass organisation, in
        /// percent; it may be lower than the national ceiling, never higher. Absent: the national ceiling applies.
        /// </summary>
        public int? GrassrootsFighterCeilingPercent { get; init; }

        /// <summary>
        /// For proposals of the Government emulation flag: how many collectives met the ministry's or province's flag
        /// standard this period (the pool the proposals may take a share of).
        /// </summary>
        public int? GovernmentFlagPool { get; init; }
    }

    /// <summary>One person proposed for one individual title.</summary>
    public sealed record Nomination
    {
        /// <summary>The <see cref="IndividualDossier.Id"/> of the person's dossier on the list.</summary>
        public string PersonId { get; init; } = string.Empty;

        /// <summary>The award code proposed, e.g. <c>CSTDCS</c>.</summary>
        public string Award { get; init; } = string.Empty;

        /// <summary>
        /// What the proposal rewards, for a form of commendation: the achievements of the period, a one-off achievement,
        /// long service, seniority… The yearly limit on State-level forms leaves one-off, long-service and seniority
        /// proposals out. <see langword="null"/> when not stated: the limit is then Unknown for the person whenever the
        /// proposal could decide it.
        /// </summary>
        public CommendationBasis? Basis { get; init; }
    }

    /// <summary>One collective proposed for one collective title.</summary>
    public sealed record CollectiveNomination
    {
        /// <summary>The award code proposed, e.g. <c>TTLDXS</c>.</summary>
        public string Award { get; init; } = string.Empty;

        /// <summary>The collective's dossier; its <see cref="CollectiveDossier.Id"/> names it in results.</summary>
        public CollectiveDossier Collective { get; init; } = new CollectiveDossier();
    }
}
