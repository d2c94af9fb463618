using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary>Failures that are defects, not user errors: exit code 70, still one prefixed line and no stack trace.</summary>
public sealed class InternalErrorTests
{
    private static CliRun RunWithChecker(Func<IEligibilityChecker> checker, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr, checker);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Run_CheckerFailsUnexpectedly_Exits70WithoutStackTrace()
    {
        var run = RunWithChecker(() => throw new InvalidOperationException("boom"), "catalog");

        run.AssertFailed(ExitCodes.Internal);
        Assert.Contains("boom", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidRuleData_Exits70ListingEachProblem()
    {
        var problems = new[] { new RuleSetProblem("awards/LDTT.json", "LDTT.X", "bad"), new RuleSetProblem("regime.json", null, "worse") };

        var run = RunWithChecker(() => throw new RuleSetValidationException(problems), "explain", "LDTT");

        run.AssertFailed(ExitCodes.Internal);
        Assert.Contains(run.ErrorLines, l => l == "thidua: error: awards/LDTT.json [LDTT.X]: bad");
        Assert.Contains(run.ErrorLines, l => l == "thidua: error: regime.json: worse");
    }

    [Fact]
    public void Run_UsageErrorWithBrokenChecker_Exits64WithoutLoadingRules()
    {
        var run = RunWithChecker(() => throw new InvalidOperationException("must not be called"), "check", "x.json", "--award", "LDTT", "--year", "20x1");

        run.AssertFailed(ExitCodes.Usage);
        Assert.DoesNotContain("must not be called", run.Stderr, StringComparison.Ordinal);
    }
}
