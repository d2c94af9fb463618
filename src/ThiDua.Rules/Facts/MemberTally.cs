namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// The counts of a collective's members for each measure the law's ratios use, filled by the member tally rule
    /// from the members' standings (or copied from the host's counts): how many are yes, how many undecided.
    /// </summary>
    internal sealed class MemberTally
    {
        public int Total { get; private set; }

        public Count CompletedTasks;

        public Count AdvancedTitle;

        public Count GrassrootsFighter;

        public Count DisciplinedWarningOrAbove;

        public void Add(MemberStanding member)
        {
            Total++;
            CompletedTasks.Add(member.CompletedTasks);
            AdvancedTitle.Add(member.AdvancedTitle);
            GrassrootsFighter.Add(member.GrassrootsFighter);
            DisciplinedWarningOrAbove.Add(member.DisciplinedWarningOrAbove);
        }

        /// <summary>How many members are yes on one measure, and how many undecided.</summary>
        internal struct Count
        {
            public int Yes;

            public int Undecided;

            public void Add(bool? value)
            {
                Yes += value == true ? 1 : 0;
                Undecided += value == null ? 1 : 0;
            }
        }
    }
}
