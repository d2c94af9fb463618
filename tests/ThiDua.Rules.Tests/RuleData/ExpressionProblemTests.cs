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
            .EditRule(Cstt, "CSTT.SUBJECT_GROUP", rule => rule["expression"] = "person.Categroy == PersonnelCategory.ArmedForces");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstt, "CSTT.SUBJECT_GROUP", "does not compile", "Categroy");
    }

    [Fact]
    public void CreateChecker_ExpressionReadingFactNotInNeeds_ReportsTheFact()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NO_DISCIPLINE", rule => rule["expression"] = "discipline.DisciplinesInPeriod == 0 && discipline.PendingProceedings == 0");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NO_DISCIPLINE", "'pendingProceedings'", "'needs' does not declare it");
    }

    [Theory]
    [InlineData("person.MonthsSinceRecruitment.CompareTo($minMonths) >= 0")]
    [InlineData("person.GetType() != null && person.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("person.GetType().Name == \"PersonFacts\" && person.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\") || person.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("File.Exists(\"/etc/passwd\") || person.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("Environment.Exit(1) == null || person.MonthsSinceRecruitment >= $minMonths")]
    [InlineData("person.MonthsSinceRecruitment >= $minMonths && \"x\".Length == 1")]
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
            .EditRule(AdvancedStandard, "STD.NEW_RECRUIT_10_MONTHS", rule => rule["expression"] = "person.MonthsSinceRecruitment >= $maxMonths");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NEW_RECRUIT_10_MONTHS", "'$maxMonths'");
    }
}
