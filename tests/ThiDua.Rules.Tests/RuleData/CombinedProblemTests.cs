using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

public sealed class CombinedProblemTests
{
    [Fact]
    public void CreateChecker_ProblemsInFiveFiles_ReportsAllOfThemTogether()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit("vn-2013/regime.json", file => file["schemaVersion"] = 2)
            .EditRule("vn-2013/shared/general.json", "GEN.NO_PENDING_PROCEEDINGS", rule => rule.Remove("citations"))
            .EditRule("vn-2013/shared/annual.json", "GEN.NOT_ALREADY_AWARDED", rule => rule["messages"]!["met"]!["en"] = "Not yet awarded.")
            .EditRule("vn-2013/awards/LDTT.json", "LDTT.SUBJECT_GROUP", rule => rule["needs"] = new JsonArray("category", "shoeSize"))
            .EditRule("vn-2013/awards/CSTD_BO_TINH.json", "CSTD_BO_TINH.OUTSTANDING", rule => rule["citations"]![0]!["document"] = "LAW_99_2099")
            .EditRule("vn-2013/awards/CSTD_TOAN_QUOC.json", "CSTD_TOAN_QUOC.MOST_OUTSTANDING", rule => rule["expression"] = "record.MostOutstandingAmongPeer");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, "vn-2013/regime.json", null, "'schemaVersion' is 2");
        ProblemAssert.Has(failure, "vn-2013/shared/general.json", "GEN.NO_PENDING_PROCEEDINGS", "missing citation");
        ProblemAssert.Has(failure, "vn-2013/shared/annual.json", "GEN.NOT_ALREADY_AWARDED", "same placeholders");
        ProblemAssert.Has(failure, "vn-2013/awards/LDTT.json", "LDTT.SUBJECT_GROUP", "unknown fact 'shoeSize'");
        ProblemAssert.Has(failure, "vn-2013/awards/CSTD_BO_TINH.json", "CSTD_BO_TINH.OUTSTANDING", "'LAW_99_2099'");
        ProblemAssert.Has(failure, "vn-2013/awards/CSTD_TOAN_QUOC.json", "CSTD_TOAN_QUOC.MOST_OUTSTANDING", "does not compile");
        foreach (var problem in failure.Problems)
        {
            Assert.Contains(problem.ToString(), failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CreateChecker_MalformedFileBesideBrokenRules_ReportsBoth()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .WriteText("vn-2013/awards/CSTD_TOAN_QUOC.json", "{ \"schemaVersion\": 1, \"code\": ")
            .EditRule("vn-2013/shared/advanced-standard.json", "STD.K1_ETHICS", rule => rule["needs"] = new JsonArray())
            .Edit("vn-2013/awards/CSTT.json", file => file["include"]!.AsArray().Add("no-such-group"))
            .EditRule("vn-2013/awards/CSTDCS.json", "CSTDCS.MEETS_ADVANCED_STANDARD", rule => rule["prerequisite"] = new JsonArray("LDTT", "NO_SUCH_AWARD"));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, "vn-2013/awards/CSTD_TOAN_QUOC.json", null, "malformed JSON");
        ProblemAssert.Has(failure, "vn-2013/shared/advanced-standard.json", "STD.K1_ETHICS", "'ethicsAndLifestyle'");
        ProblemAssert.Has(failure, "vn-2013/awards/CSTT.json", null, "'no-such-group'");
        ProblemAssert.Has(failure, "vn-2013/awards/CSTDCS.json", "CSTDCS.MEETS_ADVANCED_STANDARD", "'NO_SUCH_AWARD'");
    }

    [Fact]
    public void CreateChecker_MalformedRegimeJsonBesideMalformedAwardFile_ReportsBoth()
    {
        // A syntax error needs no context to be found: an unreadable regime.json must not hide one in an award file.
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .WriteText("vn-2013/regime.json", "{ \"schemaVersion\": 1, \"id\": ")
            .WriteText("vn-2013/awards/CSTT.json", "{ \"schemaVersion\": 1, \"code\": \"CSTT\", }");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, "vn-2013/regime.json", null, "malformed JSON");
        ProblemAssert.Has(failure, "vn-2013/awards/CSTT.json", null, "malformed JSON");
    }
}
