using System;
using System.Collections.Generic;
using System.Linq;
using NRules.RuleModel;

namespace ThiDua.Rules.Hosting
{
    /// <summary>Every host condition the checker was given, by regime and award.</summary>
    internal sealed class HostConditionRegistry
    {
        public static readonly HostConditionRegistry None = new HostConditionRegistry(Array.Empty<HostCondition>());

        private readonly IReadOnlyList<HostCondition> _conditions;
        private readonly Dictionary<string, HostCondition> _byRuleName;

        public HostConditionRegistry(IReadOnlyList<HostCondition> conditions)
        {
            _conditions = conditions;
            _byRuleName = conditions.ToDictionary(c => c.Rule.Name, StringComparer.Ordinal);
        }

        /// <summary>The host conditions of award <paramref name="code"/> in regime <paramref name="regimeId"/>.</summary>
        public HostConditionSet For(string regimeId, string code)
        {
            var conditions = _conditions.Where(c => c.ByRegime.ContainsKey(regimeId) && c.Awards.Contains(code)).ToList();
            return conditions.Count == 0 && _conditions.Count == 0 ? HostConditionSet.Empty : new HostConditionSet(regimeId, conditions, _byRuleName);
        }

        /// <summary>The host rules of regime <paramref name="regimeId"/> added to any of <paramref name="codes"/>.</summary>
        public IEnumerable<IRuleDefinition> RulesOf(string regimeId, IReadOnlyCollection<string> codes)
            => _conditions.Where(c => c.ByRegime.ContainsKey(regimeId) && c.Awards.Any(codes.Contains)).Select(c => c.Rule);
    }
}
