using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions.Nd65;

/// <summary>
/// LĐTT and CSTT for periods ending 2014-08-20 to 2017-09-30: the Law's criteria (Điều 24 as amended by Law
/// 39/2013) and the exclusions and time-counting rules of Decree 65/2014 Điều 5, each met and not met, with the
/// document in force for the period cited.
/// </summary>
public sealed class Nd65AdvancedStandardTests
{
    private const string Regime = "vn-2013-nd65";

    private static readonly Cite[] Khoan6 = { new("ND65_2014", 5, 6) };

    /// <summary>A civil servant eligible for LĐTT in 2015 under Decree 65: everything stated, 3 working days absent.</summary>
    private static DossierBuilder CivilServant(string period = "2015") => DossierBuilder.CivilServant(period).WithWorkingDaysAbsent(3);

    private static Cite[] LawPoint(int clause, string point) => new[] { new Cite("LAW_15_2003", 24, clause, point), new Cite("LAW_39_2013", 1, 6) };

    [Fact]
    [Covers("LDTT.SUBJECT_GROUP", ConditionOutcome.Met, Regime = Regime)]
    [Covers("LDTT.SUBJECT_GROUP", ConditionOutcome.NotMet, Regime = Regime)]
    public void SubjectGroup_CivilServantMet_SoldierNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 24, 1), new Cite("LAW_15_2003", 24, 3), new Cite("LAW_39_2013", 1, 6) };
        Expect(AwardCodes.AdvancedWorker, CivilServant(), "LDTT.SUBJECT_GROUP", ConditionOutcome.Met, cites, new[] { "Đối tượng" });
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.Soldier("2015").WithWorkingDaysAbsent(0), "LDTT.SUBJECT_GROUP", ConditionOutcome.NotMet, cites, new[] { "Chiến sĩ tiên tiến" });
    }

    [Fact]
    [Covers("CSTT.SUBJECT_GROUP", ConditionOutcome.Met, Regime = Regime)]
    [Covers("CSTT.SUBJECT_GROUP", ConditionOutcome.NotMet, Regime = Regime)]
    public void CsttSubjectGroup_SoldierMet_CivilServantNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 24, 2), new Cite("LAW_39_2013", 1, 6) };
        Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Soldier("2016").WithWorkingDaysAbsent(0), "CSTT.SUBJECT_GROUP", ConditionOutcome.Met, cites, new[] { "Đối tượng" });
        Expect(AwardCodes.AdvancedSoldier, CivilServant("2016"), "CSTT.SUBJECT_GROUP", ConditionOutcome.NotMet, cites, new[] { "Lao động tiên tiến" });
    }

    [Fact]
    [Covers("STD.K1_TASKS_WELL", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K1_TASKS_WELL", ConditionOutcome.NotMet, Regime = Regime)]
    public void TasksWell_WellMet_OnlyCompletedNotMet()
    {
        Expect(AwardCodes.AdvancedWorker, CivilServant(), "STD.K1_TASKS_WELL", ConditionOutcome.Met, LawPoint(1, "a"), new[] { "2015" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithRating(TaskRating.Completed), "STD.K1_TASKS_WELL", ConditionOutcome.NotMet, LawPoint(1, "a"), new[] { "hoàn thành tốt" });
    }

    [Fact]
    [Covers("STD.K1_POLICY_SOLIDARITY", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K1_POLICY_SOLIDARITY", ConditionOutcome.NotMet, Regime = Regime)]
    public void PolicySolidarity_AttestedMet_WithheldNotMet()
    {
        Expect(AwardCodes.AdvancedWorker, CivilServant(), "STD.K1_POLICY_SOLIDARITY", ConditionOutcome.Met, LawPoint(1, "b"), new[] { "2015" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithAttestations(a => a with { PolicyComplianceAndSolidarity = false }), "STD.K1_POLICY_SOLIDARITY", ConditionOutcome.NotMet, LawPoint(1, "b"), new[] { "không xác nhận" });
    }

    [Fact]
    [Covers("STD.K1_ACTIVE_STUDY", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K1_ACTIVE_STUDY", ConditionOutcome.NotMet, Regime = Regime)]
    public void ActiveStudy_AttestedMet_WithheldNotMet()
    {
        Expect(AwardCodes.AdvancedWorker, CivilServant(), "STD.K1_ACTIVE_STUDY", ConditionOutcome.Met, LawPoint(1, "c"), new[] { "2015" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithAttestations(a => a with { ActiveStudy = false }), "STD.K1_ACTIVE_STUDY", ConditionOutcome.NotMet, LawPoint(1, "c"), new[] { "không xác nhận" });
    }

    [Fact]
    [Covers("STD.K1_ETHICS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K1_ETHICS", ConditionOutcome.NotMet, Regime = Regime)]
    public void Ethics_AttestedMet_WithheldNotMet()
    {
        Expect(AwardCodes.AdvancedWorker, CivilServant(), "STD.K1_ETHICS", ConditionOutcome.Met, LawPoint(1, "d"), new[] { "2015" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithAttestations(a => a with { EthicsAndLifestyle = false }), "STD.K1_ETHICS", ConditionOutcome.NotMet, LawPoint(1, "d"), new[] { "không xác nhận" });
    }

    [Fact]
    [Covers("STD.K3_PRODUCTIVE_WORK", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K3_PRODUCTIVE_WORK", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("STD.K3_EXEMPLARY_CONDUCT", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K3_EXEMPLARY_CONDUCT", ConditionOutcome.NotMet, Regime = Regime)]
    public void WorkerCriteria_AttestedMet_WithheldNotMet()
    {
        var worker = DossierBuilder.Worker("2016").WithWorkingDaysAbsent(0);
        Expect(AwardCodes.AdvancedWorker, worker, "STD.K3_PRODUCTIVE_WORK", ConditionOutcome.Met, LawPoint(3, "a"), new[] { "2016" });
        Expect(AwardCodes.AdvancedWorker, worker, "STD.K3_EXEMPLARY_CONDUCT", ConditionOutcome.Met, LawPoint(3, "b"), new[] { "2016" });
        var withheld = DossierBuilder.Worker("2016").WithWorkingDaysAbsent(0).WithAttestations(a => a with { ProductiveWorkAndEmulation = false, ExemplaryConduct = false });
        Expect(AwardCodes.AdvancedWorker, withheld, "STD.K3_PRODUCTIVE_WORK", ConditionOutcome.NotMet, LawPoint(3, "a"), new[] { "không xác nhận" });
        Expect(AwardCodes.AdvancedWorker, withheld, "STD.K3_EXEMPLARY_CONDUCT", ConditionOutcome.NotMet, LawPoint(3, "b"), new[] { "không xác nhận" });
    }

    [Fact]
    [Covers("STD.NEW_RECRUIT_10_MONTHS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.NEW_RECRUIT_10_MONTHS", ConditionOutcome.NotMet, Regime = Regime)]
    public void NewRecruit_TenMonthsMet_NineNotMet()
    {
        Expect(AwardCodes.AdvancedWorker, CivilServant().RecruitedOn(new DateTime(2015, 3, 1)), "STD.NEW_RECRUIT_10_MONTHS", ConditionOutcome.Met, Khoan6, new[] { "10 tháng" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().RecruitedOn(new DateTime(2015, 3, 2)), "STD.NEW_RECRUIT_10_MONTHS", ConditionOutcome.NotMet, Khoan6, new[] { "9 tháng" });
    }

    [Fact]
    [Covers("STD.NO_DISCIPLINE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.NO_DISCIPLINE", ConditionOutcome.NotMet, Regime = Regime)]
    public void NoDiscipline_NoneMet_ReprimandInPeriodNotMet()
    {
        Expect(AwardCodes.AdvancedWorker, CivilServant(), "STD.NO_DISCIPLINE", ConditionOutcome.Met, Khoan6, new[] { "2015" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithDiscipline(new DateTime(2015, 6, 1)), "STD.NO_DISCIPLINE", ConditionOutcome.NotMet, Khoan6, new[] { "khiển trách" });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(39)]
    [Covers("STD.ABSENCE_40_WORKING_DAYS", ConditionOutcome.Met, Regime = Regime)]
    public void Absence_UnderFortyWorkingDays_Met(int days)
    {
        var condition = Expect(AwardCodes.AdvancedWorker, CivilServant().WithWorkingDaysAbsent(days), "STD.ABSENCE_40_WORKING_DAYS", ConditionOutcome.Met, Khoan6, new[] { $"Nghỉ {days} ngày" });
        Assert.Equal("40", condition.Values["maxDaysExclusive"]);
    }

    [Theory]
    [InlineData("2015", 40)]
    [InlineData("2016", 120)]
    [InlineData("2013-2014", 40)]     // ends 2014-08-31: Decree 65 in force from 2014-08-20
    [InlineData("2016-2017@10", 41)]  // ends 2017-09-30: its last day
    [Covers("STD.ABSENCE_40_WORKING_DAYS", ConditionOutcome.NotMet, Regime = Regime)]
    public void Absence_FortyWorkingDaysOrMore_NotMet(string period, int days)
        => Expect(AwardCodes.AdvancedWorker, CivilServant(period).WithWorkingDaysAbsent(days), "STD.ABSENCE_40_WORKING_DAYS", ConditionOutcome.NotMet, Khoan6, new[] { $"Nghỉ {days} ngày", "không xét tặng" });

    [Fact]
    [Covers("STD.ABSENCE_40_WORKING_DAYS", ConditionOutcome.Unknown, Regime = Regime)]
    public void Absence_NotStated_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, CivilServant().WithWorkingDaysAbsent(null), "STD.ABSENCE_40_WORKING_DAYS", ConditionOutcome.Unknown, Khoan6, new[] { "số ngày làm việc nghỉ" });
        Assert.Equal(new[] { "periods[2015].workingDaysAbsent" }, condition.MissingFacts);
    }

    [Fact]
    public void Absence_UnderDecree91_IsNoCondition()
    {
        // The same absence a day after Decree 65's last period is not a condition: Decree 91/2017 dropped it.
        var result = Check(AwardCodes.AdvancedWorker, CivilServant("2016-2017@11").WithWorkingDaysAbsent(120));

        Assert.Equal("vn-2013", result.RegimeId);
        Assert.DoesNotContain(result.Conditions, c => c.ConditionId == "STD.ABSENCE_40_WORKING_DAYS");
        Assert.Equal(Verdict.Eligible, result.Verdict);
    }

    [Fact]
    [Covers("STD.LONG_TRAINING_RESULT", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.LONG_TRAINING_RESULT", ConditionOutcome.NotMet, Regime = Regime)]
    public void LongTraining_GoodResultMet_AverageResultNotMet()
    {
        LeaveRecord Course(StudyResult result) => new() { Kind = LeaveKind.Training, Months = 9, CourseMonths = 18, CompliedWithRules = true, Result = result };
        var cites = new[] { new Cite("ND65_2014", 5, 3) };
        Expect(AwardCodes.AdvancedWorker, CivilServant("2014").WithLeave(Course(StudyResult.Good)), "STD.LONG_TRAINING_RESULT", ConditionOutcome.Met, cites, new[] { "2014" });
        Expect(AwardCodes.AdvancedWorker, CivilServant("2014").WithLeave(Course(StudyResult.Average)), "STD.LONG_TRAINING_RESULT", ConditionOutcome.NotMet, cites, new[] { "khá" });
    }

    [Fact]
    [Covers("STD.TRANSFER_PREVIOUS_UNIT_COMMENT", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.TRANSFER_PREVIOUS_UNIT_COMMENT", ConditionOutcome.NotMet, Regime = Regime)]
    public void Transfer_CommentOnFileMet_MissingCommentNotMet()
    {
        var cites = new[] { new Cite("ND65_2014", 5, 5) };
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithTransfer(6, true), "STD.TRANSFER_PREVIOUS_UNIT_COMMENT", ConditionOutcome.Met, cites, new[] { "6 tháng" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithTransfer(6, false), "STD.TRANSFER_PREVIOUS_UNIT_COMMENT", ConditionOutcome.NotMet, cites, new[] { "6 tháng" });
    }

    [Fact]
    [Covers("GEN.AFTER_PREVIOUS_DECISION", ConditionOutcome.Met, Regime = Regime)]
    [Covers("GEN.AFTER_PREVIOUS_DECISION", ConditionOutcome.NotMet, Regime = Regime)]
    public void AfterPreviousDecision_DecidedWithinPeriodMet_DecidedAfterPeriodNotMet()
    {
        var cites = new[] { new Cite("ND65_2014", 2, 4) };

        // LĐTT 2014 decided on 20/01/2015: 2015 ends after it. Decided on 10/01/2016: nothing in 2015 comes after it.
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithAward(AwardCodes.AdvancedWorker, "2014", new DateTime(2015, 1, 20)), "GEN.AFTER_PREVIOUS_DECISION", ConditionOutcome.Met, cites, new[] { "kết thúc sau ngày quyết định" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithAward(AwardCodes.AdvancedWorker, "2014", new DateTime(2016, 1, 10)), "GEN.AFTER_PREVIOUS_DECISION", ConditionOutcome.NotMet, cites, new[] { "từ khi có quyết định lần trước" });
    }

    [Fact]
    [Covers("GEN.AFTER_PREVIOUS_DECISION", ConditionOutcome.Unknown, Regime = Regime)]
    public void AfterPreviousDecision_DecisionDateMissing_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, CivilServant().WithAward(AwardCodes.AdvancedWorker, "2014"), "GEN.AFTER_PREVIOUS_DECISION", ConditionOutcome.Unknown, new[] { new Cite("ND65_2014", 2, 4) }, new[] { "ngày quyết định" });
        Assert.Equal(new[] { "awardHistory[].decisionDate" }, condition.MissingFacts);
    }

    [Fact]
    [Covers("GEN.NOT_ALREADY_AWARDED", ConditionOutcome.Met, Regime = Regime)]
    [Covers("GEN.NOT_ALREADY_AWARDED", ConditionOutcome.NotMet, Regime = Regime)]
    public void NotAlreadyAwarded_NoDecisionMet_DecisionForPeriodNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 20, 4) };
        Expect(AwardCodes.AdvancedWorker, CivilServant(), "GEN.NOT_ALREADY_AWARDED", ConditionOutcome.Met, cites, new[] { "2015" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithAward(AwardCodes.AdvancedWorker, "2015", new DateTime(2016, 1, 15)), "GEN.NOT_ALREADY_AWARDED", ConditionOutcome.NotMet, cites, new[] { "2015" });
    }
}
