using System;
using System.Collections.Generic;
using System.Linq;
using NRules.RuleModel;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// What the law's rules do when they fire. Each condition rule matches the checks it applies to; its action
    /// records the condition's outcome in the check (an accumulator read after <c>Fire</c>, which measured several
    /// times cheaper than inserting outcome facts and collecting them). Prerequisite rules insert the nested standard
    /// check and a lower-priority rule joins its verdict back to the parent.
    /// </summary>
    internal static class ConditionActions
    {
        private static readonly FactDescriptor CategoryFact = FactCatalog.TryGet("category", out var category)
            ? category
            : throw new InvalidOperationException("The fact catalogue has no 'category' fact.");

        /// <summary>Which facts condition <paramref name="condition"/> needs are missing from the check (see <see cref="RulePlan.Missing"/>).</summary>
        public static ulong Missing(AwardCheck check, int condition) => PlanOf(check, condition).Missing(check);

        /// <summary>Whether condition <paramref name="condition"/> may be tested on lower bounds for its missing facts (see <see cref="RulePlan.MayTestLowerBounds"/>).</summary>
        public static bool MayTestLowerBounds(AwardCheck check, int condition, ulong missing) => PlanOf(check, condition).MayTestLowerBounds(check, missing);

        /// <summary>
        /// Records the outcome of an expression rule: with every fact settled, Met or NotMet as <paramref name="held"/>
        /// says; with facts missing, Met only if the test held on their lower bounds, otherwise Unknown (the legal test
        /// did not run, or a bound did not reach).
        /// </summary>
        public static void Decide(AwardCheck check, int condition, ulong missing, bool held)
        {
            var slot = SlotOf(check, condition);
            var plan = check.Plan.Rules[slot];
            Store(check, slot, missing != 0 && !held ? plan.Unknown(check, missing) : UnlessCategoryUnknown(plan, check, plan.Decided(held, check)));
        }

        /// <summary>
        /// A prerequisite rule fired: settle it from what is known now (unknown category; a decision already giving the
        /// required award for the period), or insert the standard check that the join rule will read.
        /// </summary>
        public static void RequestStandard(IContext context, AwardCheck check, int condition)
        {
            var slot = SlotOf(check, condition);
            var plan = check.Plan.Rules[slot];
            var rule = plan.Rule;
            if (check.Dossier.Category is not PersonnelCategory category)
            {
                Store(check, slot, RulePlan.UnknownResult(rule, check.Period, new[] { CategoryFact }));
                return;
            }

            var required = Required(check, plan, category);
            var decided = Decision(check, required.Code);
            if (decided != null)
            {
                // A decision already awarding the prerequisite for this period proves its standard was met.
                var values = new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["prerequisite"] = required.Code,
                    ["decisionNumber"] = decided.DecisionNumber,
                };
                Store(check, slot, new ConditionResult(rule.Id, ConditionOutcome.Met, plan.PrerequisiteMessage(check.Plan, ConditionOutcome.Met, required.Award, check.Period), rule.Definition.Citations, values, Array.Empty<string>(), null) { Origin = rule.Definition.Origin, OriginName = rule.Definition.OriginName, Route = rule.Definition.Route });
                return;
            }

            // In a check of all the dossier's awards, the full check of the required award is already in the session and
            // its standard conditions are the ones the nested check would evaluate; reuse it unless host conditions could
            // tell a standard-only check from a full one.
            var standard = Sibling(check, required);
            if (standard == null)
            {
                standard = new AwardCheck(check.Dossier, required, check.Period, check.ConsideredOn, check, condition);
                context.Insert(standard);
            }

            context.Insert(new StandardRequest(check, condition, standard));
        }

        /// <summary>The standard check asked for by <paramref name="parent"/>'s prerequisite rule has no rule left to fire: its verdict settles the condition.</summary>
        public static void CompleteStandard(AwardCheck parent, AwardCheck standard, int condition)
        {
            var slot = SlotOf(parent, condition);
            var plan = parent.Plan.Rules[slot];
            var rule = plan.Rule;
            var nested = ResultComposer.Compose(standard, asStandard: true);
            var outcome = nested.Verdict switch
            {
                Verdict.Eligible => ConditionOutcome.Met,
                Verdict.NotEligible => ConditionOutcome.NotMet,
                _ => ConditionOutcome.Unknown,
            };

            // With the award history unknown, a decision awarding the prerequisite may exist and would settle it,
            // so a failed standard check cannot be final.
            var historyUnknown = outcome == ConditionOutcome.NotMet && parent.Dossier.AwardHistory == null;
            if (historyUnknown)
            {
                outcome = ConditionOutcome.Unknown;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["prerequisite"] = standard.Award };
            var missing = outcome != ConditionOutcome.Unknown ? Array.Empty<string>()
                : historyUnknown ? nested.MissingFacts.Concat(new[] { "awardHistory" }).Distinct(StringComparer.Ordinal).ToList()
                : nested.MissingFacts;
            var message = plan.PrerequisiteMessage(parent.Plan, outcome, standard.Plan.Award, parent.Period);
            Store(parent, slot, new ConditionResult(rule.Id, outcome, message, rule.Definition.Citations, values, missing, nested) { Origin = rule.Definition.Origin, OriginName = rule.Definition.OriginName, Route = rule.Definition.Route });
        }

        /// <summary>
        /// A criterion of one personnel category, failed by a person whose category is unknown, may not apply to them at
        /// all (Law Điều 24 khoản 1 vs khoản 3): that is Unknown, not NotMet.
        /// </summary>
        private static ConditionResult UnlessCategoryUnknown(RulePlan plan, AwardCheck check, ConditionResult decided)
            => decided.Outcome == ConditionOutcome.NotMet && check.Dossier.Category == null && plan.Rule.Definition.AppliesTo.Count > 0
                ? RulePlan.UnknownResult(plan.Rule, check.Period, new[] { CategoryFact })
                : decided;

        /// <summary>The first candidate award open to the person's category (rule-file order), else the first candidate.</summary>
        private static AwardPlan Required(AwardCheck check, RulePlan plan, PersonnelCategory category)
        {
            var candidates = plan.Rule.Definition.PrerequisiteAwards;
            foreach (var code in candidates)
            {
                var candidate = check.Plan.Regime.PlanFor(code);
                if (candidate.Award.Definition.IsFor(category))
                {
                    return candidate;
                }
            }

            return check.Plan.Regime.PlanFor(candidates[0]);
        }

        private static AwardCheck? Sibling(AwardCheck check, AwardPlan required)
        {
            var siblings = check.Siblings;
            if (siblings == null || required.HostConditions.Conditions.Count > 0)
            {
                return null;
            }

            for (var i = 0; i < siblings.Count; i++)
            {
                var sibling = siblings[i];
                if (sibling.Plan == required && !sibling.IsStandardOnly && ReferenceEquals(sibling.Dossier, check.Dossier)
                    && sibling.Period == check.Period && sibling.ConsideredOn == check.ConsideredOn)
                {
                    return sibling;
                }
            }

            return null;
        }

        private static AwardRecord? Decision(AwardCheck check, string code)
        {
            var history = check.Dossier.AwardHistory;
            for (var i = 0; i < (history?.Count ?? 0); i++)
            {
                if (history![i].Code == code && history[i].Period == check.Period)
                {
                    return history[i];
                }
            }

            return null;
        }

        private static RulePlan PlanOf(AwardCheck check, int condition) => check.Plan.Rules[SlotOf(check, condition)];

        private static int SlotOf(AwardCheck check, int condition)
        {
            var slot = check.Plan.SlotByCondition[condition];
            return slot >= 0
                ? slot
                : throw new InvalidOperationException($"A rule of another award fired for {check}: the engine's routing is broken.");
        }

        /// <summary>Every condition yields exactly one outcome per check: a second one is a defect, never a silent overwrite.</summary>
        private static void Store(AwardCheck check, int slot, ConditionResult result)
        {
            if (check.Outcomes[slot] != null)
            {
                throw new RuleEvaluationException(result.ConditionId, $"recorded a second outcome for {check}; each condition gives exactly one.");
            }

            check.Outcomes[slot] = result;
        }
    }
}
