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
    [InlineData("2013")]
    [InlineData("2013-2014@06")]
    [InlineData("2012-2013")]
    public void Run_PeriodBeforeEveryRegime_Exits68(string year)
    {
        // The regimes cover periods ending from 2014-06-01 (Law 39/2013 in force); the 2022 Law's last regime has no
        // end, so only earlier periods are refused.
        var run = CliRun.Of("check", Eligible, "--award", "LDTT", "--year", year);

        run.AssertFailed(ExitCodes.PeriodNotCovered);
        Assert.Contains(year, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckAllPeriodNotCovered_Exits68()
    {
        CliRun.Of("check-all", Eligible, "--year", "2013").AssertFailed(ExitCodes.PeriodNotCovered);
    }
}
