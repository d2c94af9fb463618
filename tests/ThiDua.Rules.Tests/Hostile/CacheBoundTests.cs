using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Each rule plan caches at most 2 048 messages and results; past that bound it builds them on every call. The
/// answers must not depend on which side of the bound a dossier falls. (How much memory a checker keeps after a
/// million distinct dossiers is measured by <c>fuzz/ThiDua.Rules.Fuzz cache-memory</c>, see fuzz/README.md: too
/// slow for a unit test.)
/// </summary>
public sealed class CacheBoundTests
{
    // More distinct ballot results than the bound: 3 000 vote counts out of a council of 20 011 members (a prime, so
    // every share is a different percentage), two thirds of them at or above the 90 % the ministry title needs.
    private const int Distinct = 3000;
    private const int CouncilMembers = 20_011;

    private static readonly AssessmentPeriod Period = AssessmentPeriod.CalendarYear(2021);

    [Fact]
    public void Check_MoreDistinctDossiersThanTheCacheHolds_GivesTheSameResultsInAnyOrderAndOnARerun()
    {
        var dossiers = Enumerable.Range(0, Distinct).Select(Dossier).ToArray();

        // Checker A caches the first dossiers' messages; checker B, going backwards, the last ones'. Each dossier is
        // therefore answered once from a freshly cached entry and once built past the bound.
        var forwards = ThiDuaRules.CreateChecker();
        var first = dossiers.Select(d => ThiDuaJson.Write(forwards.Check(Request(d)), indented: false)).ToArray();
        var backwards = ThiDuaRules.CreateChecker();
        var reversed = new string[Distinct];
        for (var i = Distinct - 1; i >= 0; i--)
        {
            reversed[i] = ThiDuaJson.Write(backwards.Check(Request(dossiers[i])), indented: false);
        }

        // A second pass on A reads the cached entries back.
        var rerun = dossiers.Select(d => ThiDuaJson.Write(forwards.Check(Request(d)), indented: false)).ToArray();

        for (var i = 0; i < Distinct; i++)
        {
            Assert.True(first[i] == reversed[i], $"dossier {i}: forwards and backwards differ\n{first[i]}\n{reversed[i]}");
            Assert.True(first[i] == rerun[i], $"dossier {i}: first pass and rerun differ\n{first[i]}\n{rerun[i]}");
        }

        // The dossiers really fall on both sides of the ministry title's 90 %: the bound is crossed by Met and NotMet results.
        var verdicts = dossiers.Select(d => forwards.Check(Request(d)).Verdict).ToList();
        Assert.Contains(Verdict.Eligible, verdicts);
        Assert.Contains(Verdict.NotEligible, verdicts);
    }

    private static EligibilityRequest Request(IndividualDossier dossier) => new(AwardCodes.MinistryEmulationFighter, dossier, Period);

    private static IndividualDossier Dossier(int i)
        => DossierBuilder.MinistryFighter()
            .RecruitedOn(new DateTime(2015, 3, 1).AddDays(-i))
            .WithBallot(AwardCodes.MinistryEmulationFighter, CouncilMembers, 17_000 + i)
            .Build();
}
