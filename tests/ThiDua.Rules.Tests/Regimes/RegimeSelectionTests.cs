using System.Text.Json.Nodes;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

public sealed class RegimeSelectionTests
{
    private static readonly IEligibilityChecker Checker = ThiDuaRules.Default;

    [Theory]
    [InlineData("2017")]
    [InlineData("2018")]
    [InlineData("2019")]
    [InlineData("2020")]
    [InlineData("2021")]
    [InlineData("2022")]
    [InlineData("2023")]
    [InlineData("2017-2018")]
    [InlineData("2018-2019")]
    [InlineData("2019-2020")]
    [InlineData("2020-2021")]
    [InlineData("2021-2022")]
    [InlineData("2022-2023")]
    public void ResolveRegime_PeriodEndingWithinVn2013_SelectsVn2013(string period)
    {
        Assert.Equal("vn-2013", Checker.Catalog.ResolveRegime(AssessmentPeriod.Parse(period)).Id);
        Assert.Equal("vn-2013", Checker.Check(RegimeTestDossier.Request(period)).RegimeId);
    }

    [Theory]
    [InlineData("2016", "2016-12-31")]
    [InlineData("2016-2017", "2017-08-31")]
    [InlineData("2010", "2010-12-31")]
    public void Check_PeriodOutsideEveryRegime_ThrowsNamingPeriodAndCoveredRange(string period, string periodEnd)
    {
        var error = Assert.Throws<PeriodNotCoveredException>(() => Checker.Check(RegimeTestDossier.Request(period)));

        Assert.Equal(AssessmentPeriod.Parse(period), error.Period);
        Assert.Contains(period, error.Message, StringComparison.Ordinal);
        Assert.Contains(periodEnd, error.Message, StringComparison.Ordinal);
        Assert.Contains("2017-10-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("2023-12-31", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2010")]
    public void ResolveRegime_PeriodOutsideEveryRegime_Throws(string period)
    {
        Assert.Throws<PeriodNotCoveredException>(() => Checker.Catalog.ResolveRegime(AssessmentPeriod.Parse(period)));
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2010")]
    public void CheckAll_PeriodOutsideEveryRegime_Throws(string period)
    {
        Assert.Throws<PeriodNotCoveredException>(() => Checker.CheckAll(RegimeTestDossier.Create(), AssessmentPeriod.Parse(period)));
    }

    [Theory]
    [InlineData("2024", "vn-2022")]
    [InlineData("2023-2024", "vn-2022")]
    [InlineData("2024-2025", "vn-2022-nd152")]   // September to August: ends 2025-08-31
    [InlineData("2025", "vn-2022-nd152")]
    [InlineData("2025-2026", "vn-2022-nd152")]
    [InlineData("2026", "vn-2022-nd152")]
    [InlineData("2030", "vn-2022-nd152")]
    public void Check_PeriodEndingUnderThe2022Law_SelectsItsRegime(string period, string regime)
    {
        // Until 2024 these periods were refused as not covered; the 2022 Law has applied since 2024-01-01.
        Assert.Equal(regime, Checker.Catalog.ResolveRegime(AssessmentPeriod.Parse(period)).Id);
        var result = Checker.Check(RegimeTestDossier.Request(period));
        Assert.Equal(regime, result.RegimeId);
        Assert.Equal(RegimeSelectionBasis.PeriodEnd, result.Selection!.Basis);
        Assert.Equal(AssessmentPeriod.Parse(period).End, result.Selection.KeyDate);
        Assert.All(Checker.CheckAll(RegimeTestDossier.Create(), AssessmentPeriod.Parse(period)), r => Assert.Equal(regime, r.RegimeId));
    }

    [Fact]
    public void ResolveRegime_SchoolYearsWithOtherStartMonths_AreSelectedByTheirEndDate()
    {
        // A school year from January 2017 ends 2017-12-31, inside the range.
        var january = AssessmentPeriod.SchoolYear(2017, 1);
        Assert.Equal(new DateTime(2017, 12, 31), january.End);
        Assert.Equal("vn-2013", Checker.Catalog.ResolveRegime(january).Id);

        // A school year from September 2016 ends 2017-08-31, before the range opens.
        Assert.Throws<PeriodNotCoveredException>(() => Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2016, 9)));

        // From October 2016 it ends 2017-09-30, the day before; from November 2016, 2017-10-31, inside.
        Assert.Throws<PeriodNotCoveredException>(() => Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2016, 10)));
        Assert.Equal("vn-2013", Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2016, 11)).Id);
    }

    [Fact]
    public void Check_Result_CarriesRegimeIdAndRuleDataVersionOfRegimeJson()
    {
        var regimeJson = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Vn2013, "regime.json")))!;

        var result = Checker.Check(RegimeTestDossier.Request("2021"));

        Assert.Equal((string)regimeJson["id"]!, result.RegimeId);
        Assert.Equal((string)regimeJson["dataVersion"]!, result.RuleDataVersion);
        Assert.All(Checker.CheckAll(RegimeTestDossier.Create(), AssessmentPeriod.CalendarYear(2021)), r =>
        {
            Assert.Equal("vn-2013", r.RegimeId);
            Assert.Equal((string)regimeJson["dataVersion"]!, r.RuleDataVersion);
        });
    }
}
