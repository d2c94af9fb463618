using System.Text.Json.Nodes;
using Xunit;
using Xunit.Sdk;

namespace ThiDua.Rules.Tests.RuleData;

public sealed class StructureProblemTests
{
    private const string Ldtt = "vn-2013/awards/LDTT.json";
    private const string Cstt = "vn-2013/awards/CSTT.json";
    private const string Cstdcs = "vn-2013/awards/CSTDCS.json";

    [Fact]
    public void CreateChecker_DuplicateRuleId_ReportsItWithTheFirstFile()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Cstt, "CSTT.SUBJECT_GROUP", rule => rule["id"] = "LDTT.SUBJECT_GROUP");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstt, "LDTT.SUBJECT_GROUP", "duplicate rule id", Ldtt);
    }

    [Theory]
    [InlineData("ldtt.lower_case")]
    [InlineData("NO_DOT")]
    [InlineData("LDTT.")]
    [InlineData("LDTT..DOUBLE")]
    public void CreateChecker_MalformedRuleId_IsRejected(string id)
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Ldtt, "LDTT.SUBJECT_GROUP", rule => rule["id"] = id);

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Ldtt, id, "rule id");
    }

    [Theory]
    [InlineData("byYears")]
    [InlineData("Seniority")]
    [InlineData("")]
    public void CreateChecker_UnknownAwardBasis_IsRejectedWithTheValues(string basis)
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Ldtt, file => file["basis"] = basis);

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Ldtt, null, "'basis' must be one of merit, oneOff, thematic, longService, seniority");
    }

    [Fact]
    public void CreateChecker_PrerequisiteCycle_ReportsTheCycle()
    {
        // LDTT is made to require the CSTDCS standard, while CSTDCS already requires the LDTT standard.
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Ldtt, file => file["rules"]!.AsArray().Add(PrerequisiteRule("LDTT.MEETS_GRASSROOTS_STANDARD", "CSTDCS")));

        var failure = workspace.LoadFailure();

        var cycle = failure.Problems.Where(p => p.Reason.Contains("cycle", StringComparison.Ordinal)).ToList();
        if (cycle.Count == 0)
        {
            throw new XunitException("No prerequisite cycle reported. Problems:" + Environment.NewLine + string.Join(Environment.NewLine, failure.Problems));
        }

        Assert.All(cycle, p => Assert.Contains(p.File, new[] { Ldtt, Cstdcs }));
        Assert.Contains(cycle, p => p.Reason.Contains("LDTT", StringComparison.Ordinal) && p.Reason.Contains("CSTDCS", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateChecker_PrerequisiteOfUnknownAward_ReportsTheCode()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Cstdcs, "CSTDCS.MEETS_ADVANCED_STANDARD", rule => rule["prerequisite"] = new JsonArray("LDTT", "CSTT", "NO_SUCH_AWARD"));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstdcs, "CSTDCS.MEETS_ADVANCED_STANDARD", "'NO_SUCH_AWARD'");
    }

    [Fact]
    public void CreateChecker_IncludeOfMissingSharedGroup_ReportsTheGroup()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .Edit(Ldtt, file => file["include"]!.AsArray().Add("no-such-group"));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Ldtt, null, "'no-such-group'", "shared/no-such-group.json");
    }

    [Fact]
    public void CreateChecker_OneBrokenPrerequisiteAward_ReportsOnlyItsOwnProblem()
    {
        // CSTT is defined, only one of its rules is broken; CSTDCS must not be told CSTT "is not defined".
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(Cstt, "CSTT.SUBJECT_GROUP", rule => rule["needs"] = new JsonArray("category", "shoeSize"));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstt, "CSTT.SUBJECT_GROUP", "unknown fact 'shoeSize'");
        ProblemAssert.OnlyIn(failure, Cstt);
    }

    private static JsonObject PrerequisiteRule(string id, string award) => new()
    {
        ["id"] = id,
        ["description"] = new JsonObject { ["vi"] = "Điều kiện thử nghiệm.", ["en"] = "Test condition." },
        ["prerequisite"] = new JsonArray(award),
        ["citations"] = new JsonArray(new JsonObject { ["document"] = "ND91_2017", ["article"] = 9, ["clause"] = 3 }),
        ["messages"] = new JsonObject
        {
            ["met"] = new JsonObject { ["vi"] = "Đạt {prerequisite}.", ["en"] = "Meets {prerequisite}." },
            ["notMet"] = new JsonObject { ["vi"] = "Chưa đạt {prerequisite}.", ["en"] = "Does not meet {prerequisite}." },
        },
    };
}
