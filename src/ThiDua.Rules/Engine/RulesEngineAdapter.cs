using System;
using System.Collections.Generic;
using System.Linq;
using RulesEngine.Models;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// Evaluates rule expressions with Microsoft RulesEngine. Every RulesEngine type stays inside this file, so
    /// another engine can replace it without touching the public API.
    /// </summary>
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
            var definitions = workflows.Select(w => new Workflow
            {
                WorkflowName = w.Key,
                Rules = w.Value.Select(rule => new Rule
                {
                    RuleName = rule.Key,
                    Expression = rule.Value,
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                }).ToList(),
            }).ToArray();

            var engine = new global::RulesEngine.RulesEngine(definitions, Settings);
            var compiled = new Dictionary<string, ICompiledWorkflow>(StringComparer.Ordinal);
            foreach (var workflow in workflows)
            {
                var handle = new CompiledWorkflow(engine, workflow.Key, workflow.Value.Select(r => r.Key).ToArray());

                // RulesEngine compiles lazily and reports parse errors only as failed rules. Run each workflow once
                // on neutral facts now, so that a rule the engine cannot parse stops loading instead of reading as
                // "not met" later, and so that the first real check does not pay for compilation.
                foreach (var evaluation in handle.Evaluate(RuleFactsProbe.Neutral))
                {
                    if (evaluation.Error != null && evaluation.Error.StartsWith(ParseFailurePrefix, StringComparison.Ordinal))
                    {
                        problems.Add(new KeyValuePair<string, string>(evaluation.RuleId, "the engine cannot compile the expression: " + evaluation.Error));
                    }
                }

                compiled.Add(workflow.Key, handle);
            }

            return compiled;
        }

        private sealed class CompiledWorkflow : ICompiledWorkflow
        {
            private readonly global::RulesEngine.RulesEngine _engine;
            private readonly string _name;
            private readonly string[] _ruleIds;

            public CompiledWorkflow(global::RulesEngine.RulesEngine engine, string name, string[] ruleIds)
            {
                _engine = engine;
                _name = name;
                _ruleIds = ruleIds;
            }

            public IReadOnlyList<RuleEvaluation> Evaluate(RuleFacts facts)
            {
                var parameters = new[] { new RuleParameter(ExpressionChecker.FactsParameterName, facts) };

                // ExecuteAllRulesAsync completes synchronously for lambda rules without actions; blocking on the
                // ValueTask keeps the checker's API synchronous for hosts on .NET Framework.
                var results = _engine.ExecuteAllRulesAsync(_name, parameters).AsTask().GetAwaiter().GetResult();
                var evaluations = new RuleEvaluation[_ruleIds.Length];
                for (var i = 0; i < results.Count; i++)
                {
                    var result = results[i];
                    var error = string.IsNullOrEmpty(result.ExceptionMessage) ? null : result.ExceptionMessage;
                    evaluations[i] = new RuleEvaluation(result.Rule.RuleName, result.IsSuccess, error);
                }

                return evaluations;
            }
        }
    }
}
