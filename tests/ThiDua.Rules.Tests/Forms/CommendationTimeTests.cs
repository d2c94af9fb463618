using ThiDua.Rules.Facts;
using Xunit;

namespace ThiDua.Rules.Tests.Forms;

/// <summary>The shared time arithmetic of the forms of commendation.</summary>
public sealed class CommendationTimeTests
{
    private static readonly AssessmentPeriod Y2024 = AssessmentPeriod.CalendarYear(2024);

    private static PeriodRecord Rated(int year, TaskRating? rating) => new() { Period = AssessmentPeriod.CalendarYear(year), TaskRating = rating };

    private static AwardRecord Award(string code, int year, CommendationBasis? basis = CommendationBasis.Merit, DateTime? decided = null)
        => new() { Code = code, Period = AssessmentPeriod.CalendarYear(year), Basis = basis, DecisionDate = decided };

    [Fact]
    public void RatingRun_FiveWellRatedYearsAfterAPoorOne_CountsFiveSettled()
    {
        var records = new[] { Rated(2019, TaskRating.Completed) }
            .Concat(Enumerable.Range(2020, 5).Select(y => Rated(y, TaskRating.CompletedWell))).ToList();

        var run = CommendationTime.RatingRun(records, Y2024, null, TaskRating.CompletedWell);

        Assert.Equal(5, run.Count);
        Assert.True(run.Known);
        Assert.Equal(AssessmentPeriod.CalendarYear(2020), run.First);
    }

    [Fact]
    public void RatingRun_UnratedYearInsideTheRun_IsUnsettled()
    {
        var records = new[] { Rated(2022, null), Rated(2023, TaskRating.CompletedExcellently), Rated(2024, TaskRating.CompletedWell) };

        var run = CommendationTime.RatingRun(records, Y2024, null, TaskRating.CompletedWell);

        Assert.Equal(2, run.Count);
        Assert.False(run.Known);
    }

    [Fact]
    public void RatingRun_StopsAfterTheEarlierAward_Settled()
    {
        var records = Enumerable.Range(2015, 10).Select(y => Rated(y, TaskRating.CompletedExcellently)).ToList();

        var run = CommendationTime.RatingRun(records, Y2024, AssessmentPeriod.CalendarYear(2021), TaskRating.CompletedWell);

        Assert.Equal(3, run.Count);
        Assert.True(run.Known);
    }

    [Fact]
    public void RatingRun_HigherRatingThanAsked_Qualifies_LowerDoesNot()
    {
        var records = new[] { Rated(2023, TaskRating.CompletedWell), Rated(2024, TaskRating.CompletedExcellently) };

        Assert.Equal(1, CommendationTime.RatingRun(records, Y2024, null, TaskRating.CompletedExcellently).Count);
        Assert.True(CommendationTime.RatingRun(records, Y2024, null, TaskRating.CompletedExcellently).Known);
        Assert.Equal(2, CommendationTime.RatingRun(records, Y2024, null, TaskRating.CompletedWell).Count);
    }

    [Fact]
    public void TitleRun_ConsecutiveTitlesWithAGap_CountsFromTheGap()
    {
        var history = new[] { Award("CSTDCS", 2020), Award("CSTDCS", 2022), Award("CSTDCS", 2023), Award("CSTDCS", 2024), Award("LDTT", 2021) };

        var run = CommendationTime.TitleRun(history, "CSTDCS", Y2024, null);

        Assert.Equal(3, run.Count);
        Assert.True(run.Known);
        Assert.False(CommendationTime.TitleRun(null, "CSTDCS", Y2024, null).Known);
    }

    [Fact]
    public void LatestMerit_IgnoresOneOffAndThematicDecisions()
    {
        var history = new[] { Award("BK_BO_TINH", 2017), Award("BK_BO_TINH", 2020, CommendationBasis.OneOff), Award("BK_BO_TINH", 2021, CommendationBasis.Thematic) };

        var (latest, known) = CommendationTime.LatestMerit(history, "BK_BO_TINH", Y2024);

        Assert.True(known);
        Assert.Equal(2017, latest!.Period.StartYear);
    }

    [Fact]
    public void LatestMerit_LaterDecisionWithoutBasis_IsUnsettled_EarlierOneIsNot()
    {
        Assert.False(CommendationTime.LatestMerit(new[] { Award("BK_BO_TINH", 2017), Award("BK_BO_TINH", 2020, null) }, "BK_BO_TINH", Y2024).Known);
        Assert.True(CommendationTime.LatestMerit(new[] { Award("BK_BO_TINH", 2016, null), Award("BK_BO_TINH", 2020) }, "BK_BO_TINH", Y2024).Known);
    }

