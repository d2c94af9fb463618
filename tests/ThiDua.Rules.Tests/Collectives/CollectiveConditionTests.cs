using ThiDua.Rules.Tests.Conditions;
using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>The collective conditions decided from the collective's rating, its kind and its members' figures.</summary>
public sealed class CollectiveConditionTests
{
    private static readonly Cite[] Art28K1A = { new(CollectiveCites.Law, 28, 1, "a"), new(CollectiveCites.Law, 28, 2) };
    private static readonly Cite[] Art28K1C = { new(CollectiveCites.Law, 28, 1, "c") };
    private static readonly Cite[] Art28K2 = { new(CollectiveCites.Law, 28, 2) };
    private static readonly Cite[] Art27K1A = { new(CollectiveCites.Law, 27, 1, "a"), new(CollectiveCites.Law, 27, 2) };
    private static readonly Cite[] Art27K1C = { new(CollectiveCites.Law, 27, 1, "c") };
    private static readonly Cite[] Art27K1D = { new(CollectiveCites.Law, 27, 1, "d"), new(CollectiveCites.Law, 27, 2) };
    private static readonly Cite[] Art27K2 = { new(CollectiveCites.Law, 27, 2) };

    [Fact]
    [Covers("COL_ADV.TASKS_WELL", Met)]
    public void TasksWell_RatedCompletedWell_Met()
        => ConditionCheck.ExpectCollective("TTLDTT", CollectiveBuilder.Civilian().WithRating(TaskRating.CompletedWell), "COL_ADV.TASKS_WELL", Met, Art28K1A, new[] { "hoàn thành tốt nhiệm vụ" });

    [Fact]
    [Covers("COL_ADV.TASKS_WELL", NotMet)]
    public void TasksWell_RatedCompleted_NotMet()
        => ConditionCheck.ExpectCollective("TTLDTT", CollectiveBuilder.Civilian().WithRating(TaskRating.Completed), "COL_ADV.TASKS_WELL", NotMet, Art28K1A, new[] { "cần hoàn thành tốt" });

    [Fact]
    public void TasksWell_NoRating_Unknown()
        => Assert.Equal(Unknown, ConditionCheck.Find(CollectiveBuilder.Civilian().WithRating(null).Check("TTLDTT"), "COL_ADV.TASKS_WELL").Outcome);

