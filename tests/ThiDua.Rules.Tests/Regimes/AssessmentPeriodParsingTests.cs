using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

public sealed class AssessmentPeriodParsingTests
{
    [Theory]
    [InlineData("2021", AssessmentPeriodKind.CalendarYear, 2021, 1)]
    [InlineData("1945", AssessmentPeriodKind.CalendarYear, 1945, 1)]
    [InlineData("2100", AssessmentPeriodKind.CalendarYear, 2100, 1)]
    [InlineData(" 2021 ", AssessmentPeriodKind.CalendarYear, 2021, 1)]
    [InlineData("2021-2022", AssessmentPeriodKind.SchoolYear, 2021, 9)]
    [InlineData("2021-2022@07", AssessmentPeriodKind.SchoolYear, 2021, 7)]
    [InlineData("2021-2022@09", AssessmentPeriodKind.SchoolYear, 2021, 9)]
    [InlineData("2021-2022@12", AssessmentPeriodKind.SchoolYear, 2021, 12)]
    public void Parse_ValidText_ReadsKindYearAndMonth(string text, AssessmentPeriodKind kind, int startYear, int startMonth)
    {
        var period = AssessmentPeriod.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(startYear, period.StartYear);
        Assert.Equal(startMonth, period.StartMonth);
    }

    [Theory]
    [InlineData("20x1")]
    [InlineData("2021-2023")]
    [InlineData("2021-2021")]
    [InlineData("2022-2021")]
    [InlineData("1850")]
    [InlineData("1944")]
    [InlineData("2101")]
    [InlineData("21")]
    [InlineData("02021")]
    [InlineData("+2021")]
    [InlineData("-2021")]
    [InlineData("2021@07")]
    [InlineData("2021-2022@7")]
    [InlineData("2021-2022@13")]
    [InlineData("2021-2022@00")]
    [InlineData("2021-2022@")]
    [InlineData("2021-22")]
    [InlineData("2021/2022")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_InvalidText_FailsWithAReason(string? text)
    {
        var ok = AssessmentPeriod.TryParse(text, out var period, out var reason);

        Assert.False(ok);
        Assert.Equal(default, period);
        Assert.False(string.IsNullOrWhiteSpace(reason));
    }

    [Theory]
    [InlineData("20x1")]
    [InlineData("2021-2023")]
    [InlineData("1850")]
    public void Parse_InvalidText_ThrowsFormatExceptionQuotingIt(string text)
    {
        var error = Assert.Throws<FormatException>(() => AssessmentPeriod.Parse(text));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_YearOutOfRange_SaysTheRange()
    {
        var error = Assert.Throws<FormatException>(() => AssessmentPeriod.Parse("1850"));

        Assert.Contains("1945", error.Message, StringComparison.Ordinal);
        Assert.Contains("2100", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2021-2022")]
    [InlineData("2021-2022@07")]
    [InlineData("1945")]
    [InlineData("2099-2100@01")]
    public void ToString_ParsedPeriod_WritesTheCanonicalText(string text)
    {
        Assert.Equal(text, AssessmentPeriod.Parse(text).ToString());
    }

    [Fact]
    public void ToString_SchoolYearStartingInSeptember_OmitsTheMonth()
    {
        Assert.Equal("2021-2022", AssessmentPeriod.Parse("2021-2022@09").ToString());
        Assert.Equal("2021-2022", AssessmentPeriod.SchoolYear(2021).ToString());
        Assert.Equal("2021-2022@03", AssessmentPeriod.SchoolYear(2021, 3).ToString());
    }

    [Fact]
    public void Equals_SchoolYearsWithDifferentMonths_AreDifferent()
    {
        Assert.NotEqual(AssessmentPeriod.Parse("2021-2022"), AssessmentPeriod.Parse("2021-2022@07"));
        Assert.NotEqual(AssessmentPeriod.Parse("2021"), AssessmentPeriod.Parse("2021-2022@01"));
        Assert.Equal(AssessmentPeriod.Parse("2021-2022@09"), AssessmentPeriod.SchoolYear(2021));
    }

    [Theory]
    [InlineData(1944)]
    [InlineData(2101)]
    public void CalendarYear_OutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentPeriod.CalendarYear(year));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void SchoolYear_InvalidMonth_Throws(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentPeriod.SchoolYear(2021, month));
    }
}
