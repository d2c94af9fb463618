using System;
using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// One nomination's result, inserted into a nomination list's NRules session beside the list's check; the list
    /// tally rule adds it to the list's tally, and takes it out again when the host withdraws the nomination. A plain
    /// class: NRules tells facts apart by reference.
    /// </summary>
    internal sealed class NomineeOutcome
    {
        public NomineeOutcome(AwardCheck list, string subjectId, bool isCollective, string award, Verdict verdict)
        {
            List = list;
            SubjectId = subjectId;
            IsCollective = isCollective;
            Award = award;
            Verdict = verdict;
        }

        /// <summary>The list's check.</summary>
        public AwardCheck List { get; }

        public string SubjectId { get; }

        public bool IsCollective { get; }

        public string Award { get; }

        public Verdict Verdict { get; }

        /// <summary>Whether the nomination is for a State-level form of commendation.</summary>
        public bool StateLevel { get; init; }

        /// <summary>What the proposal rewards, as the host stated it.</summary>
        public CommendationBasis? Basis { get; init; }

        /// <summary>
        /// The bases of the State-level forms the person already received for the same year (from the dossier's award
        /// history); the same for every nomination of the person.
        /// </summary>
        public IReadOnlyList<CommendationBasis?> EarlierStateForms { get; init; } = Array.Empty<CommendationBasis?>();
    }
}
