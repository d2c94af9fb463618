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
    }
}
