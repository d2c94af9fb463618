using ThiDua.Rules.Facts;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// The one ordering the history facts do, titles latest first: the same order as a stable sort (titles of the same
/// year keep their history order), for a few titles and for 100 000.
/// </summary>
public sealed class HistoryOrderingTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void LatestFirst_AnyNumberOfTitles_IsTheStableDescendingOrder(int count)
    {
        var random = new Random(count);
        var titles = Enumerable.Range(0, count)
            .Select(i => new AwardRecord
            {
                Code = AwardCodes.MinistryEmulationFighter,
                Period = AssessmentPeriod.CalendarYear(random.Next(AssessmentPeriod.MinYear, AssessmentPeriod.MaxYear + 1)),
                DecisionNumber = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .ToArray();

        var sorted = AwardHistoryFacts.LatestFirst(titles);

        var expected = titles.OrderByDescending(t => t.Period.StartYear).ToArray();   // LINQ's sort is stable
        Assert.Equal(expected.Length, sorted.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Same(expected[i], sorted[i]);
        }
    }
}
