using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

public sealed class AssessmentPeriodDateTests
{
    [Theory]
    [InlineData("2021", "2021-01-01", "2021-12-31")]
    [InlineData("2020", "2020-01-01", "2020-12-31")]
    [InlineData("2021-2022", "2021-09-01", "2022-08-31")]
    [InlineData("2023-2024", "2023-09-01", "2024-08-31")]
    [InlineData("2021-2022@07", "2021-07-01", "2022-06-30")]
    [InlineData("2023-2024@03", "2023-03-01", "2024-02-29")]
    [InlineData("2021-2022@01", "2021-01-01", "2021-12-31")]
    public void StartAndEnd_Period_AreItsFirstAndLastDay(string text, string start, string end)
    {
        var period = AssessmentPeriod.Parse(text);

        Assert.Equal(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Theory]
    [InlineData("2021", "2022", "2020")]
    [InlineData("2021-2022", "2022-2023", "2020-2021")]
    [InlineData("2021-2022@07", "2022-2023@07", "2020-2021@07")]
    public void NextAndPrevious_Period_KeepKindAndMonth(string text, string next, string previous)
    {
        var period = AssessmentPeriod.Parse(text);

        Assert.Equal(AssessmentPeriod.Parse(next), period.Next);
        Assert.Equal(AssessmentPeriod.Parse(previous), period.Previous);
        Assert.Equal(period, period.Next.Previous);
    }

    [Fact]
    public void Next_LastYear_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentPeriod.CalendarYear(AssessmentPeriod.MaxYear).Next);
    }

    [Fact]
    public void Previous_FirstYear_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentPeriod.CalendarYear(AssessmentPeriod.MinYear).Previous);
    }

    [Theory]
    [InlineData("2021", "2021-01-01", true)]
    [InlineData("2021", "2021-12-31", true)]
    [InlineData("2021", "2020-12-31", false)]
    [InlineData("2021", "2022-01-01", false)]
    [InlineData("2021-2022", "2021-08-31", false)]
    [InlineData("2021-2022", "2021-09-01", true)]
    [InlineData("2021-2022", "2022-08-31", true)]
    [InlineData("2021-2022", "2022-09-01", false)]
    public void Contains_Date_IsTrueOnlyWithinThePeriod(string text, string date, bool expected)
    {
        var day = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, AssessmentPeriod.Parse(text).Contains(day.AddHours(15)));
    }

    [Fact]
    public void PeriodsUntil_LaterPeriod_CountsYears()
    {
        Assert.Equal(3, AssessmentPeriod.Parse("2018").PeriodsUntil(AssessmentPeriod.Parse("2021")));
        Assert.Equal(-1, AssessmentPeriod.Parse("2021-2022").PeriodsUntil(AssessmentPeriod.Parse("2020-2021")));
    }

    [Fact]
    public void CompareTo_Periods_OrderByYearThenCalendarBeforeSchool()
    {
        var periods = new[] { "2022", "2021-2022", "2021", "2020-2021" }.Select(AssessmentPeriod.Parse).Order().Select(p => p.ToString());

        Assert.Equal(new[] { "2020-2021", "2021", "2021-2022", "2022" }, periods);
    }
}
