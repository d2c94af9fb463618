using ThiDua.Rules.Tests.Cases;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Forms;

/// <summary>
/// The alternative routes of the Prime Minister's certificate (Law 06/2022 Điều 73 khoản 1 điểm a–d, khoản 2) and of the
/// Labour Order, Third Class (Điều 44 khoản 1 điểm a–đ as one finding, điểm e, điểm g, khoản 2) and Second Class (Điều 43
/// khoản 1's seven standards, khoản 2), in both 2022 regimes: each non-merit route is one council finding (Met, NotMet,
/// Unknown when absent, citing its clause and point where the point was read); the lead-in is common; a failed merit
/// route with the other routes unstated needs information, and with every route denied is not eligible.
/// </summary>
public sealed class StateFormRouteTests
{
    private static readonly string[] Regimes = { "vn-2022", "vn-2022-nd152" };

    /// <summary>Award, its merit route, its open case, and (condition, finding, route, article, clause, point) per non-merit route.</summary>
    private static readonly (string Award, string Merit, string OpenCase, (string Condition, string Finding, string Route, int Article, int Clause, string? Point)[] Routes)[] Awards =
    {
        ("BK_TTG", "b", "17-merit-fails-other-routes-open.json", new (string, string, string, int, int, string?)[]
        {
            ("BK_TTG22.K1.A.MOVEMENT_ACHIEVEMENT", nameof(CouncilAttestations.OutstandingInEmulationMovement), "a", 73, 1, "a"),
            ("BK_TTG22.K1.C.MINISTRY_WIDE_ACHIEVEMENTS", nameof(CouncilAttestations.MinistryWideAchievementsOrRegionalPrize), "c", 73, 1, "c"),
            ("BK_TTG22.K1.D.CONTRIBUTION", nameof(CouncilAttestations.ContributionToNationalDevelopment), "d", 73, 1, "d"),
            ("BK_TTG22.K2.WORKER_FARMER_STANDARD", nameof(CouncilAttestations.MetPrimeMinisterCertificateWorkerStandard), "k2", 73, 2, null),
        }),
        ("HCLD_HANG_BA", "e", "14-merit-fails-other-routes-open.json", new (string, string, string, int, int, string?)[]
        {
            ("HCLD_HANG_BA22.K1.OTHER_POINTS", nameof(CouncilAttestations.MetLabourOrderThirdClassOtherPoint), "k1_a_to_dd", 44, 1, null),
            ("HCLD_HANG_BA22.K1.G.LONG_SERVICE", nameof(CouncilAttestations.LabourOrderThirdClassLongService), "g", 44, 1, "g"),
            ("HCLD_HANG_BA22.K2.WORKER_FARMER_STANDARD", nameof(CouncilAttestations.MetLabourOrderThirdClassWorkerStandard), "k2", 44, 2, null),
        }),
        ("HCLD_HANG_NHI", "merit", "13-merit-fails-other-routes-open.json", new (string, string, string, int, int, string?)[]
        {
            ("HCLD_HANG_NHI22.K1.ONE_OFF_ACHIEVEMENT", nameof(CouncilAttestations.OneOffAchievementMinistryWide), "one_off", 43, 1, null),
            ("HCLD_HANG_NHI22.K1.REGIONAL_PRIZE", nameof(CouncilAttestations.HighestRegionalInternationalPrize), "regional_prize", 43, 1, null),
            ("HCLD_HANG_NHI22.K1.INVENTION_OR_WORK", nameof(CouncilAttestations.MinistryLevelInventionOrWork), "invention", 43, 1, null),
            ("HCLD_HANG_NHI22.K1.LARGE_CONTRIBUTION", nameof(CouncilAttestations.LargeContributionToDevelopment), "contribution", 43, 1, null),
            ("HCLD_HANG_NHI22.K1.LONG_SERVICE", nameof(CouncilAttestations.LabourOrderSecondClassLongService), "long_service", 43, 1, null),
            ("HCLD_HANG_NHI22.K2.WORKER_FARMER_STANDARD", nameof(CouncilAttestations.MetLabourOrderSecondClassWorkerStandard), "k2", 43, 2, null),
        }),
    };

