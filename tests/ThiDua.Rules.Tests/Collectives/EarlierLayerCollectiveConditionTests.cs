using ThiDua.Rules.Tests.Conditions;
using ThiDua.Rules.Tests.Lists;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>
/// The collective conditions of the 2003 Law's Điều 27–28 in the Decree 42/2010 and Decree 65/2014 layers, each met on
/// a fit collective and not met when the one fact it reads changes; and the Decree 65/2014 list rules.
/// </summary>
public sealed class EarlierLayerCollectiveConditionTests
{
    private const string Nd42 = "vn-2013-nd42";
    private const string Nd65 = "vn-2013-nd65";

    private static CollectiveBuilder Civilian() => CollectiveBuilder.Civilian();

    private static CollectiveBuilder Unit() => CollectiveBuilder.ArmedForces();

    private static void Expect(string award, CollectiveBuilder fit, CollectiveBuilder changed, string conditionId, string period, string regime)
    {
        var on = AssessmentPeriod.Parse(period);
        var met = fit.Check(award, on);
        var notMet = changed.Check(award, on);

        Assert.Equal(regime, met.RegimeId);
        Assert.Equal(Met, ConditionCheck.Find(met, conditionId).Outcome);
        Assert.Equal(NotMet, ConditionCheck.Find(notMet, conditionId).Outcome);
        Assert.Contains(ConditionCheck.Find(met, conditionId).Citations, c => c.Document.Id == "LAW_15_2003" && (c.Article == 27 || c.Article == 28));
    }

    [Theory]
    [InlineData("2015", Nd65)]
    [InlineData("2013-2014@08", Nd42)]
    [CoversMetAndNotMet("COL_ADV.TASKS_WELL", Nd42, Nd65)]
    [CoversMetAndNotMet("COL_ADV.EMULATION", Nd42, Nd65)]
    [CoversMetAndNotMet("COL_ADV.UNITY", Nd42, Nd65)]
    [CoversMetAndNotMet("TTLDTT.MEMBERS_ADVANCED", Nd42, Nd65)]
    [CoversMetAndNotMet("TTLDTT.NO_WARNING_DISCIPLINE", Nd42, Nd65)]
    [CoversMetAndNotMet("TTLDTT.SUBJECT_GROUP", Nd42, Nd65)]
    [CoversMetAndNotMet("DVTT.MEMBERS_ADVANCED", Nd42, Nd65)]
    [CoversMetAndNotMet("DVTT.SUBJECT_GROUP", Nd42, Nd65)]
    public void AdvancedCollective_Law28_EachPointDecidesAlone(string period, string regime)
    {
        const string ttldtt = AwardCodes.AdvancedLabourCollective;
        Expect(ttldtt, Civilian(), Civilian().WithRating(TaskRating.Completed), "COL_ADV.TASKS_WELL", period, regime);
        Expect(ttldtt, Civilian(), Civilian().WithAttestations(a => a with { EffectiveEmulationMovement = false }), "COL_ADV.EMULATION", period, regime);
        Expect(ttldtt, Civilian(), Civilian().WithAttestations(a => a with { UnityAndCompliance = false }), "COL_ADV.UNITY", period, regime);
        Expect(ttldtt, Civilian(), Civilian().WithCounts(10, completed: 10, advanced: 5, fighters: 1, disciplined: 0), "TTLDTT.MEMBERS_ADVANCED", period, regime);
        Expect(ttldtt, Civilian(), Civilian().WithCounts(10, completed: 10, advanced: 8, fighters: 1, disciplined: 1), "TTLDTT.NO_WARNING_DISCIPLINE", period, regime);
        Expect(ttldtt, Civilian(), Unit(), "TTLDTT.SUBJECT_GROUP", period, regime);
        Expect(AwardCodes.AdvancedUnit, Unit(), Unit().WithCounts(10, completed: 10, advanced: 5, fighters: 1, disciplined: 0), "DVTT.MEMBERS_ADVANCED", period, regime);
        Expect(AwardCodes.AdvancedUnit, Unit(), Civilian(), "DVTT.SUBJECT_GROUP", period, regime);
    }

