using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>check-all</c>: one line per applicable award; exit 0 if any eligible, 1 if all not eligible, else 2.</summary>
public sealed class CheckAllCommandTests
{
    [Fact]
    public void Run_CheckAllEligibleCivilServant_Exits0AndListsCivilServantAwards()
    {
        var run = CliRun.Of("check-all", SampleData.Path("eligible-civil-servant.json"), "--year", "2021");

        run.AssertSucceeded(ExitCodes.Eligible);
        var lines = run.Stdout.Split(Environment.NewLine);
        Assert.Contains(lines, l => l.StartsWith("✓ LDTT ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("✓ CSTDCS ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(" CSTT ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_CheckAllDisciplinedWorker_Exits1()
    {
        // A reprimand in 2021 bars every title for 2021; the worker holds no grassroots or ministry titles either.
        var run = CliRun.Of("check-all", SampleData.Path("not-eligible-worker.json"), "--year", "2021", "--lang", "en");

        run.AssertSucceeded(ExitCodes.NotEligible);
        Assert.Contains("0 eligible", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckAllIncompleteDossierWithoutTitles_Exits2()
    {
        // LDTT cannot be decided (attestations and disciplines missing); the higher titles fail on the history.
        var run = CliRun.Of("check-all", SampleData.Path("needs-information.json"), "--year", "2021", "--lang", "en");

        run.AssertSucceeded(ExitCodes.NeedsInformation);
        Assert.Contains(run.Stdout.Split(Environment.NewLine), l => l.StartsWith("? LDTT ", StringComparison.Ordinal) && l.Contains("NEEDS INFORMATION", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_CheckAllTable_ShowsConditionCountsPerAward()
    {
        var run = CliRun.Of("check-all", SampleData.Path("not-eligible-worker.json"), "--year", "2021", "--lang", "en");

        var ldtt = Assert.Single(run.Stdout.Split(Environment.NewLine), l => l.StartsWith("✗ LDTT ", StringComparison.Ordinal));
        Assert.Contains("not met 1,", ldtt, StringComparison.Ordinal);
        Assert.Contains("unknown 0", ldtt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { Verdict.NotEligible, Verdict.Eligible, Verdict.NeedsInformation }, 0)]
    [InlineData(new[] { Verdict.NotEligible, Verdict.NotEligible }, 1)]
    [InlineData(new[] { Verdict.NotEligible, Verdict.NeedsInformation }, 2)]
    [InlineData(new[] { Verdict.NeedsInformation }, 2)]
    public void ForAll_Verdicts_FollowsCheckAllRule(Verdict[] verdicts, int expected)
    {
        Assert.Equal(expected, ExitCodes.ForAll(verdicts));
    }
}
