using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

public sealed class CitationProblemTests
{
    private const string AdvancedStandard = "vn-2013/shared/advanced-standard.json";
    private const string Ldtt = "vn-2013/awards/LDTT.json";

    [Fact]
    public void CreateChecker_ConditionWithoutCitations_ReportsMissingCitation()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NO_DISCIPLINE", rule => rule.Remove("citations"));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NO_DISCIPLINE", "missing citation");
    }

    [Fact]
    public void CreateChecker_ConditionWithEmptyCitationList_ReportsMissingCitation()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.K1_ACTIVE_STUDY", rule => rule["citations"] = new JsonArray());

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.K1_ACTIVE_STUDY", "missing citation");
    }

    [Fact]
    public void CreateChecker_CitationOfUndeclaredDocument_ReportsTheDocument()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Ldtt, "LDTT.SUBJECT_GROUP", rule => rule["citations"]![0]!["document"] = "LAW_99_2099");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Ldtt, "LDTT.SUBJECT_GROUP", "'LAW_99_2099'", "regime.json does not declare");
    }
}
