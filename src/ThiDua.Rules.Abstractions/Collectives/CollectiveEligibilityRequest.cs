using System;

namespace ThiDua.Rules
{
    /// <summary>A request to check one collective for one collective award in one assessment period.</summary>
    public sealed record CollectiveEligibilityRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="award">The award code, e.g. <c>TTLDXS</c>.</param>
        /// <param name="collective">The collective's dossier.</param>
        /// <param name="period">The assessment period.</param>
        public CollectiveEligibilityRequest(string award, CollectiveDossier collective, AssessmentPeriod period)
        {
            Award = award ?? throw new ArgumentNullException(nameof(award));
            Collective = collective ?? throw new ArgumentNullException(nameof(collective));
            Period = period;
        }

        /// <summary>The award code.</summary>
        public string Award { get; init; }

        /// <summary>The collective's dossier.</summary>
        public CollectiveDossier Collective { get; init; }

        /// <summary>The assessment period.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>A regime to use instead of the one the period's dates select.</summary>
        public string? RegimeId { get; init; }

        /// <summary>The day the proposal is considered (pending proceedings are judged on it); the period's end when absent.</summary>
        public DateTime? ConsideredOn { get; init; }
    }
}
