using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

/// <summary>One dossier under two regimes, matched condition by condition by concept.</summary>
public sealed class RegimeComparisonTests
{
    private static readonly IEligibilityChecker Checker = ThiDuaRules.Default;

    private static IndividualDossier RecruitedIn(int year, int month) => RegimeTestDossier.Create() with
    {
        RecruitmentDate = new DateTime(year, month, 1),
        Periods = new[]
        {
            new PeriodRecord
            {
                Period = AssessmentPeriod.CalendarYear(year),
                TaskRating = TaskRating.CompletedWell,
                Attestations = new CouncilAttestations { PolicyComplianceAndSolidarity = true, ActiveStudy = true, EthicsAndLifestyle = true },
            },
        },
    };

    /// <summary>LDTT for 2023 for a civil servant recruited in 2015: every criterion of both regimes met.</summary>
    private static EligibilityRequest LongServingIn2023()
        => new(AwardCodes.AdvancedWorker, RecruitedIn(2023, 3) with { RecruitmentDate = new DateTime(2015, 3, 1) }, AssessmentPeriod.CalendarYear(2023));

    [Fact]
    public void Compare_NewRecruitRule_MatchesTheTenAndSixMonthRulesAndShowsBothCitations()
    {
        // Recruited 1 April 2023: 9 months by the end of 2023 — short of 10 (Decree 91/2017), enough for 6 (Circular 01/2024).
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, RecruitedIn(2023, 4), AssessmentPeriod.CalendarYear(2023));

        var comparison = Checker.Compare(request, "vn-2013", "vn-2022");

        Assert.Equal("vn-2013", comparison.First.RegimeId);
        Assert.Equal("vn-2022", comparison.Second.RegimeId);
        Assert.Equal(Verdict.NotEligible, comparison.First.Verdict);
        Assert.Equal(Verdict.Eligible, comparison.Second.Verdict);
        Assert.True(comparison.VerdictDiffers);
        var recruit = comparison.Conditions.Single(c => c.Concept == "STD.NEW_RECRUIT_10_MONTHS");
        Assert.True(recruit.Differs);
        Assert.Equal("STD.NEW_RECRUIT_10_MONTHS", recruit.First!.ConditionId);
        Assert.Equal(ConditionOutcome.NotMet, recruit.First.Outcome);
        Assert.Equal("ND91_2017", recruit.First.Citations[0].Document.Id);
        Assert.Equal("STD22.NEW_RECRUIT_6_MONTHS", recruit.Second!.ConditionId);
        Assert.Equal(ConditionOutcome.Met, recruit.Second.Outcome);
        Assert.Equal("TT01_2024", recruit.Second.Citations[0].Document.Id);
    }

    [Fact]
    public void Compare_SharedConditionJudgedAlike_IsMatchedByIdAndNotADifference()
    {
        var comparison = Checker.Compare(LongServingIn2023(), "vn-2013", "vn-2022");

        var tasks = comparison.Conditions.Single(c => c.Concept == "STD.K1_TASKS_WELL");
        Assert.False(tasks.Differs);
        Assert.Equal("LAW_15_2003", tasks.First!.Citations[0].Document.Id);
        Assert.Equal("LAW_06_2022", tasks.Second!.Citations[0].Document.Id);
        var solidarity = comparison.Conditions.Single(c => c.Concept == "STD.K1_POLICY_SOLIDARITY");
        Assert.Equal("STD22.K1_SELF_RELIANCE_SOLIDARITY", solidarity.Second!.ConditionId);
        Assert.False(solidarity.Differs);
    }

    [Fact]
    public void Compare_ConditionOnlyOneRegimeHas_IsListedWithTheOtherSideEmpty()
    {
        var comparison = Checker.Compare(LongServingIn2023(), "vn-2013", "vn-2022");

        var study = comparison.Conditions.Single(c => c.Concept == "STD.K1_ACTIVE_STUDY");
        Assert.NotNull(study.First);
        Assert.Null(study.Second);
        Assert.True(study.Differs);
        Assert.Equal(comparison.First.Conditions.Count, comparison.Conditions.Count(c => c.First != null));
        Assert.Equal(comparison.Second.Conditions.Count, comparison.Conditions.Count(c => c.Second != null));
    }

    [Fact]
    public void Compare_GrassrootsTitleOnExcellentRatingAlone_DiffersOnTheInitiativeConcept()
    {
        var dossier = LongServingIn2023().Dossier with { Periods = RecruitedIn(2023, 3).Periods!.Select(p => p with { TaskRating = TaskRating.CompletedExcellently }).ToList() };
        var request = new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, dossier, AssessmentPeriod.CalendarYear(2023)) { ConsideredOn = new DateTime(2024, 3, 15) };

        var comparison = Checker.Compare(request, "vn-2013", "vn-2022");

        var route = comparison.Conditions.Single(c => c.Concept == "CSTDCS.UNIT_INITIATIVE");
        Assert.Equal(ConditionOutcome.NotMet, route.First!.Outcome);
        Assert.Equal(ConditionOutcome.Met, route.Second!.Outcome);
        Assert.Equal("CSTDCS22.EXCELLENT_OR_INITIATIVE", route.Second.ConditionId);
    }

    [Fact]
    public void Compare_RegimeOutsideItsDates_RunsAndWarnsThatTheResultIsForComparisonOnly()
    {
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, RecruitedIn(2025, 1), AssessmentPeriod.CalendarYear(2025));

        var comparison = Checker.Compare(request, "vn-2013", "vn-2022-nd152");

        Assert.Equal(RegimeSelectionBasis.Named, comparison.First.Selection!.Basis);
        Assert.Contains(comparison.First.Selection.Warnings, w => w.En.Contains("for comparison only", StringComparison.Ordinal));
        Assert.Empty(comparison.Second.Selection!.Warnings);
    }

    [Fact]
    public void Compare_UnknownRegime_Throws()
    {
        var request = RegimeTestDossier.Request("2024");

        Assert.Throws<UnknownRegimeException>(() => Checker.Compare(request, "vn-2013", "vn-1999"));
    }

    [Fact]
    public void Compare_InvalidDossier_IsRefusedBeforeAnyCheck()
    {
        var request = RegimeTestDossier.Request("2024") with { Dossier = RegimeTestDossier.Create() with { RecruitmentDate = new DateTime(1850, 1, 1) } };

        Assert.Throws<InvalidDossierException>(() => Checker.Compare(request, "vn-2013", "vn-2022"));
    }

    [Fact]
    public void Catalog_NewConditions_NameTheConceptOfTheConditionTheyReplace()
    {
        var awards = Checker.Catalog.GetAwards("vn-2022");
        var recruit = awards.Single(a => a.Code == AwardCodes.AdvancedWorker).Conditions.Single(c => c.Id == "STD22.NEW_RECRUIT_6_MONTHS");
        var kept = awards.Single(a => a.Code == AwardCodes.AdvancedWorker).Conditions.Single(c => c.Id == "STD.K1_TASKS_WELL");

        Assert.Equal("STD.NEW_RECRUIT_10_MONTHS", recruit.Concept);
        Assert.Equal("STD.K1_TASKS_WELL", kept.Concept);
    }
}
