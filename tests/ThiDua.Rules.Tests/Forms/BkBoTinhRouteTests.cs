using ThiDua.Rules.Tests.Cases;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Forms;

/// <summary>
/// The ministry/provincial certificate's four alternative routes (Law 06/2022 Điều 74 khoản 1 điểm a, b, c, d) in both
/// 2022 regimes: points a to c are the council's findings (Met, NotMet, Unknown when absent, each citing its point);
/// the exemplary-compliance lead-in is common; a failed point d with a to c unstated needs information.
/// </summary>
public sealed class BkBoTinhRouteTests
{
    public static TheoryData<string, string, string, string> Findings()
    {
        var rows = new TheoryData<string, string, string, string>();
        foreach (var regime in new[] { "vn-2022", "vn-2022-nd152" })
        {
            rows.Add(regime, "BK_BO_TINH22.MOVEMENT_ACHIEVEMENT", nameof(CouncilAttestations.OutstandingInMinistryMovement), "a");
            rows.Add(regime, "BK_BO_TINH22.FIELD_ACHIEVEMENT", nameof(CouncilAttestations.AchievementInMinistryField), "b");
            rows.Add(regime, "BK_BO_TINH22.LARGE_CONTRIBUTION", nameof(CouncilAttestations.LargeContribution), "c");
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Finding_GivenTrueFalseOrAbsent_DecidesItsRoute(string regime, string conditionId, string finding, string point)
    {
        foreach (var (value, outcome, verdict) in new (bool?, ConditionOutcome, Verdict)[] { (true, Met, Verdict.Eligible), (false, NotMet, Verdict.NeedsInformation), (null, Unknown, Verdict.NeedsInformation) })
        {
            // Case 15: the lead-in met, point d not met (broken excellent run), points a to c not stated.
            var result = Check(regime, a => With(a, finding, value));
            var condition = result.Conditions.Single(c => c.ConditionId == conditionId);

            Assert.Equal(regime, result.RegimeId);
            Assert.Equal(outcome, condition.Outcome);
            Assert.Equal(point, condition.Route);
            Assert.Equal(verdict, result.Verdict);
            Assert.Equal((74, 1, point), (condition.Citations.Single().Article, condition.Citations.Single().Clause!.Value, condition.Citations.Single().Point));
            Assert.Equal(outcome, result.Routes!.Single(r => r.RouteId == point).Outcome);
            Assert.Equal(NotMet, result.Routes!.Single(r => r.RouteId == "d").Outcome);
        }
    }

    [Theory]
    [InlineData("vn-2022")]
    [InlineData("vn-2022-nd152")]
    public void Check_EveryPointNotFoundAndPointDNotMet_NotEligible(string regime)
    {
        var result = Check(regime, a => a with { OutstandingInMinistryMovement = false, AchievementInMinistryField = false, LargeContribution = false });

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.All(result.Routes!, r => Assert.Equal(NotMet, r.Outcome));
        Assert.Empty(result.MissingFacts);
    }

    [Theory]
    [InlineData("vn-2022")]
    [InlineData("vn-2022-nd152")]
    public void Check_PointMetButLeadInNotMet_NotEligible(string regime)
    {
        var result = Check(regime, a => a with { LargeContribution = true, ExemplaryPolicyCompliance = false });

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.Null(result.Conditions.Single(c => c.ConditionId == "BK_BO_TINH22.EXEMPLARY_COMPLIANCE").Route);
        Assert.Equal(Met, result.Routes!.Single(r => r.RouteId == "c").Outcome);
    }

    [Fact]
    public void Gaps_PointDNotMet_ListPointDsGapsAndTheOpenFindingsPerRoute()
    {
        var result = Check("vn-2022", a => a);

        var gaps = result.Gaps();

        Assert.Equal(new[] { "a", "b", "c", "d" }, gaps.Select(g => g.Route!).Distinct().OrderBy(r => r, StringComparer.Ordinal));
        Assert.All(gaps.Where(g => g.Route != "d"), g => Assert.Equal(Unknown, g.Condition.Outcome));
        Assert.Contains(gaps, g => g.Route == "d" && g.Condition.Outcome == NotMet);
    }

    private static EligibilityResult Check(string regime, Func<CouncilAttestations, CouncilAttestations> change)
    {
        var example = WorkedExampleLoader.Load($"{regime}/BK_BO_TINH/15-point-d-fails-other-points-open.json");
        var request = WorkedExampleLoader.ToRequest(example);
        var dossier = request.Dossier with
        {
            Periods = request.Dossier.Periods!.Select(p => p.Period == request.Period ? p with { Attestations = change(p.Attestations ?? new CouncilAttestations()) } : p).ToList(),
        };
        return ThiDuaRules.Default.Check(request with { Dossier = dossier });
    }

    private static CouncilAttestations With(CouncilAttestations a, string finding, bool? value) => finding switch
    {
        nameof(CouncilAttestations.OutstandingInMinistryMovement) => a with { OutstandingInMinistryMovement = value },
        nameof(CouncilAttestations.AchievementInMinistryField) => a with { AchievementInMinistryField = value },
        nameof(CouncilAttestations.LargeContribution) => a with { LargeContribution = value },
        _ => throw new ArgumentException("unknown finding " + finding, nameof(finding)),
    };
}
