using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>The result of checking a nomination list: each nomination's own result and the list's rules.</summary>
    public sealed record NominationListResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="unitId">The unit whose list it is.</param>
        /// <param name="period">The assessment period.</param>
        /// <param name="regimeId">The regime applied.</param>
        /// <param name="verdict">NotEligible when a list rule or a nomination fails; NeedsInformation when any is undecided; otherwise Eligible.</param>
        /// <param name="nominations">Each nomination's result, in list order (individuals, then collectives).</param>
        /// <param name="listConditions">The list rules' outcomes, each with its citation and numbers.</param>
        public NominationListResult(string? unitId, AssessmentPeriod period, string regimeId, Verdict verdict, IReadOnlyList<NominationResult> nominations, IReadOnlyList<ConditionResult> listConditions)
        {
            UnitId = unitId;
            Period = period;
            RegimeId = regimeId ?? throw new ArgumentNullException(nameof(regimeId));
            Verdict = verdict;
            Nominations = nominations ?? throw new ArgumentNullException(nameof(nominations));
            ListConditions = listConditions ?? throw new ArgumentNullException(nameof(listConditions));
        }

        /// <summary>The unit whose list it is.</summary>
        public string? UnitId { get; }

        /// <summary>The assessment period.</summary>
        public AssessmentPeriod Period { get; }

        /// <summary>The regime applied.</summary>
        public string RegimeId { get; }

        /// <summary>The list's verdict: every violation of a list rule or of a nomination makes it NotEligible.</summary>
        public Verdict Verdict { get; }

        /// <summary>Each nomination's result.</summary>
        public IReadOnlyList<NominationResult> Nominations { get; }

        /// <summary>The list rules' outcomes (caps, exclusive titles, nominations repeated).</summary>
        public IReadOnlyList<ConditionResult> ListConditions { get; }
    }

    /// <summary>One nomination on a list and the checker's result for it.</summary>
    public sealed record NominationResult
    {
        /// <summary>Creates a nomination result.</summary>
        /// <param name="subjectId">The person's or collective's id.</param>
        /// <param name="isCollective">Whether the nominee is a collective.</param>
        /// <param name="result">The checker's result for the nomination.</param>
        public NominationResult(string subjectId, bool isCollective, EligibilityResult result)
        {
            SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
            IsCollective = isCollective;
            Result = result ?? throw new ArgumentNullException(nameof(result));
        }

        /// <summary>The person's or collective's id.</summary>
        public string SubjectId { get; }

        /// <summary>Whether the nominee is a collective.</summary>
        public bool IsCollective { get; }

        /// <summary>The award proposed.</summary>
        public string Award => Result.Award;

        /// <summary>The checker's result for the nomination.</summary>
        public EligibilityResult Result { get; }
    }

    /// <summary>
    /// A nomination list kept open: withdrawing or adding a nomination re-checks only that nomination and updates the
    /// list's rules incrementally. Not thread-safe; dispose it when done.
    /// </summary>
    public interface INominationListSession : IDisposable
    {
        /// <summary>The list's current result.</summary>
        NominationListResult Result { get; }

        /// <summary>Withdraws a nomination from the list.</summary>
        /// <param name="subjectId">The person's or collective's id.</param>
        /// <param name="award">The award proposed.</param>
        /// <returns>The updated result.</returns>
        /// <exception cref="ArgumentException">The list holds no such nomination.</exception>
        NominationListResult Withdraw(string subjectId, string award);

        /// <summary>Adds an individual nomination for a person whose dossier is on the list.</summary>
        /// <param name="nomination">The nomination.</param>
        /// <returns>The updated result.</returns>
        /// <exception cref="ArgumentException">The person's dossier is not on the list.</exception>
        /// <exception cref="UnknownAwardException">The regime does not define the award.</exception>
        NominationListResult Add(Nomination nomination);
    }
}
