using System;
using System.Collections.Generic;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Composes a check's verdict from the outcomes its rules recorded: NotEligible if any condition is NotMet,
    /// otherwise NeedsInformation if any is Unknown, otherwise Eligible. For an award with alternative routes the
    /// conditions common to all routes are read so and combined (three-valued AND) with the OR of the routes, each
    /// route the AND of its own conditions. This is the one place a verdict is computed.
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
            var routes = check.Plan.Award.Definition.Routes;
            var common = ConditionOutcome.Met;
            ConditionOutcome[]? byRoute = null;
            bool[]? applies = null;
            if (routes != null)
            {
                byRoute = new ConditionOutcome[routes.Count];
                applies = new bool[routes.Count];
            }

            foreach (var condition in conditions)
            {
                var route = condition.Route == null || routes == null ? -1 : IndexOf(routes, condition.Route);
                if (route < 0)
                {
                    common = And(common, condition.Outcome);
                }
                else
                {
                    byRoute![route] = applies![route] ? And(byRoute[route], condition.Outcome) : condition.Outcome;
                    applies[route] = true;
                }
            }

            // Common conditions AND (OR over the routes that apply to this check). A route none of whose conditions
            // applies (a category or period it is not for) is no way to the award.
            var overall = common;
            List<RouteResult>? routeResults = null;
            if (routes != null)
            {
                routeResults = new List<RouteResult>(routes.Count);
                var any = ConditionOutcome.NotMet;
                for (var i = 0; i < routes.Count; i++)
                {
                    if (applies![i])
                    {
                        routeResults.Add(new RouteResult(routes[i].Id, routes[i].Name, byRoute![i]));
                        any = Or(any, byRoute[i]);
                    }
                }

                overall = And(common, any);
            }

            var verdict = overall switch
            {
                ConditionOutcome.Met => Verdict.Eligible,
                ConditionOutcome.NotMet => Verdict.NotEligible,
                _ => Verdict.NeedsInformation,
            };

            // The facts to collect: those of the common conditions, and of the routes still open while none is met.
            var routeMet = routeResults != null && routeResults.Exists(r => r.Outcome == ConditionOutcome.Met);
            List<string>? missing = null;
            foreach (var condition in conditions)
            {
                if (condition.Route != null && routes != null && (routeMet || Outcome(routeResults!, condition.Route) == ConditionOutcome.NotMet))
                {
                    continue;
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
                Routes = routeResults,
            };
        }

        /// <summary>Three-valued AND: NotMet if either is NotMet, otherwise Unknown if either is Unknown, otherwise Met.</summary>
        internal static ConditionOutcome And(ConditionOutcome a, ConditionOutcome b)
            => a == ConditionOutcome.NotMet || b == ConditionOutcome.NotMet ? ConditionOutcome.NotMet
                : a == ConditionOutcome.Unknown || b == ConditionOutcome.Unknown ? ConditionOutcome.Unknown
                : ConditionOutcome.Met;

        /// <summary>Three-valued OR: Met if either is Met, otherwise Unknown if either is Unknown, otherwise NotMet.</summary>
        internal static ConditionOutcome Or(ConditionOutcome a, ConditionOutcome b)
            => a == ConditionOutcome.Met || b == ConditionOutcome.Met ? ConditionOutcome.Met
                : a == ConditionOutcome.Unknown || b == ConditionOutcome.Unknown ? ConditionOutcome.Unknown
                : ConditionOutcome.NotMet;

        private static int IndexOf(IReadOnlyList<AwardRoute> routes, string id)
        {
            for (var i = 0; i < routes.Count; i++)
            {
                if (string.Equals(routes[i].Id, id, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        private static ConditionOutcome Outcome(List<RouteResult> routes, string id)
            => routes.Find(r => string.Equals(r.RouteId, id, StringComparison.Ordinal))?.Outcome ?? ConditionOutcome.Unknown;
    }
}
