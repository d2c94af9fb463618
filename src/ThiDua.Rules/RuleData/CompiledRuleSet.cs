using System;
using System.Collections.Generic;
using System.Linq;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.RuleData
{
    /// <summary>One validated rule, ready to evaluate.</summary>
    internal sealed class CompiledRule
    {
        public CompiledRule(
            ConditionDefinition definition,
            bool isProcedural,
            string? expression,
            IReadOnlyList<FactDescriptor> needs,
            IReadOnlyDictionary<string, string> parameters,
            LocalizedText metMessage,
            LocalizedText notMetMessage)
        {
            Definition = definition;
            IsProcedural = isProcedural;
            Expression = expression;
            Needs = needs;
            Parameters = parameters;
            MetMessage = metMessage;
            NotMetMessage = notMetMessage;
        }

        public string Id => Definition.Id;

        public ConditionDefinition Definition { get; }

        /// <summary>
        /// Procedural rules (pending proceedings, no double award, the next-award clock) govern whether a proposal can
        /// be made now; they are left out when another award only needs this award's standard.
        /// </summary>
        public bool IsProcedural { get; }

        /// <summary>The engine expression with parameters filled in; <see langword="null"/> for a prerequisite rule.</summary>
        public string? Expression { get; }

        public IReadOnlyList<FactDescriptor> Needs { get; }

        public IReadOnlyDictionary<string, string> Parameters { get; }

        public LocalizedText MetMessage { get; }

        public LocalizedText NotMetMessage { get; }

        /// <summary>Whether the rule applies to a person of <paramref name="category"/>; an unknown category keeps every rule.</summary>
        public bool AppliesTo(PersonnelCategory? category)
            => category == null || Definition.AppliesTo.Count == 0 || Definition.AppliesTo.Contains(category.Value);
    }

    /// <summary>One award of one regime, with its rules and its compiled engine workflow.</summary>
    internal sealed class CompiledAward
    {
        public CompiledAward(AwardDefinition definition, IReadOnlyList<CompiledRule> rules)
        {
            Definition = definition;
            Rules = rules;
            ExpressionRules = rules.Where(r => r.Expression != null).ToList();
        }

        public AwardDefinition Definition { get; }

        public string Code => Definition.Code;

        public IReadOnlyList<CompiledRule> Rules { get; }

        /// <summary>The rules the engine evaluates, in workflow order.</summary>
        public IReadOnlyList<CompiledRule> ExpressionRules { get; }

        /// <summary>Set once the engine has compiled the workflow.</summary>
        public ICompiledWorkflow Workflow { get; set; } = null!;
    }

    /// <summary>One regime: its description and its awards in catalogue order.</summary>
    internal sealed class CompiledRegime
    {
        public CompiledRegime(LegalRegime regime, IReadOnlyList<CompiledAward> awards)
        {
            Regime = regime;
            Awards = awards;
            ByCode = awards.ToDictionary(a => a.Code, StringComparer.Ordinal);
        }

        public LegalRegime Regime { get; }

        public IReadOnlyList<CompiledAward> Awards { get; }

        public IReadOnlyDictionary<string, CompiledAward> ByCode { get; }
    }
}
