using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Community;

/// <summary>
/// The conditions of Gia đình văn hóa and Khu dân cư văn hóa under Decree 122/2018 (regime vn-2013, years ending from
/// 05/11/2018): the findings on each standard, the household's registration, and the review meeting's thresholds.
/// </summary>
public sealed class CultureTitleConditionTests
{
    private const string Nd122 = "ND122_2018";

    [Theory]
    [Covers("GDVH.ND122.COMPLIANT_ACTIVE", Met)]
    [Covers("GDVH.ND122.HARMONIOUS", Met)]
    [Covers("GDVH.ND122.PRODUCTIVE", Met)]
    [Covers("KDCVH.ND122.ECONOMY", Met)]
    [Covers("KDCVH.ND122.CULTURAL_LIFE", Met)]
    [Covers("KDCVH.ND122.ENVIRONMENT", Met)]
    [Covers("KDCVH.ND122.POLICY_AND_LAW", Met)]
    [Covers("KDCVH.ND122.SOLIDARITY", Met)]
    [MemberData(nameof(Findings))]
    public void Finding_FoundPositive_Met(string award, string finding, string conditionId, int article)
        => ConditionCheck.ExpectCommunity(CommunityBuilder.For(award).WithFinding(finding, true), conditionId, Met, new[] { new Cite(Nd122, article) }, new[] { "ghi nhận:" });

    [Theory]
    [Covers("GDVH.ND122.COMPLIANT_ACTIVE", NotMet)]
    [Covers("GDVH.ND122.HARMONIOUS", NotMet)]
    [Covers("GDVH.ND122.PRODUCTIVE", NotMet)]
    [Covers("KDCVH.ND122.ECONOMY", NotMet)]
    [Covers("KDCVH.ND122.CULTURAL_LIFE", NotMet)]
    [Covers("KDCVH.ND122.ENVIRONMENT", NotMet)]
    [Covers("KDCVH.ND122.POLICY_AND_LAW", NotMet)]
    [Covers("KDCVH.ND122.SOLIDARITY", NotMet)]
    [MemberData(nameof(Findings))]
    public void Finding_FoundNegative_NotMet(string award, string finding, string conditionId, int article)
        => ConditionCheck.ExpectCommunity(CommunityBuilder.For(award).WithFinding(finding, false), conditionId, NotMet, new[] { new Cite(Nd122, article) }, new[] { "chưa đạt" });

    [Theory]
    [MemberData(nameof(Findings))]
    public void Finding_NotStated_UnknownNeverMet(string award, string finding, string conditionId, int article)
    {
        var result = CommunityBuilder.For(award).WithFinding(finding, null).Check();

        var condition = ConditionCheck.Find(result, conditionId);
        Assert.Equal(Unknown, condition.Outcome);
        Assert.Equal(article, condition.Citations[0].Article);
        Assert.Contains("attestations." + finding, condition.MissingFacts.Single(), StringComparison.Ordinal);
        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
    }

    public static TheoryData<string, string, string, int> Findings() => new()
    {
        { AwardCodes.CulturedFamily, "compliantAndActive", "GDVH.ND122.COMPLIANT_ACTIVE", 6 },
        { AwardCodes.CulturedFamily, "harmoniousAndHelpful", "GDVH.ND122.HARMONIOUS", 6 },
        { AwardCodes.CulturedFamily, "productiveWorkAndStudy", "GDVH.ND122.PRODUCTIVE", 6 },
        { AwardCodes.CulturedVillage, "stableEconomy", "KDCVH.ND122.ECONOMY", 12 },
        { AwardCodes.CulturedVillage, "healthyCulturalLife", "KDCVH.ND122.CULTURAL_LIFE", 12 },
        { AwardCodes.CulturedVillage, "cleanEnvironment", "KDCVH.ND122.ENVIRONMENT", 12 },
        { AwardCodes.CulturedVillage, "observesPolicyAndLaw", "KDCVH.ND122.POLICY_AND_LAW", 12 },
        { AwardCodes.CulturedVillage, "communitySolidarity", "KDCVH.ND122.SOLIDARITY", 12 },
    };

    [Fact]
    [Covers("GDVH.ND122.REGISTERED", Met)]
    public void Registered_Registered_Met()
        => ConditionCheck.ExpectCommunity(CommunityBuilder.Household().WithRegistration(true), "GDVH.ND122.REGISTERED", Met, new[] { new Cite(Nd122, 8), new Cite(Nd122, 9, 1) }, new[] { "bản đăng ký" });

