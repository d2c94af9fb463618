using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary>One in-process run of the <c>thidua</c> command line and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    private const string StackTraceMarker = "   at ";

    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public IReadOnlyList<string> ErrorLines => Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts the exit code, that stderr has at least one prefixed error line and no stack trace, and that stdout is empty.</summary>
    public void AssertFailed(int exitCode)
    {
        Assert.True(exitCode == ExitCode, $"expected exit code {exitCode}, got {ExitCode}; stderr: {Stderr}");
        Assert.DoesNotContain(StackTraceMarker, Stderr, StringComparison.Ordinal);
        Assert.Contains(ErrorLines, line => line.StartsWith("thidua: error: ", StringComparison.Ordinal));
        Assert.Equal(string.Empty, Stdout);
    }

    /// <summary>Asserts that standard output holds each of <paramref name="texts"/>.</summary>
    public void AssertStdoutContains(params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.Contains(text, Stdout, StringComparison.Ordinal);
        }
    }

    /// <summary>Asserts the exit code and that nothing was written to stderr.</summary>
    public void AssertSucceeded(int exitCode)
    {
        Assert.True(exitCode == ExitCode, $"expected exit code {exitCode}, got {ExitCode}; stderr: {Stderr}");
        Assert.Equal(string.Empty, Stderr);
    }
}