    [Fact]
    [Covers("COL_EXC.TASKS_EXCELLENT", Met)]
    public void TasksExcellent_RatedExcellent_Met()
        => ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian(), "COL_EXC.TASKS_EXCELLENT", Met, Art27K1A, new[] { "hoàn thành xuất sắc" });

    [Fact]
    [Covers("COL_EXC.TASKS_EXCELLENT", NotMet)]
    public void TasksExcellent_RatedWell_NotMet()
        => ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian().WithRating(TaskRating.CompletedWell), "COL_EXC.TASKS_EXCELLENT", NotMet, Art27K1A, new[] { "cần hoàn thành xuất sắc" });

    [Fact]
    [Covers("TTLDTT.SUBJECT_GROUP", Met)]
    [Covers("TTLDXS.SUBJECT_GROUP", Met)]
    public void SubjectGroup_CivilianForCivilianTitles_Met()
    {
        ConditionCheck.ExpectCollective("TTLDTT", CollectiveBuilder.Civilian(), "TTLDTT.SUBJECT_GROUP", Met, new Cite[] { new(CollectiveCites.Law, 28, 1) }, new[] { "tập thể dân sự" });
        ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian(), "TTLDXS.SUBJECT_GROUP", Met, new Cite[] { new(CollectiveCites.Law, 27, 1) }, new[] { "tập thể dân sự" });
    }

    [Fact]
    [Covers("TTLDTT.SUBJECT_GROUP", NotMet)]
    [Covers("TTLDXS.SUBJECT_GROUP", NotMet)]
    public void SubjectGroup_ArmedForcesForCivilianTitles_NotMet()
    {
        ConditionCheck.ExpectCollective("TTLDTT", CollectiveBuilder.ArmedForces(), "TTLDTT.SUBJECT_GROUP", NotMet, new Cite[] { new(CollectiveCites.Law, 28, 1) }, new[] { "Đơn vị tiên tiến" });
        ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.ArmedForces(), "TTLDXS.SUBJECT_GROUP", NotMet, new Cite[] { new(CollectiveCites.Law, 27, 1) }, new[] { "Đơn vị quyết thắng" });
    }

    [Fact]
    [Covers("DVTT.SUBJECT_GROUP", Met)]
    [Covers("DVQT.SUBJECT_GROUP", Met)]
    public void SubjectGroup_ArmedForcesForUnitTitles_Met()
    {
        ConditionCheck.ExpectCollective("DVTT", CollectiveBuilder.ArmedForces(), "DVTT.SUBJECT_GROUP", Met, Art28K2, new[] { "lực lượng vũ trang" });
        ConditionCheck.ExpectCollective("DVQT", CollectiveBuilder.ArmedForces(), "DVQT.SUBJECT_GROUP", Met, Art27K2, new[] { "lực lượng vũ trang" });
    }

    [Fact]
    [Covers("DVTT.SUBJECT_GROUP", NotMet)]
    [Covers("DVQT.SUBJECT_GROUP", NotMet)]
    public void SubjectGroup_CivilianForUnitTitles_NotMet()
    {
        ConditionCheck.ExpectCollective("DVTT", CollectiveBuilder.Civilian(), "DVTT.SUBJECT_GROUP", NotMet, Art28K2, new[] { "Tập thể lao động tiên tiến" });
        ConditionCheck.ExpectCollective("DVQT", CollectiveBuilder.Civilian(), "DVQT.SUBJECT_GROUP", NotMet, Art27K2, new[] { "Tập thể lao động xuất sắc" });
    }

    [Fact]
    public void SubjectGroup_KindNotStated_Unknown()
        => Assert.Equal(Unknown, ConditionCheck.Find(CollectiveBuilder.Civilian().WithKind(null).Check("TTLDTT"), "TTLDTT.SUBJECT_GROUP").Outcome);

    [Fact]
    [Covers("TTLDTT.MEMBERS_ADVANCED", Met)]
    public void MoreThanHalf_6Of10_Met()
        => ConditionCheck.ExpectCollective("TTLDTT", CollectiveBuilder.Civilian().WithCounts(10, 10, 6, 1, 0), "TTLDTT.MEMBERS_ADVANCED", Met, Art28K1C, new[] { "6/10 thành viên (60%)", "số liệu đơn vị cung cấp", "trên 50%" });

    [Fact]
    [Covers("TTLDTT.MEMBERS_ADVANCED", NotMet)]
    public void MoreThanHalf_Exactly5Of10_NotMetBecauseStrictlyMore()
        => ConditionCheck.ExpectCollective("TTLDTT", CollectiveBuilder.Civilian().WithCounts(10, 10, 5, 1, 0), "TTLDTT.MEMBERS_ADVANCED", NotMet, Art28K1C, new[] { "Chỉ 5/10 thành viên (50%)", "trên 50%" });

    [Fact]
    [Covers("DVTT.MEMBERS_ADVANCED", Met)]
    public void UnitMoreThanHalf_6Of11_Met()
        => ConditionCheck.ExpectCollective("DVTT", CollectiveBuilder.ArmedForces().WithCounts(11, 11, 6, 0, 0), "DVTT.MEMBERS_ADVANCED", Met, Art28K2, new[] { "6/11 thành viên (54,5%)", "Chiến sĩ tiên tiến" });

    [Fact]
    [Covers("DVTT.MEMBERS_ADVANCED", NotMet)]
    public void UnitMoreThanHalf_5Of11_NotMet()
        => ConditionCheck.ExpectCollective("DVTT", CollectiveBuilder.ArmedForces().WithCounts(11, 11, 5, 0, 0), "DVTT.MEMBERS_ADVANCED", NotMet, Art28K2, new[] { "5/11 thành viên (45,5%)" });

    [Fact]
    [Covers("TTLDXS.MEMBERS_ADVANCED", Met)]
    public void AtLeast70_Exactly7Of10_Met()
        => ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian().WithCounts(10, 10, 7, 1, 0), "TTLDXS.MEMBERS_ADVANCED", Met, Art27K1C, new[] { "7/10 thành viên (70%)", "ít nhất 70%" });

    [Fact]
    [Covers("TTLDXS.MEMBERS_ADVANCED", NotMet)]
    public void AtLeast70_6Of10_NotMet()
        => ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian().WithCounts(10, 10, 6, 1, 0), "TTLDXS.MEMBERS_ADVANCED", NotMet, Art27K1C, new[] { "Chỉ 6/10 thành viên (60%)" });

    [Fact]
    public void AtLeast70_13Of19_NotMetNoRoundingUp()
        => Assert.Equal(NotMet, ConditionCheck.Find(CollectiveBuilder.Civilian().WithCounts(19, 19, 13, 1, 0).Check("TTLDXS"), "TTLDXS.MEMBERS_ADVANCED").Outcome);

    [Fact]
    [Covers("DVQT.MEMBERS_ADVANCED", Met)]
    public void UnitAtLeast70_7Of10_Met()
        => ConditionCheck.ExpectCollective("DVQT", CollectiveBuilder.ArmedForces().WithCounts(10, 10, 7, 1, 0), "DVQT.MEMBERS_ADVANCED", Met, Art27K2, new[] { "7/10 thành viên (70%)", "Chiến sĩ tiên tiến" });

    [Fact]
    [Covers("DVQT.MEMBERS_ADVANCED", NotMet)]
    public void UnitAtLeast70_6Of10_NotMet()
        => ConditionCheck.ExpectCollective("DVQT", CollectiveBuilder.ArmedForces().WithCounts(10, 10, 6, 1, 0), "DVQT.MEMBERS_ADVANCED", NotMet, Art27K2, new[] { "6/10" });

    [Fact]
    [Covers("TTLDXS.MEMBERS_COMPLETED", Met)]
    [Covers("DVQT.MEMBERS_COMPLETED", Met)]
    public void EveryMemberCompleted_10Of10_Met()
    {
        ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian(), "TTLDXS.MEMBERS_COMPLETED", Met, Art27K1C, new[] { "10/10 thành viên (100%)" });
        ConditionCheck.ExpectCollective("DVQT", CollectiveBuilder.ArmedForces(), "DVQT.MEMBERS_COMPLETED", Met, Art27K2, new[] { "10/10" });
    }

    [Fact]
    [Covers("TTLDXS.MEMBERS_COMPLETED", NotMet)]
    [Covers("DVQT.MEMBERS_COMPLETED", NotMet)]
    public void EveryMemberCompleted_9Of10_NotMet()
    {
        ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian().WithCounts(10, 9, 8, 1, 0), "TTLDXS.MEMBERS_COMPLETED", NotMet, Art27K1C, new[] { "Chỉ 9/10 thành viên (90%)", "cần 100%" });
        ConditionCheck.ExpectCollective("DVQT", CollectiveBuilder.ArmedForces().WithCounts(10, 9, 8, 1, 0), "DVQT.MEMBERS_COMPLETED", NotMet, Art27K2, new[] { "9/10" });
    }

    [Fact]
    [Covers("COL_EXC.GRASSROOTS_FIGHTER", Met)]
    public void GrassrootsFighter_One_Met()
        => ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian(), "COL_EXC.GRASSROOTS_FIGHTER", Met, Art27K1D, new[] { "1 thành viên đạt Chiến sĩ thi đua cơ sở" });

    [Fact]
    [Covers("COL_EXC.GRASSROOTS_FIGHTER", NotMet)]
    public void GrassrootsFighter_None_NotMet()
        => ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian().WithCounts(10, 10, 8, 0, 0), "COL_EXC.GRASSROOTS_FIGHTER", NotMet, Art27K1D, new[] { "Không thành viên nào đạt Chiến sĩ thi đua cơ sở" });

    [Fact]
    [Covers("COL_EXC.NO_WARNING_DISCIPLINE", Met)]
    [Covers("TTLDTT.NO_WARNING_DISCIPLINE", Met)]
    public void NoWarning_NoneDisciplined_Met()
    {
        ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian(), "COL_EXC.NO_WARNING_DISCIPLINE", Met, Art27K1D, new[] { "Không thành viên nào bị kỷ luật" });
        ConditionCheck.ExpectCollective("TTLDTT", CollectiveBuilder.Civilian(), "TTLDTT.NO_WARNING_DISCIPLINE", Met, Art28K1C, new[] { "Không thành viên nào bị kỷ luật" });
    }

    [Fact]
    [Covers("COL_EXC.NO_WARNING_DISCIPLINE", NotMet)]
    [Covers("TTLDTT.NO_WARNING_DISCIPLINE", NotMet)]
    public void NoWarning_OneDisciplined_NotMet()
    {
        ConditionCheck.ExpectCollective("TTLDXS", CollectiveBuilder.Civilian().WithCounts(10, 10, 8, 1, 1), "COL_EXC.NO_WARNING_DISCIPLINE", NotMet, Art27K1D, new[] { "1 thành viên bị kỷ luật từ cảnh cáo" });
        ConditionCheck.ExpectCollective("TTLDTT", CollectiveBuilder.Civilian().WithCounts(10, 10, 8, 1, 1), "TTLDTT.NO_WARNING_DISCIPLINE", NotMet, Art28K1C, new[] { "1 thành viên" });
    }

    [Fact]
    public void MemberCounts_Absent_RatiosUnknownWithTheFieldsToCollect()
    {
        var result = CollectiveBuilder.Civilian().WithoutMembers().Check("TTLDXS");
        foreach (var id in new[] { "TTLDXS.MEMBERS_ADVANCED", "TTLDXS.MEMBERS_COMPLETED", "COL_EXC.GRASSROOTS_FIGHTER", "COL_EXC.NO_WARNING_DISCIPLINE" })
        {
            var condition = ConditionCheck.Find(result, id);
            Assert.Equal(Unknown, condition.Outcome);
            Assert.Contains(condition.MissingFacts, f => f.Contains("members", StringComparison.Ordinal));
        }

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
    }

    [Fact]
    public void MemberCounts_OnePartMissing_OnlyItsConditionUnknown()
    {
        var result = CollectiveBuilder.Civilian().WithCounts(10, 10, null, 1, 0).Check("TTLDXS");
        Assert.Equal(Unknown, ConditionCheck.Find(result, "TTLDXS.MEMBERS_ADVANCED").Outcome);
        Assert.Equal(Met, ConditionCheck.Find(result, "TTLDXS.MEMBERS_COMPLETED").Outcome);
    }

    [Fact]
    public void DvttHasNoDisciplineCondition_LawArticle28Clause2()
        => Assert.DoesNotContain(CollectiveBuilder.ArmedForces().Check("DVTT").Conditions, c => c.ConditionId.Contains("WARNING", StringComparison.Ordinal));
}
