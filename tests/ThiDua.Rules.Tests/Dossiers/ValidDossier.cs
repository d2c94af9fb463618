namespace ThiDua.Rules.Tests.Dossiers;

/// <summary>A dossier that passes validation; tests break one value of it at a time.</summary>
internal static class ValidDossier
{
    public static readonly AssessmentPeriod Period = AssessmentPeriod.CalendarYear(2021);

    public static PeriodRecord Record(int year = 2021) => new()
    {
        Period = AssessmentPeriod.CalendarYear(year),
        MonthsWorked = 12,
        TaskRating = TaskRating.CompletedWell,
        EmulationRegistered = true,
        Attestations = new CouncilAttestations { PolicyComplianceAndSolidarity = true, ActiveStudy = true, EthicsAndLifestyle = true },
    };

    public static IndividualDossier Create() => new()
    {
        Id = "V-1",
        Category = PersonnelCategory.CivilServant,
        RecruitmentDate = new DateTime(2010, 1, 1),
        Periods = new[] { Record() },
        AwardHistory = Array.Empty<AwardRecord>(),
        Disciplines = Array.Empty<DisciplineRecord>(),
        CriminalSentences = Array.Empty<CriminalSentenceRecord>(),
        Proceedings = Array.Empty<ProceedingRecord>(),
        Initiatives = Array.Empty<InitiativeRecord>(),
    };

    public static IndividualDossier WithRecord(PeriodRecord record) => Create() with { Periods = new[] { record } };
}
