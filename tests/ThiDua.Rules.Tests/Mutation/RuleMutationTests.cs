using Xunit;
using Xunit.Abstractions;

namespace ThiDua.Rules.Tests.Mutation;

/// <summary>
/// Every condition must matter: forcing any expression rule of the shipped data to always true, or to always
/// false, must change the result of at least one worked example. A rule no example tells apart from a constant
/// is untested, and the test names it.
/// </summary>
public class RuleMutationTests
{
    private readonly ITestOutputHelper _output;

    public RuleMutationTests(ITestOutputHelper output)
    {
        _output = output;
    }

    /// <summary>
    /// Environment variable for local runs: comma-separated parts of rule-file paths (<c>vn-2022/awards/hc_</c>); only
    /// the rules of the files whose path contains one of them are mutated. Unset in CI.
    /// </summary>
    public const string ScopeVariable = "THIDUA_MUTATION_FILES";

    private static IReadOnlyList<KeyValuePair<string, string>> ShippedFiles => RuleSetSource.Embedded.ReadFiles();

    [Fact]
    public void EveryExpressionRule_ForcedAlwaysTrueOrAlwaysFalse_ChangesSomeWorkedExample()
    {
        var cases = WorkedCases.Load(out var skipped);
        foreach (var file in skipped)
        {
            _output.WriteLine($"Not used, it expects no verdict: {file}");
        }

        Assert.True(cases.Count > 0, $"No worked examples were found in {WorkedCases.Folder}: the rule-mutation test needs the case files (tests/ThiDua.Rules.Tests/Cases/<regime>/<AWARD>/*.json, copied to the output folder) to tell whether each rule is tested.");

        var baseline = new CheckersBySettings(settings => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = RuleSetSource.FromFiles("unmutated shipped rule sets", ShippedFiles), OpenPoints = settings ?? new OpenPointSettings() }));
        var usable = new List<WorkedCase>();
        foreach (var c in cases)
        {
            var differences = Outcome(baseline.For(c), c);
            if (differences.Count == 0)
            {
                usable.Add(c);
            }
            else
            {
                _output.WriteLine($"Not used, the unmutated rules already disagree with it: {c}: {string.Join("; ", differences)}");
            }
        }

        Assert.True(usable.Count > 0, $"None of the {cases.Count} worked examples matches the unmutated rules, so none can tell a mutated rule apart.");

        // The cases of each regime that its rule data alone, unmutated, already answers as expected: a chain reaching into
        // an earlier regime is not among them, and only the full checker below can use it.
        var usableAlone = usable.GroupBy(c => c.Regime).ToDictionary(
            g => g.Key,
            g =>
            {
                var files = ShippedFiles.Where(f => RuleMutation.RegimeOf(f.Key) == g.Key).ToList();
                var alone = new CheckersBySettings(settings => RuleMutation.Create($"unmutated {g.Key} alone", files, settings));
                return g.Where(c => Outcome(alone.For(c), c).Count == 0).ToList();
            },
            StringComparer.Ordinal);

        var mutations = RuleMutation.AllOf(ShippedFiles);
        var scope = Environment.GetEnvironmentVariable(ScopeVariable);
        if (!string.IsNullOrWhiteSpace(scope))
        {
            // A local run over the rule files being written (the full run takes about half an hour on two cores);
            // CI never sets the variable, so it always mutates every file.
            var parts = scope.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            mutations = mutations.Where(m => parts.Any(p => m.File.Contains(p, StringComparison.Ordinal))).ToList();
            _output.WriteLine($"{ScopeVariable}={scope}: only the {mutations.Count} mutations of the matching files.");
            Assert.True(mutations.Count > 0, $"{ScopeVariable}={scope} matches no rule file with an expression rule.");
        }

        var survivors = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(mutations, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, mutation =>
        {
            // A checker per host setting the cases state, created only when a case with that setting is reached: first
            // of the mutated regime alone on its own cases, then, only if none tells the mutation apart, of every regime.
            var regimeCheckers = new CheckersBySettings(mutation.CreateRegimeChecker);
            var ownCases = usableAlone.TryGetValue(mutation.RegimeId, out var own) ? own : new List<WorkedCase>();
            if (ownCases.Any(c => Outcome(regimeCheckers.For(c), c).Count > 0))
            {
                return;
            }

            var checkers = new CheckersBySettings(mutation.CreateChecker);
            var killer = usable.FirstOrDefault(c => Outcome(checkers.For(c), c).Count > 0);
            if (killer == null)
            {
                survivors.Add(mutation.Description);
            }
        });

        _output.WriteLine($"{mutations.Count} mutations, {usable.Count} worked examples, {survivors.Count} mutations survived.");
        var unexpected = survivors.Except(KnownSurvivors.Mutations, StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(
            unexpected.Count == 0,
            "No worked example tells these rules apart from a constant, so they are untested:" + Environment.NewLine
            + string.Join(Environment.NewLine, unexpected.Select(s => "  " + s)));
        var mutated = mutations.Select(m => m.Description).ToHashSet(StringComparer.Ordinal);
        var nowKilled = KnownSurvivors.Mutations.Where(mutated.Contains).Except(survivors, StringComparer.Ordinal).ToList();
        Assert.True(
            nowKilled.Count == 0,
            "A worked example now tells these apart; remove them from KnownSurvivors:" + Environment.NewLine
            + string.Join(Environment.NewLine, nowKilled.Select(s => "  " + s)));
    }

    [Fact]
    public void AllOf_ShippedRuleSets_MutatesEveryExpressionRuleBothWays()
    {
        var compiled = new ThiDua.Rules.RuleData.RuleSetLoader().Load(RuleSetSource.Embedded)
            .SelectMany(r => r.Awards)
            .SelectMany(a => a.Rules)
            .Where(r => r.Expression != null)
            .Select(r => r.Id)
            .Distinct()
            .OrderBy(id => id, StringComparer.Ordinal);
        var mutations = RuleMutation.AllOf(ShippedFiles);

        Assert.Equal(compiled, mutations.Select(m => m.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        // A rule id shared by several regimes is mutated in each regime's file, both ways.
        Assert.All(mutations.GroupBy(m => (m.File, m.RuleId)), g => Assert.Equal(new[] { false, true }, g.Select(m => m.AlwaysTrue).OrderBy(b => b)));
    }

    [Fact]
    public void CreateChecker_RuleForcedAlwaysFalse_TurnsItsConditionNotMet()
    {
        var mutation = RuleMutation.AllOf(ShippedFiles).Single(m => m.RuleId == "STD.NO_DISCIPLINE" && m.File.StartsWith("vn-2013/", StringComparison.Ordinal) && !m.AlwaysTrue);
        var dossier = new IndividualDossier { Category = PersonnelCategory.Worker, Disciplines = Array.Empty<DisciplineRecord>() };
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, AssessmentPeriod.CalendarYear(2021));

        var original = ThiDuaRules.Default.Check(request).Conditions.Single(c => c.ConditionId == "STD.NO_DISCIPLINE");
        var mutated = mutation.CreateChecker().Check(request).Conditions.Single(c => c.ConditionId == "STD.NO_DISCIPLINE");

        Assert.Equal(ConditionOutcome.Met, original.Outcome);
        Assert.Equal(ConditionOutcome.NotMet, mutated.Outcome);
    }

    /// <summary>One checker per distinct host setting on open points, created on first use.</summary>
    private sealed class CheckersBySettings
    {
        private readonly Func<OpenPointSettings?, IEligibilityChecker> _create;
        private readonly Dictionary<string, IEligibilityChecker> _checkers = new(StringComparer.Ordinal);

        public CheckersBySettings(Func<OpenPointSettings?, IEligibilityChecker> create)
        {
            _create = create;
        }

        public IEligibilityChecker For(WorkedCase c)
        {
            var key = c.OpenPoints == null ? string.Empty : Cases.CaseOpenPoints.Key(c.OpenPoints);
            if (!_checkers.TryGetValue(key, out var checker))
            {
                checker = _create(c.OpenPoints);
                _checkers.Add(key, checker);
            }

            return checker;
        }
    }

    /// <summary>How the checker's answer differs from the case; a throw counts as a difference.</summary>
    private static IReadOnlyList<string> Outcome(IEligibilityChecker checker, WorkedCase c)
    {
        try
        {
            return c.Differences(ThiDua.Rules.Tests.Cases.WorkedExampleLoader.Run(c.Example, checker));
        }
        catch (ThiDuaRulesException e)
        {
            return new[] { $"{e.GetType().Name}: {e.Message}" };
        }
    }
}
