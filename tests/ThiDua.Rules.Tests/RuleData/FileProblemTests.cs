using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

public sealed class FileProblemTests
{
    private const string Regime = "vn-2013/regime.json";
    private const string Cstt = "vn-2013/awards/CSTT.json";
    private const string Ldtt = "vn-2013/awards/LDTT.json";

    [Fact]
    public void CreateChecker_MalformedJson_NamesFilePathAndLine()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var lines = File.ReadAllLines(workspace.PathOf(Cstt));
        var broken = Array.FindIndex(lines, l => l.Contains("\"subject\": \"individual\"", StringComparison.Ordinal));
        Assert.True(broken >= 0, "CSTT.json no longer has the line this test breaks.");
        lines[broken] = lines[broken].Replace("\"individual\"", "individual", StringComparison.Ordinal);
        workspace.WriteText(Cstt, string.Join("\n", lines));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstt, null, "malformed JSON", "$.subject", $"line {broken + 1}");
    }

    [Fact]
    public void CreateChecker_TruncatedJson_NamesTheFile()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var text = File.ReadAllText(workspace.PathOf(Cstt));
        workspace.WriteText(Cstt, text.Substring(0, text.Length / 2));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstt, null, "malformed JSON", "line");
    }

    [Fact]
    public void CreateChecker_UnknownMemberInRuleFile_IsRejected()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Ldtt, "LDTT.SUBJECT_GROUP", rule => rule["expresion"] = "person.Category == PersonnelCategory.Worker");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Ldtt, null, "malformed JSON", "expresion");
    }

    [Fact]
    public void CreateChecker_SchemaVersion2_IsRejected()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Ldtt, file => file["schemaVersion"] = 2);

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Ldtt, null, "'schemaVersion' is 2");
    }

    [Fact]
    public void CreateChecker_RegimeSchemaVersion2_IsRejected()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Regime, file => file["schemaVersion"] = 2);

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Regime, null, "'schemaVersion' is 2");
    }

    [Fact]
    public void CreateChecker_RegimeIdDiffersFromFolder_ReportsBoth()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Regime, file => file["id"] = "vn-2014");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Regime, null, "'vn-2014'", "'vn-2013'");
    }

    [Fact]
    public void CreateChecker_ListedAwardWithoutFile_ReportsTheMissingFile()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Delete("vn-2013/awards/CSTD_TOAN_QUOC.json");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Regime, null, "'CSTD_TOAN_QUOC'", "awards/CSTD_TOAN_QUOC.json does not exist");
    }

    [Fact]
    public void CreateChecker_AwardFileNotListed_ReportsTheFile()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Regime, file => file["awards"]!.AsArray().RemoveAt(4));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, "vn-2013/awards/CSTD_TOAN_QUOC.json", null, "not listed");
    }

    [Fact]
    public void CreateChecker_OverlappingRegimes_ReportsTheOverlap()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .CopyRegime("vn-2013", "vn-2099")
            .WithoutAward("vn-2099", AwardCodes.CulturedFamily)
            .WithoutAward("vn-2099", AwardCodes.CulturedVillage)
            .WithoutDatedRules("vn-2099")
            .WithoutAward("vn-2099", AwardCodes.MeritoriousArtist)
            .WithoutAward("vn-2099", AwardCodes.PeoplesArtist)
            .Edit("vn-2099/regime.json", file =>
            {
                file["id"] = "vn-2099";
                file["periodsEnding"] = new JsonObject { ["from"] = "2023-01-01", ["to"] = "2030-12-31" };
            });

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, "vn-2099/regime.json", null, "overlaps", "'vn-2013'");
    }

    [Fact]
    public void CreateChecker_SecondRegimeAfterTheFirst_Loads()
    {
        // The control for the overlap test: the same copy with adjacent dates is accepted.
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .WithoutRegime("vn-2022")
            .WithoutRegime("vn-2022-nd152")
            .CopyRegime("vn-2013", "vn-2099")
            .WithoutAward("vn-2099", AwardCodes.CulturedFamily)
            .WithoutAward("vn-2099", AwardCodes.CulturedVillage)
            .WithoutDatedRules("vn-2099")
            .WithoutAward("vn-2099", AwardCodes.MeritoriousArtist)
            .WithoutAward("vn-2099", AwardCodes.PeoplesArtist)
            .Edit("vn-2099/regime.json", file =>
            {
                file["id"] = "vn-2099";
                file["periodsEnding"] = new JsonObject { ["from"] = "2024-01-01", ["to"] = "2030-12-31" };
            });

        var checker = workspace.CreateChecker();

        Assert.Equal(new[] { "vn-2013-nd42", "vn-2013-nd65", "vn-2013", "vn-2099" }, checker.Catalog.Regimes.Select(r => r.Id));
        Assert.Equal("vn-2099", checker.Catalog.ResolveRegime(AssessmentPeriod.CalendarYear(2024)).Id);
    }

    [Fact]
    public void CreateChecker_EmptyFolder_ReportsNoRuleFiles()
    {
        using var workspace = RuleSetWorkspace.Empty();

        var failure = workspace.LoadFailure();

        var problem = Assert.Single(failure.Problems);
        Assert.Contains("no rule files", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(workspace.Root), problem.File, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateChecker_FolderThatDoesNotExist_ReportsTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "thidua-rules-tests", "missing-" + Guid.NewGuid().ToString("N"));

        var failure = Assert.Throws<RuleSetValidationException>(
            () => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = RuleSetSource.FromDirectory(missing) }));

        var problem = Assert.Single(failure.Problems);
        Assert.Equal(Path.GetFullPath(missing), problem.File);
        Assert.Contains("does not exist", problem.Reason, StringComparison.Ordinal);
    }
}
