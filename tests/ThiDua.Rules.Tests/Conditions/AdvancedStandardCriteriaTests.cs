using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// The judgement criteria of the advanced standard: Law Điều 24 khoản 1 điểm a–d (civil servants, armed forces)
/// and khoản 3 điểm a–b (workers), as replaced by Law 39/2013 Điều 1 khoản 6.
/// </summary>
public sealed class AdvancedStandardCriteriaTests
{
    private const string TasksWell = "STD.K1_TASKS_WELL";
    private const string Policy = "STD.K1_POLICY_SOLIDARITY";
    private const string Study = "STD.K1_ACTIVE_STUDY";
    private const string Ethics = "STD.K1_ETHICS";
    private const string Productive = "STD.K3_PRODUCTIVE_WORK";
    private const string Exemplary = "STD.K3_EXEMPLARY_CONDUCT";

    private static Cite[] K1(string point) => new[] { new Cite("LAW_15_2003", 24, 1, point), new Cite("LAW_39_2013", 1, 6) };

    private static Cite[] K3(string point) => new[] { new Cite("LAW_15_2003", 24, 3, point), new Cite("LAW_39_2013", 1, 6) };

    [Theory]
    [InlineData(TaskRating.CompletedWell, "hoàn thành tốt nhiệm vụ")]
    [InlineData(TaskRating.CompletedExcellently, "hoàn thành xuất sắc nhiệm vụ")]
    [Covers(TasksWell, ConditionOutcome.Met)]
    public void TasksWell_RatedWellOrBetter_Met(TaskRating rating, string label)
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithRating(rating), TasksWell, ConditionOutcome.Met, K1("a"), new[] { "2021", label });

    [Theory]
    [InlineData(TaskRating.Completed, "năm 2021: hoàn thành nhiệm vụ")]
    [InlineData(TaskRating.NotCompleted, "năm 2021: không hoàn thành nhiệm vụ")]
    [Covers(TasksWell, ConditionOutcome.NotMet)]
    public void TasksWell_RatedBelowWell_NotMet(TaskRating rating, string fragment)
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithRating(rating), TasksWell, ConditionOutcome.NotMet, K1("a"), new[] { fragment });

    [Fact]
    [Covers(TasksWell, ConditionOutcome.NotMet)]
    public void TasksWell_SoldierRatedCompletedForCstt_NotMet()
        => Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Soldier().WithRating(TaskRating.Completed), TasksWell, ConditionOutcome.NotMet, K1("a"), new[] { "hoàn thành nhiệm vụ" });

    [Fact]
    [Covers(TasksWell, ConditionOutcome.Unknown)]
    public void TasksWell_RatingMissing_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithRating(null), TasksWell, ConditionOutcome.Unknown, K1("a"), new[] { "xếp loại" });
        Assert.Equal(new[] { "periods[2021].taskRating" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(Policy, ConditionOutcome.Met)]
    public void PolicySolidarity_Attested_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), Policy, ConditionOutcome.Met, K1("b"), new[] { "xác nhận", "2021" });

    [Fact]
    [Covers(Policy, ConditionOutcome.NotMet)]
    public void PolicySolidarity_NotAttested_NotMet()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithAttestations(a => a with { PolicyComplianceAndSolidarity = false }), Policy, ConditionOutcome.NotMet, K1("b"), new[] { "không xác nhận", "2021" });

    [Fact]
    [Covers(Study, ConditionOutcome.Met)]
    public void ActiveStudy_Attested_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), Study, ConditionOutcome.Met, K1("c"), new[] { "học tập", "2021" });

    [Fact]
    [Covers(Study, ConditionOutcome.NotMet)]
    public void ActiveStudy_NotAttested_NotMet()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithAttestations(a => a with { ActiveStudy = false }), Study, ConditionOutcome.NotMet, K1("c"), new[] { "không xác nhận", "2021" });

    [Fact]
    [Covers(Study, ConditionOutcome.Unknown)]
    public void ActiveStudy_FindingMissing_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithAttestations(a => a with { ActiveStudy = null }), Study, ConditionOutcome.Unknown, K1("c"), new[] { "học tập" });
        Assert.Equal(new[] { "periods[2021].attestations.activeStudy" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(Ethics, ConditionOutcome.Met)]
    public void Ethics_Attested_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), Ethics, ConditionOutcome.Met, K1("d"), new[] { "đạo đức", "2021" });

    [Fact]
    [Covers(Ethics, ConditionOutcome.NotMet)]
    public void Ethics_NotAttested_NotMet()
        => Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Soldier().WithAttestations(a => a with { EthicsAndLifestyle = false }), Ethics, ConditionOutcome.NotMet, K1("d"), new[] { "không xác nhận", "2021" });

    [Fact]
    [Covers(Productive, ConditionOutcome.Met)]
    public void ProductiveWork_WorkerAttested_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.Worker(), Productive, ConditionOutcome.Met, K3("a"), new[] { "năng suất", "2021" });

    [Fact]
    [Covers(Productive, ConditionOutcome.NotMet)]
    public void ProductiveWork_WorkerNotAttested_NotMet()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.Worker().WithAttestations(a => a with { ProductiveWorkAndEmulation = false }), Productive, ConditionOutcome.NotMet, K3("a"), new[] { "không xác nhận", "2021" });

    [Fact]
    [Covers(Exemplary, ConditionOutcome.Met)]
    public void ExemplaryConduct_WorkerAttested_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.Worker(), Exemplary, ConditionOutcome.Met, K3("b"), new[] { "gương mẫu", "2021" });

    [Fact]
    [Covers(Exemplary, ConditionOutcome.NotMet)]
    public void ExemplaryConduct_WorkerNotAttested_NotMet()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.Worker().WithAttestations(a => a with { ExemplaryConduct = false }), Exemplary, ConditionOutcome.NotMet, K3("b"), new[] { "không xác nhận", "2021" });

    [Fact]
    public void Criteria_Worker_AreTheKhoan3OnesOnly()
    {
        var ids = Check(AwardCodes.AdvancedWorker, DossierBuilder.Worker()).Conditions.Select(c => c.ConditionId).ToList();
        Assert.Contains(Productive, ids);
        Assert.Contains(Exemplary, ids);
        Assert.DoesNotContain(TasksWell, ids);
        Assert.DoesNotContain(Policy, ids);
        Assert.DoesNotContain(Study, ids);
        Assert.DoesNotContain(Ethics, ids);
    }

    [Fact]
    public void Criteria_CivilServant_AreTheKhoan1OnesOnly()
    {
        var ids = Check(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant()).Conditions.Select(c => c.ConditionId).ToList();
        Assert.Contains(TasksWell, ids);
        Assert.Contains(Ethics, ids);
        Assert.DoesNotContain(Productive, ids);
        Assert.DoesNotContain(Exemplary, ids);
    }
}
