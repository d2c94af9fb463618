using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// CSTDCS (Law Điều 23 as amended in 2013; Decree 91/2017 Điều 9 khoản 3): the LĐTT/CSTT standard in the same
/// year (điểm a) and an initiative, applied research topic or combat creativity recognised by the unit (điểm b).
/// </summary>
public sealed class CstdcsConditionTests
{
    private const string Standard = "CSTDCS.MEETS_ADVANCED_STANDARD";
    private const string Initiative = "CSTDCS.UNIT_INITIATIVE";

    private static readonly Cite[] StandardCitations = { new("LAW_15_2003", 23, 1), new("ND91_2017", 9, 3, "a") };
    private static readonly Cite[] InitiativeCitations = { new("LAW_15_2003", 23, 2), new("LAW_39_2013", 1, 5), new("ND91_2017", 9, 3, "b"), new("TT12_2019", 6, 3) };

    [Fact]
    [Covers(Standard, ConditionOutcome.Met)]
    public void MeetsAdvancedStandard_CivilServantMeetingLdttStandard_MetWithNestedLdtt()
    {
        var condition = Expect(AwardCodes.GrassrootsEmulationFighter, DossierBuilder.CivilServant(), Standard, ConditionOutcome.Met, StandardCitations, new[] { "Lao động tiên tiến", "2021" });
        Assert.NotNull(condition.Prerequisite);
        Assert.Equal(AwardCodes.AdvancedWorker, condition.Prerequisite!.Award);
        Assert.Equal(Verdict.Eligible, condition.Prerequisite.Verdict);
    }

    [Fact]
    [Covers(Standard, ConditionOutcome.Met)]
    public void MeetsAdvancedStandard_SoldierMeetingCsttStandard_MetWithNestedCstt()
    {
        var condition = Expect(AwardCodes.GrassrootsEmulationFighter, DossierBuilder.Soldier(), Standard, ConditionOutcome.Met, StandardCitations, new[] { "Chiến sĩ tiên tiến", "2021" });
        Assert.Equal(AwardCodes.AdvancedSoldier, condition.Prerequisite?.Award);
    }

