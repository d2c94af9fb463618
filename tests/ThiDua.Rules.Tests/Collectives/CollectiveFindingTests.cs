using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>
/// The collective conditions that are the emulation council's judgement: Met when the finding is given as true,
/// NotMet when given as false, Unknown (never Met) when absent.
/// </summary>
public sealed class CollectiveFindingTests
{
    public static TheoryData<string, string, string, string, string> Findings() => new()
    {
        { "TTLDTT", "COL_ADV.EMULATION", "effectiveEmulationMovement", "LAW_15_2003:28:1:b|LAW_15_2003:28:2", "phong trào thi đua" },
        { "TTLDTT", "COL_ADV.UNITY", "unityAndCompliance", "LAW_15_2003:28:1:d|LAW_15_2003:28:2", "nội bộ đoàn kết" },
        { "TTLDXS", "COL_EXC.CREATIVE_OBLIGATIONS", "creativeAndFulfilledObligations", "LAW_15_2003:27:1:a|LAW_15_2003:27:2", "sáng tạo, vượt khó" },
        { "TTLDXS", "COL_EXC.EMULATION", "effectiveEmulationMovement", "LAW_15_2003:27:1:b|LAW_15_2003:27:2", "phong trào thi đua" },
        { "TTLDXS", "COL_EXC.UNITY", "unityAndCompliance", "LAW_15_2003:27:1:đ|LAW_15_2003:27:2", "gương mẫu" },
        { "CO_THI_DUA_BO_TINH", "CO_BO_TINH.EXCEEDED_TARGETS", "exceededTargets", "LAW_15_2003:26:1", "vượt mức" },
        { "CO_THI_DUA_BO_TINH", "CO_BO_TINH.OUTSTANDING", "outstandingInMinistryOrProvince", "LAW_15_2003:26:1", "tiêu biểu xuất sắc" },
        { "CO_THI_DUA_BO_TINH", "CO_BO_TINH.NEW_MODELS", "newFactorsOrModels", "LAW_15_2003:26:2", "mô hình mới" },
        { "CO_THI_DUA_BO_TINH", "CO_BO_TINH.UNITY", "unityAndCompliance", "LAW_15_2003:26:3", "nội bộ đoàn kết" },
        { "CO_THI_DUA_BO_TINH", "CO_BO_TINH.THRIFT", "thriftAndFightingWaste", "LAW_15_2003:26:3", "tiết kiệm" },
        { "CO_THI_DUA_BO_TINH", "CO_BO_TINH.CLUSTER_RATING", "chosenInClusterRating", "ND91_2017:12", "khối, cụm" },
        { "CO_THI_DUA_CP", "CO_CP.MINISTRY_FLAG_STANDARD", "metMinistryFlagStandard", "ND91_2017:11:1", "tiêu chuẩn Cờ thi đua cấp bộ" },
        { "CO_THI_DUA_CP", "CO_CP.EXCEEDED_TARGETS", "exceededTargets", "LAW_15_2003:25:1", "vượt mức" },
        { "CO_THI_DUA_CP", "CO_CP.OUTSTANDING_NATIONWIDE", "outstandingNationwide", "LAW_15_2003:25:1", "toàn quốc" },
        { "CO_THI_DUA_CP", "CO_CP.MOST_OUTSTANDING_IN_MOVEMENT", "mostOutstandingInMovement", "LAW_15_2003:25:2", "xuất sắc nhất" },
        { "CO_THI_DUA_CP", "CO_CP.UNITY", "unityAndCompliance", "LAW_15_2003:25:3", "nội bộ đoàn kết" },
        { "CO_THI_DUA_CP", "CO_CP.THRIFT", "thriftAndFightingWaste", "LAW_15_2003:25:3", "tiết kiệm" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    [Covers("COL_ADV.EMULATION", Met)]
    [Covers("COL_ADV.UNITY", Met)]
    [Covers("COL_EXC.CREATIVE_OBLIGATIONS", Met)]
    [Covers("COL_EXC.EMULATION", Met)]
    [Covers("COL_EXC.UNITY", Met)]
    [Covers("CO_BO_TINH.EXCEEDED_TARGETS", Met)]
    [Covers("CO_BO_TINH.OUTSTANDING", Met)]
    [Covers("CO_BO_TINH.NEW_MODELS", Met)]
    [Covers("CO_BO_TINH.UNITY", Met)]
    [Covers("CO_BO_TINH.THRIFT", Met)]
    [Covers("CO_BO_TINH.CLUSTER_RATING", Met)]
    [Covers("CO_CP.MINISTRY_FLAG_STANDARD", Met)]
    [Covers("CO_CP.EXCEEDED_TARGETS", Met)]
    [Covers("CO_CP.OUTSTANDING_NATIONWIDE", Met)]
    [Covers("CO_CP.MOST_OUTSTANDING_IN_MOVEMENT", Met)]
    [Covers("CO_CP.UNITY", Met)]
    [Covers("CO_CP.THRIFT", Met)]
    public void Finding_GivenTrue_Met(string award, string conditionId, string finding, string cites, string fragment)
        => ConditionCheck.ExpectCollective(award, CollectiveBuilder.Civilian().WithAttestations(a => CollectiveCites.With(a, finding, true)), conditionId, Met, CollectiveCites.Parse(cites), new[] { fragment });

    [Theory]
    [MemberData(nameof(Findings))]
    [Covers("COL_ADV.EMULATION", NotMet)]
    [Covers("COL_ADV.UNITY", NotMet)]
    [Covers("COL_EXC.CREATIVE_OBLIGATIONS", NotMet)]
    [Covers("COL_EXC.EMULATION", NotMet)]
    [Covers("COL_EXC.UNITY", NotMet)]
    [Covers("CO_BO_TINH.EXCEEDED_TARGETS", NotMet)]
    [Covers("CO_BO_TINH.OUTSTANDING", NotMet)]
    [Covers("CO_BO_TINH.NEW_MODELS", NotMet)]
    [Covers("CO_BO_TINH.UNITY", NotMet)]
    [Covers("CO_BO_TINH.THRIFT", NotMet)]
    [Covers("CO_BO_TINH.CLUSTER_RATING", NotMet)]
    [Covers("CO_CP.MINISTRY_FLAG_STANDARD", NotMet)]
    [Covers("CO_CP.EXCEEDED_TARGETS", NotMet)]
    [Covers("CO_CP.OUTSTANDING_NATIONWIDE", NotMet)]
    [Covers("CO_CP.MOST_OUTSTANDING_IN_MOVEMENT", NotMet)]
    [Covers("CO_CP.UNITY", NotMet)]
    [Covers("CO_CP.THRIFT", NotMet)]
    public void Finding_GivenFalse_NotMet(string award, string conditionId, string finding, string cites, string fragment)
        => ConditionCheck.ExpectCollective(award, CollectiveBuilder.Civilian().WithAttestations(a => CollectiveCites.With(a, finding, false)), conditionId, NotMet, CollectiveCites.Parse(cites), new[] { fragment });

    [Theory]
    [MemberData(nameof(Findings))]
    [Covers("COL_ADV.EMULATION", Unknown)]
    [Covers("COL_ADV.UNITY", Unknown)]
    [Covers("COL_EXC.CREATIVE_OBLIGATIONS", Unknown)]
    [Covers("COL_EXC.EMULATION", Unknown)]
    [Covers("COL_EXC.UNITY", Unknown)]
    [Covers("CO_BO_TINH.EXCEEDED_TARGETS", Unknown)]
    [Covers("CO_BO_TINH.OUTSTANDING", Unknown)]
    [Covers("CO_BO_TINH.NEW_MODELS", Unknown)]
    [Covers("CO_BO_TINH.UNITY", Unknown)]
    [Covers("CO_BO_TINH.THRIFT", Unknown)]
    [Covers("CO_BO_TINH.CLUSTER_RATING", Unknown)]
    [Covers("CO_CP.MINISTRY_FLAG_STANDARD", Unknown)]
    [Covers("CO_CP.EXCEEDED_TARGETS", Unknown)]
    [Covers("CO_CP.OUTSTANDING_NATIONWIDE", Unknown)]
    [Covers("CO_CP.MOST_OUTSTANDING_IN_MOVEMENT", Unknown)]
    [Covers("CO_CP.UNITY", Unknown)]
    [Covers("CO_CP.THRIFT", Unknown)]
    public void Finding_Absent_UnknownNeverMet(string award, string conditionId, string finding, string cites, string fragment)
    {
        var result = ConditionCheck.ExpectCollective(award, CollectiveBuilder.Civilian().WithAttestations(a => CollectiveCites.With(a, finding, null)), conditionId, Unknown, CollectiveCites.Parse(cites), Array.Empty<string>());
        Assert.Contains(result.MissingFacts, f => f.Contains(finding, StringComparison.Ordinal));
        _ = fragment;
    }

    [Fact]
    public void MinistryFlagStandard_FlagDecidedForThePeriod_MetWithoutFinding()
    {
        var collective = CollectiveBuilder.Civilian().WithAttestations(a => a with { MetMinistryFlagStandard = null }).WithAward(AwardCodes.MinistryEmulationFlag, "2021");
        var condition = ConditionCheck.Find(collective.Check(AwardCodes.GovernmentEmulationFlag), "CO_CP.MINISTRY_FLAG_STANDARD");
        Assert.Equal(Met, condition.Outcome);
    }

    [Fact]
    public void FlagAwards_NoFindingsAtAll_NeedInformationNeverEligible()
    {
        foreach (var award in new[] { AwardCodes.MinistryEmulationFlag, AwardCodes.GovernmentEmulationFlag })
        {
            var result = CollectiveBuilder.Civilian().WithoutAttestations().Check(award);
            Assert.Equal(Verdict.NeedsInformation, result.Verdict);
            Assert.DoesNotContain(result.Conditions, c => c.ConditionId.StartsWith("CO_", StringComparison.Ordinal) && c.Outcome == Met);
        }
    }
}