    [Fact]
    [Covers("GDVH.ND122.REGISTERED", NotMet)]
    public void Registered_NotRegistered_NotMet()
        => ConditionCheck.ExpectCommunity(CommunityBuilder.Household().WithRegistration(false), "GDVH.ND122.REGISTERED", NotMet, new[] { new Cite(Nd122, 8), new Cite(Nd122, 9, 1) }, new[] { "không đăng ký" });

    [Fact]
    public void Registered_NotStated_Unknown()
        => Assert.Equal(Unknown, ConditionCheck.Find(CommunityBuilder.Household().WithRegistration(null).Check(), "GDVH.ND122.REGISTERED").Outcome);

    [Theory]
    [Covers("GDVH.ND122.MEETING_QUORUM", Met)]
    [Covers("KDCVH.ND122.MEETING_QUORUM", Met)]
    [InlineData(AwardCodes.CulturedFamily, 20, 12, 9, 3)]
    [InlineData(AwardCodes.CulturedVillage, 20, 12, 15, 0)]
    public void Quorum_ExactlySixtyPercentAttend_Met(string award, int invited, int attended, int article, int clause)
        => ConditionCheck.ExpectCommunity(CommunityBuilder.For(award).WithMeeting(invited, attended, attended), award + ".ND122.MEETING_QUORUM", Met, Cites(article, clause), new[] { "12/20", "60" });

    [Theory]
    [Covers("GDVH.ND122.MEETING_QUORUM", NotMet)]
    [Covers("KDCVH.ND122.MEETING_QUORUM", NotMet)]
    [InlineData(AwardCodes.CulturedFamily, 20, 11, 9, 3)]
    [InlineData(AwardCodes.CulturedVillage, 20, 11, 15, 0)]
    public void Quorum_BelowSixtyPercent_NotMet(string award, int invited, int attended, int article, int clause)
        => ConditionCheck.ExpectCommunity(CommunityBuilder.For(award).WithMeeting(invited, attended, attended), award + ".ND122.MEETING_QUORUM", NotMet, Cites(article, clause), new[] { "11/20", "không hợp lệ" });

    [Theory]
    [Covers("GDVH.ND122.MEETING_APPROVAL", Met)]
    [Covers("KDCVH.ND122.MEETING_APPROVAL", Met)]
    [InlineData(AwardCodes.CulturedFamily, 9, 3)]
    [InlineData(AwardCodes.CulturedVillage, 15, 0)]
    public void Approval_ExactlySixtyPercentOfThosePresent_Met(string award, int article, int clause)
        => ConditionCheck.ExpectCommunity(CommunityBuilder.For(award).WithMeeting(20, 15, 9), award + ".ND122.MEETING_APPROVAL", Met, Cites(article, clause), new[] { "9/15" });

    [Theory]
    [Covers("GDVH.ND122.MEETING_APPROVAL", NotMet)]
    [Covers("KDCVH.ND122.MEETING_APPROVAL", NotMet)]
    [InlineData(AwardCodes.CulturedFamily, 9, 3)]
    [InlineData(AwardCodes.CulturedVillage, 15, 0)]
    public void Approval_BelowSixtyPercentOfThosePresent_NotMet(string award, int article, int clause)
        => ConditionCheck.ExpectCommunity(CommunityBuilder.For(award).WithMeeting(20, 15, 8), award + ".ND122.MEETING_APPROVAL", NotMet, Cites(article, clause), new[] { "Chỉ 8/15" });

    [Fact]
    public void Approval_MeasuredOnThosePresentNotOnThoseInvited()
    {
        // 12 of 20 invited agreeing is 60 % of the invitees but 80 % of the 15 present: the share counts those present.
        var condition = ConditionCheck.Find(CommunityBuilder.Household().WithMeeting(20, 15, 12).Check(), "GDVH.ND122.MEETING_APPROVAL");
        Assert.Equal(Met, condition.Outcome);
        Assert.Contains("80", condition.Message.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_FiguresMissing_UnknownWithTheFieldsToCollect()
    {
        var result = CommunityBuilder.Village().WithMeeting(20, null, null).Check();

        Assert.Equal(Unknown, ConditionCheck.Find(result, "KDCVH.ND122.MEETING_QUORUM").Outcome);
        Assert.Equal(Unknown, ConditionCheck.Find(result, "KDCVH.ND122.MEETING_APPROVAL").Outcome);
        Assert.Contains(result.MissingFacts, f => f.Contains("meeting.attended", StringComparison.Ordinal));
        Assert.Contains(result.MissingFacts, f => f.Contains("meeting.inFavour", StringComparison.Ordinal));
    }

    private static Cite[] Cites(int article, int clause) => new[] { new Cite(Nd122, article, clause == 0 ? null : clause) };
}
