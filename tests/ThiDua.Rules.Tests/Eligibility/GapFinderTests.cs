using Xunit;

namespace ThiDua.Rules.Tests.Eligibility;

/// <summary>
/// <see cref="GapFinder.FindGaps"/>: the gaps of each award and, for a condition not met, the first later period in
/// which good years alone meet it. The sample (samples/data/form-bk-ttg.json, checked for 2024) holds a merit provincial
/// certificate for 2018, Chiến sĩ thi đua cơ sở for 2020 and 2022 only, years rated "completed well" or better up to 2024
/// (2024 itself "completed well"), and one grassroots initiative.
/// </summary>
public sealed class GapFinderTests
{
    private static readonly AssessmentPeriod Year2024 = AssessmentPeriod.CalendarYear(2024);

    [Fact]
    public void FindGaps_ThirdGrassrootsTitleForPrimeMinisterCertificate_EarliestIsTheNextYear()
    {
        // Two grassroots titles since the 2018 certificate; a third comes with the first good year, 2025.
        var gap = Gap(AwardCodes.PrimeMinisterCertificateOfMerit, "BK_TTG22.THREE_GRASSROOTS_TITLES");

        Assert.Equal(ConditionOutcome.NotMet, gap.Condition.Outcome);
        Assert.Equal(AssessmentPeriod.CalendarYear(2025), gap.EarliestPeriod);
    }

    [Fact]
    public void FindGaps_ThreeConsecutiveGrassrootsTitlesFromNone_EarliestIsThreeYearsOn()
    {
        // No run of grassroots titles ends in 2024: 2025, 2026 and 2027 make the three, the run ending with the period.
        var gap = Gap("CSTD_BO_TINH", "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS");

        Assert.Equal(AssessmentPeriod.CalendarYear(2027), gap.EarliestPeriod);
    }

    [Fact]
    public void FindGaps_ConditionNeedingAnInitiative_HasNoEarliestPeriod()
    {
        var gap = Gap("CSTD_BO_TINH", "CSTD_BO_TINH.MINISTRY_INITIATIVE");

        Assert.Equal(ConditionOutcome.NotMet, gap.Condition.Outcome);
        Assert.Null(gap.EarliestPeriod);
    }

    [Fact]
    public void FindGaps_UndecidedCondition_HasNoEarliestPeriod()
    {
        var gap = Gap(AwardCodes.PrimeMinisterCertificateOfMerit, "BK_TTG22.COMPLIES_WELL");

        Assert.Equal(ConditionOutcome.Unknown, gap.Condition.Outcome);
        Assert.Null(gap.EarliestPeriod);
    }

    [Fact]
    public void FindGaps_LaterYearTheDossierAlreadyStates_IsKeptAsStated()
    {
        // 2025 is already in the dossier, rated "completed well": the excellent rating can come in 2026 at the earliest.
        var dossier = Sample() with
        {
            Periods = Sample().Periods!.Append(new PeriodRecord { Period = AssessmentPeriod.CalendarYear(2025), MonthsWorked = 12, TaskRating = TaskRating.CompletedWell }).ToList(),
        };

        var gap = Gap(dossier, "CSTDCS", "CSTDCS22.EXCELLENT_OR_INITIATIVE");

        Assert.Equal(AssessmentPeriod.CalendarYear(2026), gap.EarliestPeriod);
        Assert.Equal(AssessmentPeriod.CalendarYear(2025), Gap(Sample(), "CSTDCS", "CSTDCS22.EXCELLENT_OR_INITIATIVE").EarliestPeriod);
    }

    [Fact]
    public void FindGaps_EveryAward_MatchesCheckAllAndItsGaps()
    {
        var expected = ThiDuaRules.Default.CheckAll(Sample(), Year2024);

        var awards = ThiDuaRules.Default.FindGaps(Sample(), Year2024);

        Assert.Equal(expected.Select(r => (r.Award, r.Verdict)), awards.Select(a => (a.Result.Award, a.Result.Verdict)));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Gaps().Select(g => g.Condition.ConditionId), awards[i].Gaps.Select(g => g.Condition.ConditionId));
        }
    }

    [Fact]
    public void FindGaps_LastYearThePeriodsReach_HasNoLaterPeriodAndNoError()
    {
        var last = AssessmentPeriod.CalendarYear(AssessmentPeriod.MaxYear);
        var dossier = Sample() with { Periods = new[] { new PeriodRecord { Period = last, MonthsWorked = 12, TaskRating = TaskRating.CompletedWell } } };

        var awards = ThiDuaRules.Default.FindGaps(dossier, last, "CSTDCS");

        Assert.All(awards.Single().Gaps, g => Assert.Null(g.EarliestPeriod));
    }

    [Fact]
    public void FindGaps_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => GapFinder.FindGaps(null!, Sample(), Year2024));
        Assert.Throws<ArgumentNullException>(() => ThiDuaRules.Default.FindGaps(null!, Year2024));
    }

    private static ConditionGap Gap(string award, string conditionId) => Gap(Sample(), award, conditionId);

    private static ConditionGap Gap(IndividualDossier dossier, string award, string conditionId)
        => Assert.Single(Assert.Single(ThiDuaRules.Default.FindGaps(dossier, Year2024, award)).Gaps, g => g.Condition.ConditionId == conditionId);

    private static IndividualDossier Sample() => ThiDuaJson.ReadDossier(File.ReadAllText(Cli.SampleData.Path("form-bk-ttg.json")));
}
