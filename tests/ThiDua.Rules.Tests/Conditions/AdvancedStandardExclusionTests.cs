using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// The exclusions and time-counting rules of Decree 91/2017 Điều 10 for LĐTT and CSTT: new recruits (khoản 6),
/// discipline (khoản 6), long training (khoản 3) and transfers (khoản 5).
/// </summary>
public sealed class AdvancedStandardExclusionTests
{
    private const string NewRecruit = "STD.NEW_RECRUIT_10_MONTHS";
    private const string NoDiscipline = "STD.NO_DISCIPLINE";
    private const string LongTraining = "STD.LONG_TRAINING_RESULT";
    private const string Transfer = "STD.TRANSFER_PREVIOUS_UNIT_COMMENT";

    private static readonly Cite[] Khoan6 = { new("ND91_2017", 10, 6) };
    private static readonly Cite[] Khoan3 = { new("ND91_2017", 10, 3) };
    private static readonly Cite[] Khoan5 = { new("ND91_2017", 10, 5) };

    [Theory]
    [InlineData(2021, 3, 1, "10 tháng")] // 1 March to 31 December: exactly ten months.
    [InlineData(2021, 1, 1, "12 tháng")]
    [InlineData(2015, 3, 1, "82 tháng")] // whole months from March 2015 to the end of 2021.
    [Covers(NewRecruit, ConditionOutcome.Met)]
    public void NewRecruit_TenMonthsOrMoreByPeriodEnd_Met(int year, int month, int day, string months)
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().RecruitedOn(new DateTime(year, month, day)), NewRecruit, ConditionOutcome.Met, Khoan6, new[] { months, "2021" });
        Assert.Equal(months.Split(' ')[0], condition.Values["monthsSinceRecruitment"]);
    }

    [Theory]
    [InlineData(2021, 4, 1, "9 tháng")]
    [InlineData(2021, 3, 2, "9 tháng")] // one day short of ten months.
    [InlineData(2021, 12, 1, "1 tháng")]
    [Covers(NewRecruit, ConditionOutcome.NotMet)]
    public void NewRecruit_UnderTenMonthsByPeriodEnd_NotMet(int year, int month, int day, string months)
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().RecruitedOn(new DateTime(year, month, day)), NewRecruit, ConditionOutcome.NotMet, Khoan6, new[] { months, "10 tháng" });

    [Fact]
    [Covers(NewRecruit, ConditionOutcome.NotMet)]
    public void NewRecruit_TeacherRecruitedInDecemberOfSchoolYear_NotMet()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant("2021-2022").RecruitedOn(new DateTime(2021, 12, 1)), NewRecruit, ConditionOutcome.NotMet, Khoan6, new[] { "9 tháng", "2021-2022" });

    [Fact]
    [Covers(NewRecruit, ConditionOutcome.Unknown)]
    public void NewRecruit_RecruitmentDateMissing_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().RecruitedOn(null), NewRecruit, ConditionOutcome.Unknown, Khoan6, new[] { "ngày tuyển dụng" });
        Assert.Equal(new[] { "recruitmentDate" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(NoDiscipline, ConditionOutcome.Met)]
    public void NoDiscipline_EmptyList_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), NoDiscipline, ConditionOutcome.Met, Khoan6, new[] { "Không có quyết định kỷ luật", "2021" });

    [Theory]
    [InlineData(2020, 12, 31)]
    [InlineData(2022, 1, 1)]
    [Covers(NoDiscipline, ConditionOutcome.Met)]
    public void NoDiscipline_ReprimandJustOutsidePeriod_Met(int year, int month, int day)
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithDiscipline(new DateTime(year, month, day)), NoDiscipline, ConditionOutcome.Met, Khoan6, new[] { "2021" });

    [Theory]
    [InlineData(2021, 1, 1)]
    [InlineData(2021, 12, 31)]
    [Covers(NoDiscipline, ConditionOutcome.NotMet)]
    public void NoDiscipline_ReprimandInsidePeriod_NotMet(int year, int month, int day)
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithDiscipline(new DateTime(year, month, day)), NoDiscipline, ConditionOutcome.NotMet, Khoan6, new[] { "Có 1 quyết định kỷ luật", "2021" });

    [Fact]
    [Covers(NoDiscipline, ConditionOutcome.NotMet)]
    public void NoDiscipline_TwoDecisionsInPeriod_NotMetWithCount()
        => Expect(
            AwardCodes.AdvancedSoldier,
            DossierBuilder.Soldier().WithDiscipline(new DateTime(2021, 2, 1), DisciplineForm.Warning).WithDiscipline(new DateTime(2021, 8, 1), DisciplineForm.SalaryReduction),
            NoDiscipline,
            ConditionOutcome.NotMet,
            Khoan6,
            new[] { "Có 2 quyết định kỷ luật" });

    [Fact]
    [Covers(NoDiscipline, ConditionOutcome.Unknown)]
    public void NoDiscipline_ListMissing_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithoutDisciplineList(), NoDiscipline, ConditionOutcome.Unknown, Khoan6, new[] { "kỷ luật" });
        Assert.Equal(new[] { "disciplines" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(LongTraining, ConditionOutcome.Met)]
    public void LongTraining_NoTraining_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), LongTraining, ConditionOutcome.Met, Khoan3, new[] { "2021: 0" });

    [Fact]
    [Covers(LongTraining, ConditionOutcome.Met)]
    public void LongTraining_ShortCourseWithoutGrade_Met()
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithLeave(new LeaveRecord { Kind = LeaveKind.Training, Months = 5, CourseMonths = 11, CompliedWithRules = true }),
            LongTraining,
            ConditionOutcome.Met,
            Khoan3,
            new[] { "2021: 0" });

    [Theory]
    [InlineData(StudyResult.Good)]
    [InlineData(StudyResult.VeryGood)]
    [InlineData(StudyResult.Excellent)]
    [Covers(LongTraining, ConditionOutcome.Met)]
    public void LongTraining_YearCourseRulesKeptGoodOrBetter_Met(StudyResult result)
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithLeave(new LeaveRecord { Kind = LeaveKind.Training, Months = 8, CourseMonths = 12, CompliedWithRules = true, Result = result }),
            LongTraining,
            ConditionOutcome.Met,
            Khoan3,
            new[] { "2021: 1" });

    [Theory]
    [InlineData(true, StudyResult.Average)]
    [InlineData(true, StudyResult.Weak)]
    [InlineData(false, StudyResult.Excellent)]
    [Covers(LongTraining, ConditionOutcome.NotMet)]
    public void LongTraining_YearCourseBelowGoodOrRulesBroken_NotMet(bool compliedWithRules, StudyResult result)
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithLeave(new LeaveRecord { Kind = LeaveKind.Training, Months = 12, CourseMonths = 24, CompliedWithRules = compliedWithRules, Result = result }),
            LongTraining,
            ConditionOutcome.NotMet,
            Khoan3,
            new[] { "loại khá", "2021" });

    [Fact]
    [Covers(LongTraining, ConditionOutcome.Unknown)]
    public void LongTraining_YearCourseWithoutResult_Unknown()
    {
        var condition = Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithLeave(new LeaveRecord { Kind = LeaveKind.Training, Months = 6, CourseMonths = 18, CompliedWithRules = true }),
            LongTraining,
            ConditionOutcome.Unknown,
            Khoan3,
            new[] { "đào tạo" });
        Assert.Contains(condition.MissingFacts, f => f.StartsWith("periods[2021].leaves", StringComparison.Ordinal));
    }

    [Fact]
    [Covers(Transfer, ConditionOutcome.Met)]
    public void Transfer_NoTransfer_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), Transfer, ConditionOutcome.Met, Khoan5, new[] { "0 tháng", "2021" });

    [Fact]
    [Covers(Transfer, ConditionOutcome.Met)]
    public void Transfer_FiveMonthsWithoutComment_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithTransfer(5, false), Transfer, ConditionOutcome.Met, Khoan5, new[] { "5 tháng" });

    [Fact]
    [Covers(Transfer, ConditionOutcome.Met)]
    public void Transfer_EightMonthsWithComment_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithTransfer(8, true), Transfer, ConditionOutcome.Met, Khoan5, new[] { "8 tháng" });

    [Theory]
    [InlineData(6)]
    [InlineData(11)]
    [Covers(Transfer, ConditionOutcome.NotMet)]
    public void Transfer_SixMonthsOrMoreWithoutComment_NotMet(int months)
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithTransfer(months, false), Transfer, ConditionOutcome.NotMet, Khoan5, new[] { months + " tháng", "2021" });

    [Fact]
    [Covers(Transfer, ConditionOutcome.Unknown)]
    public void Transfer_SixMonthsCommentNotStated_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithTransfer(6, null), Transfer, ConditionOutcome.Unknown, Khoan5, new[] { "chuyển công tác" });
        Assert.Equal(new[] { "periods[2021].transfer" }, condition.MissingFacts);
    }
}