    public static TheoryData<string, string, string> Findings()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var regime in Regimes)
        {
            foreach (var award in Awards)
            {
                foreach (var route in award.Routes)
                {
                    rows.Add(regime, award.Award, route.Condition);
                }
            }
        }

        return rows;
    }

    public static TheoryData<string, string> RegimesAndAwards()
    {
        var rows = new TheoryData<string, string>();
        foreach (var regime in Regimes)
        {
            foreach (var award in Awards)
            {
                rows.Add(regime, award.Award);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Finding_GivenTrueFalseOrAbsent_DecidesItsRoute(string regime, string awardCode, string conditionId)
    {
        var award = Awards.Single(a => a.Award == awardCode);
        var route = award.Routes.Single(r => r.Condition == conditionId);
        foreach (var (value, outcome, verdict) in new (bool?, ConditionOutcome, Verdict)[] { (true, Met, Verdict.Eligible), (false, NotMet, Verdict.NeedsInformation), (null, Unknown, Verdict.NeedsInformation) })
        {
            // The open case: the lead-in met, the merit route not met, every other route unstated.
            var result = Check(regime, award.Award, award.OpenCase, a => With(a, route.Finding, value));
            var condition = result.Conditions.Single(c => c.ConditionId == conditionId);
            var citation = condition.Citations.First();

            Assert.Equal(regime, result.RegimeId);
            Assert.Equal(outcome, condition.Outcome);
            Assert.Equal(route.Route, condition.Route);
            Assert.Equal(verdict, result.Verdict);
            Assert.Equal(("LAW_06_2022", route.Article, route.Clause, route.Point), (citation.Document.Id, citation.Article, citation.Clause!.Value, citation.Point));
            Assert.Equal(outcome, result.Routes!.Single(r => r.RouteId == route.Route).Outcome);
            Assert.Equal(NotMet, result.Routes!.Single(r => r.RouteId == award.Merit).Outcome);
        }
    }

    [Theory]
    [MemberData(nameof(RegimesAndAwards))]
    public void Check_EveryOtherRouteDeniedAndMeritNotMet_NotEligible(string regime, string awardCode)
    {
        var award = Awards.Single(a => a.Award == awardCode);

        var result = Check(regime, award.Award, award.OpenCase, a => award.Routes.Aggregate(a, (acc, r) => With(acc, r.Finding, false)));

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.All(result.Routes!, r => Assert.Equal(NotMet, r.Outcome));
        Assert.Empty(result.MissingFacts);
    }

    [Theory]
    [MemberData(nameof(RegimesAndAwards))]
    public void Check_MeritNotMetOtherRoutesOpen_AsksForEachRoutesFinding(string regime, string awardCode)
    {
        var award = Awards.Single(a => a.Award == awardCode);

        var period = WorkedExampleLoader.Load($"{regime}/{award.Award}/{award.OpenCase}").Period;

        var result = Check(regime, award.Award, award.OpenCase, a => a);

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Equal(
            award.Routes.Select(r => "periods[" + period + "].attestations." + char.ToLowerInvariant(r.Finding[0]) + r.Finding[1..]).OrderBy(f => f, StringComparer.Ordinal),
            result.MissingFacts.OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(
            award.Routes.Select(r => r.Route).Append(award.Merit).OrderBy(r => r, StringComparer.Ordinal),
            result.Gaps().Select(g => g.Route!).Distinct().OrderBy(r => r, StringComparer.Ordinal));
    }

    private static EligibilityResult Check(string regime, string award, string caseFile, Func<CouncilAttestations, CouncilAttestations> change)
    {
        var example = WorkedExampleLoader.Load($"{regime}/{award}/{caseFile}");
        var request = WorkedExampleLoader.ToRequest(example);
        var dossier = request.Dossier with
        {
            Periods = request.Dossier.Periods!.Select(p => p.Period == request.Period ? p with { Attestations = change(p.Attestations ?? new CouncilAttestations()) } : p).ToList(),
        };
        return ThiDuaRules.Default.Check(request with { Dossier = dossier });
    }

    private static CouncilAttestations With(CouncilAttestations a, string finding, bool? value)
    {
        var copy = a with { };
        var property = typeof(CouncilAttestations).GetProperty(finding) ?? throw new ArgumentException("unknown finding " + finding, nameof(finding));
        property.SetValue(copy, value);
        return copy;
    }
}
