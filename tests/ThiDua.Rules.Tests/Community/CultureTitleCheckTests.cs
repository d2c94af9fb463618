using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Community;

/// <summary>
/// How a household or village is checked: which decree the year selects, what the result carries, and the refusals
/// (a year no decree covers, an award of another subject, impossible meeting figures, a malformed document).
/// </summary>
public sealed class CultureTitleCheckTests
{
    [Fact]
    public void CheckCommunity_YearUnderDecree122_SelectsVn2013AndSaysWhy()
    {
        var result = CommunityBuilder.Household().Check();

        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Equal("vn-2013", result.RegimeId);
        Assert.Equal("HGD-01", result.DossierId);
        Assert.Equal(RegimeSelectionBasis.PeriodEnd, result.Selection!.Basis);
        Assert.All(result.Conditions, c => Assert.StartsWith("GDVH.ND122.", c.ConditionId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(AwardCodes.CulturedFamily)]
    [InlineData(AwardCodes.CulturedVillage)]
    public void CheckCommunity_FirstYearOfDecree122_IsChecked(string award)
        => Assert.Equal("vn-2013", CommunityBuilder.For(award).InYear(2018).Check().RegimeId);

    [Theory]
    [InlineData(AwardCodes.CulturedFamily)]
    [InlineData(AwardCodes.CulturedVillage)]
    public void CheckCommunity_YearEndingBeforeDecree122_IsRefusedNotPassed(string award)
    {
        // 2017 ends under vn-2013's dates but before Decree 122/2018 came into force (05/11/2018): the older Culture
        // Ministry rules are not modelled, so the check must not come back with no conditions and "eligible".
        var error = Assert.Throws<PeriodNotCoveredException>(() => CommunityBuilder.For(award).InYear(2017).Check());

        Assert.Contains("2018-11-05", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, "vn-2022")]
    [InlineData(2025, "vn-2022-nd152")]
    public void CheckCommunity_YearUnderDecree86_HasNoMeetingThresholds(int year, string regime)
    {
        var household = CommunityBuilder.Household().InYear(year).WithMeeting(20, 1, 0).WithRegistration(null).Check();
        var village = CommunityBuilder.Village().InYear(year).WithMeeting(20, 1, 0).Check();

        // Decree 86/2023 dropped the meeting shares and the household registration: neither can fail or be asked for.
        Assert.Equal(regime, household.RegimeId);
        Assert.Equal(Verdict.Eligible, household.Verdict);
        Assert.Equal(new[] { "GDVH.ND86.COMPLIANCE", "GDVH.ND86.MOVEMENTS", "GDVH.ND86.FAMILY" }, household.Conditions.Select(c => c.ConditionId));
        Assert.Equal(Verdict.Eligible, village.Verdict);
        Assert.Equal(5, village.Conditions.Count);
        Assert.All(village.Conditions, c => Assert.Equal("LAW_06_2022", c.Citations[0].Document.Id));
    }

    [Fact]
    public void CheckCommunity_PersonalAward_IsRefused()
    {
        var error = Assert.Throws<AwardSubjectMismatchException>(() => ThiDuaRules.Default.CheckCommunity(new CommunityEligibilityRequest(AwardCodes.AdvancedWorker, CommunityBuilder.Household().Build(), AssessmentPeriod.CalendarYear(2021))));

        Assert.Contains("not a household or village title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CultureTitleAsAPerson_IsRefused()
    {
        var request = new EligibilityRequest(AwardCodes.CulturedFamily, new IndividualDossier { Id = "P" }, AssessmentPeriod.CalendarYear(2021));

        var error = Assert.Throws<AwardSubjectMismatchException>(() => ThiDuaRules.Default.Check(request));

        Assert.Equal(AwardCodes.CulturedFamily, error.Code);
    }

    [Fact]
    public void CheckCommunity_MoreAttendeesThanInvitees_IsRefusedWithThePath()
    {
        var dossier = CommunityBuilder.Village().WithMeeting(10, 12, 12).Build();

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.CheckCommunity(new CommunityEligibilityRequest(AwardCodes.CulturedVillage, dossier, AssessmentPeriod.CalendarYear(2021))));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.periods[0].meeting.attended", problem.Path);
    }

    [Fact]
    public void CheckCommunity_MoreInFavourThanAttendees_IsRefusedWithThePath()
    {
        var dossier = CommunityBuilder.Household().WithMeeting(20, 12, 13).Build();

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.CheckCommunity(new CommunityEligibilityRequest(AwardCodes.CulturedFamily, dossier, AssessmentPeriod.CalendarYear(2021))));

        Assert.Equal("$.periods[0].meeting.inFavour", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Sample_HouseholdIn2021_IsEligibleUnderDecree122()
    {
        var household = ThiDuaJson.ReadCommunity(File.ReadAllText(Path.Combine(RuleData.RepositoryLayout.SampleData, "household-gdvh.json")));

        var result = ThiDuaRules.Default.CheckCommunity(new CommunityEligibilityRequest(AwardCodes.CulturedFamily, household, AssessmentPeriod.CalendarYear(2021)));

        // 24 of 32 invited is 75 % (at least 60 % needed); 19 of the 24 present is 79.2 % (at least 60 % needed).
        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Contains("24/32", ConditionCheck.Find(result, "GDVH.ND122.MEETING_QUORUM").Message.Vi, StringComparison.Ordinal);
        Assert.Contains("19/24", ConditionCheck.Find(result, "GDVH.ND122.MEETING_APPROVAL").Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCommunity_UnknownField_IsRefusedWithThePath()
    {
        const string json = """{ "id": "T", "periods": [ { "period": "2021", "meeting": { "invited": 5, "present": 4 } } ] }""";

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadCommunity(json));

        Assert.Contains(error.Problems, p => p.Path.Contains("meeting", StringComparison.Ordinal) && p.Path.Contains("present", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadCommunity_PeriodLeftOut_IsRefused()
    {
        const string json = """{ "id": "T", "periods": [ { "emulationRegistered": true } ] }""";

        Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadCommunity(json));
    }
}