    [Theory]
    [InlineData("2015", Nd65)]
    [InlineData("2013-2014@08", Nd42)]
    [CoversMetAndNotMet("COL_EXC.TASKS_EXCELLENT", Nd42, Nd65)]
    [CoversMetAndNotMet("COL_EXC.CREATIVE_OBLIGATIONS", Nd42, Nd65)]
    [CoversMetAndNotMet("COL_EXC.EMULATION", Nd42, Nd65)]
    [CoversMetAndNotMet("COL_EXC.UNITY", Nd42, Nd65)]
    [CoversMetAndNotMet("COL_EXC.GRASSROOTS_FIGHTER", Nd42, Nd65)]
    [CoversMetAndNotMet("COL_EXC.NO_WARNING_DISCIPLINE", Nd42, Nd65)]
    [CoversMetAndNotMet("TTLDXS.MEMBERS_ADVANCED", Nd42, Nd65)]
    [CoversMetAndNotMet("TTLDXS.MEMBERS_COMPLETED", Nd42, Nd65)]
    [CoversMetAndNotMet("TTLDXS.SUBJECT_GROUP", Nd42, Nd65)]
    [CoversMetAndNotMet("DVQT.MEMBERS_ADVANCED", Nd42, Nd65)]
    [CoversMetAndNotMet("DVQT.MEMBERS_COMPLETED", Nd42, Nd65)]
    [CoversMetAndNotMet("DVQT.SUBJECT_GROUP", Nd42, Nd65)]
    public void ExcellentCollective_Law27_EachPointDecidesAlone(string period, string regime)
    {
        const string ttldxs = AwardCodes.ExcellentLabourCollective;
        Expect(ttldxs, Civilian(), Civilian().WithRating(TaskRating.CompletedWell), "COL_EXC.TASKS_EXCELLENT", period, regime);
        Expect(ttldxs, Civilian(), Civilian().WithAttestations(a => a with { CreativeAndFulfilledObligations = false }), "COL_EXC.CREATIVE_OBLIGATIONS", period, regime);
        Expect(ttldxs, Civilian(), Civilian().WithAttestations(a => a with { EffectiveEmulationMovement = false }), "COL_EXC.EMULATION", period, regime);
        Expect(ttldxs, Civilian(), Civilian().WithAttestations(a => a with { UnityAndCompliance = false }), "COL_EXC.UNITY", period, regime);
        Expect(ttldxs, Civilian(), Civilian().WithCounts(10, completed: 10, advanced: 8, fighters: 0, disciplined: 0), "COL_EXC.GRASSROOTS_FIGHTER", period, regime);
        Expect(ttldxs, Civilian(), Civilian().WithCounts(10, completed: 10, advanced: 8, fighters: 1, disciplined: 1), "COL_EXC.NO_WARNING_DISCIPLINE", period, regime);
        Expect(ttldxs, Civilian(), Civilian().WithCounts(10, completed: 10, advanced: 6, fighters: 1, disciplined: 0), "TTLDXS.MEMBERS_ADVANCED", period, regime);
        Expect(ttldxs, Civilian(), Civilian().WithCounts(10, completed: 9, advanced: 8, fighters: 1, disciplined: 0), "TTLDXS.MEMBERS_COMPLETED", period, regime);
        Expect(ttldxs, Civilian(), Unit(), "TTLDXS.SUBJECT_GROUP", period, regime);
        const string dvqt = AwardCodes.DeterminedToWinUnit;
        Expect(dvqt, Unit(), Unit().WithCounts(10, completed: 10, advanced: 6, fighters: 1, disciplined: 0), "DVQT.MEMBERS_ADVANCED", period, regime);
        Expect(dvqt, Unit(), Unit().WithCounts(10, completed: 9, advanced: 8, fighters: 1, disciplined: 0), "DVQT.MEMBERS_COMPLETED", period, regime);
        Expect(dvqt, Unit(), Civilian(), "DVQT.SUBJECT_GROUP", period, regime);
    }

    [Fact]
    [Covers("LIST.GRASSROOTS_FIGHTER_CAP", Met, Regime = Nd65)]
    [Covers("LIST.GRASSROOTS_FIGHTER_CAP", NotMet, Regime = Nd65)]
    [Covers("LIST.EXCLUSIVE_TITLES", Met, Regime = Nd65)]
    [Covers("LIST.EXCLUSIVE_TITLES", NotMet, Regime = Nd65)]
    [Covers("LIST.NOT_TWICE", Met, Regime = Nd65)]
    [Covers("LIST.NOT_TWICE", NotMet, Regime = Nd65)]
    public void ListRules_Nd65_MetOnAFitListAndNotMetWhenBroken()
    {
        ConditionOutcome Outcome(ListBuilder list, string id) => Assert.Single(list.Validate().ListConditions, c => c.ConditionId == id).Outcome;
        ListBuilder Fit() => ListBuilder.WithMembers(20, fighters: 20, period: "2015").ProposeFighters(3);

        Assert.Equal(Met, Outcome(Fit(), "LIST.GRASSROOTS_FIGHTER_CAP"));
        Assert.Equal(NotMet, Outcome(ListBuilder.WithMembers(20, fighters: 20, period: "2015").ProposeFighters(4), "LIST.GRASSROOTS_FIGHTER_CAP"));
        Assert.Equal(Met, Outcome(Fit(), "LIST.EXCLUSIVE_TITLES"));
        Assert.Equal(NotMet, Outcome(Fit().Propose(5, AwardCodes.AdvancedSoldier), "LIST.EXCLUSIVE_TITLES"));
        Assert.Equal(Met, Outcome(Fit(), "LIST.NOT_TWICE"));
        Assert.Equal(NotMet, Outcome(Fit().Propose(5, AwardCodes.AdvancedWorker), "LIST.NOT_TWICE"));
    }
}
