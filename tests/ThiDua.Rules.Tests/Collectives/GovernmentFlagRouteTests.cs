using System.Text.Json;
using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>
/// The Government flag's three alternative routes (Law 06/2022 Điều 25 khoản 1, 2, 3) in both 2022 regimes: the
/// verdict is the common conditions AND (any route), three-valued; the result and the gaps say each route's outcome.
/// </summary>
public sealed class GovernmentFlagRouteTests
{
    private static readonly string[] K1Findings =
    {
        "chosenInClusterRating", "outstandingAmongClusterLeaders", "exceededTargets", "unityAndCompliance", "partyAndMassOrganisationsStrong", "thriftAndFightingWaste",
    };

    public static TheoryData<int, bool?, bool?, bool?, Verdict> Combinations()
    {
        var rows = new TheoryData<int, bool?, bool?, bool?, Verdict>();
        foreach (var year in new[] { 2024, 2025 })
        {
            rows.Add(year, true, null, null, Verdict.Eligible);
            rows.Add(year, null, true, null, Verdict.Eligible);
            rows.Add(year, false, false, true, Verdict.Eligible);
            rows.Add(year, false, null, null, Verdict.NeedsInformation);
            rows.Add(year, false, false, null, Verdict.NeedsInformation);
            rows.Add(year, null, null, null, Verdict.NeedsInformation);
            rows.Add(year, false, false, false, Verdict.NotEligible);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Check_RouteFindings_CombineAsCommonAndAnyRoute(int year, bool? k1, bool? k2, bool? k3, Verdict expected)
    {
        var result = Flag(k1, k2, k3).Check(AwardCodes.GovernmentEmulationFlag, AssessmentPeriod.CalendarYear(year));

        Assert.Equal(expected, result.Verdict);
        Assert.Equal(new[] { ("k1", Outcome(k1)), ("k2", Outcome(k2)), ("k3", Outcome(k3)) }, result.Routes!.Select(r => (r.RouteId, r.Outcome)));
        Assert.All(result.Conditions.Where(c => c.ConditionId.StartsWith("GEN.", StringComparison.Ordinal)), c => Assert.Null(c.Route));
        Assert.Equal("k2", ConditionCheck.Find(result, "CO_CP22.LEADS_CENTRAL_CLUSTER").Route);
        Assert.Equal("k3", ConditionCheck.Find(result, "CO_CP22.LEADS_PM_MOVEMENT").Route);
        Assert.Equal("k1", ConditionCheck.Find(result, "CO_CP22.THRIFT").Route);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Check_RouteMetButCommonConditionNotMet_NotEligible(int year)
    {
        var result = Flag(null, true, null)
            .WithAttestations(a => a with { MetGovernmentFlagDecreeDetail = false })
            .Check(AwardCodes.GovernmentEmulationFlag, AssessmentPeriod.CalendarYear(year));

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.Null(ConditionCheck.Find(result, "CO_CP22.DECREE_DETAIL").Route);
        Assert.Equal(Met, result.Routes!.Single(r => r.RouteId == "k2").Outcome);
    }

    [Fact]
    public void MissingFacts_RouteMet_NameOnlyWhatCanStillMatter()
    {
        var result = Flag(null, true, null)
            .WithAttestations(a => a with { MetGovernmentFlagDecreeDetail = null })
            .Check(AwardCodes.GovernmentEmulationFlag, AssessmentPeriod.CalendarYear(2024));

        // Route k2 is met, so the findings of k1 and k3 are not needed; the common decree detail still is.
        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Equal(new[] { "periods[2024].attestations.governmentFlagDecreeDetailMet" }, result.MissingFacts);
    }

    [Fact]
    public void MissingFacts_NoRouteDecided_NameEveryOpenRoute()
    {
        var result = Flag(false, null, null).Check(AwardCodes.GovernmentEmulationFlag, AssessmentPeriod.CalendarYear(2024));

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Contains(result.MissingFacts, f => f.EndsWith("leadsCentralCouncilCluster", StringComparison.Ordinal));
        Assert.Contains(result.MissingFacts, f => f.EndsWith("leadsPrimeMinisterMovementAtReview", StringComparison.Ordinal));
    }

    [Fact]
    public void Gaps_NoRouteMet_ListEachRoutesGapsWithTheirRoute()
    {
        var result = Flag(false, null, false).Check(AwardCodes.GovernmentEmulationFlag, AssessmentPeriod.CalendarYear(2024));

        var gaps = result.Gaps();

        Assert.Equal(new[] { "k1", "k2", "k3" }, gaps.Select(g => g.Route!).Distinct().OrderBy(r => r, StringComparer.Ordinal));
        Assert.Equal(Unknown, gaps.Single(g => g.Route == "k2").Condition.Outcome);
        Assert.All(gaps.Where(g => g.Route == "k1"), g => Assert.Equal(NotMet, g.Condition.Outcome));
    }

    [Fact]
    public void Gaps_SomeRouteMet_LeaveOutTheOtherRoutes()
    {
        var result = Flag(null, true, false)
            .WithAttestations(a => a with { MetGovernmentFlagDecreeDetail = null })
            .Check(AwardCodes.GovernmentEmulationFlag, AssessmentPeriod.CalendarYear(2024));

        var gaps = result.Gaps();

        Assert.Equal(new[] { "CO_CP22.DECREE_DETAIL" }, gaps.Select(g => g.Condition.ConditionId));
        Assert.Null(gaps.Single().Route);
    }

    [Fact]
    public void Gaps_EligibleByOneRoute_AreEmpty()
    {
        var result = Flag(true, null, null).Check(AwardCodes.GovernmentEmulationFlag, AssessmentPeriod.CalendarYear(2024));

        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Empty(result.Gaps());
    }

    [Fact]
    public void Json_ResultWithRoutes_WritesEachRouteAndTheRouteOfEachCondition()
    {
        var result = Flag(false, true, null).Check(AwardCodes.GovernmentEmulationFlag, AssessmentPeriod.CalendarYear(2024));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result, ThiDuaJson.Options));
        var routes = json.RootElement.GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(new[] { "k1", "k2", "k3" }, routes.Select(r => r.GetProperty("routeId").GetString()));
        Assert.Equal(new[] { "notMet", "met", "unknown" }, routes.Select(r => r.GetProperty("outcome").GetString()));
        var conditions = json.RootElement.GetProperty("conditions").EnumerateArray().ToList();
        Assert.Equal("k2", conditions.Single(c => c.GetProperty("conditionId").GetString() == "CO_CP22.LEADS_CENTRAL_CLUSTER").GetProperty("route").GetString());
        Assert.False(conditions.Single(c => c.GetProperty("conditionId").GetString() == "CO_CP22.DECREE_DETAIL").TryGetProperty("route", out _));
    }

    [Fact]
    public void Json_ResultWithoutRoutes_WritesNoRouteMembers()
    {
        var result = CollectiveBuilder.Civilian().Check(AwardCodes.MinistryEmulationFlag, AssessmentPeriod.CalendarYear(2024));

        var text = JsonSerializer.Serialize(result, ThiDuaJson.Options);

        Assert.Null(result.Routes);
        Assert.DoesNotContain("\"route", text, StringComparison.Ordinal);
    }

    private static ConditionOutcome Outcome(bool? finding) => finding switch { true => Met, false => NotMet, null => Unknown };

    /// <summary>Every common finding positive; k1's findings all set to <paramref name="k1"/> (false: only the pool finding fails).</summary>
    private static CollectiveBuilder Flag(bool? k1, bool? k2, bool? k3)
        => CollectiveBuilder.Civilian().WithAttestations(a =>
        {
            var found = a with { LeadsCentralCouncilCluster = k2, LeadsPrimeMinisterMovementAtReview = k3 };
            foreach (var finding in K1Findings)
            {
                found = CollectiveCites.With(found, finding, k1 == false && finding != "outstandingAmongClusterLeaders" ? true : k1);
            }

            return found;
        });
}
