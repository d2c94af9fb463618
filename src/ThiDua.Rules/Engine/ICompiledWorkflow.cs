using System.Collections.Generic;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// The rules of one award, compiled by a rules engine. This is the only seam between the checker and the
    /// engine: replacing RulesEngine means implementing this and <see cref="IRuleEngineAdapter"/>.
    /// </summary>
    internal interface ICompiledWorkflow
    {
        /// <summary>
        /// Evaluates every rule against <paramref name="facts"/>. Returns, per rule in workflow order, whether it
        /// held, and the engine's error text when it could not be evaluated (<see langword="null"/> otherwise).
        /// </summary>
        IReadOnlyList<RuleEvaluation> Evaluate(RuleFacts facts);
    }

    /// <summary>What the engine said about one rule.</summary>
    internal readonly struct RuleEvaluation
    {
        public RuleEvaluation(string ruleId, bool isSuccess, string? error)
        {
            RuleId = ruleId;
            IsSuccess = isSuccess;
            Error = error;
        }

        public string RuleId { get; }

        public bool IsSuccess { get; }

        public string? Error { get; }
    }

    /// <summary>Compiles rule expressions into workflows.</summary>
    internal interface IRuleEngineAdapter
    {
        /// <summary>
        /// Compiles one workflow per entry, keyed by a unique workflow name, each with (rule id, expression) pairs.
        /// Returns the workflows, and the problems the engine reported for any rule.
        /// </summary>
        IReadOnlyDictionary<string, ICompiledWorkflow> Compile(
            IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> workflows,
            ICollection<KeyValuePair<string, string>> problems);
    }
}
