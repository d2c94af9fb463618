using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>The answer for one award, one dossier and one period, condition by condition.</summary>
    public sealed record EligibilityResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="award">The award code.</param>
        /// <param name="awardName">The award's name.</param>
        /// <param name="dossierId">The dossier's id, if it has one.</param>
        /// <param name="period">The period assessed.</param>
        /// <param name="regimeId">The regime applied.</param>
        /// <param name="ruleDataVersion">The version of the rule data applied.</param>
        /// <param name="verdict">The overall answer.</param>
        /// <param name="conditions">Every condition that applies to this person, in catalogue order.</param>
        /// <param name="missingFacts">Every fact missing for any condition, nested prerequisites included.</param>
        public EligibilityResult(
            string award,
            LocalizedText awardName,
            string? dossierId,
            AssessmentPeriod period,
            string regimeId,
            string ruleDataVersion,
            Verdict verdict,
            IReadOnlyList<ConditionResult> conditions,
            IReadOnlyList<string> missingFacts)
        {
            Award = award ?? throw new ArgumentNullException(nameof(award));
            AwardName = awardName ?? throw new ArgumentNullException(nameof(awardName));
            DossierId = dossierId;
            Period = period;
            RegimeId = regimeId ?? throw new ArgumentNullException(nameof(regimeId));
            RuleDataVersion = ruleDataVersion ?? throw new ArgumentNullException(nameof(ruleDataVersion));
            Verdict = verdict;
            Conditions = conditions ?? throw new ArgumentNullException(nameof(conditions));
            MissingFacts = missingFacts ?? throw new ArgumentNullException(nameof(missingFacts));
        }

        /// <summary>The award code.</summary>
        public string Award { get; }

        /// <summary>The award's name.</summary>
        public LocalizedText AwardName { get; }

        /// <summary>The dossier's id, if it has one.</summary>
        public string? DossierId { get; }

        /// <summary>The period assessed.</summary>
        public AssessmentPeriod Period { get; }

        /// <summary>The regime applied, e.g. <c>vn-2013</c>.</summary>
        public string RegimeId { get; }

        /// <summary>The version of the rule data applied.</summary>
        public string RuleDataVersion { get; }

        /// <summary>
        /// NotEligible if any condition is NotMet; otherwise NeedsInformation if any is Unknown; otherwise Eligible. For an
        /// award with alternative routes (<see cref="Routes"/>) the conditions common to every route are read so, together
        /// with the routes: Eligible needs some route Met, NotEligible follows when every route is NotMet, and while no
        /// route is Met and some is Unknown the answer is at best NeedsInformation.
        /// </summary>
        public Verdict Verdict { get; }

        /// <summary>Every condition that applies to this person, in catalogue order.</summary>
        public IReadOnlyList<ConditionResult> Conditions { get; }

        /// <summary>Every fact missing for any condition, nested prerequisites included, without repeats.</summary>
        public IReadOnlyList<string> MissingFacts { get; }

        /// <summary>
        /// Which regime was applied and why (the date that selected it), with any warning about the rule data's currency.
        /// Set on every result the checker returns; <see langword="null"/> on the nested result of a prerequisite (its
        /// parent's applies) and on results built by hand.
        /// </summary>
        public RegimeSelection? Selection { get; init; }

        /// <summary>
        /// For an award with alternative routes (<see cref="AwardDefinition.Routes"/>), each route that applies to this
        /// person with its outcome, in the award's order; <see langword="null"/> for an award with one route.
        /// </summary>
        public IReadOnlyList<RouteResult>? Routes { get; init; }
    }
}
