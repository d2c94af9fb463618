using System;
using System.Collections.Generic;
using System.Linq;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Hosting
{
    /// <summary>The host conditions of one award in one regime, and how their rules record outcomes in a check.</summary>
    internal sealed class HostConditionSet
    {
        public static readonly HostConditionSet Empty = new HostConditionSet(string.Empty, Array.Empty<HostCondition>(), new Dictionary<string, HostCondition>());

        private readonly string _regimeId;
        private readonly IReadOnlyDictionary<string, HostCondition> _byRuleName;
        private readonly IReadOnlyDictionary<string, HostCondition> _everyHostRule;

        public HostConditionSet(string regimeId, IReadOnlyList<HostCondition> conditions, IReadOnlyDictionary<string, HostCondition> everyHostRule)
        {
            _regimeId = regimeId;
            Conditions = conditions;
            _byRuleName = conditions.ToDictionary(c => c.Rule.Name, StringComparer.Ordinal);
            _everyHostRule = everyHostRule;
        }

        /// <summary>The award's host conditions, in registration order.</summary>
        public IReadOnlyList<HostCondition> Conditions { get; }

        /// <summary>The award's host conditions as the catalogue shows them.</summary>
        public IEnumerable<ConditionDefinition> Definitions => Conditions.Select(c => c.ByRegime[_regimeId]);

        /// <summary>Records a host rule's outcome for <paramref name="check"/>; see <see cref="AwardCheck.RecordOutcome"/>.</summary>
        public void Record(AwardCheck check, string ruleName, ConditionOutcome outcome, LocalizedText message, IReadOnlyList<string>? missingFacts, IReadOnlyDictionary<string, string?>? values)
        {
            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            if (!_byRuleName.TryGetValue(ruleName, out var condition))
            {
                throw new InvalidOperationException(_everyHostRule.TryGetValue(ruleName, out var other)
                    ? $"Host condition '{other.Id}' is declared for {string.Join(", ", other.Awards)} but its rule recorded an outcome for {check}; match only those awards or list this one in [ThiDuaCondition]."
                    : $"Rule '{ruleName}' is not a registered host condition: put [ThiDuaCondition] and [ThiDuaCitation] on its class and register it with ThiDuaRulesOptions.AddRules.");
            }

            var missing = missingFacts ?? Array.Empty<string>();
            if (outcome == ConditionOutcome.Unknown && (missing.Count == 0 || missing.Any(string.IsNullOrWhiteSpace)))
            {
                throw new ArgumentException($"Host condition '{condition.Id}': an Unknown outcome names the dossier fields to collect.", nameof(missingFacts));
            }

            if (outcome != ConditionOutcome.Unknown && missing.Count > 0)
            {
                throw new ArgumentException($"Host condition '{condition.Id}': a decided outcome ({outcome}) has no missing facts.", nameof(missingFacts));
            }

            var outcomes = check.HostOutcomes ??= new List<ConditionResult>();
            if (outcomes.Any(o => o.ConditionId == condition.Id))
            {
                throw new RuleEvaluationException(condition.Id, $"recorded a second outcome for {check}; each condition gives exactly one.");
            }

            var definition = condition.ByRegime[_regimeId];
            outcomes.Add(new ConditionResult(
                condition.Id,
                outcome,
                message,
                definition.Citations,
                (values ?? new Dictionary<string, string?>()).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
                missing.ToList(),
                null)
            {
                Origin = definition.Origin,
                OriginName = definition.OriginName,
            });
        }
    }
}
