using System;
using System.Collections.Generic;
using System.Linq;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Checks dossiers against compiled rule sets. Immutable after construction, so one instance serves every
    /// thread; it never reads the clock.
    /// </summary>
    internal sealed class EligibilityChecker : IEligibilityChecker
    {
        private static readonly IReadOnlyList<RuleEvaluation> NoEvaluations = Array.Empty<RuleEvaluation>();
        private static readonly IReadOnlyDictionary<string, string?> NoValues = new Dictionary<string, string?>();

        private static readonly FactDescriptor CategoryFact = FactCatalog.TryGet("category", out var category)
            ? category
            : throw new InvalidOperationException("The fact catalogue has no 'category' fact.");

        private readonly AwardCatalog _catalog;
        private readonly string? _pinnedRegimeId;

        public EligibilityChecker(AwardCatalog catalog, string? pinnedRegimeId)
        {
            _catalog = catalog;
            _pinnedRegimeId = pinnedRegimeId;
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
            return regime.Awards
                .Where(a => a.Definition.Subject == AwardSubject.Individual && (dossier.Category == null || a.Definition.IsFor(dossier.Category.Value)))
                .Select(a => Evaluate(regime, a, dossier, period, period.End, standardOnly: false))
                .ToList();
        }

        private EligibilityResult Evaluate(CompiledRegime regime, CompiledAward award, IndividualDossier dossier, AssessmentPeriod period, DateTime consideredOn, bool standardOnly)
        {
            var facts = new RuleFacts(dossier, award.Code, period, consideredOn);
            var applicable = new List<(CompiledRule Rule, List<FactDescriptor>? Missing)>(award.Rules.Count);
            var needsEngine = false;
            foreach (var rule in award.Rules)
            {
                if (!rule.AppliesTo(dossier.Category) || (standardOnly && rule.IsProcedural))
                {
                    continue;
                }

                List<FactDescriptor>? missing = null;
                foreach (var fact in rule.Needs)
                {
                    if (!fact.IsKnown(facts))
                    {
                        (missing ??= new List<FactDescriptor>()).Add(fact);
                    }
                }

                needsEngine |= missing == null && rule.Expression != null;
                applicable.Add((rule, missing));
            }

            // One engine call per award evaluates every expression rule; rules with missing facts are ignored below.
            var evaluations = needsEngine ? award.Workflow.Evaluate(facts) : NoEvaluations;
            var conditions = new List<ConditionResult>(applicable.Count);
            foreach (var (rule, missing) in applicable)
            {
                if (rule.Definition.IsPrerequisite)
                {
                    conditions.Add(EvaluatePrerequisite(regime, award, rule, dossier, period, consideredOn));
                }
                else if (missing != null)
                {
                    conditions.Add(Unknown(rule, facts, missing));
                }
                else
                {
                    var decided = Decided(award, rule, facts, evaluations);

                    // A criterion of one personnel category, failed by a person whose category is unknown, may not
                    // apply to them at all (Law Điều 24 khoản 1 vs khoản 3): that is Unknown, not NotMet.
                    conditions.Add(decided.Outcome == ConditionOutcome.NotMet && dossier.Category == null && rule.Definition.AppliesTo.Count > 0
                        ? Unknown(rule, facts, new[] { CategoryFact })
                        : decided);
                }
            }

            return Result(regime, award, dossier, period, conditions);
        }

        private ConditionResult Decided(CompiledAward award, CompiledRule rule, RuleFacts facts, IReadOnlyList<RuleEvaluation> evaluations)
        {
            var index = IndexOf(award.ExpressionRules, rule);
            var evaluation = evaluations[index];
            if (evaluation.Error != null)
            {
                // Every fact the rule needs is present, so an engine error is a defect, never "not met".
                throw new RuleEvaluationException(rule.Id, evaluation.Error);
            }

            var values = new Dictionary<string, string?>(rule.Needs.Count + rule.Parameters.Count, StringComparer.Ordinal);
            foreach (var fact in rule.Needs)
            {
                values[fact.Name] = ValueFormatter.Invariant(fact.Value(facts));
            }

            foreach (var parameter in rule.Parameters)
            {
                values[parameter.Key] = parameter.Value;
            }

            var template = evaluation.IsSuccess ? rule.MetMessage : rule.NotMetMessage;
            var message = MessageTemplate.Fill(template, (name, language) => Placeholder(name, language, rule, facts, award.Definition));
            return new ConditionResult(
                rule.Id,
                evaluation.IsSuccess ? ConditionOutcome.Met : ConditionOutcome.NotMet,
                message,
                rule.Definition.Citations,
                values,
                Array.Empty<string>(),
                null);
        }

        private static int IndexOf(IReadOnlyList<CompiledRule> rules, CompiledRule rule)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                if (ReferenceEquals(rules[i], rule))
                {
                    return i;
                }
            }

            throw new InvalidOperationException("Rule " + rule.Id + " is not in its award's workflow.");
        }

        private static string? Placeholder(string name, Language language, CompiledRule rule, RuleFacts facts, AwardDefinition award)
        {
            if (rule.Parameters.TryGetValue(name, out var parameter))
            {
                return language == Language.English ? parameter : parameter.Replace('.', ',');
            }

            if (name == "period")
            {
                return facts.Period.ToString();
            }

            if (name == "award")
            {
                return award.Name.Get(language);
            }

            return FactCatalog.TryGet(name, out var fact) ? ValueFormatter.ForPeople(fact.Value(facts), language) : null;
        }

        private static ConditionResult Unknown(CompiledRule rule, RuleFacts facts, IReadOnlyList<FactDescriptor> missing)
            => new ConditionResult(
                rule.Id,
                ConditionOutcome.Unknown,
                MessageTemplate.Unknown(missing.Select(m => m.Label).ToList()),
                rule.Definition.Citations,
                NoValues,
                missing.Select(m => m.FieldFor(facts.Period)).Distinct(StringComparer.Ordinal).ToList(),
                null);

        private ConditionResult EvaluatePrerequisite(CompiledRegime regime, CompiledAward award, CompiledRule rule, IndividualDossier dossier, AssessmentPeriod period, DateTime consideredOn)
        {
            if (dossier.Category == null)
            {
                return new ConditionResult(rule.Id, ConditionOutcome.Unknown, MessageTemplate.Unknown(new[] { CategoryFact.Label }), rule.Definition.Citations, NoValues, new[] { CategoryFact.FieldFor(period) }, null);
            }

            var candidates = rule.Definition.PrerequisiteAwards.Select(code => regime.ByCode[code]).ToList();
            var required = candidates.FirstOrDefault(c => c.Definition.IsFor(dossier.Category.Value)) ?? candidates[0];
            string? Lookup(string name, Language language) => name switch
            {
                "prerequisite" => required.Definition.Name.Get(language),
                "period" => period.ToString(),
                "award" => award.Definition.Name.Get(language),
                _ => null,
            };

            var decided = dossier.AwardHistory?.FirstOrDefault(a => a.Code == required.Code && a.Period == period);
            if (decided != null)
            {
                // A decision already awarding the prerequisite for this period proves its standard was met.
                var values = new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["prerequisite"] = required.Code,
                    ["decisionNumber"] = decided.DecisionNumber,
                };
                return new ConditionResult(rule.Id, ConditionOutcome.Met, MessageTemplate.Fill(rule.MetMessage, Lookup), rule.Definition.Citations, values, Array.Empty<string>(), null);
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
            var message = outcome switch
            {
                ConditionOutcome.Met => MessageTemplate.Fill(rule.MetMessage, Lookup),
                ConditionOutcome.NotMet => MessageTemplate.Fill(rule.NotMetMessage, Lookup),
                _ => MessageTemplate.Fill(MessageTemplate.PrerequisiteUnknownTemplate, Lookup),
            };
            var prerequisiteValues = new Dictionary<string, string?>(StringComparer.Ordinal) { ["prerequisite"] = required.Code };
            var missing = outcome != ConditionOutcome.Unknown ? Array.Empty<string>()
                : historyUnknown ? nested.MissingFacts.Concat(new[] { "awardHistory" }).Distinct(StringComparer.Ordinal).ToList()
                : nested.MissingFacts;
            return new ConditionResult(rule.Id, outcome, message, rule.Definition.Citations, prerequisiteValues, missing, nested);
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
