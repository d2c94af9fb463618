using System;

namespace ThiDua.Rules
{
    /// <summary>A question for the checker: does this person meet the legal standard for this award in this period?</summary>
    public sealed record EligibilityRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="award">The award code, e.g. <see cref="AwardCodes.AdvancedWorker"/>.</param>
        /// <param name="dossier">What is known about the person.</param>
        /// <param name="period">
        /// The assessment period. For awards proposed in a fixed year after a run of titles
        /// (<see cref="AwardCadence.ProposalYearAfterRun"/>, e.g. <c>CSTD_TOAN_QUOC</c>) it is the proposal year.
        /// </param>
        public EligibilityRequest(string award, IndividualDossier dossier, AssessmentPeriod period)
        {
            Award = award ?? throw new ArgumentNullException(nameof(award));
            Dossier = dossier ?? throw new ArgumentNullException(nameof(dossier));
            Period = period;
        }

        /// <summary>The award code.</summary>
        public string Award { get; init; }

        /// <summary>What is known about the person.</summary>
        public IndividualDossier Dossier { get; init; }

        /// <summary>The assessment period (the proposal year for awards proposed after a run).</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>
        /// The regime to apply, overriding the one selected from the period's dates. Use it for transitional cases
        /// the law settles explicitly; the period must still fall within the regime's range.
        /// </summary>
        public string? RegimeId { get; init; }

        /// <summary>
        /// The day the council considers the nomination; pending proceedings are judged as of that day. The rules
        /// never read the clock: when this is <see langword="null"/>, the last day of the period is used.
        /// </summary>
        public DateTime? ConsideredOn { get; init; }
    }
}
