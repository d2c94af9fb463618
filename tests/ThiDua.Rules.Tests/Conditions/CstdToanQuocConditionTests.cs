using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// CSTD toàn quốc (Law Điều 21 as replaced in 2013; Decree 91/2017 Điều 9 khoản 1): two consecutive ministry/provincial
/// titles, the most outstanding, a nationwide initiative, proposed in the year after the decision (Decree 91/2017
/// Điều 48 khoản 1 điểm a) with a 90% ballot (Điều 45 khoản 8). The period checked is the proposal year.
/// </summary>
public sealed class CstdToanQuocConditionTests
{
    private const string Two = "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES";
    private const string Most = "CSTD_TOAN_QUOC.MOST_OUTSTANDING";
    private const string Initiative = "CSTD_TOAN_QUOC.NATIONAL_INITIATIVE";
    private const string ProposalYear = "CSTD_TOAN_QUOC.PROPOSAL_YEAR";
    private const string Ballot = "CSTD_TOAN_QUOC.COUNCIL_BALLOT";

    private static readonly Cite[] TwoCitations = { new("LAW_15_2003", 21), new("LAW_39_2013", 1, 4), new("ND91_2017", 9, 1) };
    private static readonly Cite[] MostCitations = { new("LAW_15_2003", 21), new("ND91_2017", 9, 1) };
    private static readonly Cite[] InitiativeCitations = { new("ND91_2017", 9, 1), new("TT12_2019", 6, 3) };
    private static readonly Cite[] ProposalYearCitations = { new("ND91_2017", 48, 1, "a") };
    private static readonly Cite[] BallotCitations = { new("ND91_2017", 45, 8) };

    private static DossierBuilder Fighter(string proposalYear = "2022") => DossierBuilder.NationalFighter(proposalYear);

    [Fact]
    public void NationalFighter_AsBuilt_IsEligible()
        => Assert.Equal(Verdict.Eligible, Check(AwardCodes.NationalEmulationFighter, Fighter()).Verdict);

    [Fact]
    [Covers(Two, ConditionOutcome.Met)]
    public void TwoConsecutiveMinistryTitles_AdjacentRuns_Met()
        => Expect(AwardCodes.NationalEmulationFighter, Fighter(), Two, ConditionOutcome.Met, TwoCitations, new[] { "Có 2 lần" });

    [Fact]
    [Covers(Two, ConditionOutcome.Met)]
    public void TwoConsecutiveMinistryTitles_RunsStatedByFirstPeriod_Met()
        => Expect(
            AwardCodes.NationalEmulationFighter,
            Fighter().WithoutAwards(AwardCodes.MinistryEmulationFighter)
                .WithAward(AwardCodes.MinistryEmulationFighter, "2017", new DateTime(2018, 3, 15), firstPeriod: "2015")
                .WithAward(AwardCodes.MinistryEmulationFighter, "2020", new DateTime(2021, 3, 10), firstPeriod: "2018"),
            Two,
            ConditionOutcome.Met,
            TwoCitations,
            new[] { "Có 2 lần" });

    [Fact]
    [Covers(Two, ConditionOutcome.NotMet)]
    public void TwoConsecutiveMinistryTitles_GapYearBetweenRuns_NotMet()
        => Expect(
            AwardCodes.NationalEmulationFighter,
            Fighter().WithoutAwards(AwardCodes.MinistryEmulationFighter)
                .WithAward(AwardCodes.MinistryEmulationFighter, "2016", new DateTime(2017, 3, 20))
                .WithAward(AwardCodes.MinistryEmulationFighter, "2020", new DateTime(2021, 3, 10)),
            Two,
            ConditionOutcome.NotMet,
            TwoCitations,
            new[] { "Chỉ có 1 lần", "2 lần" });

    [Fact]
    [Covers(Two, ConditionOutcome.NotMet)]
    public void TwoConsecutiveMinistryTitles_ChainAlreadyRewarded_NotMet()
        => Expect(
            AwardCodes.NationalEmulationFighter,
            Fighter().WithAward(AwardCodes.NationalEmulationFighter, "2020", new DateTime(2022, 4, 20), firstPeriod: "2015"),
            Two,
            ConditionOutcome.NotMet,
            TwoCitations,
            new[] { "Chỉ có 0 lần" });

    [Fact]
    [Covers(Most, ConditionOutcome.Met)]
    public void MostOutstanding_Attested_Met()
        => Expect(AwardCodes.NationalEmulationFighter, Fighter(), Most, ConditionOutcome.Met, MostCitations, new[] { "xuất sắc nhất", "2022" });

