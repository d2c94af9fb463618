using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>
/// Xã, phường, thị trấn tiêu biểu in both 2022-Law regimes (2024 → <c>vn-2022</c>, 2025 → <c>vn-2022-nd152</c>): every
/// standard of Law 06/2022 Điều 29 is the council's finding, Met when true, NotMet when false, Unknown (never Met) when
/// absent. From 1 July 2025 there is no district level, so the district-movement finding no longer decides anything and
/// the leadership condition reads the host's statement of its province's test instead.
/// </summary>
public sealed class ModelCommuneFindingTests
{
    public static TheoryData<int, string, string, string> Findings()
    {
        var rows = new TheoryData<int, string, string, string>();
        rows.Add(2024, "XA_TB22.LEADS_DISTRICT_MOVEMENT", "leadsDistrictMovement", "LAW_06_2022:29:1");
        rows.Add(2025, "XA_TB22.LEADS_MOVEMENT_NO_DISTRICT", "metProvincialLeadershipTest", "LAW_06_2022:29:1");
        foreach (var year in new[] { 2024, 2025 })
        {
            rows.Add(year, "XA_TB22.TASKS", "socioEconomicAndSecurityTasksDone", "LAW_06_2022:29:1:a");
            rows.Add(year, "XA_TB22.ECONOMY", "stableDevelopingEconomy", "LAW_06_2022:29:1:b");
            rows.Add(year, "XA_TB22.CULTURE", "healthyCommuneCulturalLife", "LAW_06_2022:29:1:c");
            rows.Add(year, "XA_TB22.ENVIRONMENT", "safeCleanEnvironment", "LAW_06_2022:29:1:d");
            rows.Add(year, "XA_TB22.COMPLIANCE", "compliesWithPartyAndStatePolicy", "LAW_06_2022:29:1:đ");
            rows.Add(year, "XA_TB22.PROVINCIAL_STANDARD", "metProvincialCommuneStandard", "LAW_06_2022:29:2");
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Finding_GivenTrueFalseOrAbsent_MetNotMetOrUnknown(int year, string conditionId, string finding, string cites)
    {
        var period = AssessmentPeriod.CalendarYear(year);
        foreach (var (value, outcome) in new (bool?, ConditionOutcome)[] { (true, Met), (false, NotMet), (null, Unknown) })
        {
            var result = CollectiveBuilder.Commune().WithAttestations(a => CollectiveCites.With(a, finding, value)).Check(AwardCodes.ModelCommune, period);
            var condition = ConditionCheck.Find(result, conditionId);

            Assert.Equal(year == 2024 ? "vn-2022" : "vn-2022-nd152", result.RegimeId);
            Assert.True(condition.Outcome == outcome, $"{conditionId} with {finding} = {value}: expected {outcome}, got {condition.Outcome}");
            Assert.Equal(
                CollectiveCites.Parse(cites).Select(c => c.ToString()),
                condition.Citations.Select(c => new Cite(c.Document.Id, c.Article, c.Clause, c.Point).ToString()));
            Assert.Equal(outcome == Unknown, condition.MissingFacts.Count > 0);
        }
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Commune_EveryFinding_Eligible(int year)
    {
        var result = CollectiveBuilder.Commune().Check(AwardCodes.ModelCommune, AssessmentPeriod.CalendarYear(year));

        Assert.True(result.Verdict == Verdict.Eligible, string.Join("; ", result.Conditions.Where(c => c.Outcome != Met).Select(c => c.ConditionId + " " + c.Outcome)));
    }

    [Fact]
    public void AfterDistrictsEnded_DistrictFindingAlone_LeadershipUnknownNeverMet()
    {
        var result = CollectiveBuilder.Commune()
            .WithAttestations(a => a with { LeadsDistrictMovement = true, MetProvincialLeadershipTest = null })
            .Check(AwardCodes.ModelCommune, AssessmentPeriod.CalendarYear(2025));

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Equal(Unknown, ConditionCheck.Find(result, "XA_TB22.LEADS_MOVEMENT_NO_DISTRICT").Outcome);
        Assert.DoesNotContain(result.Conditions, c => c.ConditionId == "XA_TB22.LEADS_DISTRICT_MOVEMENT");
    }

    [Theory]
    [InlineData(CollectiveKind.Civilian)]
    [InlineData(CollectiveKind.ArmedForces)]
    public void NotACommune_CommuneUnitNotMet(CollectiveKind kind)
    {
        var result = CollectiveBuilder.Commune().WithKind(kind).Check(AwardCodes.ModelCommune, AssessmentPeriod.CalendarYear(2024));

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.Equal(NotMet, ConditionCheck.Find(result, "XA_TB22.COMMUNE_UNIT").Outcome);
    }

    [Fact]
    public void Commune_IsNotALabourCollective_AdvancedCollectiveNotMet()
    {
        var result = CollectiveBuilder.Commune().WithCounts(10, completed: 10, advanced: 8, fighters: 1, disciplined: 0).Check(AwardCodes.AdvancedLabourCollective, AssessmentPeriod.CalendarYear(2024));

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        var kind = ConditionCheck.Find(result, "TTLDTT.SUBJECT_GROUP");
        Assert.Equal(NotMet, kind.Outcome);

        // The message says whom the title is for; it must not offer the armed forces' title as the commune's match.
        Assert.Contains("for civilian collectives", kind.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("matching title", kind.Message.En, StringComparison.Ordinal);
        Assert.Contains("chỉ xét cho tập thể dân sự", kind.Message.Vi, StringComparison.Ordinal);
    }
}
