using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions.EarlierLayers;

/// <summary>
/// CSTĐ cơ sở, CSTĐ bộ/tỉnh and CSTĐ toàn quốc for periods ending 2014-08-20 to 2017-09-30: Law Điều 21-23,
/// Decree 65/2014 Điều 2-4 and, for the proposal year from 2014-10-15, Circular 07/2014 Điều 4 khoản 3.
/// </summary>
public sealed class Nd65EmulationFighterTests
{
    private const string Regime = "vn-2013-nd65";

    private static DossierBuilder CivilServant(string period) => DossierBuilder.CivilServant(period).WithWorkingDaysAbsent(3);

    /// <summary>CSTĐ cơ sở 2014, 2015 and 2016, each decided in the following January, found outstanding in 2016.</summary>
    private static DossierBuilder MinistryFighter2016()
        => CivilServant("2016")
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "2014", new DateTime(2015, 1, 22))
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "2015", new DateTime(2016, 1, 21))
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "2016", new DateTime(2017, 1, 20))
            .WithAttestations(a => a with { OutstandingAmongPeers = true });

    /// <summary>CSTĐ tỉnh for 2009-2011 and 2012-2014 (the second decided 20/12/2014), a nationwide initiative in 2013, most outstanding.</summary>
    private static DossierBuilder NationalFighter(string proposal)
        => CivilServant(proposal)
            .WithoutInitiatives()
            .WithAward(AwardCodes.MinistryEmulationFighter, "2011", new DateTime(2012, 2, 15))
            .WithAward(AwardCodes.MinistryEmulationFighter, "2014", new DateTime(2014, 12, 20))
            .WithInitiative(InitiativeKind.Initiative, InitiativeScope.National, "2013")
            .WithAttestations(a => a with { MostOutstandingAmongPeers = true });

    [Fact]
    [CoversMetAndNotMet("CSTDCS.MEETS_ADVANCED_STANDARD", Regime)]
    public void MeetsAdvancedStandard_FewAbsencesMet_FortyOneDaysAbsentNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 23, 1), new Cite("ND65_2014", 4, 1, "a") };
        Expect(AwardCodes.GrassrootsEmulationFighter, CivilServant("2015"), "CSTDCS.MEETS_ADVANCED_STANDARD", ConditionOutcome.Met, cites, new[] { "2015" });
        var failed = Expect(AwardCodes.GrassrootsEmulationFighter, CivilServant("2016").WithWorkingDaysAbsent(41), "CSTDCS.MEETS_ADVANCED_STANDARD", ConditionOutcome.NotMet, cites, new[] { "2016" });
        Assert.Equal(ConditionOutcome.NotMet, failed.Prerequisite!.Conditions.Single(c => c.ConditionId == "STD.ABSENCE_40_WORKING_DAYS").Outcome);
    }

    [Fact]
    [CoversMetAndNotMet("CSTDCS.UNIT_INITIATIVE", Regime)]
    public void UnitInitiative_RecognisedMet_NoneNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 23, 2), new Cite("LAW_39_2013", 1, 5), new Cite("ND65_2014", 4, 1, "b") };
        Expect(AwardCodes.GrassrootsEmulationFighter, CivilServant("2015"), "CSTDCS.UNIT_INITIATIVE", ConditionOutcome.Met, cites, new[] { "2015" });
        Expect(AwardCodes.GrassrootsEmulationFighter, CivilServant("2015").WithoutInitiatives(), "CSTDCS.UNIT_INITIATIVE", ConditionOutcome.NotMet, cites, new[] { "2015" });
    }

    [Fact]
    [CoversMetAndNotMet("CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", Regime)]
    public void ThreeConsecutive_CountedFromThePreviousDecision()
    {
        var cites = new[] { new Cite("LAW_15_2003", 22), new Cite("ND65_2014", 2, 4) };

        // The previous CSTĐ tỉnh (2011-2013) decided on 10/03/2014: 2014 ends after it, so 2014-2016 count.
        var early = Expect(AwardCodes.MinistryEmulationFighter, MinistryFighter2016().WithAward(AwardCodes.MinistryEmulationFighter, "2013", new DateTime(2014, 3, 10)), "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.Met, cites, new[] { "3 lần" });
        Assert.Equal("3", early.Values["consecutiveGrassrootsTitlesSinceDecision"]);

        // Decided only on 10/03/2015: 2014 ended before it, so only 2015-2016 count (the Decree 91 clock would count 2014).
        var late = Expect(AwardCodes.MinistryEmulationFighter, MinistryFighter2016().WithAward(AwardCodes.MinistryEmulationFighter, "2013", new DateTime(2015, 3, 10)), "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.NotMet, cites, new[] { "2 lần" });
        Assert.Equal("2", late.Values["consecutiveGrassrootsTitlesSinceDecision"]);
    }

    [Fact]
    [Covers("CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.Unknown, Regime = Regime)]
    public void ThreeConsecutive_PreviousDecisionDateMissing_Unknown()
    {
        var condition = Expect(AwardCodes.MinistryEmulationFighter, MinistryFighter2016().WithAward(AwardCodes.MinistryEmulationFighter, "2013"), "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.Unknown, new[] { new Cite("LAW_15_2003", 22), new Cite("ND65_2014", 2, 4) }, new[] { "ngày quyết định" });
        Assert.Equal(new[] { "awardHistory (CSTD_BO_TINH: decisionDate)" }, condition.MissingFacts);
    }

    [Fact]
    [CoversMetAndNotMet("CSTD_BO_TINH.OUTSTANDING", Regime)]
    public void Outstanding_AttestedMet_WithheldNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 22) };
        Expect(AwardCodes.MinistryEmulationFighter, MinistryFighter2016(), "CSTD_BO_TINH.OUTSTANDING", ConditionOutcome.Met, cites, new[] { "2016" });
        Expect(AwardCodes.MinistryEmulationFighter, MinistryFighter2016().WithAttestations(a => a with { OutstandingAmongPeers = false }), "CSTD_BO_TINH.OUTSTANDING", ConditionOutcome.NotMet, cites, new[] { "2016" });
    }

    [Fact]
    public void MinistryFighter_Decree65Layer_ChecksNoBallotAndNoMinistryInitiative()
    {
        // Neither has a source before Decree 91/2017; the regime notes say so instead of guessing.
        var result = Check(AwardCodes.MinistryEmulationFighter, MinistryFighter2016());

        Assert.Equal(Regime, result.RegimeId);
        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.DoesNotContain(result.Conditions, c => c.ConditionId is "CSTD_BO_TINH.COUNCIL_BALLOT" or "CSTD_BO_TINH.MINISTRY_INITIATIVE");
    }

    [Fact]
    [CoversMetAndNotMet("CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", Regime)]
    public void TwoConsecutive_TwoMet_OneNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 21), new Cite("LAW_39_2013", 1, 4), new Cite("ND65_2014", 3, 1) };
        Expect(AwardCodes.NationalEmulationFighter, NationalFighter("2015"), "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", ConditionOutcome.Met, cites, new[] { "2 lần" });
        Expect(AwardCodes.NationalEmulationFighter, NationalFighter("2015").WithoutAwards(AwardCodes.MinistryEmulationFighter).WithAward(AwardCodes.MinistryEmulationFighter, "2014", new DateTime(2014, 12, 20)), "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", ConditionOutcome.NotMet, cites, new[] { "1 lần" });
    }

    [Fact]
    [CoversMetAndNotMet("CSTD_TOAN_QUOC.MOST_OUTSTANDING", Regime)]
    public void MostOutstanding_AttestedMet_WithheldNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 21), new Cite("ND65_2014", 3, 1) };
        Expect(AwardCodes.NationalEmulationFighter, NationalFighter("2015"), "CSTD_TOAN_QUOC.MOST_OUTSTANDING", ConditionOutcome.Met, cites, new[] { "2015" });
        Expect(AwardCodes.NationalEmulationFighter, NationalFighter("2015").WithAttestations(a => a with { MostOutstandingAmongPeers = false }), "CSTD_TOAN_QUOC.MOST_OUTSTANDING", ConditionOutcome.NotMet, cites, new[] { "2015" });
    }

    [Fact]
    [CoversMetAndNotMet("CSTD_TOAN_QUOC.NATIONAL_INITIATIVE", Regime)]
    public void NationalInitiative_NationwideMet_ProvincialOnlyNotMet()
    {
        var cites = new[] { new Cite("ND65_2014", 3, 2), new Cite("ND65_2014", 3, 3) };
        Expect(AwardCodes.NationalEmulationFighter, NationalFighter("2015"), "CSTD_TOAN_QUOC.NATIONAL_INITIATIVE", ConditionOutcome.Met, cites, new[] { "toàn quốc" });
        var provincial = NationalFighter("2015").WithoutInitiatives().WithInitiative(InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince, "2013");
        Expect(AwardCodes.NationalEmulationFighter, provincial, "CSTD_TOAN_QUOC.NATIONAL_INITIATIVE", ConditionOutcome.NotMet, cites, new[] { "toàn quốc" });
    }

    [Fact]
    [CoversMetAndNotMet("CSTD_TOAN_QUOC.PROPOSAL_YEAR", Regime)]
    public void ProposalYear_FromCircular07_OnlyTheAdjacentYear()
    {
        var cites = new[] { new Cite("TT07_2014", 4, 3), new Cite("ND65_2014", 3, 4) };
        Expect(AwardCodes.NationalEmulationFighter, NationalFighter("2015"), "CSTD_TOAN_QUOC.PROPOSAL_YEAR", ConditionOutcome.Met, cites, new[] { "2015" });
        Expect(AwardCodes.NationalEmulationFighter, NationalFighter("2016"), "CSTD_TOAN_QUOC.PROPOSAL_YEAR", ConditionOutcome.NotMet, cites, new[] { "cách 2 năm" });
    }

    /// <summary>Two ministry titles in school years from October (the second decided on <paramref name="secondDecided"/>), proposed in a school year from <paramref name="proposalMonth"/> 2013.</summary>
    private static DossierBuilder SchoolYearFighter(int proposalMonth, string secondTitle, DateTime secondDecided, string firstTitle)
        => CivilServant($"2013-2014@{proposalMonth:00}")
            .WithoutInitiatives()
            .WithAward(AwardCodes.MinistryEmulationFighter, firstTitle, new DateTime(AssessmentPeriod.Parse(firstTitle).End.Year, 11, 20))
            .WithAward(AwardCodes.MinistryEmulationFighter, secondTitle, secondDecided)
            .WithInitiative(InitiativeKind.Initiative, InitiativeScope.National, "2009-2010@10")
            .WithAttestations(a => a with { MostOutstandingAmongPeers = true });

    [Fact]
    [CoversMetAndNotMet("CSTD_TOAN_QUOC.PROPOSAL_AFTER_YEAR", Regime)]
    public void ProposalAfterYear_BeforeCircular07_AnyLaterYear()
    {
        var cites = new[] { new Cite("ND65_2014", 3, 4) };

        // Proposal period ending 30/09/2014: two years after a 2011 decision is allowed, the decision year itself is not.
        Expect(AwardCodes.NationalEmulationFighter, SchoolYearFighter(10, "2010-2011@10", new DateTime(2011, 11, 20), "2007-2008@10"), "CSTD_TOAN_QUOC.PROPOSAL_AFTER_YEAR", ConditionOutcome.Met, cites, new[] { "2 năm" });
        Expect(AwardCodes.NationalEmulationFighter, SchoolYearFighter(10, "2012-2013@10", new DateTime(2013, 10, 20), "2009-2010@10"), "CSTD_TOAN_QUOC.PROPOSAL_AFTER_YEAR", ConditionOutcome.NotMet, cites, new[] { "cách 0 năm" });
    }

    [Fact]
    public void ProposalYear_AroundFifteenOctober2014_SwitchesRule()
    {
        // The same chain two years after its decision: allowed for a period ending 30/09/2014, refused for one ending 31/10/2014.
        var september = Check(AwardCodes.NationalEmulationFighter, SchoolYearFighter(10, "2010-2011@10", new DateTime(2011, 11, 20), "2007-2008@10"));
        var october = Check(AwardCodes.NationalEmulationFighter, SchoolYearFighter(11, "2010-2011@10", new DateTime(2011, 11, 20), "2007-2008@10"));

        Assert.Equal(Verdict.Eligible, september.Verdict);
        Assert.DoesNotContain(september.Conditions, c => c.ConditionId == "CSTD_TOAN_QUOC.PROPOSAL_YEAR");
        Assert.Equal(ConditionOutcome.NotMet, Find(october, "CSTD_TOAN_QUOC.PROPOSAL_YEAR").Outcome);
        Assert.DoesNotContain(october.Conditions, c => c.ConditionId == "CSTD_TOAN_QUOC.PROPOSAL_AFTER_YEAR");
    }
}