    [Fact]
    [Covers(Standard, ConditionOutcome.Met)]
    public void MeetsAdvancedStandard_LdttAlreadyDecidedForPeriod_MetWithoutReexamining()
    {
        var condition = Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithRating(null).WithAward(AwardCodes.AdvancedWorker, "2021", new DateTime(2022, 1, 15)),
            Standard,
            ConditionOutcome.Met,
            StandardCitations,
            new[] { "Lao động tiên tiến", "2021" });
        Assert.Null(condition.Prerequisite);
    }

    [Fact]
    [Covers(Standard, ConditionOutcome.NotMet)]
    public void MeetsAdvancedStandard_RatedOnlyCompleted_NotMetPointingAtNestedCondition()
    {
        var condition = Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithRating(TaskRating.Completed),
            Standard,
            ConditionOutcome.NotMet,
            StandardCitations,
            new[] { "Chưa đạt tiêu chuẩn", "Lao động tiên tiến", "2021" });
        var nested = Find(condition.Prerequisite!, "STD.K1_TASKS_WELL");
        Assert.Equal(ConditionOutcome.NotMet, nested.Outcome);
    }

    [Fact]
    [Covers(Standard, ConditionOutcome.NotMet)]
    public void MeetsAdvancedStandard_ReprimandInPeriod_NotMet()
    {
        var condition = Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithDiscipline(new DateTime(2021, 9, 9)),
            Standard,
            ConditionOutcome.NotMet,
            StandardCitations,
            new[] { "Lao động tiên tiến" });
        Assert.Equal(ConditionOutcome.NotMet, Find(condition.Prerequisite!, "STD.NO_DISCIPLINE").Outcome);
    }

    [Fact]
    [Covers(Standard, ConditionOutcome.Unknown)]
    public void MeetsAdvancedStandard_CategoryMissing_Unknown()
    {
        var condition = Expect(AwardCodes.GrassrootsEmulationFighter, DossierBuilder.CivilServant().WithCategory(null), Standard, ConditionOutcome.Unknown, StandardCitations, new[] { "nhóm đối tượng" });
        Assert.Equal(new[] { "category" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(Initiative, ConditionOutcome.Met)]
    public void UnitInitiative_InitiativeRecognisedForPeriod_Met()
        => Expect(AwardCodes.GrassrootsEmulationFighter, DossierBuilder.CivilServant(), Initiative, ConditionOutcome.Met, InitiativeCitations, new[] { "Có 1 sáng kiến", "2021" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.Met)]
    public void UnitInitiative_ResearchTopicAcceptedAndApplied_Met()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithoutInitiatives().WithInitiative(InitiativeKind.ResearchTopic, InitiativeScope.Unit, "2021", acceptedAndApplied: true),
            Initiative,
            ConditionOutcome.Met,
            InitiativeCitations,
            new[] { "Có 1 sáng kiến" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.Met)]
    public void UnitInitiative_SoldierCombatCreativityWithExcellentRating_Met()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.Soldier().WithRating(TaskRating.CompletedExcellently).WithoutInitiatives().WithInitiative(InitiativeKind.CombatCreativity, InitiativeScope.Unit, "2021"),
            Initiative,
            ConditionOutcome.Met,
            InitiativeCitations,
            new[] { "Có 1 sáng kiến" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.Met)]
    public void UnitInitiative_TwoInitiativesOneCarriedOver_MetCountingOnlyThePeriod()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithInitiative(InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince, "2020"),
            Initiative,
            ConditionOutcome.Met,
            InitiativeCitations,
            new[] { "Có 1 sáng kiến" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.NotMet)]
    public void UnitInitiative_NoInitiative_NotMet()
        => Expect(AwardCodes.GrassrootsEmulationFighter, DossierBuilder.CivilServant().WithoutInitiatives(), Initiative, ConditionOutcome.NotMet, InitiativeCitations, new[] { "cần ít nhất 1", "2021" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.NotMet)]
    public void UnitInitiative_ResearchTopicNotApplied_NotMet()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithoutInitiatives().WithInitiative(InitiativeKind.ResearchTopic, InitiativeScope.Unit, "2021", acceptedAndApplied: false),
            Initiative,
            ConditionOutcome.NotMet,
            InitiativeCitations,
            new[] { "cần ít nhất 1" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.NotMet)]
    public void UnitInitiative_SoldierCombatCreativityRatedWell_NotMet()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.Soldier().WithoutInitiatives().WithInitiative(InitiativeKind.CombatCreativity, InitiativeScope.Unit, "2021"),
            Initiative,
            ConditionOutcome.NotMet,
            InitiativeCitations,
            new[] { "2021" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.NotMet)]
    public void UnitInitiative_InitiativeCarriedOverFromPreviousYear_NotMet()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithoutInitiatives().WithInitiative(InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince, "2020"),
            Initiative,
            ConditionOutcome.NotMet,
            InitiativeCitations,
            new[] { "2021" });

    [Fact]
    [Covers(Initiative, ConditionOutcome.Unknown)]
    public void UnitInitiative_ListMissing_Unknown()
    {
        var condition = Expect(AwardCodes.GrassrootsEmulationFighter, DossierBuilder.CivilServant().WithoutInitiativeList(), Initiative, ConditionOutcome.Unknown, InitiativeCitations, new[] { "sáng kiến" });
        Assert.Equal(new[] { "initiatives" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(Initiative, ConditionOutcome.Unknown)]
    public void UnitInitiative_ResearchTopicApplicationNotStated_Unknown()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithoutInitiatives().WithInitiative(InitiativeKind.ResearchTopic, InitiativeScope.Unit, "2021", acceptedAndApplied: null),
            Initiative,
            ConditionOutcome.Unknown,
            InitiativeCitations,
            new[] { "sáng kiến" });
}
