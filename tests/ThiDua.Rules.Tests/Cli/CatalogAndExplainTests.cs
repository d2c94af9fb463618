using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>catalog</c> and <c>explain</c> table views.</summary>
public sealed class CatalogAndExplainTests
{
    [Fact]
    public void Run_Catalog_ShowsRegimeCoverageDocumentsAndAwards()
    {
        var run = CliRun.Of("catalog", "--lang", "en");

        run.AssertSucceeded(0);
        Assert.Contains("Regime vn-2013", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Periods ending (or considered) from 2017-10-01 to 2023-12-31", run.Stdout, StringComparison.Ordinal);
        run.AssertStdoutContains(
            "Periods ending (or considered) from 2024-01-01 to 2025-06-30",
            "Periods ending (or considered) from 2025-07-01, with no end",
            "Data known to reflect the law up to 2026-09-30");
        Assert.Contains("Decree 91/2017/NĐ-CP", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("CSTD_BO_TINH", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Lao động tiên tiến / Advanced Worker", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplainCstdcs_ListsConditionsCitationsFactsAndNotes()
    {
        var run = CliRun.Of("explain", "CSTDCS", "--regime", "vn-2013", "--lang", "en");

        run.AssertSucceeded(0);
        Assert.Contains("Award: Grassroots Emulation Fighter (CSTDCS)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("CSTDCS.UNIT_INITIATIVE", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("- unitInitiatives: recognised initiatives and research topics (write [] if none) [initiatives]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("(basis: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Not checked: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplainWithoutRegime_ShowsTheLatestRegimeWithItsNewFact()
    {
        var run = CliRun.Of("explain", "CSTDCS", "--lang", "en");

        run.AssertSucceeded(0);
        run.AssertStdoutContains(
            "vn-2022-nd152",
            "CSTDCS22.EXCELLENT_OR_INITIATIVE",
            "- grassrootsAchievements: initiatives recognised at grassroots level, accepted topics, combat creativity (write [] if none) [initiatives]",
            "Law 06/2022/QH15");
        Assert.DoesNotContain("CSTDCS.UNIT_INITIATIVE", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplainWithRegime_UsesThatRegime()
    {
        var run = CliRun.Of("explain", "LDTT", "--regime", "vn-2013");

        run.AssertSucceeded(0);
        Assert.Contains("Chế độ pháp lý: vn-2013", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("STD.NO_DISCIPLINE", run.Stdout, StringComparison.Ordinal);
    }
}
