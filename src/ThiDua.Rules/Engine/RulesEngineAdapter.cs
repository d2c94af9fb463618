using System;
using System.Collections.Generic;
using System.Linq;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// Evaluates rule expressions with Microsoft RulesEngine. Every RulesEngine type stays inside this file, so
    /// another engine can replace it without touching the public API.
    /// </summary>
    /// <remarks>
    /// <para>
    /// RulesEngine parses and compiles every expression: its <see cref="RuleExpressionParser"/> (the engine's own
    /// parser, System.Linq.Dynamic.Core with these settings, compiled with FastExpressionCompiler) turns each rule into
    /// a delegate over the engine's input array, exactly what a workflow rule runs inside
    /// <c>ExecuteAllRulesAsync</c>. The adapter keeps those delegates and calls them itself.
    /// </para>
    /// <para>
    /// Why not <c>ExecuteAllRulesAsync</c> on every check: measured in benchmarks/README.md, its per-call work around
    /// the same delegates (sorting and copying the parameters, two cache-key strings, a rule-name dictionary, and per
    /// rule two input dictionaries, an argument array and a result tree) cost about 5 µs and 9 KB for the 14 LDTT
    /// rules, more than everything else in a check and above the 8 KB budget on its own, while the delegates
    /// themselves take well under a microsecond. Outcomes and error texts are the engine's: a rule that throws reports
    /// "Error while executing rule : {rule} - {message}", one that does not parse "Exception while parsing expression
    /// `{expression}` - {message}", as RulesEngine 6 words them.
    /// </para>
    /// </remarks>
    internal sealed class RulesEngineAdapter : IRuleEngineAdapter
    {
        private const string ParseFailurePrefix = "Exception while parsing expression";

        /// <summary>The engine settings; internal so that the benchmarks run their engine-only reference with the same ones.</summary>
        internal static readonly ReSettings Settings = new ReSettings
        {
            CustomTypes = ExpressionChecker.ExpressionTypes,
            IsExpressionCaseSensitive = true,
            // Keep parse and runtime failures visible as ExceptionMessage so they can be told from a false result.
            EnableExceptionAsErrorMessage = true,
            EnableExceptionAsErrorMessageForRuleExpressionParsing = true,
            IgnoreException = false,
            AutoExecuteActions = false,
        };

        public IReadOnlyDictionary<string, ICompiledWorkflow> Compile(
            IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> workflows,
            ICollection<KeyValuePair<string, string>> problems)
        {
            // An award whose rules are all prerequisites has no expression to register; RulesEngine refuses empty workflows.
            var definitions = workflows.Where(w => w.Value.Count > 0).Select(w => new Workflow
            {
                WorkflowName = w.Key,
                Rules = w.Value.Select(rule => new Rule
                {
                    RuleName = rule.Key,
                    Expression = rule.Value,
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                }).ToList(),
            }).ToArray();

            // Registering the workflows runs RulesEngine's own checks of their shape, as before; the engine object is
            // not used to execute them.
            try
            {
                _ = new global::RulesEngine.RulesEngine(definitions, Settings);
            }
            catch (Exception e)
            {
                // Reported with the other problems rather than escaping as the engine's own exception type.
                problems.Add(new KeyValuePair<string, string>("(workflows)", "RulesEngine refused the workflows: " + e.Message));
            }

            // The input the delegates are compiled for: one parameter named as in the expressions, of type RuleFacts.
            var parameters = new[] { new RuleParameter(ExpressionChecker.FactsParameterName, RuleFactsProbe.Neutral) };
            var parser = new RuleExpressionParser(Settings);
            var compiled = new Dictionary<string, ICompiledWorkflow>(StringComparer.Ordinal);
            foreach (var workflow in workflows)
            {
                var rules = new EngineRule[workflow.Value.Count];
                for (var i = 0; i < rules.Length; i++)
                {
                    var (id, expression) = (workflow.Value[i].Key, workflow.Value[i].Value);
                    try
                    {
                        rules[i] = new EngineRule(id, parser.Compile<bool>(expression, parameters), null);
                    }
                    catch (Exception e)
                    {
                        // A rule the engine cannot parse stops loading instead of reading as "not met" later.
                        var error = $"{ParseFailurePrefix} `{expression}` - {e.Message}";
                        problems.Add(new KeyValuePair<string, string>(id, "the engine cannot compile the expression: " + error));
                        rules[i] = new EngineRule(id, null, error);
                    }
                }

                var handle = new CompiledWorkflow(rules);

                // Run each delegate once on neutral facts now, so that the first real check does not pay for JIT.
                handle.Evaluate(RuleFactsProbe.Neutral);
                compiled.Add(workflow.Key, handle);
            }

            return compiled;
        }

        private readonly struct EngineRule
        {
            public EngineRule(string id, Func<object[], bool>? evaluate, string? parseError)
            {
                Id = id;
                EvaluateDelegate = evaluate;
                ParseError = parseError;
            }

            public string Id { get; }

            public Func<object[], bool>? EvaluateDelegate { get; }

            public string? ParseError { get; }
        }

        private sealed class CompiledWorkflow : ICompiledWorkflow
        {
            private readonly EngineRule[] _rules;

            public CompiledWorkflow(EngineRule[] rules)
            {
                _rules = rules;
            }

            public IReadOnlyList<RuleEvaluation> Evaluate(RuleFacts facts)
            {
                // The engine's calling convention: the inputs as an object array, one entry per parameter.
                var inputs = new object[] { facts };
                var evaluations = new RuleEvaluation[_rules.Length];
                for (var i = 0; i < _rules.Length; i++)
                {
                    var rule = _rules[i];
                    if (rule.EvaluateDelegate == null)
                    {
                        evaluations[i] = new RuleEvaluation(rule.Id, false, rule.ParseError);
                        continue;
                    }

                    try
                    {
                        evaluations[i] = new RuleEvaluation(rule.Id, rule.EvaluateDelegate(inputs), null);
                    }
                    catch (Exception e)
                    {
                        // RulesEngine's wording for a rule that throws (EnableExceptionAsErrorMessage).
                        evaluations[i] = new RuleEvaluation(rule.Id, false, $"Error while executing rule : {rule.Id} - {e.Message}");
                    }
                }

                return evaluations;
            }
        }
    }
}
