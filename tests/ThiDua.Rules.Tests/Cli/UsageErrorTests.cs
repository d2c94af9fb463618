using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary>Bad or missing arguments: exit code 64, checked before the dossier file is read.</summary>
public sealed class UsageErrorTests
{
    private static readonly string Eligible = SampleData.Path("eligible-civil-servant.json");

    [Theory]
    [InlineData("20x1")]
    [InlineData("21")]
    [InlineData("2021-2023")]
    [InlineData("")]
    public void Run_BadYearText_Exits64NamingTheOption(string year)
    {
        var run = CliRun.Of("check", Eligible, "--award", "LDTT", "--year", year);

        run.AssertFailed(ExitCodes.Usage);
        Assert.Contains("--year", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadYearWithMissingFile_ReportsTheUsageErrorFirst()
    {
        CliRun.Of("check", "no-such-file.json", "--award", "LDTT", "--year", "20x1").AssertFailed(ExitCodes.Usage);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    public void Run_UnknownCommandOrOption_Exits64(string token)
    {
        CliRun.Of(token).AssertFailed(ExitCodes.Usage);
    }

    [Fact]
    public void Run_UnknownOptionOnCheck_Exits64()
    {
        var run = CliRun.Of("check", Eligible, "--award", "LDTT", "--year", "2021", "--verbose");

        run.AssertFailed(ExitCodes.Usage);
        Assert.Contains("--verbose", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownFormat_Exits64NamingTheOption()
    {
        var run = CliRun.Of("check", Eligible, "--award", "LDTT", "--year", "2021", "--format", "xml");

        run.AssertFailed(ExitCodes.Usage);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("thidua: error: --format: ", StringComparison.Ordinal) && l.Contains("xml", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_UnknownLanguage_Exits64()
    {
        CliRun.Of("catalog", "--lang", "fr").AssertFailed(ExitCodes.Usage);
    }

    [Theory]
    [InlineData("check", "--award", "LDTT", "--year", "2021")]
    [InlineData("check", "{dossier}", "--year", "2021")]
    [InlineData("check", "{dossier}", "--award", "LDTT")]
    [InlineData("check-all", "{dossier}")]
    [InlineData("explain")]
    public void Run_MissingRequiredArgument_Exits64(params string[] args)
    {
        var run = CliRun.Of(args.Select(a => a == "{dossier}" ? Eligible : a).ToArray());

        run.AssertFailed(ExitCodes.Usage);
    }

    [Fact]
    public void Run_NoArguments_Exits64()
    {
        CliRun.Of().AssertFailed(ExitCodes.Usage);
    }

    [Fact]
    public void Run_Help_Exits0AndDocumentsExitCodes()
    {
        var run = CliRun.Of("--help");

        run.AssertSucceeded(0);
        Assert.Contains("check-all", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("68", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckAllHelp_DocumentsItsExitCodeRule()
    {
        var run = CliRun.Of("check-all", "--help");

        run.AssertSucceeded(0);
        Assert.Contains("0 if at least one award is eligible", run.Stdout, StringComparison.Ordinal);
    }
}
