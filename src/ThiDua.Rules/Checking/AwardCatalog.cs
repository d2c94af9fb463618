using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ThiDua.Rules.Facts;
using ThiDua.Rules.Hosting;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>The loaded regimes and awards, and the choice of regime for a period.</summary>
    internal sealed class AwardCatalog : IAwardCatalog
    {
        private readonly IReadOnlyList<CompiledRegime> _regimes;
        private readonly HashSet<string> _knownCodes;

        private readonly Dictionary<(string Regime, string Code), AwardDefinition> _definitions = new Dictionary<(string, string), AwardDefinition>();

        private readonly System.Collections.Concurrent.ConcurrentDictionary<AssessmentPeriod, RegimeSelection> _byPeriodEnd = new System.Collections.Concurrent.ConcurrentDictionary<AssessmentPeriod, RegimeSelection>();

        /// <summary>The catalogue of <paramref name="regimes"/>, each award listing the host's conditions after the law's.</summary>
        public AwardCatalog(IReadOnlyList<CompiledRegime> regimes, HostConditionRegistry hosts)
        {
            _regimes = regimes;
            foreach (var regime in regimes)
            {
                foreach (var award in regime.Awards)
                {
                    var hosted = hosts.For(regime.Regime.Id, award.Code).Definitions.ToList();
                    var d = award.Definition;
                    _definitions[(regime.Regime.Id, award.Code)] = hosted.Count == 0
                        ? d
                        : new AwardDefinition(d.Code, d.RegimeId, d.Name, d.Subject, d.Category, d.Cadence, d.EligibleCategories, d.Conditions.Concat(hosted).ToList(), d.Notes) { Routes = d.Routes, IsStateLevel = d.IsStateLevel, Basis = d.Basis };
                }
            }

            Regimes = regimes.Select(r => r.Regime).ToList();
            _knownCodes = new HashSet<string>(regimes.SelectMany(r => r.Awards).Select(a => a.Code), StringComparer.Ordinal);
            Facts = FactCatalog.All.Select(f => new FactDefinition(f.Name, f.DossierField, f.Label)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        }

        public IReadOnlyList<FactDefinition> Facts { get; }

        public bool TryGetFact(string name, [NotNullWhen(true)] out FactDefinition? fact)
        {
            fact = Facts.FirstOrDefault(f => f.Name == name);
            return fact != null;
        }

        public IReadOnlyList<LegalRegime> Regimes { get; }

        public IReadOnlyList<AwardDefinition> GetAwards(string regimeId) => Compiled(regimeId).Awards.Select(a => _definitions[(regimeId, a.Code)]).ToList();

        public bool TryGetAward(string regimeId, string code, [NotNullWhen(true)] out AwardDefinition? award)
        {
            award = null;
            var regime = _regimes.FirstOrDefault(r => r.Regime.Id == regimeId);
            if (regime == null || code == null || !regime.ByCode.TryGetValue(code, out var compiled))
            {
                return false;
            }

            award = _definitions[(regimeId, compiled.Code)];
            return true;
        }

        public AwardDefinition GetAward(string regimeId, string code) => _definitions[(regimeId, CompiledAward(Compiled(regimeId), code).Code)];

        public LegalRegime ResolveRegime(AssessmentPeriod period) => Resolve(period, null).Regime;

        public bool IsKnownCode(string code) => code != null && _knownCodes.Contains(code);

        internal CompiledRegime Compiled(string regimeId)
            => _regimes.FirstOrDefault(r => r.Regime.Id == regimeId) ?? throw new UnknownRegimeException(regimeId, _regimes.Select(r => r.Regime.Id));

        internal static CompiledAward CompiledAward(CompiledRegime regime, string code)
            => code != null && regime.ByCode.TryGetValue(code, out var award)
                ? award
                : throw new UnknownAwardException(code ?? "(null)", regime.Regime.Id, regime.Awards.Select(a => a.Code));

        /// <summary>The explicit regime when one is named (it must cover the period), else the one whose range holds the period's end.</summary>
        internal CompiledRegime Resolve(AssessmentPeriod period, string? explicitRegimeId)
            => Select(period, null, explicitRegimeId, RegimeSelectionBasis.Named).Regime;

        /// <summary>
        /// The regime for a check and why: the named regime (it must cover the date), else the one whose range holds the
        /// key date — the consideration date when given, else the period's end. Past the day an open regime's data is known
        /// current to, the check still runs, with a warning.
        /// </summary>
        internal (CompiledRegime Regime, RegimeSelection Selection) Select(AssessmentPeriod period, DateTime? consideredOn, string? namedRegimeId, RegimeSelectionBasis namedBasis)
        {
            if (period.StartYear == 0)
            {
                throw new ArgumentException("The assessment period is required.", nameof(period));
            }

            var keyDate = (consideredOn ?? period.End).Date;
            if (namedRegimeId != null)
            {
                var named = Compiled(namedRegimeId);
                if (!named.Regime.Covers(keyDate))
                {
                    throw new PeriodNotCoveredException(period, $"Regime '{named.Regime.Id}' does not cover assessment period {period} ({WhatSelects(period, consideredOn)}); it covers {(consideredOn == null ? "periods ending" : "consideration dates")} {Range(named.Regime)}.");
                }

                return (named, RegimeSelector.Named(named.Regime, period, consideredOn, namedBasis));
            }

            var covering = _regimes.FirstOrDefault(r => r.Regime.Covers(keyDate));
            if (covering != null && consideredOn == null)
            {
                // Selected by the period alone, the wording depends on the period only: word it once per period (there
                // are at most a few thousand periods, 1945-2100 by start month), not on every check.
                return (covering, _byPeriodEnd.GetOrAdd(period, p => RegimeSelector.ByDate(covering.Regime, p, null, null)));
            }

            if (covering != null)
            {
                var periodRegime = _regimes.FirstOrDefault(r => r.Regime.Covers(period));
                return (covering, RegimeSelector.ByDate(covering.Regime, period, consideredOn, periodRegime?.Regime));
            }

            // Each regime's range once, from its data; then what its notes add (why other periods are not covered),
            // leaving out the sentences of the notes that restate the range.
            var ranges = string.Join("; ", _regimes.Select(r => $"{r.Regime.Id}: {(consideredOn == null ? "periods ending" : "consideration dates")} {Range(r.Regime)}"));
            var first = Day(_regimes.Min(r => r.Regime.PeriodsEndingFrom));
            var last = _regimes.Max(r => r.Regime.PeriodsEndingTo);
            var afterLast = last == DateTime.MaxValue.Date ? null : Day(last.AddDays(1));
            var notes = string.Join(" ", _regimes.Select(r => NotesBeyondRange(r.Regime, first, afterLast)).Where(n => n.Length > 0));
            throw new PeriodNotCoveredException(period, $"No regime covers assessment period {period} ({WhatSelects(period, consideredOn)}). Covered: {ranges}. {notes}".TrimEnd());
        }

        /// <summary>
        /// Any regime by id, whatever dates it covers (a comparison applies two regimes to one request on purpose).
        /// </summary>
        internal (CompiledRegime Regime, RegimeSelection Selection) Named(string regimeId, AssessmentPeriod period, DateTime? consideredOn)
        {
            var named = Compiled(regimeId);
            return (named, RegimeSelector.Compared(named.Regime, period, consideredOn));
        }

        private static string WhatSelects(AssessmentPeriod period, DateTime? consideredOn)
            => consideredOn is DateTime on ? $"considered on {Day(on)}" : $"it ends {Day(period.End)}";

        private static string Range(LegalRegime regime) => regime.IsOpenEnded ? $"from {Day(regime.PeriodsEndingFrom)}" : $"{Day(regime.PeriodsEndingFrom)} to {Day(regime.PeriodsEndingTo)}";

        /// <summary>
        /// The sentences of a regime's English notes that say why periods beyond every regime are not covered: those
        /// naming the first covered end date or the day after the last (when the last regime has an end), but not both
        /// ends of the regime's own range (its start, when it has no end). The other sentences describe what a regime
        /// checks, which an error about an uncovered period does not need.
        /// </summary>
        private static string NotesBeyondRange(LegalRegime regime, string firstCovered, string? afterLastCovered)
        {
            if (regime.Notes == null)
            {
                return string.Empty;
            }

            var from = Day(regime.PeriodsEndingFrom);
            var to = Day(regime.PeriodsEndingTo);
            var sentences = Regex.Split(regime.Notes.En.Trim(), @"(?<=[.!?])\s+")
                .Where(s => s.Length > 0 && !(s.IndexOf(from, StringComparison.Ordinal) >= 0 && (regime.IsOpenEnded || s.IndexOf(to, StringComparison.Ordinal) >= 0)))
                .Where(s => s.IndexOf(firstCovered, StringComparison.Ordinal) >= 0 || (afterLastCovered != null && s.IndexOf(afterLastCovered, StringComparison.Ordinal) >= 0));
            return string.Join(" ", sentences);
        }

        internal static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
