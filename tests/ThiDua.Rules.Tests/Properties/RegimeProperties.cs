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
/// Decree 91/2017 after); Decree 98/2023 then governs until 30 June 2025 and Decree 152/2025 from 1 July 2025, the
/// latest regime, open-ended. Each period ending from 1 June 2014 selects exactly the regime of its layer, by its end
/// date; any earlier period is refused.
/// </summary>
public class RegimeProperties
{
    private static readonly DateTime FirstCoveredEnd = new(2014, 6, 1);
    private static readonly DateTime Law2022InForce = new(2024, 1, 1);
    private static readonly DateTime Decree152InForce = new(2025, 7, 1);

    /// <summary>The regime the law in force on <paramref name="date"/> calls for, from the documents' effective dates, not the data's.</summary>
    private static string RegimeInForceOn(DateTime date)
        => date < new DateTime(2014, 8, 20) ? "vn-2013-nd42"
         : date < new DateTime(2017, 10, 1) ? "vn-2013-nd65"
         : date < Law2022InForce ? Shipped.RegimeId
         : date < Decree152InForce ? "vn-2022" : "vn-2022-nd152";

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property ResolveRegime_DateInTheSupportedRange_SelectsExactlyOneRegime()
    {
        var days = (int)(new DateTime(2100, 12, 31) - FirstCoveredEnd).TotalDays;
        var edges = Gen.Elements(FirstCoveredEnd, new DateTime(2014, 8, 19), new DateTime(2014, 8, 20), new DateTime(2017, 9, 30), new DateTime(2017, 10, 1), Law2022InForce.AddDays(-1), Law2022InForce, Decree152InForce.AddDays(-1), Decree152InForce);
        return Prop.ForAll(Arb.From(Gen.Frequency((4, Gen.Choose(0, days).Select(d => FirstCoveredEnd.AddDays(d))), (1, edges))), date =>
        {
            var period = PeriodEndingInMonthOf(date);
            Assert.Single(Shipped.Checker.Catalog.Regimes, r => r.Covers(period));
            Assert.Equal(RegimeInForceOn(period.End), Shipped.Checker.Catalog.ResolveRegime(period).Id);
        });
    }

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property ResolveRegime_DateBeforeTheSupportedRange_ThrowsPeriodNotCovered()
    {
        var before = Gen.Choose(0, (int)(FirstCoveredEnd.AddDays(-1) - new DateTime(1947, 1, 1)).TotalDays).Select(d => new DateTime(1947, 1, 1).AddDays(d));
        var edges = Gen.Elements(FirstCoveredEnd.AddDays(-1));
        return Prop.ForAll(Arb.From(Gen.Frequency((4, before), (1, edges))), date =>
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
            var covered = period.End >= FirstCoveredEnd;
            var request = new EligibilityRequest(AwardCodes.AdvancedWorker, new IndividualDossier(), period);
            if (covered)
            {
                Assert.Equal(RegimeInForceOn(period.End), Shipped.Checker.Check(request).RegimeId);
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
