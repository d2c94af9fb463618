using System.Text.RegularExpressions;
using Xunit;

namespace ThiDua.Rules.Tests.Cases;

/// <summary>
/// Runs every worked example under <c>Cases/</c>: the verdict, every condition of the result (none unlisted) and,
/// when a case states them, the missing facts. The expectations are written from the law, not from the library.
/// </summary>
public sealed class WorkedExampleTests
{
    private const string PrerequisitePrefix = "PREREQ/";

    private static readonly Regex FileName = new(@"^(?<regime>[a-z0-9-]+)/(?<award>[A-Z_]+)/\d{2}-[a-z0-9.-]+\.json$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, ConditionOutcome> Outcomes = new(StringComparer.Ordinal)
    {
        ["met"] = ConditionOutcome.Met,
        ["notMet"] = ConditionOutcome.NotMet,
        ["unknown"] = ConditionOutcome.Unknown,
    };

    private static readonly Dictionary<string, Verdict> Verdicts = new(StringComparer.Ordinal)
    {
        ["eligible"] = Verdict.Eligible,
        ["notEligible"] = Verdict.NotEligible,
        ["needsInformation"] = Verdict.NeedsInformation,
    };

    public static TheoryData<CaseFile> CaseFiles
    {
        get
        {
            var data = new TheoryData<CaseFile>();
            foreach (var file in WorkedExampleLoader.RelativePaths())
            {
                data.Add(new CaseFile(file));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Check_WorkedExample_GivesTheLegalAnswer(CaseFile file)
    {
        var caseFile = file.Path;
        var example = WorkedExampleLoader.Load(caseFile);
        AssertWellFormed(caseFile, example);

        var result = WorkedExampleLoader.Run(example, CaseOpenPoints.CheckerFor(WorkedExampleLoader.OpenPoints(caseFile)));

        var problems = new List<string>();

        // The folder names the regime the case is written under: the date rules must select it (or the case names it).
        var folderRegime = FileName.Match(caseFile).Groups["regime"].Value;
        if (result.RegimeId != folderRegime)
        {
            problems.Add($"regime: the case lives under {folderRegime}, but {result.RegimeId} was applied ({result.Selection?.Reason.En})");
        }

        var expectedVerdict = Verdicts[example.Expected.Verdict];
        if (result.Verdict != expectedVerdict)
        {
            problems.Add($"verdict: expected {expectedVerdict}, got {result.Verdict}");
        }

        CompareConditions(example.Expected.Conditions, Flatten(result), problems);
        CompareRoutes(example.Expected.Routes, result, problems);

        if (example.Expected.MissingFacts is { } missing)
        {
            var expectedFacts = missing.OrderBy(f => f, StringComparer.Ordinal).ToList();
            var actualFacts = result.MissingFacts.OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (!expectedFacts.SequenceEqual(actualFacts))
            {
                problems.Add($"missingFacts: expected [{string.Join(", ", expectedFacts)}], got [{string.Join(", ", actualFacts)}]");
            }
        }

        Assert.True(problems.Count == 0, $"{caseFile} ({example.Name}):\n  " + string.Join("\n  ", problems) + "\n  legal note: " + example.LegalNote);
    }

    [Fact]
    public void CaseFiles_AsShipped_CoverEveryAwardOfTheRegime()
    {
        var files = WorkedExampleLoader.RelativePaths();
        Assert.True(files.Count >= 45, $"expected at least 45 worked examples, found {files.Count} under {WorkedExampleLoader.Root}");

        foreach (var award in ThiDuaRules.Default.Catalog.GetAwards("vn-2013"))
        {
            var count = files.Count(f => f.StartsWith("vn-2013/" + award.Code + "/", StringComparison.Ordinal));
            Assert.True(count >= 5, $"award {award.Code} has {count} worked examples; at least 5 are expected");
        }
    }

    [Theory]
    [InlineData("vn-2013-nd65", 40, 3)]
    [InlineData("vn-2013-nd42", 12, 2)]
    public void CaseFiles_EarlierLayers_CoverEveryAwardOfTheRegime(string regimeId, int atLeast, int perAward)
    {
        var files = WorkedExampleLoader.RelativePaths().Where(f => f.StartsWith(regimeId + "/", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count >= atLeast, $"expected at least {atLeast} worked examples for {regimeId}, found {files.Count}");

        foreach (var award in ThiDuaRules.Default.Catalog.GetAwards(regimeId))
        {
            var count = files.Count(f => f.StartsWith(regimeId + "/" + award.Code + "/", StringComparison.Ordinal));
            Assert.True(count >= perAward, $"{regimeId} award {award.Code} has {count} worked examples; at least {perAward} are expected");
        }
    }

    [Fact]
    public void CaseFiles_AsShipped_CoverThe2022LawRegimes()
    {
        var files = WorkedExampleLoader.RelativePaths();
        var count = files.Count(f => f.StartsWith("vn-2022/", StringComparison.Ordinal) || f.StartsWith("vn-2022-nd152/", StringComparison.Ordinal));
        Assert.True(count >= 60, $"expected at least 60 worked examples for the 2022 Law's regimes, found {count}");

        foreach (var regime in new[] { "vn-2022", "vn-2022-nd152" })
        {
            foreach (var award in ThiDuaRules.Default.Catalog.GetAwards(regime))
            {
                var perAward = files.Count(f => f.StartsWith(regime + "/" + award.Code + "/", StringComparison.Ordinal));
                Assert.True(perAward >= 3, $"{regime} award {award.Code} has {perAward} worked examples; at least 3 are expected");
            }
        }
    }

    [Theory]
    [InlineData("vn-2022")]
    [InlineData("vn-2022-nd152")]
    public void CaseFiles_2022LawRegimes_HaveAMetAndANotMetCaseForEveryCondition(string regime)
    {
        var expectations = WorkedExampleLoader.RelativePaths()
            .Where(f => f.StartsWith(regime + "/", StringComparison.Ordinal))
            .SelectMany(f => WorkedExampleLoader.Load(f).Expected.Conditions)
            .Where(c => !c.Key.StartsWith(PrerequisitePrefix, StringComparison.Ordinal))
            .ToList();
        var conditions = ThiDuaRules.Default.Catalog.GetAwards(regime).SelectMany(a => a.Conditions).Select(c => c.Id).Distinct(StringComparer.Ordinal);

        var uncovered = conditions
            .SelectMany(id => new[] { "met", "notMet" }.Where(o => !expectations.Any(e => e.Key == id && e.Value == o)).Select(o => $"{id} ({o})"))
            .ToList();
        Assert.True(uncovered.Count == 0, $"{regime}: conditions without a worked example for the outcome: {string.Join(", ", uncovered)}");
    }

    private static void AssertWellFormed(string caseFile, WorkedExample example)
    {
        var match = FileName.Match(caseFile);
        Assert.True(match.Success, $"{caseFile}: case files live at <regime>/<AWARD>/<nn>-<short-name>.json");
        Assert.Equal(match.Groups["award"].Value, example.Award);
        Assert.False(string.IsNullOrWhiteSpace(example.Name), caseFile + ": name is required");
        Assert.False(string.IsNullOrWhiteSpace(example.LegalNote), caseFile + ": legalNote is required");
        Assert.True(Verdicts.ContainsKey(example.Expected.Verdict), $"{caseFile}: unknown verdict '{example.Expected.Verdict}'");
        Assert.NotEmpty(example.Expected.Conditions);
        foreach (var (id, outcome) in example.Expected.Conditions)
        {
            Assert.True(Outcomes.ContainsKey(outcome), $"{caseFile}: condition {id} has unknown outcome '{outcome}'");
        }

        // The hand-written verdict must follow from the hand-written top-level outcomes (NotMet beats Unknown). For an
        // award with alternative routes, the common conditions are read so, each route is the AND of its conditions
        // (and must be what the case says), and the routes are OR-ed: the route of each condition is the rule data's.
        var routeOf = RoutesOf(caseFile, example.Award);
        var topLevel = example.Expected.Conditions
            .Where(c => !c.Key.StartsWith(PrerequisitePrefix, StringComparison.Ordinal))
            .ToList();
        var common = And(topLevel.Where(c => !routeOf.ContainsKey(c.Key)).Select(c => Outcomes[c.Value]));
        var overall = common;
        if (routeOf.Count > 0)
        {
            Assert.True(example.Expected.Routes != null, $"{caseFile}: {example.Award} has alternative routes, so the case must list 'routes'");
            foreach (var (route, outcome) in example.Expected.Routes!)
            {
                Assert.True(Outcomes.ContainsKey(outcome), $"{caseFile}: route {route} has unknown outcome '{outcome}'");
                var fromConditions = And(topLevel.Where(c => routeOf.TryGetValue(c.Key, out var r) && r == route).Select(c => Outcomes[c.Value]));
                Assert.True(fromConditions == Outcomes[outcome], $"{caseFile}: route {route} is expected {outcome}, but its expected conditions imply {fromConditions}");
            }

            var any = example.Expected.Routes!.Values.Select(o => Outcomes[o]).ToList();
            var or = any.Contains(ConditionOutcome.Met) ? ConditionOutcome.Met : any.Contains(ConditionOutcome.Unknown) ? ConditionOutcome.Unknown : ConditionOutcome.NotMet;
            overall = And(new[] { common, or });
        }
        else
        {
            Assert.True(example.Expected.Routes == null, $"{caseFile}: {example.Award} has no alternative routes; remove 'routes'");
        }

        var implied = overall == ConditionOutcome.NotMet ? Verdict.NotEligible
            : overall == ConditionOutcome.Unknown ? Verdict.NeedsInformation
            : Verdict.Eligible;
        Assert.True(implied == Verdicts[example.Expected.Verdict], $"{caseFile}: the expected verdict does not follow from the expected conditions (they imply {implied})");
    }

    private static ConditionOutcome And(IEnumerable<ConditionOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Contains(ConditionOutcome.NotMet) ? ConditionOutcome.NotMet
            : list.Contains(ConditionOutcome.Unknown) ? ConditionOutcome.Unknown
            : ConditionOutcome.Met;
    }

    /// <summary>The route of each routed condition of the case's award, by condition id, from the regime its folder names.</summary>
    private static Dictionary<string, string> RoutesOf(string caseFile, string award)
    {
        var regime = FileName.Match(caseFile).Groups["regime"].Value;
        var definition = ThiDuaRules.Default.Catalog.GetAwards(regime).FirstOrDefault(a => a.Code == award);
        return definition?.Conditions.Where(c => c.Route != null).ToDictionary(c => c.Id, c => c.Route!, StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    private static void CompareRoutes(IReadOnlyDictionary<string, string>? expected, EligibilityResult result, List<string> problems)
    {
        if (expected == null)
        {
            return;
        }

        var actual = (result.Routes ?? Array.Empty<RouteResult>()).ToDictionary(r => r.RouteId, r => r.Outcome, StringComparer.Ordinal);
        foreach (var (id, outcome) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!actual.TryGetValue(id, out var got))
            {
                problems.Add($"route {id}: expected {outcome}, but the result has no such route");
            }
            else if (got != Outcomes[outcome])
            {
                problems.Add($"route {id}: expected {Outcomes[outcome]}, got {got}");
            }
        }

        foreach (var id in actual.Keys.Where(k => !expected.ContainsKey(k)))
        {
            problems.Add($"route {id}: the result has this route ({actual[id]}) but the case does not list it");
        }
    }

    /// <summary>Top-level conditions by id, and the conditions of nested prerequisite results as PREREQ/id.</summary>
    private static Dictionary<string, ConditionOutcome> Flatten(EligibilityResult result)
    {
        var outcomes = new Dictionary<string, ConditionOutcome>(StringComparer.Ordinal);
        foreach (var condition in result.Conditions)
        {
            outcomes.Add(condition.ConditionId, condition.Outcome);
            foreach (var nested in condition.Prerequisite?.Conditions ?? Array.Empty<ConditionResult>())
            {
                outcomes.Add(PrerequisitePrefix + nested.ConditionId, nested.Outcome);
            }
        }

        return outcomes;
    }

    private static void CompareConditions(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, ConditionOutcome> actual, List<string> problems)
    {
        var listsNested = expected.Keys.Any(k => k.StartsWith(PrerequisitePrefix, StringComparison.Ordinal));
        foreach (var (id, outcome) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!actual.TryGetValue(id, out var got))
            {
                problems.Add($"{id}: expected {outcome}, but the result has no such condition");
            }
            else if (got != Outcomes[outcome])
            {
                problems.Add($"{id}: expected {Outcomes[outcome]}, got {got}");
            }
        }

        foreach (var (id, got) in actual.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var nested = id.StartsWith(PrerequisitePrefix, StringComparison.Ordinal);
            if (!expected.ContainsKey(id) && (!nested || listsNested))
            {
                problems.Add($"{id}: the result has this condition ({got}) but the case does not list it");
            }
        }
    }
}
