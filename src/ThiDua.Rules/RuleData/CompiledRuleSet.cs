using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.RuleData
{
    /// <summary>One validated rule, ready to evaluate.</summary>
    internal sealed class CompiledRule
    {
        public CompiledRule(
            ConditionDefinition definition,
            string file,
            bool isProcedural,
            string? expressionTemplate,
            string? expression,
            Expression<Func<AwardCheck, bool>>? test,
            IReadOnlyList<FactDescriptor> needs,
            IReadOnlyDictionary<string, string> parameters,
            LocalizedText metMessage,
            LocalizedText notMetMessage,
            DateTime? periodsEndingFrom = null,
            DateTime? periodsEndingTo = null)
        {
            PeriodsEndingFrom = periodsEndingFrom;
            PeriodsEndingTo = periodsEndingTo;
            Definition = definition;
            File = file;
            IsProcedural = isProcedural;
            ExpressionTemplate = expressionTemplate;
            Expression = expression;
            Test = test;
            Needs = needs;
            Parameters = parameters;
            MetMessage = metMessage;
            NotMetMessage = notMetMessage;
        }

        public string Id => Definition.Id;

        public ConditionDefinition Definition { get; }

        /// <summary>The rule file that defines it, for problems found after loading.</summary>
        public string File { get; }

        /// <summary>
        /// Procedural rules (pending proceedings, no double award, the next-award clock) govern whether a proposal can
        /// be made now; they are left out when another award only needs this award's standard.
        /// </summary>
        public bool IsProcedural { get; }

        /// <summary>
        /// The expression as the rule file writes it, with its <c>$parameters</c> unfilled: an overlay that tightens a
        /// number compiles it again with the new value. <see langword="null"/> for a prerequisite rule.
        /// </summary>
        public string? ExpressionTemplate { get; }

        /// <summary>The expression as written, with parameters filled in; <see langword="null"/> for a prerequisite rule.</summary>
        public string? Expression { get; }

        /// <summary>The legal test: the expression, parsed once, reading its facts from the check; <see langword="null"/> for a prerequisite rule.</summary>
        public Expression<Func<AwardCheck, bool>>? Test { get; }

        public IReadOnlyList<FactDescriptor> Needs { get; }

        public IReadOnlyDictionary<string, string> Parameters { get; }

        public LocalizedText MetMessage { get; }

        public LocalizedText NotMetMessage { get; }

        /// <summary>The same rule described by <paramref name="definition"/> (an overlay's condition, marked as such).</summary>
        public CompiledRule WithDefinition(ConditionDefinition definition)
            => new CompiledRule(definition, File, IsProcedural, ExpressionTemplate, Expression, Test, Needs, Parameters, MetMessage, NotMetMessage, PeriodsEndingFrom, PeriodsEndingTo);
        /// <summary>The first period end date the rule applies to, when it applies to only part of its regime's range.</summary>
        public DateTime? PeriodsEndingFrom { get; }

        /// <summary>The last period end date the rule applies to, when it applies to only part of its regime's range.</summary>
        public DateTime? PeriodsEndingTo { get; }

        /// <summary>Whether the rule applies to <paramref name="period"/>: a rule without a range of its own applies to its whole regime.</summary>
        public bool Covers(AssessmentPeriod period)
            => (PeriodsEndingFrom == null || period.End >= PeriodsEndingFrom) && (PeriodsEndingTo == null || period.End <= PeriodsEndingTo);

        /// <summary>Whether the rule applies to a person of <paramref name="category"/>; an unknown category keeps every rule.</summary>
        public bool AppliesTo(PersonnelCategory? category)
            => category == null || Definition.AppliesTo.Count == 0 || Definition.AppliesTo.Contains(category.Value);
    }

    /// <summary>One award of one regime, with its rules.</summary>
    internal sealed class CompiledAward
    {
        public CompiledAward(AwardDefinition definition, IReadOnlyList<CompiledRule> rules)
        {
            Definition = definition;
            Rules = rules;
        }

        public AwardDefinition Definition { get; }

        public string Code => Definition.Code;

        public IReadOnlyList<CompiledRule> Rules { get; }
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
