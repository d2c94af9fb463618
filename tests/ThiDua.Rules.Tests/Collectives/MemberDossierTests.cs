using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>
/// Members given as full dossiers: each is checked by the library and the outcomes are aggregated by the member
/// tally rule; the same figures given as host counts give the same outcomes.
/// </summary>
public sealed class MemberDossierTests
{
    private static readonly string[] MemberConditions = { "TTLDXS.MEMBERS_COMPLETED", "TTLDXS.MEMBERS_ADVANCED", "COL_EXC.GRASSROOTS_FIGHTER", "COL_EXC.NO_WARNING_DISCIPLINE" };

    [Fact]
    public void TenEligibleMembers_AllMemberConditionsMet_FromMemberDossiers()
    {
        var result = CollectiveBuilder.CivilianWithMembers(10).Check("TTLDXS");
        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Contains("theo hồ sơ từng thành viên", ConditionCheck.Find(result, "TTLDXS.MEMBERS_ADVANCED").Message.Vi, StringComparison.Ordinal);
        Assert.Contains("10 of 10 members (100 %)", ConditionCheck.Find(result, "TTLDXS.MEMBERS_ADVANCED").Message.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void ReprimandedMembers_LoseLdtt_SameAsCounts(int reprimanded)
    {
        // A reprimand (khiển trách) costs the member LĐTT but does not block the collective.
        var members = CollectiveBuilder.CivilianWithMembers(10);
        for (var i = 1; i <= reprimanded; i++)
        {
            members.WithMember(i, m => m with { Disciplines = new[] { new DisciplineRecord { Form = DisciplineForm.Reprimand, DecisionDate = new DateTime(2021, 6, 1) } } });
        }

        var fromDossiers = members.Check("TTLDXS");
        var fromCounts = CollectiveBuilder.Civilian().WithCounts(10, 10, 10 - reprimanded, 1, 0).Check("TTLDXS");
        Assert.Equal(reprimanded == 3 ? Met : NotMet, ConditionCheck.Find(fromDossiers, "TTLDXS.MEMBERS_ADVANCED").Outcome);
        foreach (var id in MemberConditions)
        {
            Assert.Equal(ConditionCheck.Find(fromCounts, id).Outcome, ConditionCheck.Find(fromDossiers, id).Outcome);
            Assert.Equal(ConditionCheck.Find(fromCounts, id).Values.Where(v => v.Key != "memberSource"), ConditionCheck.Find(fromDossiers, id).Values.Where(v => v.Key != "memberSource"));
        }
    }

    [Fact]
    public void MemberWarned_BlocksTheCollective()
    {
        var members = CollectiveBuilder.CivilianWithMembers(10).WithMember(9, m => m with { Disciplines = new[] { new DisciplineRecord { Form = DisciplineForm.Warning, DecisionDate = new DateTime(2021, 3, 1) } } });
        var condition = ConditionCheck.Find(members.Check("TTLDXS"), "COL_EXC.NO_WARNING_DISCIPLINE");
        Assert.Equal(NotMet, condition.Outcome);
        Assert.Equal("1", condition.Values["membersDisciplinedWarningOrAbove"]);
    }

    [Fact]
    public void MemberWithLabourCodeSalaryDeferral_DisciplineUnknown()
    {
        var members = CollectiveBuilder.CivilianWithMembers(10).WithMember(9, m => m with { Disciplines = new[] { new DisciplineRecord { Form = DisciplineForm.DeferredSalaryIncrease, DecisionDate = new DateTime(2021, 3, 1) } } });
        Assert.Equal(Unknown, ConditionCheck.Find(members.Check("TTLDXS"), "COL_EXC.NO_WARNING_DISCIPLINE").Outcome);
    }

    [Fact]
    public void MemberWithoutRating_CompletedUnknown()
    {
        var members = CollectiveBuilder.CivilianWithMembers(10).WithMember(2, m => m with { Periods = m.Periods!.Select(p => p with { TaskRating = null }).ToList() });
        var result = members.Check("TTLDXS");
        Assert.Equal(Unknown, ConditionCheck.Find(result, "TTLDXS.MEMBERS_COMPLETED").Outcome);
    }

    [Fact]
    public void NoMemberWithInitiative_NoGrassrootsFighter_NotMet()
    {
        var members = CollectiveBuilder.CivilianWithMembers(10).WithMember(0, _ => CollectiveBuilder.Member(0));
        Assert.Equal(NotMet, ConditionCheck.Find(members.Check("TTLDXS"), "COL_EXC.GRASSROOTS_FIGHTER").Outcome);
    }

    [Fact]
    public void MemberAlreadyAwardedLdtt_CountsAsHolding()
    {
        // A member whose LĐTT for 2021 was already decided holds it, though a fresh LĐTT check would say "already awarded".
        var members = CollectiveBuilder.CivilianWithMembers(10);
        for (var i = 1; i <= 3; i++)
        {
            members.WithMember(i, m => m with { AwardHistory = new[] { new AwardRecord { Code = AwardCodes.AdvancedWorker, Period = CollectiveBuilder.Period } } });
        }

        Assert.Equal("10", ConditionCheck.Find(members.Check("TTLDXS"), "TTLDXS.MEMBERS_ADVANCED").Values["advancedTitleMembers"]);
    }

    [Fact]
    public void SoldiersInAUnit_CountedForAdvancedSoldier()
    {
        var unit = CollectiveBuilder.CivilianWithMembers(4).WithKind(CollectiveKind.ArmedForces);
        for (var i = 0; i < 4; i++)
        {
            unit.WithMember(i, m => m with { Category = PersonnelCategory.ArmedForces });
        }

        var condition = ConditionCheck.Find(unit.Check("DVTT"), "DVTT.MEMBERS_ADVANCED");
        Assert.Equal(Met, condition.Outcome);
        Assert.Equal("4", condition.Values["advancedTitleMembers"]);
    }
}
