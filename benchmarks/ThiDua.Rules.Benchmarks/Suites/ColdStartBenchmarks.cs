using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using ThiDua.Rules.Benchmarks.Config;
using ThiDua.Rules.Engine;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// Cold start: the first load, validation and compilation of every shipped rule set in a fresh process (JIT
/// included), i.e. what the first use of <see cref="ThiDuaRules.Default"/> costs. Each launch is a new process that
/// measures one call. The engine reference registers the same expressions with RulesEngine and compiles them by
/// running each workflow once, as the library's adapter does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ColdStartConfig))]
[BenchmarkCategory("cold-start")]
public class ColdStartBenchmarks
{
    private IReadOnlyDictionary<string, List<KeyValuePair<string, string>>> _expressions = null!;

    [GlobalSetup(Target = nameof(Engine))]
    public void SetupEngine() => _expressions = ShippedExpressions.Read();

    [Benchmark(Description = "Cold start: ThiDua.Rules CreateChecker")]
    public IEligibilityChecker CreateChecker() => ThiDuaRules.CreateChecker();

    [Benchmark(Description = "Cold start: engine only (compile same expressions)")]
    [EngineReference]
    public int Engine()
    {
        var workflows = _expressions.Select(award => new Workflow
        {
            WorkflowName = award.Key,
            Rules = award.Value.Select(rule => new Rule { RuleName = rule.Key, Expression = rule.Value, RuleExpressionType = RuleExpressionType.LambdaExpression }).ToList(),
        }).ToArray();
        var engine = new RulesEngine.RulesEngine(workflows, RulesEngineAdapter.Settings);
        var held = 0;
        foreach (var workflow in workflows)
        {
            var results = engine.ExecuteAllRulesAsync(workflow.WorkflowName, new RuleParameter(ExpressionChecker.FactsParameterName, RuleFactsProbe.Neutral)).GetAwaiter().GetResult();
            held += results.Count(r => r.IsSuccess);
        }

        return held;
    }
}
