using System;
using System.Collections.Generic;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Composes a check's verdict from the outcomes its rules recorded: NotEligible if any condition is NotMet,
    /// otherwise NeedsInformation if any is Unknown, otherwise Eligible.
    /// </summary>
    internal static class ResultComposer
    {
        /// <summary>
        /// The result of <paramref name="check"/> after its session fired. Every condition of the law that applies to
        /// the check must have recorded exactly one outcome, and no other: anything else is a defect in the rules or
        /// the engine and throws, never a verdict.
        /// </summary>
        /// <exception cref="RuleEvaluationException">A condition that applies recorded nothing, or one that does not apply recorded an outcome.</exception>
        /// <param name="check">The check.</param>
        /// <param name="asStandard">
        /// Compose only the award's standard, as a prerequisite reads it: procedural conditions left out. A full check
        /// of the award can answer for it (in CheckAll, only when the award has no host conditions, whose rules might
        /// tell a standard-only check from a full one).
        /// </param>
        public static EligibilityResult Compose(AwardCheck check, bool asStandard = false)
        {
            var plan = check.Plan;
            var hostOutcomes = asStandard && !check.IsStandardOnly ? null : check.HostOutcomes;
            var conditions = new List<ConditionResult>(plan.Rules.Length + (hostOutcomes?.Count ?? 0));
            for (var slot = 0; slot < plan.Rules.Length; slot++)
            {
                var rule = plan.Rules[slot];
                var outcome = check.Outcomes[slot];
                var applies = rule.AppliesTo(check);
                if (applies && outcome == null)
                {
                    throw new RuleEvaluationException(rule.Rule.Id, $"applies to {check} but its rule recorded no outcome.");
                }

                if (!applies && outcome != null)
                {
                    throw new RuleEvaluationException(rule.Rule.Id, $"recorded an outcome for {check}, to which it does not apply.");
                }

                if (asStandard && rule.Rule.IsProcedural)
                {
                    // A full check answering for the standard recorded its procedural conditions too; they are not part of it.
                    continue;
                }

                if (outcome != null)
                {
                    conditions.Add(outcome);
                }
            }

            if (hostOutcomes != null)
            {
                conditions.AddRange(hostOutcomes);
            }

            return Result(check, conditions, asStandard);
        }

        private static EligibilityResult Result(AwardCheck check, IReadOnlyList<ConditionResult> conditions, bool asStandard)
        {
            var verdict = Verdict.Eligible;
            List<string>? missing = null;
            foreach (var condition in conditions)
            {
                if (condition.Outcome == ConditionOutcome.NotMet)
                {
                    verdict = Verdict.NotEligible;
                }
                else if (condition.Outcome == ConditionOutcome.Unknown && verdict == Verdict.Eligible)
                {
                    verdict = Verdict.NeedsInformation;
                }

                foreach (var fact in condition.MissingFacts)
                {
                    missing ??= new List<string>();
                    if (!missing.Contains(fact))
                    {
                        missing.Add(fact);
                    }
                }
            }

            var award = check.Plan.Award;
            var regime = check.Plan.Regime.Compiled.Regime;
            return new EligibilityResult(
                award.Code,
                award.Definition.Name,
                check.Dossier.Id,
                check.Period,
                regime.Id,
                regime.DataVersion,
                verdict,
                conditions,
                (IReadOnlyList<string>?)missing ?? Array.Empty<string>())
            {
                // A prerequisite's nested result runs under its parent's selection, shown once on the parent.
                Selection = asStandard ? null : check.Selection,
            };
        }
    }
}
