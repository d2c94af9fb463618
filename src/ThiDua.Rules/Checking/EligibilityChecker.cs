using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
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
    /// (<see cref="ReadOnlyDictionary{TKey, TValue}"/>, <see cref="ReadOnlyCollection{T}"/>). The content is identical
    /// to building every result afresh.
    /// </remarks>
    internal sealed class EligibilityChecker : IEligibilityChecker
    {
        // Read-only: this one instance is in every Unknown result, so no caller may be able to add to it.
        private static readonly IReadOnlyDictionary<string, string?> NoValues = new ReadOnlyDictionary<string, string?>(new Dictionary<string, string?>());

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

        private AwardPlan PlanFor(CompiledRegime regime, CompiledAward award)
            => _plans.TryGetValue(award, out var plan) ? plan : new AwardPlan(regime, award);

        private EligibilityResult Evaluate(CompiledRegime regime, CompiledAward award, IndividualDossier dossier, AssessmentPeriod period, DateTime consideredOn, bool standardOnly)
        {
            var plan = PlanFor(regime, award);
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

                if (rulePlan.Needs.Length > 64)
                {
                    // Too many facts for the bit mask below: the plain path (no rule file comes near this).
                    var missingList = rulePlan.Needs.Where(f => !f.IsKnown(facts)).ToList();
                    conditions.Add(missingList.Count > 0
                        ? Unknown(rule, facts, missingList)
                        : UnlessCategoryUnknown(rule, dossier, facts, Decided(rulePlan, facts, evaluations ??= EvaluationsFor(award, rulePlan, facts))));
                    continue;
                }

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

        private static ConditionResult Unknown(CompiledRule rule, RuleFacts facts, IReadOnlyList<FactDescriptor> missing)
            => new ConditionResult(
                rule.Id,
                ConditionOutcome.Unknown,
                MessageTemplate.Unknown(missing.Select(m => m.Label).ToList()),
                rule.Definition.Citations,
                NoValues,
                missing.Select(m => m.FieldFor(facts.Period)).Distinct(StringComparer.Ordinal).ToList(),
                null);

        /// <summary>
        /// A criterion of one personnel category, failed by a person whose category is unknown, may not apply to them at
        /// all (Law Điều 24 khoản 1 vs khoản 3): that is Unknown, not NotMet.
        /// </summary>
        private static ConditionResult UnlessCategoryUnknown(CompiledRule rule, IndividualDossier dossier, RuleFacts facts, ConditionResult decided)
            => decided.Outcome == ConditionOutcome.NotMet && dossier.Category == null && rule.Definition.AppliesTo.Count > 0
                ? Unknown(rule, facts, new[] { CategoryFact })
                : decided;

        private ConditionResult EvaluatePrerequisite(CompiledRegime regime, AwardPlan award, RulePlan plan, IndividualDossier dossier, AssessmentPeriod period, DateTime consideredOn)
        {
            var rule = plan.Rule;
            if (dossier.Category == null)
            {
                return new ConditionResult(rule.Id, ConditionOutcome.Unknown, MessageTemplate.Unknown(new[] { CategoryFact.Label }), rule.Definition.Citations, NoValues, new[] { CategoryFact.FieldFor(period) }, null);
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

        /// <summary>An award's rules, each prepared for checking (see <see cref="RulePlan"/>).</summary>
        private sealed class AwardPlan
        {
            public AwardPlan(CompiledRegime regime, CompiledAward award)
            {
                Award = award;
                Rules = award.Rules.Select(rule => new RulePlan(regime, award, rule)).ToArray();
            }

            public CompiledAward Award { get; }

            public RulePlan[] Rules { get; }
        }

        /// <summary>
        /// One rule of one award with what can be worked out before any dossier arrives: its position in the award's
        /// engine workflow, its fact descriptors, its messages with every placeholder classified, and caches of the
        /// messages and condition results it has produced. Shared rules (general.json, annual.json) get one plan per award, as {award} differs.
        /// </summary>
        private sealed class RulePlan
        {
            // Bounds each cache; values such as months since recruitment vary per person, so a long-running host
            // would otherwise keep every distinct message. Past the bound, messages are built on each call.
            private const int MaxCachedMessages = 2048;

            private readonly PreparedMessage _met;
            private readonly PreparedMessage _notMet;
            private readonly ConcurrentDictionary<(bool Met, AssessmentPeriod Period, string? First, string? Second), LocalizedText> _messages =
                new ConcurrentDictionary<(bool, AssessmentPeriod, string?, string?), LocalizedText>();

            private readonly ConcurrentDictionary<(bool Met, AssessmentPeriod Period, string? First, string? Second), ConditionResult> _decided =
                new ConcurrentDictionary<(bool, AssessmentPeriod, string?, string?), ConditionResult>();

            private readonly ConcurrentDictionary<(ulong Missing, AssessmentPeriod Period), ConditionResult> _unknown =
                new ConcurrentDictionary<(ulong, AssessmentPeriod), ConditionResult>();

            private readonly ConcurrentDictionary<(ConditionOutcome Outcome, string Required, AssessmentPeriod Period), LocalizedText> _prerequisiteMessages =
                new ConcurrentDictionary<(ConditionOutcome, string, AssessmentPeriod), LocalizedText>();

            private int _cachedMessages;

            public RulePlan(CompiledRegime regime, CompiledAward award, CompiledRule rule)
            {
                Rule = rule;
                Needs = rule.Needs.ToArray();
                EngineIndex = IndexOf(award.ExpressionRules, rule);
                _met = new PreparedMessage(rule.MetMessage, rule, Needs, award.Definition);
                _notMet = new PreparedMessage(rule.NotMetMessage, rule, Needs, award.Definition);
                if (rule.Definition.IsPrerequisite && rule.Definition.PrerequisiteAwards.All(regime.ByCode.ContainsKey))
                {
                    PrerequisiteCandidates = rule.Definition.PrerequisiteAwards.Select(code => regime.ByCode[code]).ToArray();
                }
            }

            public CompiledRule Rule { get; }

            public FactDescriptor[] Needs { get; }

            /// <summary>The rule's index among the award's expression rules (its engine result); -1 when it has none.</summary>
            public int EngineIndex { get; }

            /// <summary>For a prerequisite rule, the awards whose standard it checks, in rule-file order.</summary>
            public CompiledAward[]? PrerequisiteCandidates { get; }

            /// <summary>
            /// The Met or NotMet message. <paramref name="first"/> and <paramref name="second"/> are the invariant
            /// values of the first two facts the rule needs: a message is a function of the period and of the
            /// values of the facts it names, so when it names no other fact it is cached under those.
            /// </summary>
            public LocalizedText Message(bool met, RuleFacts facts, string? first, string? second)
            {
                var message = met ? _met : _notMet;
                if (!message.Cacheable)
                {
                    return message.Fill(facts);
                }

                var key = (met, facts.Period, message.UsesFirst ? first : null, message.UsesSecond ? second : null);
                if (_messages.TryGetValue(key, out var cached))
                {
                    return cached;
                }

                var filled = message.Fill(facts);
                if (MayCache())
                {
                    _messages.TryAdd(key, filled);
                }

                return filled;
            }

            /// <summary>
            /// The Met or NotMet result: its values are the invariant form of each fact the rule needs, then its
            /// parameters; its message as <see cref="Message"/>. For a rule of one or two facts the whole result is a
            /// function of the outcome, the period and those two values, and is cached under them.
            /// </summary>
            public ConditionResult Decided(bool met, RuleFacts facts)
            {
                if (Needs.Length > 2)
                {
                    var texts = new string[Needs.Length];
                    for (var i = 0; i < texts.Length; i++)
                    {
                        texts[i] = ValueFormatter.Invariant(Needs[i].Value(facts));
                    }

                    return Build(met, facts, texts);
                }

                var first = Needs.Length > 0 ? ValueFormatter.Invariant(Needs[0].Value(facts)) : null;
                var second = Needs.Length > 1 ? ValueFormatter.Invariant(Needs[1].Value(facts)) : null;
                if (!(met ? _met : _notMet).Cacheable)
                {
                    return Build(met, facts, Texts(first, second));
                }

                var key = (met, facts.Period, first, second);
                if (_decided.TryGetValue(key, out var cached))
                {
                    return cached;
                }

                var result = Build(met, facts, Texts(first, second));
                if (MayCache())
                {
                    _decided.TryAdd(key, result);
                }

                return result;
            }

            /// <summary>
            /// An Unknown result for the facts flagged in <paramref name="missing"/> (bit i = <see cref="Needs"/>[i]).
            /// It depends only on which facts are missing and on the period, so it is cached.
            /// </summary>
            public ConditionResult Unknown(RuleFacts facts, ulong missing)
            {
                var key = (missing, facts.Period);
                if (_unknown.TryGetValue(key, out var cached))
                {
                    return cached;
                }

                var descriptors = new List<FactDescriptor>();
                for (var i = 0; i < Needs.Length; i++)
                {
                    if ((missing & (1UL << i)) != 0)
                    {
                        descriptors.Add(Needs[i]);
                    }
                }

                var fields = descriptors.Select(m => m.FieldFor(facts.Period)).Distinct(StringComparer.Ordinal).ToList();
                var result = new ConditionResult(
                    Rule.Id,
                    ConditionOutcome.Unknown,
                    MessageTemplate.Unknown(descriptors.Select(m => m.Label).ToList()),
                    Rule.Definition.Citations,
                    NoValues,
                    new ReadOnlyCollection<string>(fields),
                    null);
                _unknown.TryAdd(key, result);
                return result;
            }

            private string[] Texts(string? first, string? second)
                => Needs.Length == 0 ? Array.Empty<string>() : Needs.Length == 1 ? new[] { first! } : new[] { first!, second! };

            private ConditionResult Build(bool met, RuleFacts facts, string[] texts)
            {
                var values = new Dictionary<string, string?>(Needs.Length + Rule.Parameters.Count, StringComparer.Ordinal);
                for (var i = 0; i < Needs.Length; i++)
                {
                    values[Needs[i].Name] = texts[i];
                }

                foreach (var parameter in Rule.Parameters)
                {
                    values[parameter.Key] = parameter.Value;
                }

                return new ConditionResult(
                    Rule.Id,
                    met ? ConditionOutcome.Met : ConditionOutcome.NotMet,
                    Message(met, facts, texts.Length > 0 ? texts[0] : null, texts.Length > 1 ? texts[1] : null),
                    Rule.Definition.Citations,
                    new ReadOnlyDictionary<string, string?>(values),
                    Array.Empty<string>(),
                    null);
            }

            /// <summary>The message of a prerequisite condition; it depends only on the outcome, the required award and the period.</summary>
            public LocalizedText PrerequisiteMessage(AwardPlan award, ConditionOutcome outcome, CompiledAward required, AssessmentPeriod period)
            {
                var key = (outcome, required.Code, period);
                if (_prerequisiteMessages.TryGetValue(key, out var cached))
                {
                    return cached;
                }

                string? Lookup(string name, Language language) => name switch
                {
                    "prerequisite" => required.Definition.Name.Get(language),
                    "period" => period.ToString(),
                    "award" => award.Award.Definition.Name.Get(language),
                    _ => null,
                };

                var template = outcome switch
                {
                    ConditionOutcome.Met => Rule.MetMessage,
                    ConditionOutcome.NotMet => Rule.NotMetMessage,
                    _ => MessageTemplate.PrerequisiteUnknownTemplate,
                };
                var filled = MessageTemplate.Fill(template, Lookup);
                if (MayCache())
                {
                    _prerequisiteMessages.TryAdd(key, filled);
                }

                return filled;
            }

            private bool MayCache() => Volatile.Read(ref _cachedMessages) < MaxCachedMessages && Interlocked.Increment(ref _cachedMessages) <= MaxCachedMessages;

            private static int IndexOf(IReadOnlyList<CompiledRule> rules, CompiledRule rule)
            {
                for (var i = 0; i < rules.Count; i++)
                {
                    if (ReferenceEquals(rules[i], rule))
                    {
                        return i;
                    }
                }

                return -1;
            }
        }

        /// <summary>
        /// A Met or NotMet message in both languages, split into pieces with each placeholder resolved as the former
        /// per-call lookup did, in the same order: a rule parameter (decimal comma in Vietnamese), {period}, {award},
        /// a fact (formatted for people), or else left as written.
        /// </summary>
        private sealed class PreparedMessage
        {
            private readonly Piece[] _vi;
            private readonly Piece[] _en;

            public PreparedMessage(LocalizedText template, CompiledRule rule, FactDescriptor[] needs, AwardDefinition award)
            {
                var cacheable = true;
                var usesFirst = false;
                var usesSecond = false;
                Piece[] Prepare(string text, Language language)
                {
                    var pieces = new List<Piece>();
                    foreach (var (isPlaceholder, part) in MessageTemplate.Split(text))
                    {
                        if (!isPlaceholder)
                        {
                            pieces.Add(Piece.Literal(part));
                        }
                        else if (rule.Parameters.TryGetValue(part, out var parameter))
                        {
                            pieces.Add(Piece.Literal(language == Language.English ? parameter : parameter.Replace('.', ',')));
                        }
                        else if (part == "period")
                        {
                            pieces.Add(Piece.Period);
                        }
                        else if (part == "award")
                        {
                            pieces.Add(Piece.Literal(award.Name.Get(language)));
                        }
                        else if (FactCatalog.TryGet(part, out var fact))
                        {
                            pieces.Add(Piece.Fact(fact));
                            var index = Array.IndexOf(needs, fact);
                            usesFirst |= index == 0;
                            usesSecond |= index == 1;
                            cacheable &= index == 0 || index == 1;
                        }
                        else
                        {
                            pieces.Add(Piece.Literal("{" + part + "}"));
                        }
                    }

                    return pieces.ToArray();
                }

                _vi = Prepare(template.Vi, Language.Vietnamese);
                _en = Prepare(template.En, Language.English);
                Cacheable = cacheable;
                UsesFirst = usesFirst;
                UsesSecond = usesSecond;
            }

            /// <summary>Whether every fact the message names is one of the rule's first two needs (so it can be cached by their values).</summary>
            public bool Cacheable { get; }

            public bool UsesFirst { get; }

            public bool UsesSecond { get; }

            public LocalizedText Fill(RuleFacts facts) => new LocalizedText(Fill(_vi, facts, Language.Vietnamese), Fill(_en, facts, Language.English));

            private static string Fill(Piece[] pieces, RuleFacts facts, Language language)
            {
                if (pieces.Length == 1 && pieces[0].Kind == PieceKind.Literal)
                {
                    return pieces[0].Text!;
                }

                var texts = new string[pieces.Length];
                for (var i = 0; i < pieces.Length; i++)
                {
                    var piece = pieces[i];
                    texts[i] = piece.Kind switch
                    {
                        PieceKind.Literal => piece.Text!,
                        PieceKind.Period => facts.Period.ToString(),
                        _ => ValueFormatter.ForPeople(piece.FactDescriptor!.Value(facts), language),
                    };
                }

                return string.Concat(texts);
            }
        }

        private enum PieceKind
        {
            Literal,
            Period,
            Fact,
        }

        private readonly struct Piece
        {
            private Piece(PieceKind kind, string? text, FactDescriptor? fact)
            {
                Kind = kind;
                Text = text;
                FactDescriptor = fact;
            }

            public static Piece Period => new Piece(PieceKind.Period, null, null);

            public PieceKind Kind { get; }

            public string? Text { get; }

            public FactDescriptor? FactDescriptor { get; }

            public static Piece Literal(string text) => new Piece(PieceKind.Literal, text, null);

            public static Piece Fact(FactDescriptor fact) => new Piece(PieceKind.Fact, null, fact);
        }
    }
}
