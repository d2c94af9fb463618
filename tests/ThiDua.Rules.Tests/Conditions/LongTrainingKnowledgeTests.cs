using Xunit;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// A long course decides STD.LONG_TRAINING_RESULT as soon as one of its two requirements is known to fail
/// (Decree 91/2017 Điều 10 khoản 3 needs both); only when neither is known to fail do missing fields make it Unknown.
/// </summary>
public sealed class LongTrainingKnowledgeTests
{
    private const string Rule = "STD.LONG_TRAINING_RESULT";

    [Fact]
    public void Check_LongCourseRulesBrokenResultMissing_NotMet()
        => Assert.Equal(ConditionOutcome.NotMet, OutcomeFor(new LeaveRecord { Kind = LeaveKind.Training, Months = 12, CourseMonths = 12, CompliedWithRules = false }));

    [Fact]
    public void Check_LongCourseAverageResultComplianceMissing_NotMet()
        => Assert.Equal(ConditionOutcome.NotMet, OutcomeFor(new LeaveRecord { Kind = LeaveKind.Training, Months = 12, CourseMonths = 24, Result = StudyResult.Average }));

    [Fact]
    public void Check_LongCourseRulesKeptResultMissing_Unknown()
        => Assert.Equal(ConditionOutcome.Unknown, OutcomeFor(new LeaveRecord { Kind = LeaveKind.Training, Months = 12, CourseMonths = 12, CompliedWithRules = true }));

    [Fact]
    public void Check_TrainingLengthMissing_Unknown()
        => Assert.Equal(ConditionOutcome.Unknown, OutcomeFor(new LeaveRecord { Kind = LeaveKind.Training, Months = 3, CompliedWithRules = true, Result = StudyResult.Good }));

    private static ConditionOutcome OutcomeFor(LeaveRecord leave)
    {
        var dossier = DossierBuilder.CivilServant().WithLeave(leave).Build();
        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, AssessmentPeriod.CalendarYear(2021)));
        return Assert.Single(result.Conditions, c => c.ConditionId == Rule).Outcome;
    }
}
