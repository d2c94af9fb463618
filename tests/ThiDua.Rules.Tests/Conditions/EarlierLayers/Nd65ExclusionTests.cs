using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions.EarlierLayers;

/// <summary>
/// LĐTT and CSTT for periods ending 2014-08-20 to 2017-09-30: the exclusions and time-counting rules of Decree
/// 65/2014 Điều 2 and 5, each met and not met, with the document in force for the period cited. The Law's own
/// criteria are in <see cref="LawStandardAcrossLayersTests"/>.
/// </summary>
public sealed class Nd65ExclusionTests
{
    private const string Regime = "vn-2013-nd65";

    private static readonly Cite[] Khoan6 = { new("ND65_2014", 5, 6) };

    /// <summary>A civil servant eligible for LĐTT in 2015 under Decree 65: everything stated, 3 working days absent.</summary>
    private static DossierBuilder CivilServant(string period = "2015") => DossierBuilder.CivilServant(period).WithWorkingDaysAbsent(3);

    [Fact]
    [CoversMetAndNotMet("STD.NEW_RECRUIT_10_MONTHS", Regime)]
    public void NewRecruit_TenMonthsMet_NineNotMet()
    {
        Expect(AwardCodes.AdvancedWorker, CivilServant().RecruitedOn(new DateTime(2015, 3, 1)), "STD.NEW_RECRUIT_10_MONTHS", ConditionOutcome.Met, Khoan6, new[] { "10 tháng" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().RecruitedOn(new DateTime(2015, 3, 2)), "STD.NEW_RECRUIT_10_MONTHS", ConditionOutcome.NotMet, Khoan6, new[] { "9 tháng" });
    }

    [Fact]
    [CoversMetAndNotMet("STD.NO_DISCIPLINE", Regime)]
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
    [CoversMetAndNotMet("STD.LONG_TRAINING_RESULT", Regime)]
    public void LongTraining_GoodResultMet_AverageResultNotMet()
    {
        LeaveRecord Course(StudyResult result) => new() { Kind = LeaveKind.Training, Months = 9, CourseMonths = 18, CompliedWithRules = true, Result = result };
        var cites = new[] { new Cite("ND65_2014", 5, 3) };
        Expect(AwardCodes.AdvancedWorker, CivilServant("2014").WithLeave(Course(StudyResult.Good)), "STD.LONG_TRAINING_RESULT", ConditionOutcome.Met, cites, new[] { "2014" });
        Expect(AwardCodes.AdvancedWorker, CivilServant("2014").WithLeave(Course(StudyResult.Average)), "STD.LONG_TRAINING_RESULT", ConditionOutcome.NotMet, cites, new[] { "khá" });
    }

    [Fact]
    [CoversMetAndNotMet("STD.TRANSFER_PREVIOUS_UNIT_COMMENT", Regime)]
    public void Transfer_CommentOnFileMet_MissingCommentNotMet()
    {
        var cites = new[] { new Cite("ND65_2014", 5, 5) };
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithTransfer(6, true), "STD.TRANSFER_PREVIOUS_UNIT_COMMENT", ConditionOutcome.Met, cites, new[] { "6 tháng" });
        Expect(AwardCodes.AdvancedWorker, CivilServant().WithTransfer(6, false), "STD.TRANSFER_PREVIOUS_UNIT_COMMENT", ConditionOutcome.NotMet, cites, new[] { "6 tháng" });
    }

    [Fact]
    [CoversMetAndNotMet("GEN.AFTER_PREVIOUS_DECISION", Regime)]
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
}
