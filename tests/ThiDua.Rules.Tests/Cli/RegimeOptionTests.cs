using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>--considered-on</c>, the regime's reason and warnings in the output, and <c>compare</c>.</summary>
public sealed class RegimeOptionTests
{
    private static readonly string Eligible = SampleData.Path("eligible-civil-servant.json");
    private static readonly string Recruit2026 = SampleData.Path("new-recruit-2026.json");

    [Fact]
    public void Run_Check2026Sample_PrintsTheRegimeItsReasonAndTheCurrencyWarning()
    {
        var run = CliRun.Of("check", Recruit2026, "--award", "LDTT", "--year", "2026", "--lang", "en");

        run.AssertSucceeded(ExitCodes.Eligible);
        run.AssertStdoutContains(
            "Regime: vn-2022-nd152",
            "Why: period ends 2026-12-31, within vn-2022-nd152",
            "⚠ Warning: The vn-2022-nd152 rule data (version 2026.12.01) is known to reflect the law only up to 2026-09-30",
            "✓ STD22.NEW_RECRUIT_6_MONTHS");
    }

    [Fact]
    public void Run_CheckJsonWithWarning_WritesTheWarningToStderrAndTheSelectionToJson()
    {
        var run = CliRun.Of("check", Recruit2026, "--award", "LDTT", "--year", "2026", "--format", "json", "--lang", "en");

        Assert.Equal(ExitCodes.Eligible, run.ExitCode);
        Assert.StartsWith("thidua: warning: The vn-2022-nd152 rule data", run.Stderr, StringComparison.Ordinal);
        var result = ThiDuaJson.Read<EligibilityResult>(run.Stdout);
        Assert.Equal(RegimeSelectionBasis.PeriodEnd, result.Selection!.Basis);
        Assert.Single(result.Selection.Warnings);
    }

    [Theory]
    [InlineData("2023-12-31", "vn-2013")]
    [InlineData("2024-01-01", "vn-2022")]
    [InlineData("2025-06-30", "vn-2022")]
    [InlineData("2025-07-01", "vn-2022-nd152")]
    public void Run_CheckConsideredOn_SelectsTheRegimeInForceThatDay(string consideredOn, string regime)
    {
        var run = CliRun.Of("check", Eligible, "--award", "LDTT", "--year", "2021", "--considered-on", consideredOn, "--lang", "en");

        run.AssertStdoutContains(
            $"Regime: {regime} ",
            $"Why: considered on {consideredOn}, within {regime}");
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Run_CheckAllConsideredOn_PrintsTheRegimeForEveryAward()
    {
        var run = CliRun.Of("check-all", Eligible, "--year", "2021", "--considered-on", "2024-03-15", "--lang", "en");

        run.AssertStdoutContains(
            "Regime: vn-2022 ",
            "the law in force on the day of consideration applies",
            "CSTDCS");
    }

    [Theory]
    [InlineData("2024/03/15")]
    [InlineData("15-03-2024")]
    [InlineData("2020-12-31")]
    public void Run_CheckBadConsideredOn_IsAUsageError(string consideredOn)
    {
        var run = CliRun.Of("check", Eligible, "--award", "LDTT", "--year", "2021", "--considered-on", consideredOn);

        run.AssertFailed(ExitCodes.Usage);
        Assert.Contains("--considered-on", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Compare_ShowsTheConditionsJudgedDifferentlyWithBothCitations()
    {
        var run = CliRun.Of("compare", Recruit2026, "--award", "LDTT", "--year", "2026", "--regimes", "vn-2013,vn-2022-nd152", "--lang", "en");

        run.AssertSucceeded(ExitCodes.Eligible);
        run.AssertStdoutContains(
            "vn-2013: ✗ NOT ELIGIBLE",
            "vn-2022-nd152: ✓ ELIGIBLE",
            "≠ STD.NEW_RECRUIT_10_MONTHS",
            "vn-2013: ✗ STD.NEW_RECRUIT_10_MONTHS",
            "Cited: clause 6, Article 10, Decree 91/2017/NĐ-CP",
            "vn-2022-nd152: ✓ STD22.NEW_RECRUIT_6_MONTHS",
            "Cited: point d, clause 5, Article 1, Circular 01/2024/TT-BNV",
            "for comparison only");
    }

    [Fact]
    public void Run_CompareJson_ReadsBackAsAComparison()
    {
        var run = CliRun.Of("compare", Eligible, "--award", "CSTDCS", "--year", "2021", "--regimes", "vn-2013,vn-2022", "--format", "json");

        run.AssertSucceeded(ExitCodes.Eligible);
        var comparison = ThiDuaJson.Read<RegimeComparison>(run.Stdout);
        Assert.Equal("vn-2013", comparison.First.RegimeId);
        Assert.Equal("vn-2022", comparison.Second.RegimeId);
        Assert.Contains(comparison.Conditions, c => c.Concept == "CSTDCS.UNIT_INITIATIVE" && c.First != null && c.Second != null);
    }

    [Theory]
    [InlineData("vn-2013")]
    [InlineData("vn-2013,vn-2013")]
    [InlineData("vn-2013,")]
    [InlineData("vn-2013,vn-2022,vn-2022-nd152")]
    public void Run_CompareBadRegimes_IsAUsageError(string regimes)
    {
        CliRun.Of("compare", Eligible, "--award", "LDTT", "--year", "2021", "--regimes", regimes).AssertFailed(ExitCodes.Usage);
    }

    [Fact]
    public void Run_CompareUnknownRegime_Exits67()
    {
        CliRun.Of("compare", Eligible, "--award", "LDTT", "--year", "2021", "--regimes", "vn-2013,vn-1999").AssertFailed(ExitCodes.UnknownAwardOrRegime);
    }
}
