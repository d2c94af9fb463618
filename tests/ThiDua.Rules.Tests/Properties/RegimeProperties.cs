using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Testing;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>
/// The 2013 amendment governs periods ending from its effective date, 1 June 2014, until the 2022 Law took effect on
/// 1 January 2024, in three decree layers (Decree 42/2010 to 19 August 2014, Decree 65/2014 to 30 September 2017,
/// Decree 91/2017 after): each such period selects exactly the regime of its layer, and any other period is refused.
/// </summary>
public class RegimeProperties
{
    private static readonly DateTime FirstCoveredEnd = new(2014, 6, 1);
    private static readonly DateTime LastCoveredEnd = new(2023, 12, 31);

    /// <summary>The regime whose decree layer was in force on <paramref name="end"/>, by the dates of the law, not of the data.</summary>
    private static string LayerOf(DateTime end)
        => end < new DateTime(2014, 8, 20) ? "vn-2013-nd42" : end < new DateTime(2017, 10, 1) ? "vn-2013-nd65" : Shipped.RegimeId;

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property ResolveRegime_DateInTheSupportedRange_SelectsExactlyOneRegime()
    {
        var days = (int)(LastCoveredEnd - FirstCoveredEnd).TotalDays;
        return Prop.ForAll(Arb.From(Gen.Choose(0, days).Select(d => FirstCoveredEnd.AddDays(d))), date =>
        {
            var period = PeriodEndingInMonthOf(date);
            Assert.Single(Shipped.Checker.Catalog.Regimes, r => r.Covers(period));
            Assert.Equal(LayerOf(period.End), Shipped.Checker.Catalog.ResolveRegime(period).Id);
        });
    }

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property ResolveRegime_DateOutsideTheSupportedRange_ThrowsPeriodNotCovered()
    {
        var before = Gen.Choose(0, (int)(FirstCoveredEnd.AddDays(-1) - new DateTime(1947, 1, 1)).TotalDays).Select(d => new DateTime(1947, 1, 1).AddDays(d));
        var after = Gen.Choose(0, (int)(new DateTime(2100, 12, 31) - LastCoveredEnd.AddDays(1)).TotalDays).Select(d => LastCoveredEnd.AddDays(1 + d));
        var edges = Gen.Elements(FirstCoveredEnd.AddDays(-1), LastCoveredEnd.AddDays(1));
        return Prop.ForAll(Arb.From(Gen.Frequency((2, before), (2, after), (1, edges))), date =>
        {
            var period = PeriodEndingInMonthOf(date);
            Assert.DoesNotContain(Shipped.Checker.Catalog.Regimes, r => r.Covers(period));
            Assert.Throws<PeriodNotCoveredException>(() => Shipped.Checker.Catalog.ResolveRegime(period));
        });
    }

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Check_AnyPeriod_IsCoveredExactlyWhenItEndsInTheSupportedRange()
        => Prop.ForAll(Arb.From(ThiDuaGenerators.AnyPeriod()), period =>
        {
            var covered = period.End >= FirstCoveredEnd && period.End <= LastCoveredEnd;
            var request = new EligibilityRequest(AwardCodes.AdvancedWorker, new IndividualDossier(), period);
            if (covered)
            {
                Assert.Equal(LayerOf(period.End), Shipped.Checker.Check(request).RegimeId);
            }
            else
            {
                var thrown = Assert.Throws<PeriodNotCoveredException>(() => Shipped.Checker.Check(request));
                Assert.Equal(period, thrown.Period);
                Assert.Throws<PeriodNotCoveredException>(() => Shipped.Checker.CheckAll(new IndividualDossier(), period));
            }
        });

    /// <summary>The calendar year ending in December of the date's year, or the school year ending in the date's month.</summary>
    private static AssessmentPeriod PeriodEndingInMonthOf(DateTime date)
        => date.Month == 12
            ? AssessmentPeriod.CalendarYear(date.Year)
            : AssessmentPeriod.SchoolYear(date.Year - 1, date.Month + 1);
}
