using System.Text.RegularExpressions;
using ThiDua.Rules.Tests.Dossiers;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>What errors say about the range the library covers: each range once, and the same numbers as the README.</summary>
public sealed class ErrorWordingTests
{
    [Theory]
    [InlineData("2013")]
    [InlineData("2010")]
    [InlineData("2012-2013")]
    public void Check_PeriodNoRegimeCovers_StatesTheCoveredRangeOnce(string period)
    {
        var dossier = ValidDossier.Create();

        var error = Assert.Throws<PeriodNotCoveredException>(
            () => ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, AssessmentPeriod.Parse(period))));

        Assert.Equal(1, Occurrences(error.Message, "2017-10-01"));
        Assert.Equal(1, Occurrences(error.Message, "2023-12-31"));
        Assert.Equal(1, Occurrences(error.Message, "2014-08-19"));
        Assert.Equal(1, Occurrences(error.Message, "2014-08-20"));
        Assert.Contains("before its 2013 amendment", error.Message, StringComparison.Ordinal);   // why earlier periods are not covered
        Assert.DoesNotContain("Circular 07/2014", error.Message, StringComparison.Ordinal);     // what a regime checks is not the error's business
        Assert.Equal(1, Occurrences(error.Message, "2025-07-01"));                  // the 2022 Law's regimes, the last open
        Assert.Contains("vn-2022-nd152: periods ending from 2025-07-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_YearsItStates_AreTheYearsTheLibraryAccepts()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md"));
        var periodYears = $"{AssessmentPeriod.MinYear} to {AssessmentPeriod.MaxYear}";
        var dateYears = $"{AssessmentPeriod.MinYear} to {AssessmentPeriod.MaxYear + 1}";

        // The README's sentences, with line breaks undone.
        var text = Regex.Replace(readme, @"\s+", " ");
        Assert.Contains($"starts in a year from {periodYears}", text, StringComparison.Ordinal);
        Assert.Contains($"may fall from {dateYears}", text, StringComparison.Ordinal);

        // ... and what the library says when a value is outside them.
        Assert.False(AssessmentPeriod.TryParse((AssessmentPeriod.MaxYear + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), out _, out var periodReason));
        Assert.Contains($"between {AssessmentPeriod.MinYear} and {AssessmentPeriod.MaxYear}", periodReason, StringComparison.Ordinal);
        var invalid = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.Check(new EligibilityRequest(
            AwardCodes.AdvancedWorker,
            ValidDossier.Create() with { RecruitmentDate = new DateTime(AssessmentPeriod.MaxYear + 2, 1, 1) },
            AssessmentPeriod.CalendarYear(2021))));
        Assert.Contains(invalid.Problems, p => p.Reason.Contains($"({dateYears})", StringComparison.Ordinal));
    }

    private static int Occurrences(string text, string value) => Regex.Matches(text, Regex.Escape(value)).Count;
}
