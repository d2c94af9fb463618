using System.Collections.Generic;
using NRules.RuleModel;

namespace ThiDua.Rules.Hosting
{
    /// <summary>A host rule, loaded and validated: its NRules definition and, per regime it belongs to, its condition.</summary>
    internal sealed class HostCondition
    {
        public HostCondition(string id, IRuleDefinition rule, IReadOnlyList<string> awards, IReadOnlyDictionary<string, ConditionDefinition> byRegime)
        {
            Id = id;
            Rule = rule;
            Awards = awards;
            ByRegime = byRegime;
        }

        /// <summary>The condition id (from <see cref="ThiDuaConditionAttribute"/>).</summary>
        public string Id { get; }

        /// <summary>The NRules rule the host wrote; its name identifies it in actions.</summary>
        public IRuleDefinition Rule { get; }

        /// <summary>The awards it is added to.</summary>
        public IReadOnlyList<string> Awards { get; }

        /// <summary>Its definition in each regime it belongs to (citations resolve against that regime's documents).</summary>
        public IReadOnlyDictionary<string, ConditionDefinition> ByRegime { get; }
    }
}
