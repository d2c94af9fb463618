using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

public sealed class ExpressionProblemTests
{
    private const string AdvancedStandard = "vn-2013/shared/advanced-standard.json";
    private const string Cstt = "vn-2013/awards/CSTT.json";

    [Fact]
    public void CreateChecker_UnknownFactInNeeds_ReportsTheFact()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Cstt, "CSTT.SUBJECT_GROUP", rule => rule["needs"] = new JsonArray("category", "shoeSize"));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstt, "CSTT.SUBJECT_GROUP", "unknown fact 'shoeSize'");
    }

    [Fact]
    public void CreateChecker_ExpressionWithMisspeltProperty_ReportsThatItDoesNotCompile()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Cstt, "CSTT.SUBJECT_GROUP", rule => rule["expression"] = "f.Categroy == PersonnelCategory.ArmedForces");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstt, "CSTT.SUBJECT_GROUP", "does not compile", "Categroy");
    }

    [Fact]
    public void CreateChecker_ExpressionReadingFactNotInNeeds_ReportsTheFact()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NO_DISCIPLINE", rule => rule["expression"] = "f.DisciplinesInPeriod == 0 && f.PendingProceedings == 0");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NO_DISCIPLINE", "'pendingProceedings'", "'needs' does not declare it");
    }

    [Theory]
    [InlineData("f.MonthsSinceRecruitment.CompareTo($minMonths) >= 0")]
    [InlineData("f.GetType() != null && f.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("f.GetType().Name == \"RuleFacts\" && f.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\") || f.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("File.Exists(\"/etc/passwd\") || f.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("Environment.Exit(1) == null || f.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("f.MonthsSinceRecruitment >= $minMonths && \"x\".Length == 1")]
    public void CreateChecker_ExpressionOutsideAllowList_IsRejected(string expression)
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NEW_RECRUIT_10_MONTHS", rule => rule["expression"] = expression);

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NEW_RECRUIT_10_MONTHS", "expression");
    }

    [Fact]
    public void CreateChecker_ExpressionUsingUndefinedParameter_ReportsTheParameter()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NEW_RECRUIT_10_MONTHS", rule => rule["expression"] = "f.MonthsSinceRecruitment >= $maxMonths");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NEW_RECRUIT_10_MONTHS", "'$maxMonths'");
    }
}
