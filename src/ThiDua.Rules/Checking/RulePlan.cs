using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// One rule of one award with what can be worked out before any dossier arrives: its fact descriptors, its messages with every placeholder classified, and caches of the
    /// messages and condition results it has produced. Shared rules (general.json, annual.json) get one plan per award, as {award} differs.
    /// </summary>
    internal sealed class RulePlan
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

        // Bit i: Needs[i] may stand in as a lower bound while unsettled, since the test only grows with it.
        private readonly ulong _boundable;

        // Read-only: this one instance is in every Unknown result, so no caller may be able to add to it.
        private static readonly IReadOnlyDictionary<string, string?> NoValues = new ReadOnlyDictionary<string, string?>(new Dictionary<string, string?>());

        public RulePlan(CompiledRegime regime, CompiledAward award, CompiledRule rule)
        {
            Rule = rule;
            Needs = rule.Needs.ToArray();
            for (var i = 0; i < Needs.Length; i++)
            {
                if (rule.Test != null && Needs[i].IsLowerBound != null && LowerBoundTest.IsNonDecreasingIn(rule.Test, Needs[i]))
                {
                    _boundable |= 1UL << i;
                }
            }

            _met = new PreparedMessage(rule.MetMessage, rule, Needs, award.Definition);
            _notMet = new PreparedMessage(rule.NotMetMessage, rule, Needs, award.Definition);
            if (rule.Definition.IsPrerequisite && rule.Definition.PrerequisiteAwards.All(regime.ByCode.ContainsKey))
            {
                PrerequisiteCandidates = rule.Definition.PrerequisiteAwards.Select(code => regime.ByCode[code]).ToArray();
            }
        }

        public CompiledRule Rule { get; }

        public FactDescriptor[] Needs { get; }

        /// <summary>
        /// Which facts the rule needs are missing from <paramref name="check"/>: bit i stands for <see cref="Needs"/>[i].
        /// A rule lists each fact once and the catalogue has fewer than 64 facts (a convention test pins this), so the
        /// mask always has room.
        /// </summary>
        public ulong Missing(AwardCheck check)
        {
            var missing = 0UL;
            if (check.IsProbe)
            {
                return missing;
            }

            for (var i = 0; i < Needs.Length; i++)
            {
                if (!Needs[i].IsKnown(check))
                {
                    missing |= 1UL << i;
                }
            }

            return missing;
        }

        /// <summary>Whether the rule applies to <paramref name="check"/>: the person's category (unknown keeps every rule) and, for a procedural rule, a full check.</summary>
        public bool AppliesTo(AwardCheck check) => Rule.AppliesTo(check.Dossier.Category) && !(Rule.IsProcedural && check.IsStandardOnly) && Rule.Covers(check.Period);

        /// <summary>For a prerequisite rule, the awards whose standard it checks, in rule-file order.</summary>
        public CompiledAward[]? PrerequisiteCandidates { get; }

        /// <summary>
        /// The Met or NotMet message. <paramref name="first"/> and <paramref name="second"/> are the invariant
        /// values of the first two facts the rule needs: a message is a function of the period and of the
        /// values of the facts it names, so when it names no other fact it is cached under those.
        /// </summary>
        public LocalizedText Message(bool met, AwardCheck facts, string? first, string? second)
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
        public ConditionResult Decided(bool met, AwardCheck facts)
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
        /// Whether the test may run although the facts flagged in <paramref name="missing"/> are unsettled: each is, for
        /// this check, a lower bound of its final value, and the test only grows with it. If the test then holds, the
        /// rest of the dossier cannot undo it; if not, the condition stays Unknown.
        /// </summary>
        public bool MayTestLowerBounds(AwardCheck check, ulong missing)
        {
            if (missing == 0 || (missing & ~_boundable) != 0)
            {
                return false;
            }

            for (var i = 0; i < Needs.Length; i++)
            {
                if ((missing & (1UL << i)) != 0 && !Needs[i].IsLowerBound!(check))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// An Unknown result for the facts flagged in <paramref name="missing"/> (bit i = <see cref="Needs"/>[i]).
        /// It depends only on which facts are missing and on the period, so it is cached.
        /// </summary>
        public ConditionResult Unknown(AwardCheck facts, ulong missing)
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

            var result = UnknownResult(Rule, facts.Period, descriptors);
            _unknown.TryAdd(key, result);
            return result;
        }

        /// <summary>The Unknown result of <paramref name="rule"/> when <paramref name="missing"/> are absent: what to collect, and nothing else.</summary>
        public static ConditionResult UnknownResult(CompiledRule rule, AssessmentPeriod period, IReadOnlyList<FactDescriptor> missing)
            => new ConditionResult(
                rule.Id,
                ConditionOutcome.Unknown,
                MessageTemplate.Unknown(missing.Select(m => m.Label).ToList()),
                rule.Definition.Citations,
                NoValues,
                new ReadOnlyCollection<string>(missing.Select(m => m.FieldFor(period)).Distinct(StringComparer.Ordinal).ToList()),
                null)
            {
                Origin = rule.Definition.Origin,
                OriginName = rule.Definition.OriginName,
                Route = rule.Definition.Route,
            };

        private string[] Texts(string? first, string? second)
            => Needs.Length == 0 ? Array.Empty<string>() : Needs.Length == 1 ? new[] { first! } : new[] { first!, second! };

        private ConditionResult Build(bool met, AwardCheck facts, string[] texts)
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
                null)
            {
                Origin = Rule.Definition.Origin,
                OriginName = Rule.Definition.OriginName,
                Route = Rule.Definition.Route,
            };
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
    }
}
