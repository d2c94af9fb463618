using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

/// <summary>
/// The date that selects a regime: the period's end, or the day the competent body considers the proposal when the
/// request gives it (practice applied the 2022 Law to 2023 achievements considered in 2024). Boundaries on both sides
/// of 1 January 2024 (Law 06/2022 in force) and 1 July 2025 (Decree 152/2025 replaces Decree 98/2023).
/// </summary>
public sealed class ConsiderationDateTests
{
    private static readonly IEligibilityChecker Checker = ThiDuaRules.Default;

    [Theory]
    [InlineData("2023-12-31", "vn-2013")]
    [InlineData("2024-01-01", "vn-2022")]
    [InlineData("2025-06-30", "vn-2022")]
    [InlineData("2025-07-01", "vn-2022-nd152")]
    public void Check_ConsideredOnBoundaryDay_SelectsTheRegimeInForceThatDay(string consideredOn, string regime)
    {
        var day = Day(consideredOn);
        var period = day.Year >= 2025 ? "2024" : "2023";
        var result = Checker.Check(RegimeTestDossier.Request(period) with { ConsideredOn = day });

        Assert.Equal(regime, result.RegimeId);
        Assert.Equal(RegimeSelectionBasis.ConsideredOn, result.Selection!.Basis);
        Assert.Equal(day, result.Selection.KeyDate);
        Assert.Contains("considered on " + consideredOn, result.Selection.Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023", "vn-2013")]                 // ends 2023-12-31
    [InlineData("2023-2024@01", "vn-2013")]         // January to December 2023: ends 2023-12-31
    [InlineData("2023-2024@02", "vn-2022")]         // February 2023 to January 2024: ends 2024-01-31
    [InlineData("2024-2025@07", "vn-2022")]         // ends 2025-06-30
    [InlineData("2024-2025@08", "vn-2022-nd152")]   // ends 2025-07-31
    public void Check_PeriodEndingAtABoundary_SelectsByItsLastDay(string period, string regime)
    {
        var result = Checker.Check(RegimeTestDossier.Request(period));

        Assert.Equal(regime, result.RegimeId);
        Assert.Equal(RegimeSelectionBasis.PeriodEnd, result.Selection!.Basis);
        Assert.Contains("period ends " + result.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), result.Selection.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_2023AchievementConsideredIn2024_UsesThe2022LawAndSaysWhy()
    {
        // The MoHA case: a 2023 grassroots title decided in 2024 on an excellent rating alone (Law 2022 Điều 23).
        var dossier = RegimeTestDossier.Create() with
        {
            Periods = new[]
            {
                new PeriodRecord
                {
                    Period = AssessmentPeriod.CalendarYear(2023),
                    TaskRating = TaskRating.CompletedExcellently,
                    Attestations = new CouncilAttestations { PolicyComplianceAndSolidarity = true },
                },
            },
        };
        var request = new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, dossier, AssessmentPeriod.CalendarYear(2023));

        var byPeriod = Checker.Check(request);
        var byConsideration = Checker.Check(request with { ConsideredOn = new DateTime(2024, 3, 15) });

        Assert.Equal("vn-2013", byPeriod.RegimeId);
        Assert.Equal(Verdict.NotEligible, byPeriod.Verdict);   // Decree 91/2017 required an initiative
        Assert.Equal("vn-2022", byConsideration.RegimeId);
        Assert.Equal(Verdict.Eligible, byConsideration.Verdict);
        Assert.Contains("under vn-2013", byConsideration.Selection!.Reason.En, StringComparison.Ordinal);
        Assert.Contains("thuộc vn-2013", byConsideration.Selection.Reason.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAll_ConsideredOn_SelectsTheRegimeAndJudgesProceedingsThatDay()
    {
        var dossier = RegimeTestDossier.Create() with
        {
            Proceedings = new[] { new ProceedingRecord { Kind = ProceedingKind.DisciplinaryReview, OpenedOn = new DateTime(2023, 12, 1), ClosedOn = new DateTime(2024, 2, 1) } },
        };

        var byPeriod = Checker.CheckAll(dossier, AssessmentPeriod.CalendarYear(2023));
        var considered = Checker.CheckAll(dossier, AssessmentPeriod.CalendarYear(2023), null, new DateTime(2024, 1, 15));
        var afterClosing = Checker.CheckAll(dossier, AssessmentPeriod.CalendarYear(2023), null, new DateTime(2024, 2, 2));

        Assert.All(byPeriod, r => Assert.Equal("vn-2013", r.RegimeId));
        Assert.All(considered, r => Assert.Equal("vn-2022", r.RegimeId));
        Assert.All(considered, r => Assert.Equal(RegimeSelectionBasis.ConsideredOn, r.Selection!.Basis));
        Assert.All(considered, r => Assert.Equal(ConditionOutcome.NotMet, Pending(r)));
        Assert.All(afterClosing, r => Assert.Equal(ConditionOutcome.Met, Pending(r)));
    }

    [Fact]
    public void CheckAll_ConsideredBeforeThePeriodStarts_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Checker.CheckAll(RegimeTestDossier.Create(), AssessmentPeriod.CalendarYear(2024), null, new DateTime(2023, 12, 31)));

        Assert.Contains("2023-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NamedRegimeNotInForceOnTheConsiderationDay_IsRefused()
    {
        var request = RegimeTestDossier.Request("2023") with { ConsideredOn = new DateTime(2024, 2, 1), RegimeId = "vn-2013" };

        var error = Assert.Throws<PeriodNotCoveredException>(() => Checker.Check(request));

        Assert.Contains("considered on 2024-02-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("vn-2013", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NamedRegime_SaysItWasNamed()
    {
        var result = Checker.Check(RegimeTestDossier.Request("2024") with { RegimeId = "vn-2022" });

        Assert.Equal(RegimeSelectionBasis.Named, result.Selection!.Basis);
        Assert.Contains("named in the request", result.Selection.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Prerequisite_CarriesNoSelectionOfItsOwn()
    {
        var result = Checker.Check(RegimeTestDossier.Request("2024", AwardCodes.GrassrootsEmulationFighter));

        Assert.NotNull(result.Selection);
        var nested = result.Conditions.Single(c => c.ConditionId == "CSTDCS.MEETS_ADVANCED_STANDARD").Prerequisite;
        Assert.NotNull(nested);
        Assert.Null(nested!.Selection);
    }

    private static ConditionOutcome Pending(EligibilityResult result) => result.Conditions.Single(c => c.ConditionId == "GEN.NO_PENDING_PROCEEDINGS").Outcome;

    private static DateTime Day(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
