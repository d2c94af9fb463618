using Xunit;

namespace ThiDua.Rules.Tests.Eligibility;

/// <summary><see cref="EligibilityResultGaps.Gaps"/>: the conditions not met or undecided, nested prerequisites included.</summary>
public sealed class ResultGapsTests
{
    [Fact]
    public void Gaps_EligibleResult_IsEmpty()
    {
        var result = Check("eligible-civil-servant.json", "CSTDCS", 2021);

        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Empty(result.Gaps());
    }

    [Fact]
    public void Gaps_ResultWithAnUndecidedPrerequisite_ListsThePrerequisiteThenItsOwnUndecidedCondition()
    {
        var result = Check("form-bk-ttg.json", "CSTDCS", 2024);

        var gaps = result.Gaps();

        var expected = result.Conditions.Where(c => c.Outcome != ConditionOutcome.Met)
            .SelectMany(c => new[] { ("CSTDCS", c.ConditionId) }.Concat(
                c.Prerequisite?.Conditions.Where(n => n.Outcome != ConditionOutcome.Met).Select(n => (c.Prerequisite.Award, n.ConditionId)) ?? Enumerable.Empty<(string, string)>()))
            .ToList();
        Assert.Equal(expected, gaps.Select(g => (g.Award, g.Condition.ConditionId)));
        Assert.Contains(gaps, g => g.Award == "LDTT" && g.Condition.Outcome == ConditionOutcome.Unknown);
        Assert.Contains(gaps, g => g.Award == "CSTDCS" && g.Condition.Outcome == ConditionOutcome.NotMet);
        Assert.DoesNotContain(gaps, g => g.Condition.Outcome == ConditionOutcome.Met);
    }

    [Fact]
    public void Gaps_NullResult_Throws()
        => Assert.Throws<ArgumentNullException>(() => EligibilityResultGaps.Gaps(null!));

    private static EligibilityResult Check(string sample, string award, int year)
        => ThiDuaRules.Default.Check(new EligibilityRequest(
            award, ThiDuaJson.ReadDossier(File.ReadAllText(Cli.SampleData.Path(sample))), AssessmentPeriod.CalendarYear(year)));
}
