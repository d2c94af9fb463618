using ThiDua.Rules.Tests.Collectives;
using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Lists;

/// <summary>A unit's nomination list checked as a whole: the list rules over the nominations' results, every violation at once.</summary>
public sealed class NominationListTests
{
    private static ConditionResult Rule(NominationListResult result, string id)
        => Assert.Single(result.ListConditions, c => c.ConditionId == id);

    private static ConditionResult Expect(NominationListResult result, string id, ConditionOutcome outcome, Cite[] citations, params string[] fragments)
    {
        var condition = Rule(result, id);
        Assert.True(condition.Outcome == outcome, $"{id}: expected {outcome}, got {condition.Outcome} ({condition.Message.En})");
        Assert.Equal(citations.Select(c => c.ToString()), condition.Citations.Select(c => new Cite(c.Document.Id, c.Article, c.Clause, c.Point).ToString()));
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, condition.Message.En, StringComparison.Ordinal);
        }

        return condition;
    }

    private static readonly Cite[] Cap = { new("ND91_2017", 9, 3) };
    private static readonly Cite[] FlagCap = { new("ND91_2017", 11, 1) };
    private static readonly Cite[] Exclusive = { new(CollectiveCites.Law, 24, 1), new(CollectiveCites.Law, 24, 2) };
    private static readonly Cite[] Twice = { new("ND91_2017", 50, 1), new(CollectiveCites.Law, 20, 4) };
    private static readonly Cite[] OneStateForm = { new("TT12_2019", 3, null) };
    private const string StateFormRule = "LIST.ONE_STATE_FORM_PER_YEAR";

    [Fact]
    [Covers(StateFormRule, Met)]
    public void StateForm_OneProposalOnMerit_Met()
        => Expect(ListBuilder.WithMembers(3).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(), StateFormRule, Met, OneStateForm, "Nobody is proposed for more than one State-level form");

    [Fact]
    [Covers(StateFormRule, NotMet)]
    public void StateForm_ProposalAndEarlierFormOfTheSameYear_NotMet()
        => Expect(
            ListBuilder.WithMembers(3).Received(1, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Thematic).Propose(1, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(),
            StateFormRule, NotMet, OneStateForm, "1 person(s) proposed for two or more State-level forms in the year: " + ListBuilder.Id(1) + " (BK_TTG, +1)");

    [Fact]
    public void StateForm_CertificateAndLabourOrderOnMerit_NotMet()
        => Expect(
            ListBuilder.WithMembers(3).Propose(1, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Propose(1, "HCLD_HANG_BA", CommendationBasis.Merit).Validate(),
            StateFormRule, NotMet, OneStateForm, ListBuilder.Id(1) + " (BK_TTG, HCLD_HANG_BA)");

    [Fact]
    public void StateForm_LabourOrderForLongServiceBesideCertificate_Met()
        => Expect(
            ListBuilder.WithMembers(3).Propose(1, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Propose(1, "HCLD_HANG_BA", CommendationBasis.LongService).Validate(),
            StateFormRule, Met, OneStateForm);

    [Fact]
    public void StateForm_MinistryCertificateIsNotStateLevel_Met()
        => Expect(
            ListBuilder.WithMembers(3).Propose(1, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Propose(1, "BK_BO_TINH", CommendationBasis.Merit).Validate(),
            StateFormRule, Met, OneStateForm);

    [Fact]
    public void StateForm_TwoProposalsOnMerit_NotMet()
        => Expect(
            ListBuilder.WithMembers(3).Propose(2, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Propose(2, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(),
            StateFormRule, NotMet, OneStateForm, ListBuilder.Id(2) + " (BK_TTG, BK_TTG)");

    [Theory]
    [InlineData(CommendationBasis.OneOff)]
    [InlineData(CommendationBasis.LongService)]
    [InlineData(CommendationBasis.Seniority)]
    public void StateForm_ExemptBasis_NotCounted(CommendationBasis exempt)
        => Expect(ListBuilder.WithMembers(2).Received(0, AwardCodes.PrimeMinisterCertificateOfMerit, exempt).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(), StateFormRule, Met, OneStateForm);

    [Theory]
    [InlineData("HCH_CHIEN_SI_VE_VANG_HANG_BA")]
    [InlineData("HCH_QUAN_KY_QUYET_THANG")]
    [InlineData("HCH_VI_AN_NINH_TO_QUOC")]
    public void StateForm_ServiceMedalWithoutBasis_ReadAsSeniority(string medal)
    {
        // The service medals are seniority awards by law (AwardDefinition.Basis): neither a proposal nor an earlier grant
        // of one needs its basis stated for the yearly limit, which leaves them out.
        Assert.Equal(CommendationBasis.Seniority, ThiDuaRules.Default.Catalog.GetAward("vn-2013", medal).Basis);
        Expect(ListBuilder.WithMembers(2).Propose(0, medal).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(), StateFormRule, Met, OneStateForm);
        Expect(ListBuilder.WithMembers(2).Received(0, medal, null).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(), StateFormRule, Met, OneStateForm);
    }

    [Fact]
    public void StateForm_ServiceMedalProposedOnMerit_Counted()
        => Expect(
            ListBuilder.WithMembers(2).Propose(0, "HCH_QUAN_KY_QUYET_THANG", CommendationBasis.Merit).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(),
            StateFormRule, NotMet, OneStateForm);

    [Fact]
    public void StateForm_OrderWithoutBasis_StillUnknown()
        => Expect(ListBuilder.WithMembers(2).Received(0, "HC_QUAN_CONG_HANG_BA", null).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(), StateFormRule, Unknown, OneStateForm);

    [Fact]
    public void StateForm_EarlierFormOfAnotherYear_NotCounted()
        => Expect(ListBuilder.WithMembers(2).Received(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit, "2020").Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(), StateFormRule, Met, OneStateForm);

    [Fact]
    public void StateForm_BasisNotStatedWhereItDecides_Unknown()
        => Expect(ListBuilder.WithMembers(2).Received(0, AwardCodes.PrimeMinisterCertificateOfMerit, null).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Validate(), StateFormRule, Unknown, OneStateForm);

    [Fact]
    public void StateForm_BasisNotStatedButAlreadyOver_NotMet()
        => Expect(
            ListBuilder.WithMembers(2).Received(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit).Validate(),
            StateFormRule, NotMet, OneStateForm, "BK_TTG?");

    [Fact]
    public void StateForm_Withdrawn_UpdatesIncrementally()
    {
        var list = ListBuilder.WithMembers(2).Received(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Propose(0, AwardCodes.PrimeMinisterCertificateOfMerit, CommendationBasis.Merit).Build();
        using var session = ThiDuaRules.Default.OpenList(list);
        Assert.Equal(NotMet, Rule(session.Result, StateFormRule).Outcome);
        Assert.Equal(Met, Rule(session.Withdraw(ListBuilder.Id(0), AwardCodes.PrimeMinisterCertificateOfMerit), StateFormRule).Outcome);
    }

    [Fact]
    public void StateForm_BeforeCircular12_NotChecked()
        => Assert.DoesNotContain(ListBuilder.WithMembers(2, period: "2019").Validate().ListConditions, c => c.ConditionId == StateFormRule);

    [Fact]
    [Covers("LIST.GRASSROOTS_FIGHTER_CAP", Met)]
    public void Cap_3Of20_Met()
        => Expect(ListBuilder.WithMembers(20, fighters: 3).ProposeFighters(3).Validate(), "LIST.GRASSROOTS_FIGHTER_CAP", Met, Cap, "3 Grassroots Emulation Fighter nominations; at most 3 allowed: 15 % of 20");

    [Fact]
    [Covers("LIST.GRASSROOTS_FIGHTER_CAP", NotMet)]
    public void Cap_4Of20_NotMet()
        => Expect(ListBuilder.WithMembers(20, fighters: 4).ProposeFighters(4).Validate(), "LIST.GRASSROOTS_FIGHTER_CAP", NotMet, Cap, "4 Grassroots Emulation Fighter nominations; at most 3 allowed: 15 % of 20");

    [Fact]
    public void Cap_4Of21_NotMet_FractionDropped()
        => Expect(ListBuilder.WithMembers(21, fighters: 4).ProposeFighters(4).Validate(), "LIST.GRASSROOTS_FIGHTER_CAP", NotMet, Cap, "at most 3 allowed: 15 % of 21");

    [Fact]
    public void Cap_LowerProvincialCeiling_Applies()
        => Expect(ListBuilder.WithMembers(20, fighters: 3).ProposeFighters(3).WithCeiling(10).Validate(), "LIST.GRASSROOTS_FIGHTER_CAP", NotMet, Cap, "at most 2 allowed: 10 % of 20");

    [Fact]
    public void Cap_CeilingAboveNational_RefusedWithItsPath()
    {
        var e = Assert.Throws<InvalidDossierException>(() => ListBuilder.WithMembers(5).WithCeiling(16).Validate());
        Assert.Equal("$.grassrootsFighterCeilingPercent", Assert.Single(e.Problems).Path);
    }

    [Fact]
    public void Cap_IneligibleLdttNotInTheBase()
    {
        // Member 19's LĐTT fails (a reprimand): 19 holders remain, 15 % of 19 = 2.85, so 2 allowed.
        var list = ListBuilder.WithMembers(20, fighters: 3).ProposeFighters(3).Build();
        var members = list.Members!.ToList();
        members[19] = members[19] with { Disciplines = new[] { new DisciplineRecord { Form = DisciplineForm.Reprimand, DecisionDate = new DateTime(2021, 5, 5) } } };
        Expect(ThiDuaRules.Default.ValidateList(list with { Members = members }), "LIST.GRASSROOTS_FIGHTER_CAP", NotMet, Cap, "at most 2 allowed: 15 % of 19");
    }

    [Fact]
    [Covers("LIST.GOVERNMENT_FLAG_CAP", Met)]
    public void FlagCap_1Of5_Met()
        => Expect(ListBuilder.WithMembers(2).WithFlagPool(5).ProposeCollective(AwardCodes.GovernmentEmulationFlag, CollectiveBuilder.Civilian(), "T-1").Validate(), "LIST.GOVERNMENT_FLAG_CAP", Met, FlagCap, "1 Government Emulation Flag nominations; at most 20 % of 5");

    [Fact]
    [Covers("LIST.GOVERNMENT_FLAG_CAP", NotMet)]
    public void FlagCap_2Of9_NotMet()
        => Expect(ListBuilder.WithMembers(2).WithFlagPool(9).ProposeCollective(AwardCodes.GovernmentEmulationFlag, CollectiveBuilder.Civilian(), "T-1").ProposeCollective(AwardCodes.GovernmentEmulationFlag, CollectiveBuilder.Civilian(), "T-2").Validate(), "LIST.GOVERNMENT_FLAG_CAP", NotMet, FlagCap, "2 Government Emulation Flag nominations exceed 20 % of 9");

    [Fact]
    public void FlagCap_PoolNotGiven_Unknown()
        => Assert.Equal(Unknown, Rule(ListBuilder.WithMembers(2).ProposeCollective(AwardCodes.GovernmentEmulationFlag, CollectiveBuilder.Civilian(), "T-1").Validate(), "LIST.GOVERNMENT_FLAG_CAP").Outcome);

    [Fact]
    [Covers("LIST.EXCLUSIVE_TITLES", Met)]
    [Covers("LIST.NOT_TWICE", Met)]
    public void CleanList_ExclusiveAndTwice_Met()
    {
        var result = ListBuilder.WithMembers(5, fighters: 1).Validate();
        Expect(result, "LIST.EXCLUSIVE_TITLES", Met, Exclusive);
        Expect(result, "LIST.NOT_TWICE", Met, Twice);
        Assert.Equal(Verdict.Eligible, result.Verdict);
    }

    [Fact]
    [Covers("LIST.EXCLUSIVE_TITLES", NotMet)]
    public void LdttAndCstt_SamePerson_NotMet()
        => Expect(ListBuilder.WithMembers(5).Propose(2, AwardCodes.AdvancedSoldier).Validate(), "LIST.EXCLUSIVE_TITLES", NotMet, Exclusive, "1 pair(s)", ListBuilder.Id(2) + " (LDTT, CSTT)");

    [Fact]
    public void LdttAndCstdcs_SamePerson_NotExclusive()
        => Assert.Equal(Met, Rule(ListBuilder.WithMembers(5, fighters: 1).ProposeFighters(1).Validate(), "LIST.EXCLUSIVE_TITLES").Outcome);

    [Fact]
    [Covers("LIST.NOT_TWICE", NotMet)]
    public void SameNominationTwice_NotMet()
        => Expect(ListBuilder.WithMembers(5).Propose(1, AwardCodes.AdvancedWorker).Validate(), "LIST.NOT_TWICE", NotMet, Twice, "1 repeated nomination(s)", ListBuilder.Id(1) + " (LDTT, LDTT)");

    [Fact]
    public void SeveralViolations_AllReportedAtOnce()
    {
        var result = ListBuilder.WithMembers(20, fighters: 4).ProposeFighters(4).Propose(5, AwardCodes.AdvancedSoldier).Propose(6, AwardCodes.AdvancedWorker).Validate();
        Assert.Equal(new[] { "LIST.GRASSROOTS_FIGHTER_CAP", "LIST.EXCLUSIVE_TITLES", "LIST.NOT_TWICE" }, result.ListConditions.Where(c => c.Outcome == NotMet).Select(c => c.ConditionId));
        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.Equal(NotMet, ConditionCheck.Find(result.Nominations.Single(n => n.Award == AwardCodes.AdvancedSoldier).Result, "CSTT.SUBJECT_GROUP").Outcome);
    }

    [Fact]
    public void EveryNomination_CheckedByTheChecker()
    {
        var result = ListBuilder.WithMembers(4, fighters: 1).ProposeFighters(1).Validate();
        Assert.Equal(5, result.Nominations.Count);
        var direct = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, CollectiveBuilder.Member(0, grassrootsFighter: true), CollectiveBuilder.Period));
        Assert.Equal(direct.Conditions.Select(c => (c.ConditionId, c.Outcome)), result.Nominations.Last().Result.Conditions.Select(c => (c.ConditionId, c.Outcome)));
    }

    [Fact]
    public void OpenList_WithdrawThenAdd_UpdatesIncrementally()
    {
        using var session = ThiDuaRules.Default.OpenList(ListBuilder.WithMembers(20, fighters: 4).ProposeFighters(4).Build());
        Assert.Equal(NotMet, Rule(session.Result, "LIST.GRASSROOTS_FIGHTER_CAP").Outcome);

        var withdrawn = session.Withdraw(ListBuilder.Id(3), AwardCodes.GrassrootsEmulationFighter);
        Assert.Equal(Met, Rule(withdrawn, "LIST.GRASSROOTS_FIGHTER_CAP").Outcome);
        Assert.Equal(23, withdrawn.Nominations.Count);

        // Withdrawing an LĐTT shrinks the base: 15 % of 19 allows 2, and 3 are proposed.
        var smaller = session.Withdraw(ListBuilder.Id(19), AwardCodes.AdvancedWorker);
        Assert.Contains("at most 2 allowed: 15 % of 19", Rule(smaller, "LIST.GRASSROOTS_FIGHTER_CAP").Message.En, StringComparison.Ordinal);

        var added = session.Add(new Nomination { PersonId = ListBuilder.Id(19), Award = AwardCodes.AdvancedWorker });
        Assert.Equal(Met, Rule(added, "LIST.GRASSROOTS_FIGHTER_CAP").Outcome);
        var again = session.Add(new Nomination { PersonId = ListBuilder.Id(3), Award = AwardCodes.GrassrootsEmulationFighter });
        Assert.Equal(NotMet, Rule(again, "LIST.GRASSROOTS_FIGHTER_CAP").Outcome);
    }

    [Fact]
    public void OpenList_UnknownNominationOrPerson_Refused()
    {
        using var session = ThiDuaRules.Default.OpenList(ListBuilder.WithMembers(3).Build());
        Assert.Throws<ArgumentException>(() => session.Withdraw("nobody", AwardCodes.AdvancedWorker));
        Assert.Throws<ArgumentException>(() => session.Add(new Nomination { PersonId = "nobody", Award = AwardCodes.AdvancedWorker }));
        Assert.Throws<ArgumentException>(() => session.Add(new Nomination { PersonId = ListBuilder.Id(0), Award = AwardCodes.ExcellentLabourCollective }));
    }

    [Fact]
    public void InvalidList_EveryProblemWithItsPath()
    {
        var list = ListBuilder.WithMembers(2).Build();
        list = list with
        {
            Members = list.Members!.Concat(new[] { list.Members![0] }).ToList(),
            Nominations = list.Nominations!.Concat(new[] { new Nomination { PersonId = "ghost", Award = "LDTT" }, new Nomination { PersonId = ListBuilder.Id(0), Award = "TTLDXS" } }).ToList(),
        };
        var e = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.ValidateList(list));
        Assert.Equal(new[] { "$.members[2].id", "$.nominations[2].personId", "$.nominations[3].award" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void CheckCollective_IndividualAward_Refused()
        => Assert.Throws<AwardSubjectMismatchException>(() => ThiDuaRules.Default.CheckCollective(new CollectiveEligibilityRequest(AwardCodes.AdvancedWorker, CollectiveBuilder.Civilian().Build(), CollectiveBuilder.Period)));

    [Fact]
    public void Check_CollectiveAward_Refused()
        => Assert.Throws<AwardSubjectMismatchException>(() => ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.ExcellentLabourCollective, CollectiveBuilder.Member(0), CollectiveBuilder.Period)));
}