    [Fact]
    public void LatestMerit_DecisionForThePeriodItself_DoesNotCount()
    {
        var (latest, known) = CommendationTime.LatestMerit(new[] { Award("BK_TTG", 2024) }, "BK_TTG", Y2024);

        Assert.True(known);
        Assert.Null(latest);
    }

    [Fact]
    public void RatingsIn_CountsQualifyingYears_AndSaysWhenOneIsUnrated()
    {
        var records = new[] { Rated(2020, TaskRating.CompletedExcellently), Rated(2021, TaskRating.CompletedWell), Rated(2022, TaskRating.CompletedExcellently) };

        Assert.Equal((2, true), CommendationTime.RatingsIn(records, AssessmentPeriod.CalendarYear(2020), AssessmentPeriod.CalendarYear(2022), TaskRating.CompletedExcellently));
        Assert.Equal((2, false), CommendationTime.RatingsIn(records, AssessmentPeriod.CalendarYear(2020), AssessmentPeriod.CalendarYear(2023), TaskRating.CompletedExcellently));
    }

    [Fact]
    public void TitlesIn_CountsOnlyTheWindow()
    {
        var history = new[] { Award("CSTDCS", 2018), Award("CSTDCS", 2020), Award("CSTDCS", 2022), Award("CSTDCS", 2025) };

        Assert.Equal(2, CommendationTime.TitlesIn(history, "CSTDCS", AssessmentPeriod.CalendarYear(2020), Y2024));
        Assert.Equal(-1, CommendationTime.TitlesIn(null, "CSTDCS", AssessmentPeriod.CalendarYear(2020), Y2024));
    }

    [Fact]
    public void InitiativesIn_CountsAtOrAboveTheLevel_WithinTheWindow()
    {
        var initiatives = new[]
        {
            new InitiativeRecord { Kind = InitiativeKind.Initiative, Scope = InitiativeScope.Unit, Period = AssessmentPeriod.CalendarYear(2021) },
            new InitiativeRecord { Kind = InitiativeKind.Initiative, Scope = InitiativeScope.District, Period = AssessmentPeriod.CalendarYear(2022) },
            new InitiativeRecord { Kind = InitiativeKind.Initiative, Scope = InitiativeScope.MinistryOrProvince, Period = AssessmentPeriod.CalendarYear(2023) },
            new InitiativeRecord { Kind = InitiativeKind.Initiative, Scope = InitiativeScope.National, Period = AssessmentPeriod.CalendarYear(2019) },
            new InitiativeRecord { Kind = InitiativeKind.ResearchTopic, Scope = InitiativeScope.National, Period = AssessmentPeriod.CalendarYear(2023) },
        };
        var from = AssessmentPeriod.CalendarYear(2020);

        Assert.Equal((3, true), CommendationTime.InitiativesIn(initiatives, InitiativeKind.Initiative, InitiativeScope.Unit, from, Y2024));
        Assert.Equal((1, true), CommendationTime.InitiativesIn(initiatives, InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince, from, Y2024));
        Assert.Equal((0, false), CommendationTime.InitiativesIn(initiatives, InitiativeKind.ResearchTopic, InitiativeScope.Unit, from, Y2024));
        Assert.Equal((-1, false), CommendationTime.InitiativesIn(null, InitiativeKind.Initiative, InitiativeScope.Unit, from, Y2024));
    }

    [Fact]
    public void PeriodsWaited_AchievementClock_CountsFromTheEndOfTheRewardedPeriod()
    {
        var earlier = Award("BK_TTG", 2019, decided: new DateTime(2020, 6, 1));

        Assert.Equal(5, CommendationTime.PeriodsWaited(earlier, Y2024, WaitingClock.AchievementPeriod));
    }

    [Fact]
    public void PeriodsWaited_DecisionClock_CountsOnlyYearsAfterTheDecision()
    {
        var earlier = Award("BK_TTG", 2019, decided: new DateTime(2020, 6, 1));

        // 2020 began before the decision of 2020-06-01, so 2021-2024 count.
        Assert.Equal(4, CommendationTime.PeriodsWaited(earlier, Y2024, WaitingClock.DecisionDate));
        Assert.Equal(3, CommendationTime.PeriodsWaited(earlier with { DecisionDate = new DateTime(2021, 2, 1) }, Y2024, WaitingClock.DecisionDate));
        Assert.Null(CommendationTime.PeriodsWaited(earlier with { DecisionDate = null }, Y2024, WaitingClock.DecisionDate));
    }
}
