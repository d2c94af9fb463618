using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary>Missing files (66), unknown awards or regimes (67) and periods no regime covers (68).</summary>
public sealed class LookupErrorTests
{
    private static readonly string Eligible = SampleData.Path("eligible-civil-servant.json");

    [Fact]
    public void Run_MissingDossierFile_Exits66NamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "thidua-cli-" + Guid.NewGuid().ToString("N") + ".json");

        var run = CliRun.Of("check", missing, "--award", "LDTT", "--year", "2021");

        run.AssertFailed(ExitCodes.FileNotFound);
        Assert.Contains(missing, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DirectoryInsteadOfFile_Exits66()
    {
        CliRun.Of("check", Path.GetTempPath(), "--award", "LDTT", "--year", "2021").AssertFailed(ExitCodes.FileNotFound);
    }

    [Fact]
    public void Run_CheckAllMissingDossierFile_Exits66()
    {
        var missing = Path.Combine(Path.GetTempPath(), "thidua-cli-" + Guid.NewGuid().ToString("N") + ".json");

        CliRun.Of("check-all", missing, "--year", "2021").AssertFailed(ExitCodes.FileNotFound);
    }

    [Fact]
    public void Run_UnknownAward_Exits67NamingTheCode()
    {
        var run = CliRun.Of("check", Eligible, "--award", "HUAN_CHUONG_LAO_DONG", "--year", "2021");

        run.AssertFailed(ExitCodes.UnknownAwardOrRegime);
        Assert.Contains("HUAN_CHUONG_LAO_DONG", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownRegime_Exits67()
    {
        var run = CliRun.Of("check", Eligible, "--award", "LDTT", "--year", "2021", "--regime", "vn-1999");

        run.AssertFailed(ExitCodes.UnknownAwardOrRegime);
        Assert.Contains("vn-1999", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplainUnknownAward_Exits67()
    {
        CliRun.Of("explain", "NOT_AN_AWARD").AssertFailed(ExitCodes.UnknownAwardOrRegime);
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("2016-2017@10")]
    [InlineData("2016-2017")]
    public void Run_PeriodBeforeEveryRegime_Exits68(string year)
    {
        // vn-2013 covers periods ending 2017-10-01 to 2023-12-31 (Decree 91/2017 in force from 2017-10-01); the
        // 2022 Law's regimes follow it with no end, so only earlier periods are refused.
        var run = CliRun.Of("check", Eligible, "--award", "LDTT", "--year", year);

        run.AssertFailed(ExitCodes.PeriodNotCovered);
        Assert.Contains(year, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckAllPeriodNotCovered_Exits68()
    {
        CliRun.Of("check-all", Eligible, "--year", "2015").AssertFailed(ExitCodes.PeriodNotCovered);
    }
}