    [Fact]
    [Covers(Most, ConditionOutcome.NotMet)]
    public void MostOutstanding_NotAttested_NotMet()
        => Expect(AwardCodes.NationalEmulationFighter, Fighter().WithAttestations(a => a with { MostOutstandingAmongPeers = false }), Most, ConditionOutcome.NotMet, MostCitations, new[] { "không đánh giá", "2022" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.Met)]
    public void NationalInitiative_NationwideInitiativeWithinChain_Met()
        => Expect(AwardCodes.NationalEmulationFighter, Fighter(), Initiative, ConditionOutcome.Met, InitiativeCitations, new[] { "Có 1 sáng kiến" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.NotMet)]
    public void NationalInitiative_OnlyProvincialScope_NotMet()
        => Expect(
            AwardCodes.NationalEmulationFighter,
            Fighter().WithoutInitiatives().WithInitiative(InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince, "2019"),
            Initiative,
            ConditionOutcome.NotMet,
            InitiativeCitations,
            new[] { "cần ít nhất 1" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.NotMet)]
    public void NationalInitiative_NationwideInitiativeBeforeChain_NotMet()
        => Expect(
            AwardCodes.NationalEmulationFighter,
            Fighter().WithoutInitiatives().WithInitiative(InitiativeKind.Initiative, InitiativeScope.National, "2013"),
            Initiative,
            ConditionOutcome.NotMet,
            InitiativeCitations,
            new[] { "cần ít nhất 1" });

    [Fact]
    [Covers(ProposalYear, ConditionOutcome.Met)]
    public void ProposalYear_YearAfterDecision_Met()
        => Expect(AwardCodes.NationalEmulationFighter, Fighter(), ProposalYear, ConditionOutcome.Met, ProposalYearCitations, new[] { "2022" });

    [Fact]
    [Covers(ProposalYear, ConditionOutcome.NotMet)]
    public void ProposalYear_TwoYearsAfterDecision_NotMet()
        => Expect(AwardCodes.NationalEmulationFighter, Fighter("2023"), ProposalYear, ConditionOutcome.NotMet, ProposalYearCitations, new[] { "2023", "2 năm" });

    [Fact]
    [Covers(ProposalYear, ConditionOutcome.NotMet)]
    public void ProposalYear_SameYearAsDecision_NotMet()
        => Expect(
            AwardCodes.NationalEmulationFighter,
            Fighter().WithoutAwards(AwardCodes.MinistryEmulationFighter)
                .WithAward(AwardCodes.MinistryEmulationFighter, "2018", new DateTime(2019, 3, 15))
                .WithAward(AwardCodes.MinistryEmulationFighter, "2021", new DateTime(2022, 3, 10)),
            ProposalYear,
            ConditionOutcome.NotMet,
            ProposalYearCitations,
            new[] { "0 năm" });

    [Fact]
    [Covers(ProposalYear, ConditionOutcome.Unknown)]
    public void ProposalYear_DecisionDateMissing_Unknown()
    {
        var condition = Expect(
            AwardCodes.NationalEmulationFighter,
            Fighter().WithoutAwards(AwardCodes.MinistryEmulationFighter)
                .WithAward(AwardCodes.MinistryEmulationFighter, "2017", new DateTime(2018, 3, 15))
                .WithAward(AwardCodes.MinistryEmulationFighter, "2020"),
            ProposalYear,
            ConditionOutcome.Unknown,
            ProposalYearCitations,
            new[] { "ngày quyết định" });
        Assert.Equal(new[] { "awardHistory[CSTD_BO_TINH].decisionDate" }, condition.MissingFacts);
    }

    [Theory]
    [InlineData(20, 18, "90%")]
    [InlineData(20, 19, "95%")]
    [Covers(Ballot, ConditionOutcome.Met)]
    public void CouncilBallot_NinetyPercentOrMore_Met(int members, int inFavour, string percent)
        => Expect(AwardCodes.NationalEmulationFighter, Fighter().WithBallot(AwardCodes.NationalEmulationFighter, members, inFavour), Ballot, ConditionOutcome.Met, BallotCitations, new[] { percent });

    [Theory]
    [InlineData(20, 17, "85%")]
    [InlineData(99, 89, "89,9%")]
    [Covers(Ballot, ConditionOutcome.NotMet)]
    public void CouncilBallot_UnderNinetyPercent_NotMet(int members, int inFavour, string percent)
        => Expect(AwardCodes.NationalEmulationFighter, Fighter().WithBallot(AwardCodes.NationalEmulationFighter, members, inFavour), Ballot, ConditionOutcome.NotMet, BallotCitations, new[] { "Chỉ " + percent, "90%" });
}
