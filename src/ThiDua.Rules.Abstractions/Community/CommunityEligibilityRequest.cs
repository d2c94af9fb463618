using System;

namespace ThiDua.Rules
{
    /// <summary>A request to check one household or village for its culture title in one year.</summary>
    public sealed record CommunityEligibilityRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="award">The award code: <c>GDVH</c> for a household, <c>KDCVH</c> for a village or residential group.</param>
        /// <param name="community">The household's or village's dossier.</param>
        /// <param name="period">The year assessed.</param>
        public CommunityEligibilityRequest(string award, CommunityDossier community, AssessmentPeriod period)
        {
            Award = award ?? throw new ArgumentNullException(nameof(award));
            Community = community ?? throw new ArgumentNullException(nameof(community));
            Period = period;
        }

        /// <summary>The award code.</summary>
        public string Award { get; init; }

        /// <summary>The household's or village's dossier.</summary>
        public CommunityDossier Community { get; init; }

        /// <summary>The year assessed.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>A regime to use instead of the one the year's end selects.</summary>
        public string? RegimeId { get; init; }

        /// <summary>The day the proposal is considered; the year's end when absent.</summary>
        public DateTime? ConsideredOn { get; init; }
    }
}
