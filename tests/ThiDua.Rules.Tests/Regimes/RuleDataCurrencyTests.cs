using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

/// <summary>
/// A date past the day the latest regime's data is known to reflect the law is still checked under that regime, never
/// silently: the result carries a warning naming that day (an amending law reported in force from 2026-10-01 is not
/// confirmed by any official text the data rests on).
/// </summary>
public sealed class RuleDataCurrencyTests
{
    private static readonly IEligibilityChecker Checker = ThiDuaRules.Default;

    [Fact]
    public void Catalog_LatestRegime_IsOpenAndStatesTheDayItsDataIsKnownCurrentTo()
    {
        var latest = Checker.Catalog.Regimes.Last();

        Assert.Equal("vn-2022-nd152", latest.Id);
        Assert.True(latest.IsOpenEnded);
        Assert.Equal(new DateTime(2026, 9, 30), latest.KnownCurrentTo);
        Assert.Contains("2026-10-01", latest.CurrencyNote!.En, StringComparison.Ordinal);
        Assert.All(Checker.Catalog.Regimes.Take(Checker.Catalog.Regimes.Count - 1), r => Assert.False(r.IsOpenEnded, r.Id));
    }

    [Theory]
    [InlineData("2025-12-01", false)]
    [InlineData("2026-09-30", false)]
    [InlineData("2026-10-01", true)]
    [InlineData("2027-05-01", true)]
    public void Check_ConsideredAfterTheDataIsKnownCurrent_WarnsButStillChecks(string consideredOn, bool warned)
    {
        var day = DateTime.ParseExact(consideredOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var result = Checker.Check(RegimeTestDossier.Request("2025") with { ConsideredOn = day });

        Assert.Equal("vn-2022-nd152", result.RegimeId);
        Assert.Equal(warned, result.Selection!.Warnings.Count > 0);
        if (warned)
        {
            var warning = Assert.Single(result.Selection.Warnings);
            Assert.Contains("2026-09-30", warning.En, StringComparison.Ordinal);
            Assert.Contains("may predate a change in the law", warning.En, StringComparison.Ordinal);
            Assert.Contains("30/09/2026", warning.Vi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_Period2026_WarnsByThePeriodsEnd()
    {
        var result = Checker.Check(RegimeTestDossier.Request("2026"));

        Assert.Equal(RegimeSelectionBasis.PeriodEnd, result.Selection!.Basis);
        Assert.Single(result.Selection.Warnings);
    }

    [Fact]
    public void Check_ClosedRegime_NeverWarns()
    {
        Assert.Empty(Checker.Check(RegimeTestDossier.Request("2021")).Selection!.Warnings);
        Assert.Empty(Checker.Check(RegimeTestDossier.Request("2024")).Selection!.Warnings);
    }

    [Fact]
    public void Write_ResultWithWarning_KeepsSelectionInTheJson()
    {
        var result = Checker.Check(RegimeTestDossier.Request("2026"));

        var json = ThiDuaJson.Write(result);
        var back = ThiDuaJson.Read<EligibilityResult>(json);

        Assert.Contains("\"selection\"", json, StringComparison.Ordinal);
        Assert.Equal(result.Selection!.RegimeId, back.Selection!.RegimeId);
        Assert.Equal(result.Selection.Basis, back.Selection.Basis);
        Assert.Equal(result.Selection.Warnings.Single().En, back.Selection.Warnings.Single().En);
    }
}
