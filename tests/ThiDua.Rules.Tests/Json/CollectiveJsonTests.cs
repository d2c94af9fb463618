using ThiDua.Rules.Tests.Cli;
using ThiDua.Rules.Tests.Collectives;
using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Json;

/// <summary>Collective dossiers and nomination lists read with the same strictness and limits as dossiers.</summary>
public sealed class CollectiveJsonTests
{
    [Fact]
    public void ReadCollective_Sample_ChecksEligibleWithTheArithmetic()
    {
        var collective = ThiDuaJson.ReadCollective(SampleData.Read("collective-ttldxs.json"));
        var result = ThiDuaRules.Default.CheckCollective(new CollectiveEligibilityRequest(AwardCodes.ExcellentLabourCollective, collective, AssessmentPeriod.CalendarYear(2021)));

        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Equal("12 of 15 members (80 %) hold Advanced Worker (from the counts the unit supplied); at least 70 % needed.", ConditionCheck.Find(result, "TTLDXS.MEMBERS_ADVANCED").Message.En);
    }

    [Fact]
    public void ReadCollective_RoundTrip_SameRecord()
    {
        var collective = CollectiveBuilder.CivilianWithMembers(2).Build();
        var again = ThiDuaJson.ReadCollective(ThiDuaJson.Write(collective));
        Assert.Equal(ThiDuaJson.Write(collective), ThiDuaJson.Write(again));
    }

    [Fact]
    public void ReadCollective_SeveralProblems_AllWithPaths()
    {
        const string json = "{ \"kind\": \"navy\", \"periods\": [ { \"memberCounts\": { \"completedTasks\": \"ten\" } } ] }";
        var e = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadCollective(json));
        var paths = e.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.kind", paths);
        Assert.Contains("$.periods[0].memberCounts.completedTasks", paths);
        Assert.Contains(e.Problems, p => p.Reason.Contains("period", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadCollective_TooManyMembers_LimitNamed()
    {
        var limits = new ThiDuaLimits { MaxMembers = 2 };
        var json = ThiDuaJson.Write(CollectiveBuilder.CivilianWithMembers(3).Build());
        var e = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadCollective(json, limits));
        Assert.Contains(e.Problems, p => p.Path == "$.periods[0].members" && p.Reason.Contains("MaxMembers", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckCollective_CountsLargerThanTotal_Refused()
    {
        var collective = CollectiveBuilder.Civilian().WithCounts(10, 11, 8, 1, -1).Build();
        var e = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.CheckCollective(new CollectiveEligibilityRequest("TTLDTT", collective, CollectiveBuilder.Period)));
        Assert.Equal(new[] { "$.periods[0].memberCounts.completedTasks", "$.periods[0].memberCounts.disciplinedWarningOrAbove" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void CheckCollective_InvalidMemberDossier_PathIntoTheMember()
    {
        var collective = CollectiveBuilder.CivilianWithMembers(2).WithMember(1, m => m with { Periods = m.Periods!.Select(p => p with { MonthsWorked = 13 }).ToList() }).Build();
        var e = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.CheckCollective(new CollectiveEligibilityRequest("TTLDTT", collective, CollectiveBuilder.Period)));
        Assert.All(e.Problems, p => Assert.StartsWith("$.periods[0].members[1].periods[0]", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadNominationList_Sample_Reads()
    {
        var list = ThiDuaJson.ReadNominationList(SampleData.Read("nomination-list.json"));
        Assert.Equal(20, list.Members!.Count);
        Assert.Equal(27, list.Nominations!.Count);
        Assert.Equal(CommendationBasis.Merit, list.Nominations![26].Basis);
        Assert.Single(list.Collectives!);
    }

    [Fact]
    public void ReadNominationList_NominationWithoutAward_RequiredFieldNamed()
    {
        var e = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadNominationList("{ \"period\": \"2021\", \"nominations\": [ { \"personId\": \"A\" } ] }"));
        Assert.Contains(e.Problems, p => p.Path.StartsWith("$.nominations[0]", StringComparison.Ordinal) && p.Reason.Contains("award", StringComparison.Ordinal));
    }
}
