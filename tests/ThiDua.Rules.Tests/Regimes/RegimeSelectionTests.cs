using System.Text.Json.Nodes;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

public sealed class RegimeSelectionTests
{
    private static readonly IEligibilityChecker Checker = ThiDuaRules.Default;

    /// <summary>Periods of every length and kind, by the regime whose range holds their end date.</summary>
    public static TheoryData<string, string> PeriodsByRegime()
    {
        var data = new TheoryData<string, string>();
        var table = new (string Regime, string[] Periods)[]
        {
            ("vn-2013", new[] { "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2017-2018", "2018-2019", "2019-2020", "2020-2021", "2021-2022", "2022-2023" }),
            ("vn-2013-nd65", new[] { "2014", "2015", "2016", "2014-2015", "2015-2016", "2016-2017" }),
            ("vn-2013-nd42", new[] { "2013-2014@07", "2013-2014@08" }),
            ("vn-2022", new[] { "2024", "2023-2024", "2024-2025@07" }),
            ("vn-2022-nd152", new[] { "2025", "2026", "2024-2025", "2030" }),
        };
        foreach (var (regime, periods) in table)
        {
            foreach (var period in periods)
            {
                data.Add(period, regime);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PeriodsByRegime))]
    public void ResolveRegime_PeriodEndingWithinARegime_SelectsIt(string period, string regime)
    {
        Assert.Equal(regime, Checker.Catalog.ResolveRegime(AssessmentPeriod.Parse(period)).Id);
        Assert.Equal(regime, Checker.Check(RegimeTestDossier.Request(period)).RegimeId);
    }

    [Theory]
    [InlineData("2013", "2013-12-31")]
    [InlineData("2012-2013", "2013-08-31")]
    [InlineData("2013-2014@06", "2014-05-31")]
    [InlineData("2010", "2010-12-31")]
    public void Check_PeriodOutsideEveryRegime_ThrowsNamingPeriodAndCoveredRange(string period, string periodEnd)
    {
        var error = Assert.Throws<PeriodNotCoveredException>(() => Checker.Check(RegimeTestDossier.Request(period)));

        Assert.Equal(AssessmentPeriod.Parse(period), error.Period);
        Assert.Contains(period, error.Message, StringComparison.Ordinal);
        Assert.Contains(periodEnd, error.Message, StringComparison.Ordinal);
        Assert.Contains("vn-2013-nd42: periods ending 2014-06-01 to 2014-08-19", error.Message, StringComparison.Ordinal);
        Assert.Contains("vn-2013-nd65: periods ending 2014-08-20 to 2017-09-30", error.Message, StringComparison.Ordinal);
        Assert.Contains("vn-2013: periods ending 2017-10-01 to 2023-12-31", error.Message, StringComparison.Ordinal);
        Assert.Contains("vn-2022-nd152: periods ending from 2025-07-01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("2010")]
    public void ResolveRegime_PeriodOutsideEveryRegime_Throws(string period)
    {
        Assert.Throws<PeriodNotCoveredException>(() => Checker.Catalog.ResolveRegime(AssessmentPeriod.Parse(period)));
    }

    [Theory]
    [InlineData("2013")]
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

        // A school year from September 2016 ends 2017-08-31, under Decree 65.
        Assert.Equal("vn-2013-nd65", Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2016, 9)).Id);

        // From October 2016 it ends 2017-09-30, the last day of Decree 65; from November 2016, 2017-10-31, Decree 91.
        Assert.Equal("vn-2013-nd65", Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2016, 10)).Id);
        Assert.Equal("vn-2013", Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2016, 11)).Id);
    }

    [Fact]
    public void ResolveRegime_SchoolYearsAround2014_AreSelectedByTheirEndDate()
    {
        // Law 39/2013 came into force on 2014-06-01: a school year from June 2013 ends the day before.
        Assert.Throws<PeriodNotCoveredException>(() => Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2013, 6)));

        // From July 2013 it ends 2014-06-30 and from August 2013 2014-07-31: Decree 42/2010 was still the decree.
        Assert.Equal("vn-2013-nd42", Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2013, 7)).Id);
        Assert.Equal("vn-2013-nd42", Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2013, 8)).Id);

        // From September 2013 it ends 2014-08-31, after Decree 65/2014 came into force on 2014-08-20.
        Assert.Equal("vn-2013-nd65", Checker.Catalog.ResolveRegime(AssessmentPeriod.SchoolYear(2013, 9)).Id);
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
