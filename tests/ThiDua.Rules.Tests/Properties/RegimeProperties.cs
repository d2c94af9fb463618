using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Testing;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>
/// Decree 91/2017 governs periods ending from its effective date, 1 October 2017, until the 2022 Law took effect
/// on 1 January 2024: each such period selects exactly one regime, and any other period is refused.
/// </summary>
public class RegimeProperties
{
    private static readonly DateTime FirstCoveredEnd = new(2017, 10, 1);
    private static readonly DateTime LastCoveredEnd = new(2023, 12, 31);

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property ResolveRegime_DateInTheSupportedRange_SelectsExactlyOneRegime()
    {
        var days = (int)(LastCoveredEnd - FirstCoveredEnd).TotalDays;
        return Prop.ForAll(Arb.From(Gen.Choose(0, days).Select(d => FirstCoveredEnd.AddDays(d))), date =>
        {
            var period = PeriodEndingInMonthOf(date);
            Assert.Single(Shipped.Checker.Catalog.Regimes, r => r.Covers(period));
            Assert.Equal(Shipped.RegimeId, Shipped.Checker.Catalog.ResolveRegime(period).Id);
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
                Assert.Equal(Shipped.RegimeId, Shipped.Checker.Check(request).RegimeId);
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
