namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// One member's outcomes, as the checker found them from the member's own dossier, inserted into the collective's
    /// NRules session beside its check; the member tally rule adds it to the check's <see cref="MemberTally"/>. Each
    /// value is <see langword="true"/>, <see langword="false"/> or <see langword="null"/> when the member's dossier
    /// leaves it undecided. A plain class: NRules tells facts apart by reference.
    /// </summary>
    internal sealed class MemberStanding
    {
        public MemberStanding(AwardCheck collective, string? memberId, bool? completedTasks, bool? advancedTitle, bool? grassrootsFighter, bool? disciplinedWarningOrAbove)
        {
            Collective = collective;
            MemberId = memberId;
            CompletedTasks = completedTasks;
            AdvancedTitle = advancedTitle;
            GrassrootsFighter = grassrootsFighter;
            DisciplinedWarningOrAbove = disciplinedWarningOrAbove;
        }

        /// <summary>The collective's check the member belongs to.</summary>
        public AwardCheck Collective { get; }

        public string? MemberId { get; }

        /// <summary>Completed their tasks in the period.</summary>
        public bool? CompletedTasks { get; }

        /// <summary>Meets the standard of Lao động tiên tiến (Chiến sĩ tiên tiến for the armed forces), or was awarded it for the period.</summary>
        public bool? AdvancedTitle { get; }

        /// <summary>Meets the standard of Chiến sĩ thi đua cơ sở, or was awarded it for the period.</summary>
        public bool? GrassrootsFighter { get; }

        /// <summary>Disciplined in the period at warning (cảnh cáo) or above.</summary>
        public bool? DisciplinedWarningOrAbove { get; }
    }
}
