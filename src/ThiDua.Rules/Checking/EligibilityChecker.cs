using System;
using System.Collections.Generic;
using System.Linq;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Checks dossiers against compiled rule sets. Immutable after construction apart from its caches of messages and
    /// condition results, which are thread-safe, so one instance serves every thread; it never reads the clock.
    /// </summary>
    /// <remarks>
    /// Performance (see benchmarks/README.md): everything about a rule that does not depend on the dossier is
    /// prepared once per award in an <see cref="AwardPlan"/> (placeholders resolved, the rule's engine position),
    /// and messages are cached by what they depend on (period and the values of the rule's facts), because message
    /// formatting was the largest share of a check. Whole condition results are cached the same way: a decided
    /// condition is a function of the outcome, the period and its facts' values, an Unknown one of the period and
    /// which facts are missing. Cached results are shared between checks, so their collections are read-only
    /// (<see cref="System.Collections.ObjectModel.ReadOnlyDictionary{TKey, TValue}"/>, <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/>). The content is identical
    /// to building every result afresh.
    /// </remarks>
    internal sealed class EligibilityChecker : IEligibilityChecker
    {
        private static readonly FactDescriptor CategoryFact = FactCatalog.TryGet("category", out var category)
            ? category
            : throw new InvalidOperationException("The fact catalogue has no 'category' fact.");

        private readonly AwardCatalog _catalog;
        private readonly string? _pinnedRegimeId;

        // CompiledAward has reference equality, so this maps each award object to its plan.
        private readonly Dictionary<CompiledAward, AwardPlan> _plans = new Dictionary<CompiledAward, AwardPlan>();

        public EligibilityChecker(AwardCatalog catalog, string? pinnedRegimeId)
        {
            _catalog = catalog;
            _pinnedRegimeId = pinnedRegimeId;
            foreach (var regime in catalog.Regimes)
            {
                var compiled = catalog.Compiled(regime.Id);
                foreach (var award in compiled.Awards)
                {
                    _plans[award] = new AwardPlan(compiled, award);
                }
            }
        }

        public IAwardCatalog Catalog => _catalog;

        public EligibilityResult Check(EligibilityRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            DossierValidator.ThrowIfInvalid(request.Dossier, _catalog);
            var regime = _catalog.Resolve(request.Period, request.RegimeId ?? _pinnedRegimeId);
            var award = AwardCatalog.CompiledAward(regime, request.Award);
            return Evaluate(regime, award, request.Dossier, request.Period, request.ConsideredOn ?? request.Period.End, standardOnly: false);
        }

        public IReadOnlyList<EligibilityResult> CheckAll(IndividualDossier dossier, AssessmentPeriod period, string? regimeId = null)
        {
            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            DossierValidator.ThrowIfInvalid(dossier, _catalog);
            var regime = _catalog.Resolve(period, regimeId ?? _pinnedRegimeId);
            var results = new List<EligibilityResult>(regime.Awards.Count);
            foreach (var award in regime.Awards)
            {
                if (award.Definition.Subject == AwardSubject.Individual && (dossier.Category == null || award.Definition.IsFor(dossier.Category.Value)))
                {
                    results.Add(Evaluate(regime, award, dossier, period, period.End, standardOnly: false));
                }
            }

            return results;
        }

        private AwardPlan PlanFor(CompiledAward award) => _plans[award];

        private EligibilityResult Evaluate(CompiledRegime regime, CompiledAward award, IndividualDossier dossier, AssessmentPeriod period, DateTime consideredOn, bool standardOnly)
        {
            var plan = PlanFor(award);
            var facts = new RuleFacts(dossier, award.Code, period, consideredOn);
            var conditions = new List<ConditionResult>(plan.Rules.Length);

            // One engine call per award evaluates every expression rule, made when the first rule whose facts are
            // all known needs it; rules with missing facts are Unknown without it.
            IReadOnlyList<RuleEvaluation>? evaluations = null;
            foreach (var rulePlan in plan.Rules)
            {
                var rule = rulePlan.Rule;
                if (!rule.AppliesTo(dossier.Category) || (standardOnly && rule.IsProcedural))
                {
                    continue;
                }

                if (rule.Definition.IsPrerequisite)
                {
                    conditions.Add(EvaluatePrerequisite(regime, plan, rulePlan, dossier, period, consideredOn));
                    continue;
                }

                // Bit i = Needs[i] is missing. A rule lists each fact once and the catalogue has fewer than 64 facts
                // (a convention test pins this), so the mask always has room.
                var missing = 0UL;
                for (var i = 0; i < rulePlan.Needs.Length; i++)
                {
                    if (!rulePlan.Needs[i].IsKnown(facts))
                    {
                        missing |= 1UL << i;
                    }
                }

                if (missing != 0)
                {
                    conditions.Add(rulePlan.Unknown(facts, missing));
                    continue;
                }

                conditions.Add(UnlessCategoryUnknown(rule, dossier, facts, Decided(rulePlan, facts, evaluations ??= EvaluationsFor(award, rulePlan, facts))));
            }

            return Result(regime, award, dossier, period, conditions);
        }

        /// <summary>The engine's results for the award; not computed for a rule the engine does not know (Decided then fails).</summary>
        private static IReadOnlyList<RuleEvaluation>? EvaluationsFor(CompiledAward award, RulePlan rule, RuleFacts facts)
            => rule.EngineIndex < 0 ? null : award.Workflow.Evaluate(facts);

        private static ConditionResult Decided(RulePlan plan, RuleFacts facts, IReadOnlyList<RuleEvaluation>? evaluations)
        {
            var rule = plan.Rule;
            if (plan.EngineIndex < 0 || evaluations == null)
            {
                throw new InvalidOperationException("Rule " + rule.Id + " is not in its award's workflow.");
            }

            var evaluation = evaluations[plan.EngineIndex];
            if (evaluation.Error != null)
            {
                // Every fact the rule needs is present, so an engine error is a defect, never "not met".
                throw new RuleEvaluationException(rule.Id, evaluation.Error);
            }

            return plan.Decided(evaluation.IsSuccess, facts);
        }

        /// <summary>
        /// A criterion of one personnel category, failed by a person whose category is unknown, may not apply to them at
        /// all (Law Điều 24 khoản 1 vs khoản 3): that is Unknown, not NotMet.
        /// </summary>
        private static ConditionResult UnlessCategoryUnknown(CompiledRule rule, IndividualDossier dossier, RuleFacts facts, ConditionResult decided)
            => decided.Outcome == ConditionOutcome.NotMet && dossier.Category == null && rule.Definition.AppliesTo.Count > 0
                ? RulePlan.UnknownResult(rule, facts.Period, new[] { CategoryFact })
                : decided;

        private ConditionResult EvaluatePrerequisite(CompiledRegime regime, AwardPlan award, RulePlan plan, IndividualDossier dossier, AssessmentPeriod period, DateTime consideredOn)
        {
            var rule = plan.Rule;
            if (dossier.Category == null)
            {
                return RulePlan.UnknownResult(rule, period, new[] { CategoryFact });
            }

            var candidates = plan.PrerequisiteCandidates ?? rule.Definition.PrerequisiteAwards.Select(code => regime.ByCode[code]).ToArray();
            CompiledAward? required = null;
            foreach (var candidate in candidates)
            {
                if (candidate.Definition.IsFor(dossier.Category.Value))
                {
                    required = candidate;
                    break;
                }
            }

            required ??= candidates[0];
            AwardRecord? decided = null;
            foreach (var record in dossier.AwardHistory ?? Array.Empty<AwardRecord>())
            {
                if (record.Code == required.Code && record.Period == period)
                {
                    decided = record;
                    break;
                }
            }

            if (decided != null)
            {
                // A decision already awarding the prerequisite for this period proves its standard was met.
                var values = new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["prerequisite"] = required.Code,
                    ["decisionNumber"] = decided.DecisionNumber,
                };
                return new ConditionResult(rule.Id, ConditionOutcome.Met, plan.PrerequisiteMessage(award, ConditionOutcome.Met, required, period), rule.Definition.Citations, values, Array.Empty<string>(), null);
            }

            var nested = Evaluate(regime, required, dossier, period, consideredOn, standardOnly: true);
            var outcome = nested.Verdict switch
            {
                Verdict.Eligible => ConditionOutcome.Met,
                Verdict.NotEligible => ConditionOutcome.NotMet,
                _ => ConditionOutcome.Unknown,
            };

            // With the award history unknown, a decision awarding the prerequisite may exist and would settle it,
            // so a failed standard check cannot be final.
            var historyUnknown = outcome == ConditionOutcome.NotMet && dossier.AwardHistory == null;
            if (historyUnknown)
            {
                outcome = ConditionOutcome.Unknown;
            }

            var prerequisiteValues = new Dictionary<string, string?>(StringComparer.Ordinal) { ["prerequisite"] = required.Code };
            var missing = outcome != ConditionOutcome.Unknown ? Array.Empty<string>()
                : historyUnknown ? nested.MissingFacts.Concat(new[] { "awardHistory" }).Distinct(StringComparer.Ordinal).ToList()
                : nested.MissingFacts;
            return new ConditionResult(rule.Id, outcome, plan.PrerequisiteMessage(award, outcome, required, period), rule.Definition.Citations, prerequisiteValues, missing, nested);
        }

        private static EligibilityResult Result(CompiledRegime regime, CompiledAward award, IndividualDossier dossier, AssessmentPeriod period, IReadOnlyList<ConditionResult> conditions)
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

            return new EligibilityResult(
                award.Code,
                award.Definition.Name,
                dossier.Id,
                period,
                regime.Regime.Id,
                regime.Regime.DataVersion,
                verdict,
                conditions,
                (IReadOnlyList<string>?)missing ?? Array.Empty<string>());
        }
    }
}
