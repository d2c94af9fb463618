namespace ThiDua.Rules.Tests.Regimes;

/// <summary>A small valid dossier whose periods do not matter to regime selection.</summary>
internal static class RegimeTestDossier
{
    public static IndividualDossier Create() => new()
    {
        Id = "R-1",
        Category = PersonnelCategory.CivilServant,
        RecruitmentDate = new DateTime(2000, 1, 1),
        Disciplines = Array.Empty<DisciplineRecord>(),
        Proceedings = Array.Empty<ProceedingRecord>(),
        AwardHistory = Array.Empty<AwardRecord>(),
        Initiatives = Array.Empty<InitiativeRecord>(),
        CriminalSentences = Array.Empty<CriminalSentenceRecord>(),
    };

    public static EligibilityRequest Request(string period, string award = AwardCodes.AdvancedWorker)
        => new(award, Create(), AssessmentPeriod.Parse(period));
}
