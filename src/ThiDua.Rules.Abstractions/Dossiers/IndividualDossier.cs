using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// What is known about a person for an eligibility check. A list or value left <see langword="null"/> is
    /// unknown, and the conditions that need it come out Unknown; an empty list means "none".
    /// </summary>
    /// <remarks>
    /// <see cref="Disciplines"/>, <see cref="CriminalSentences"/>, <see cref="Proceedings"/>, <see cref="AwardHistory"/>
    /// and <see cref="Initiatives"/> must be stated, as empty lists when there are none: the law excludes people on
    /// these grounds, so their absence cannot be assumed. Leave and transfers are events: a period record without
    /// them means there were none, and so does a dossier without <see cref="EmploymentBreaks"/>.
    /// </remarks>
    public sealed partial record IndividualDossier
    {
        /// <summary>The host's id for the person, echoed in results.</summary>
        public string? Id { get; init; }

        /// <summary>The person's full name.</summary>
        public string? FullName { get; init; }

        /// <summary>Which group of Law Điều 24 the person belongs to.</summary>
        public PersonnelCategory? Category { get; init; }

        /// <summary>
        /// The date of the first recruitment decision (or the start of the first labour contract) of the person's
        /// current employment. A renewed or re-signed contract does not change it; a break in employment is stated in
        /// <see cref="EmploymentBreaks"/>. It may not fall after the end of the period checked.
        /// </summary>
        public DateTime? RecruitmentDate { get; init; }

        /// <summary>
        /// Times since <see cref="RecruitmentDate"/> when the person was not employed (between two contracts), which do
        /// not count as months worked; <see langword="null"/> or empty when there were none.
        /// </summary>
        public IReadOnlyList<EmploymentBreak>? EmploymentBreaks { get; init; }

        /// <summary>What happened in each assessment period.</summary>
        public IReadOnlyList<PeriodRecord>? Periods { get; init; }

        /// <summary>Titles and awards already received.</summary>
        public IReadOnlyList<AwardRecord>? AwardHistory { get; init; }

        /// <summary>Disciplinary decisions.</summary>
        public IReadOnlyList<DisciplineRecord>? Disciplines { get; init; }

        /// <summary>Criminal sentences imposed on the person, served or being served.</summary>
        public IReadOnlyList<CriminalSentenceRecord>? CriminalSentences { get; init; }

        /// <summary>Disciplinary reviews, investigations and complaint verifications, open or closed.</summary>
        public IReadOnlyList<ProceedingRecord>? Proceedings { get; init; }

        /// <summary>Initiatives, research topics and combat creativity recognised for the person.</summary>
        public IReadOnlyList<InitiativeRecord>? Initiatives { get; init; }
    }

    /// <summary>What happened in one assessment period.</summary>
    public sealed record PeriodRecord
    {
        /// <summary>The period.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>Months actually worked at the unit in the period (0 to 12), leave excluded.</summary>
        public int? MonthsWorked { get; init; }

        /// <summary>
        /// Working days absent in the period, not counting the leave the law counts as time worked (maternity leave,
        /// treatment of a brave-act injury, training). Read by the 40-working-day exclusion of Decree 65/2014
        /// (periods ending 2014-08-20 to 2017-09-30); no later rule reads it.
        /// </summary>
        public int? WorkingDaysAbsent { get; init; }

        /// <summary>The annual task rating.</summary>
        public TaskRating? TaskRating { get; init; }

        /// <summary>The unit council's findings on the judgement criteria.</summary>
        public CouncilAttestations? Attestations { get; init; }

        /// <summary>Leave and training in the period; <see langword="null"/> or empty when there was none.</summary>
        public IReadOnlyList<LeaveRecord>? Leaves { get; init; }

        /// <summary>A transfer into the unit during the period, or <see langword="null"/> when there was none.</summary>
        public TransferRecord? Transfer { get; init; }

        /// <summary>Secret ballots of emulation councils on nominations made in this period.</summary>
        public IReadOnlyList<CouncilBallot>? Ballots { get; init; }

        /// <summary>
        /// Whether the person registered to take part in the emulation movement for this period (<c>đăng ký thi
        /// đua</c>), whatever title they named.
        /// </summary>
        public bool? EmulationRegistered { get; init; }
    }

    /// <summary>The emulation council's findings on the criteria that are judgements, not numbers.</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>Complied with Party guidelines and State policy and law, helped colleagues, took part in emulation (cadres, civil servants, armed forces).</summary>
        public bool? PolicyComplianceAndSolidarity { get; init; }

        /// <summary>Actively studied politics, culture and professional skills (cadres, civil servants, armed forces).</summary>
        public bool? ActiveStudy { get; init; }

        /// <summary>Ethical conduct and a wholesome lifestyle (cadres, civil servants, armed forces).</summary>
        public bool? EthicsAndLifestyle { get; init; }

        /// <summary>Worked productively and took part in emulation and social activities (workers, farmers, labourers).</summary>
        public bool? ProductiveWorkAndEmulation { get; init; }

        /// <summary>Exemplary in complying with policy and law, ethical, in solidarity (workers, farmers, labourers).</summary>
        public bool? ExemplaryConduct { get; init; }

        /// <summary>Is among the typical, outstanding grassroots emulation fighters of the ministry or province.</summary>
        public bool? OutstandingAmongPeers { get; init; }

        /// <summary>Is the most outstanding among the ministry or province emulation fighters.</summary>
        public bool? MostOutstandingAmongPeers { get; init; }
    }

    /// <summary>A period of leave or training.</summary>
    public sealed record LeaveRecord
    {
        /// <summary>What kind of leave.</summary>
        public LeaveKind Kind { get; init; }

        /// <summary>Months of the period spent on this leave (0 to 12).</summary>
        public int? Months { get; init; }

        /// <summary>Training: the total length of the course in months (under 12 is a short course).</summary>
        public int? CourseMonths { get; init; }

        /// <summary>Training: whether the person kept the training institution's rules.</summary>
        public bool? CompliedWithRules { get; init; }

        /// <summary>Training: the study result.</summary>
        public StudyResult? Result { get; init; }

        /// <summary>Brave-act injury: whether a health facility at district level or above concluded the treatment time.</summary>
        public bool? MedicalConclusionAtDistrictLevelOrAbove { get; init; }
    }

    /// <summary>A transfer into the unit during the period.</summary>
    public sealed record TransferRecord
    {
        /// <summary>Months the person worked at the previous unit in the period.</summary>
        public int? MonthsAtPreviousUnit { get; init; }

        /// <summary>Whether the previous unit's written comment is in the dossier.</summary>
        public bool? PreviousUnitCommentProvided { get; init; }
    }

    /// <summary>The result of an emulation council's secret ballot on a nomination.</summary>
    public sealed record CouncilBallot
    {
        /// <summary>The award the ballot was about.</summary>
        public string Award { get; init; } = string.Empty;

        /// <summary>All members of the council, present or not.</summary>
        public int CouncilMembers { get; init; }

        /// <summary>Members who voted in favour, including written opinions of absent members.</summary>
        public int VotesInFavour { get; init; }
    }

    /// <summary>A title or award already received.</summary>
    public sealed partial record AwardRecord
    {
        /// <summary>The award code.</summary>
        public string Code { get; init; } = string.Empty;

        /// <summary>The (last) assessment period of the achievement the decision rewards.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>For achievements spanning several periods, the first one; otherwise <see langword="null"/>.</summary>
        public AssessmentPeriod? FirstPeriod { get; init; }

        /// <summary>The decision number.</summary>
        public string? DecisionNumber { get; init; }

        /// <summary>The decision date.</summary>
        public DateTime? DecisionDate { get; init; }
    }

    /// <summary>A disciplinary decision.</summary>
    public sealed record DisciplineRecord
    {
        /// <summary>The disciplinary form.</summary>
        public DisciplineForm Form { get; init; }

        /// <summary>The decision date.</summary>
        public DateTime DecisionDate { get; init; }

        /// <summary>The decision number.</summary>
        public string? DecisionNumber { get; init; }

        /// <summary>
        /// When the discipline was lifted (<c>xóa kỷ luật</c>), if it was. A discipline still excludes the period of its
        /// decision even after it is lifted; for a later period it tells whether the discipline was still in force.
        /// </summary>
        public DateTime? LiftedOn { get; init; }

        /// <summary>
        /// The last day the discipline is in force under the rules that govern the person (the term after which it
        /// lapses or is cleared, e.g. three months for a reprimand under the Labour Code 2019 Điều 126), when it is
        /// known; a date in the future for a discipline still in force.
        /// </summary>
        public DateTime? InForceUntil { get; init; }
    }

    /// <summary>A criminal sentence imposed on the person.</summary>
    public sealed record CriminalSentenceRecord
    {
        /// <summary>The kind of penalty.</summary>
        public CriminalSentenceKind Kind { get; init; }

        /// <summary>The date of the judgment that imposed it.</summary>
        public DateTime JudgmentDate { get; init; }

        /// <summary>
        /// The last day of the sentence (for a suspended sentence, of its probation), when known; a date in the future
        /// for a sentence still being served.
        /// </summary>
        public DateTime? ServedUntil { get; init; }
    }

    /// <summary>A time without employment between two contracts, after the first recruitment.</summary>
    public sealed record EmploymentBreak
    {
        /// <summary>The first day without employment.</summary>
        public DateTime From { get; init; }

        /// <summary>The last day without employment.</summary>
        public DateTime To { get; init; }
    }

    /// <summary>A disciplinary review, investigation or complaint verification.</summary>
    public sealed record ProceedingRecord
    {
        /// <summary>What kind of proceeding.</summary>
        public ProceedingKind Kind { get; init; }

        /// <summary>When it was opened.</summary>
        public DateTime OpenedOn { get; init; }

        /// <summary>When it was concluded, or <see langword="null"/> while it is pending.</summary>
        public DateTime? ClosedOn { get; init; }

        /// <summary>Whether it was pending on <paramref name="date"/>.</summary>
        /// <param name="date">A date.</param>
        /// <returns><see langword="true"/> if it was opened on or before the date and not yet closed.</returns>
        public bool IsPendingOn(DateTime date) => OpenedOn.Date <= date.Date && (ClosedOn == null || ClosedOn.Value.Date > date.Date);
    }

    /// <summary>An initiative, research topic or act of combat creativity recognised for the person.</summary>
    public sealed record InitiativeRecord
    {
        /// <summary>A short title.</summary>
        public string? Title { get; init; }

        /// <summary>What it is.</summary>
        public InitiativeKind Kind { get; init; }

        /// <summary>The level that recognised it.</summary>
        public InitiativeScope Scope { get; init; }

        /// <summary>The assessment period it was recognised for.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>Research topics: whether the topic was accepted (<c>nghiệm thu</c>) and applied in the unit.</summary>
        public bool? AcceptedAndApplied { get; init; }

        /// <summary>The recognition decision number.</summary>
        public string? DecisionNumber { get; init; }
    }
}
