using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

/// <summary>
/// Alternative routes in the rule data (an award's <c>routes</c>, a rule's <c>route</c>): each fault is reported with
/// its file and rule id like any other validation problem, and nothing loads until it is fixed.
/// </summary>
public sealed class RouteProblemTests
{
    private const string Flag = "vn-2022/awards/CO_THI_DUA_CP.json";
    private const string Ldtt = "vn-2013/awards/LDTT.json";

    [Fact]
    public void CreateChecker_RuleWithUndeclaredRoute_ReportsTheRule()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Flag, "CO_CP22.LEADS_CLUSTER", rule => rule["route"] = "k9");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Flag, "CO_CP22.LEADS_CLUSTER", "'route' is 'k9'", "does not declare");
        ProblemAssert.OnlyIn(failure, Flag);
    }

    [Fact]
    public void CreateChecker_RouteOnAnAwardWithoutRoutes_ReportsTheRule()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Ldtt, "LDTT.SUBJECT_GROUP", rule => rule["route"] = "k1");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Ldtt, "LDTT.SUBJECT_GROUP", "declares no 'routes'");
        ProblemAssert.OnlyIn(failure, Ldtt);
    }

    [Fact]
    public void CreateChecker_RouteWithoutRules_ReportsTheRoute()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Flag, "CO_CP22.LEADS_CENTRAL_CLUSTER", rule => rule["route"] = "k1");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Flag, null, "route 'k2' has no rule");
        ProblemAssert.OnlyIn(failure, Flag);
    }

    [Fact]
    public void CreateChecker_DuplicateRouteId_ReportsIt()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Flag, file => file["routes"]!.AsArray()[2]!["id"] = "k2");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Flag, null, "route 'k2' is declared more than once");
    }

    [Fact]
    public void CreateChecker_SingleRoute_IsNoAlternative()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Flag, file =>
            {
                var routes = file["routes"]!.AsArray();
                routes.RemoveAt(2);
                routes.RemoveAt(1);
                foreach (var rule in file["rules"]!.AsArray().Select(r => r!.AsObject()))
                {
                    if (rule["route"] != null)
                    {
                        rule["route"] = "k1";
                    }
                }
            });

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Flag, null, "declares only route 'k1'");
    }

    [Theory]
    [InlineData("K1")]
    [InlineData("")]
    [InlineData("k 1")]
    public void CreateChecker_MalformedRouteId_IsRejected(string id)
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Flag, file => file["routes"]!.AsArray()[0]!["id"] = id);

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Flag, null, "route id", "lower-case");
    }

    [Fact]
    public void CreateChecker_RouteWithoutCitation_ReportsMissingCitation()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Flag, file => file["routes"]!.AsArray()[1]!.AsObject().Remove("citations"));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Flag, "routes[k2]", "missing citation");
    }

    [Fact]
    public void CreateChecker_RouteWithoutName_ReportsIt()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Flag, file => file["routes"]!.AsArray()[0]!["name"] = new JsonObject { ["vi"] = "Khoản 1" });

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Flag, null, "routes[k1].name", "English");
    }

    [Fact]
    public void CreateChecker_SharedRuleWithRoute_ReportsTheSharedFile()
    {
        const string general = "vn-2022/shared/general.json";
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(general, "GEN.NO_PENDING_PROCEEDINGS", rule => rule["route"] = "k1");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, general, "GEN.NO_PENDING_PROCEEDINGS", "shared rule", "cannot belong to one award's route");
    }

    [Fact]
    public void Catalog_AwardWithRoutes_ListsThemAndTheRouteOfEachCondition()
    {
        foreach (var regime in new[] { "vn-2022", "vn-2022-nd152" })
        {
            var award = ThiDuaRules.Default.Catalog.GetAward(regime, AwardCodes.GovernmentEmulationFlag);

            Assert.Equal(new[] { "k1", "k2", "k3" }, award.Routes!.Select(r => r.Id));
            Assert.All(award.Routes!, r => Assert.Equal((25, r.Id[1] - '0'), (r.Citations.Single().Article, r.Citations.Single().Clause!.Value)));
            Assert.Equal("k2", award.Conditions.Single(c => c.Id == "CO_CP22.LEADS_CENTRAL_CLUSTER").Route);
            Assert.Equal("k3", award.Conditions.Single(c => c.Id == "CO_CP22.LEADS_PM_MOVEMENT").Route);
            Assert.Null(award.Conditions.Single(c => c.Id == "CO_CP22.DECREE_DETAIL").Route);
            Assert.Null(award.Conditions.Single(c => c.Id == "CO_CP22.NOT_ALREADY_AWARDED").Route);
            Assert.Equal(6, award.Conditions.Count(c => c.Route == "k1"));
        }
    }

    [Fact]
    public void Catalog_AwardsWithoutRoutes_HaveNone()
    {
        foreach (var regime in ThiDuaRules.Default.Catalog.Regimes)
        {
            foreach (var award in ThiDuaRules.Default.Catalog.GetAwards(regime.Id).Where(a => a.Routes == null))
            {
                Assert.All(award.Conditions, c => Assert.Null(c.Route));
            }
        }
    }
}
