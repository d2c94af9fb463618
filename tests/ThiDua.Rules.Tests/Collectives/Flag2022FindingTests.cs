using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>
/// The 2022 Law's flags in both of its regimes (2024 → <c>vn-2022</c>, 2025 → <c>vn-2022-nd152</c>): every condition is
/// the council's finding, Met when given true, NotMet when false, Unknown (never Met) when absent, each citing its own
/// clause of Law 06/2022. The worked examples cover the same conditions through JSON; these pin the citations.
/// </summary>
public sealed class Flag2022FindingTests
{
    public static TheoryData<int, string, string, string, string> Findings()
    {
        var rows = new TheoryData<int, string, string, string, string>();
        foreach (var year in new[] { 2024, 2025 })
        {
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.LEADS_CLUSTER", "chosenInClusterRating", "LAW_06_2022:25:1");
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.OUTSTANDING_AMONG_LEADERS", "outstandingAmongClusterLeaders", "LAW_06_2022:25:1");
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.EXCEEDED_TARGETS", "exceededTargets", "LAW_06_2022:25:1:a");
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.UNITY", "unityAndCompliance", "LAW_06_2022:25:1:b");
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.PARTY_ORGANISATIONS", "partyAndMassOrganisationsStrong", "LAW_06_2022:25:1:b");
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.THRIFT", "thriftAndFightingWaste", "LAW_06_2022:25:1:b");
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.DECREE_DETAIL", "governmentFlagDecreeDetailMet", "LAW_06_2022:25:4");
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.LEADS_CENTRAL_CLUSTER", "leadsCentralCouncilCluster", "LAW_06_2022:25:2");
            rows.Add(year, "CO_THI_DUA_CP", "CO_CP22.LEADS_PM_MOVEMENT", "leadsPrimeMinisterMovementAtReview", "LAW_06_2022:25:3");
            rows.Add(year, "CO_THI_DUA_BO_TINH", "CO_BO_TINH22.LEADS_CLUSTER", "chosenInClusterRating", "LAW_06_2022:26");
            rows.Add(year, "CO_THI_DUA_BO_TINH", "CO_BO_TINH22.EXCEEDED_TARGETS", "exceededTargets", "LAW_06_2022:26");
            rows.Add(year, "CO_THI_DUA_BO_TINH", "CO_BO_TINH22.OUTSTANDING", "outstandingInMinistryOrProvince", "LAW_06_2022:26");
            rows.Add(year, "CO_THI_DUA_BO_TINH", "CO_BO_TINH22.UNITY", "unityAndCompliance", "LAW_06_2022:26");
            rows.Add(year, "CO_THI_DUA_BO_TINH", "CO_BO_TINH22.LOCAL_STANDARD", "metMinistryFlagStandard", "LAW_06_2022:26:3");
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Finding_GivenTrueFalseOrAbsent_MetNotMetOrUnknown(int year, string award, string conditionId, string finding, string cites)
    {
        var period = AssessmentPeriod.CalendarYear(year);
        foreach (var (value, outcome) in new (bool?, ConditionOutcome)[] { (true, Met), (false, NotMet), (null, Unknown) })
        {
            var result = CollectiveBuilder.Civilian().WithAttestations(a => CollectiveCites.With(a, finding, value)).Check(award, period);
            var condition = ConditionCheck.Find(result, conditionId);

            Assert.Equal(year == 2024 ? "vn-2022" : "vn-2022-nd152", result.RegimeId);
            Assert.True(condition.Outcome == outcome, $"{conditionId} with {finding} = {value}: expected {outcome}, got {condition.Outcome}");
            Assert.Equal(
                CollectiveCites.Parse(cites).Select(c => c.ToString()),
                condition.Citations.Select(c => new Cite(c.Document.Id, c.Article, c.Clause, c.Point).ToString()));
            Assert.DoesNotContain("{", condition.Message.Vi, StringComparison.Ordinal);
            Assert.Equal(outcome == Unknown, condition.MissingFacts.Count > 0);
        }
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void GovernmentFlag_EveryLawFindingButNotTheDecreeDetail_NeedsInformationNeverEligible(int year)
    {
        var result = CollectiveBuilder.Civilian().WithAttestations(a => a with { MetGovernmentFlagDecreeDetail = null }).Check("CO_THI_DUA_CP", AssessmentPeriod.CalendarYear(year));

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Equal(Unknown, ConditionCheck.Find(result, "CO_CP22.DECREE_DETAIL").Outcome);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void BothFlags_EveryFinding_Eligible(int year)
    {
        foreach (var award in new[] { AwardCodes.GovernmentEmulationFlag, AwardCodes.MinistryEmulationFlag })
        {
            var result = CollectiveBuilder.Civilian().Check(award, AssessmentPeriod.CalendarYear(year));

            Assert.True(result.Verdict == Verdict.Eligible, award + ": " + string.Join("; ", result.Conditions.Where(c => c.Outcome != Met).Select(c => c.ConditionId + " " + c.Outcome)));
        }
    }
}
