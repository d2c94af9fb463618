namespace ThiDua.Rules.Benchmarks.Inputs;

/// <summary>Fixed inputs for the single-dossier benchmarks.</summary>
internal static class SampleDossiers
{
    public static readonly AssessmentPeriod Year = AssessmentPeriod.CalendarYear(2021);

    /// <summary>
    /// The civil servant of samples/data/eligible-civil-servant.json: every LDTT and CSTDCS condition is met, and the
    /// award history has no LDTT for 2021, so CSTDCS evaluates its LDTT prerequisite in full (the nested result).
    /// </summary>
    public static readonly IndividualDossier EligibleCivilServant = new IndividualDossier
    {
        Id = "NV-0001",
        FullName = "Nguyễn Thị Lan",
        Category = PersonnelCategory.CivilServant,
        RecruitmentDate = new DateTime(2015, 3, 1),
        Periods = new[]
        {
            new PeriodRecord
            {
                Period = Year,
                MonthsWorked = 12,
                TaskRating = TaskRating.CompletedExcellently,
                EmulationRegistered = true,
                Attestations = new CouncilAttestations
                {
                    PolicyComplianceAndSolidarity = true,
                    ActiveStudy = true,
                    EthicsAndLifestyle = true,
                },
            },
        },
        AwardHistory = new[]
        {
            new AwardRecord { Code = AwardCodes.AdvancedWorker, Period = AssessmentPeriod.CalendarYear(2020), DecisionNumber = "112/QĐ-UBND", DecisionDate = new DateTime(2021, 1, 15) },
        },
        Disciplines = Array.Empty<DisciplineRecord>(),
        CriminalSentences = Array.Empty<CriminalSentenceRecord>(),
        Proceedings = Array.Empty<ProceedingRecord>(),
        Initiatives = new[]
        {
            new InitiativeRecord { Title = "Số hóa hồ sơ một cửa", Kind = InitiativeKind.Initiative, Scope = InitiativeScope.Unit, Period = Year, DecisionNumber = "45/QĐ-SK" },
        },
    };
}
