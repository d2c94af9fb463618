using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>
/// The two emulation flags (Law Điều 25, 26) in the Decree 42/2010 and Decree 65/2014 layers: each council finding
/// met when true, not met when false and Unknown when absent, for a period of each layer. The decree-level
/// conditions (chosen among the flag-standard collectives; chosen through the cluster rating) cite only the Law there,
/// because the decree article in force before Decree 91/2017 was not confirmed.
/// </summary>
public sealed class EarlierLayerFlagConditionTests
{
    private const string Nd42 = "vn-2013-nd42";
    private const string Nd65 = "vn-2013-nd65";

    private static readonly (string Award, string ConditionId, string Finding, int Article)[] Findings =
    {
        ("CO_THI_DUA_BO_TINH", "CO_BO_TINH.EXCEEDED_TARGETS", "exceededTargets", 26),
        ("CO_THI_DUA_BO_TINH", "CO_BO_TINH.OUTSTANDING", "outstandingInMinistryOrProvince", 26),
        ("CO_THI_DUA_BO_TINH", "CO_BO_TINH.NEW_MODELS", "newFactorsOrModels", 26),
        ("CO_THI_DUA_BO_TINH", "CO_BO_TINH.UNITY", "unityAndCompliance", 26),
        ("CO_THI_DUA_BO_TINH", "CO_BO_TINH.THRIFT", "thriftAndFightingWaste", 26),
        ("CO_THI_DUA_BO_TINH", "CO_BO_TINH.CLUSTER_RATING", "chosenInClusterRating", 26),
        ("CO_THI_DUA_CP", "CO_CP.MINISTRY_FLAG_STANDARD", "metMinistryFlagStandard", 25),
        ("CO_THI_DUA_CP", "CO_CP.EXCEEDED_TARGETS", "exceededTargets", 25),
        ("CO_THI_DUA_CP", "CO_CP.OUTSTANDING_NATIONWIDE", "outstandingNationwide", 25),
        ("CO_THI_DUA_CP", "CO_CP.MOST_OUTSTANDING_IN_MOVEMENT", "mostOutstandingInMovement", 25),
        ("CO_THI_DUA_CP", "CO_CP.UNITY", "unityAndCompliance", 25),
        ("CO_THI_DUA_CP", "CO_CP.THRIFT", "thriftAndFightingWaste", 25),
    };

    private static CollectiveBuilder WithFinding(string finding, bool? value)
        => CollectiveBuilder.Civilian().WithAttestations(a => CollectiveCites.With(a, finding, value));

    [Theory]
    [InlineData("2015", Nd65)]
    [InlineData("2013-2014@08", Nd42)]
    [CoversMetAndNotMet("CO_BO_TINH.EXCEEDED_TARGETS", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_BO_TINH.OUTSTANDING", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_BO_TINH.NEW_MODELS", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_BO_TINH.UNITY", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_BO_TINH.THRIFT", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_BO_TINH.CLUSTER_RATING", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_CP.MINISTRY_FLAG_STANDARD", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_CP.EXCEEDED_TARGETS", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_CP.OUTSTANDING_NATIONWIDE", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_CP.MOST_OUTSTANDING_IN_MOVEMENT", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_CP.UNITY", Nd42, Nd65)]
    [CoversMetAndNotMet("CO_CP.THRIFT", Nd42, Nd65)]
    public void Flags_EachFinding_TrueMetFalseNotMetAbsentUnknown_CitingTheLaw(string period, string regime)
    {
        var on = AssessmentPeriod.Parse(period);
        foreach (var (award, conditionId, finding, article) in Findings)
        {
            var met = WithFinding(finding, true).Check(award, on);
            Assert.Equal(regime, met.RegimeId);
            Assert.Equal(Met, ConditionCheck.Find(met, conditionId).Outcome);
            Assert.Equal(NotMet, ConditionCheck.Find(WithFinding(finding, false).Check(award, on), conditionId).Outcome);
            Assert.Equal(Unknown, ConditionCheck.Find(WithFinding(finding, null).Check(award, on), conditionId).Outcome);
            // Decree 91/2017 is not in force in these layers, so no condition may cite it.
            Assert.All(ConditionCheck.Find(met, conditionId).Citations, c => Assert.NotEqual("ND91_2017", c.Document.Id));
            Assert.Contains(ConditionCheck.Find(met, conditionId).Citations, c => c.Document.Id == "LAW_15_2003" && c.Article == article);
        }
    }
}
