using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What the list rules read about a nomination list, kept up to date by the list tally rule as nominations are
    /// added and withdrawn: counts per award and verdict, and the nominees holding more than one nomination (for the
    /// repeated and mutually exclusive nominations). Every update is proportional to one nominee's nominations.
    /// </summary>
    internal sealed class ListTally
    {
        private readonly Dictionary<string, int> _proposed = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _undecided = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<(string Subject, string Award), int> _eligibleNominations = new Dictionary<(string, string), int>();
        private readonly Dictionary<string, int> _eligibleNominees = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<(string Subject, bool Collective), List<string>> _bySubject = new Dictionary<(string, bool), List<string>>();
        private readonly HashSet<(string Subject, bool Collective)> _several = new HashSet<(string, bool)>();
        private readonly Func<string, string, bool> _exclusive;

        /// <param name="exclusive">Whether two award codes exclude each other for one person.</param>
        /// <param name="grassrootsFighterCeilingPercent">The Chiến sĩ thi đua cơ sở ratio that applies to the list.</param>
        /// <param name="governmentFlagPool">The host's pool for the Government flag cap, if given.</param>
        public ListTally(Func<string, string, bool> exclusive, int grassrootsFighterCeilingPercent, int? governmentFlagPool)
        {
            _exclusive = exclusive;
            GrassrootsFighterCeilingPercent = grassrootsFighterCeilingPercent;
            GovernmentFlagPool = governmentFlagPool;
        }

        public int GrassrootsFighterCeilingPercent { get; }

        public int? GovernmentFlagPool { get; }

        /// <summary>Nominations of one nominee for an award it is already proposed for.</summary>
        public int Repeated { get; private set; }

        /// <summary>Pairs of nominations of one person for titles that exclude each other.</summary>
        public int ExclusivePairs { get; private set; }

        public int Proposed(string award) => _proposed.TryGetValue(award, out var n) ? n : 0;

        /// <summary>Distinct nominees with at least one eligible nomination for <paramref name="award"/> (a repeated nomination counts once).</summary>
        public int EligibleNominees(string award) => _eligibleNominees.TryGetValue(award, out var n) ? n : 0;

        public int Undecided(string award) => _undecided.TryGetValue(award, out var n) ? n : 0;

        /// <summary>The people proposed for State-level forms, for the yearly limit on those forms.</summary>
        public StateFormTally StateForms { get; } = new StateFormTally();

        public void Add(NomineeOutcome outcome)
        {
            StateForms.Add(outcome);
            Bump(_proposed, outcome.Award, 1);
            Bump(outcome.Verdict == Verdict.NeedsInformation ? _undecided : null, outcome.Award, 1);
            Nominee(outcome, 1);
            var key = (outcome.SubjectId, outcome.IsCollective);
            if (!_bySubject.TryGetValue(key, out var awards))
            {
                awards = new List<string>(2);
                _bySubject.Add(key, awards);
            }

            Pairs(awards, outcome, 1);
            awards.Add(outcome.Award);
            if (awards.Count == 2)
            {
                _several.Add(key);
            }
        }

        public void Remove(NomineeOutcome outcome)
        {
            StateForms.Remove(outcome);
            Bump(_proposed, outcome.Award, -1);
            Bump(outcome.Verdict == Verdict.NeedsInformation ? _undecided : null, outcome.Award, -1);
            Nominee(outcome, -1);
            var key = (outcome.SubjectId, outcome.IsCollective);
            var awards = _bySubject[key];
            awards.Remove(outcome.Award);
            Pairs(awards, outcome, -1);
            if (awards.Count == 1)
            {
                _several.Remove(key);
            }
            else if (awards.Count == 0)
            {
                _bySubject.Remove(key);
            }
        }

        /// <summary>The nominees with repeated or mutually exclusive nominations, for the messages (at most ten named).</summary>
        public string Describe(bool exclusive)
        {
            // Only the nominees with several nominations are looked at, so the message costs little on a long list.
            var named = _several
                .Select(key => (key.Subject, Awards: _bySubject[key]))
                .Where(s => exclusive ? HasExclusive(s.Awards) : s.Awards.Count != s.Awards.Distinct(StringComparer.Ordinal).Count())
                .Select(s => s.Subject + " (" + string.Join(", ", s.Awards) + ")")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            return named.Count == 0 ? "-" : string.Join("; ", named.Take(10)) + (named.Count > 10 ? "; …" : string.Empty);
        }

        private bool HasExclusive(List<string> awards)
        {
            for (var i = 0; i < awards.Count; i++)
            {
                for (var j = i + 1; j < awards.Count; j++)
                {
                    if (_exclusive(awards[i], awards[j]))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Counts the pairs the nomination forms with the nominee's other nominations.</summary>
        private void Pairs(List<string> others, NomineeOutcome outcome, int sign)
        {
            foreach (var other in others)
            {
                if (string.Equals(other, outcome.Award, StringComparison.Ordinal))
                {
                    Repeated += sign;
                }
                else if (!outcome.IsCollective && _exclusive(other, outcome.Award))
                {
                    ExclusivePairs += sign;
                }
            }
        }

        /// <summary>Keeps the distinct eligible nominees per award: a nominee counts from its first eligible nomination to its last.</summary>
        private void Nominee(NomineeOutcome outcome, int by)
        {
            if (outcome.Verdict != Verdict.Eligible || outcome.IsCollective)
            {
                return;
            }

            var key = (outcome.SubjectId, outcome.Award);
            var before = _eligibleNominations.TryGetValue(key, out var n) ? n : 0;
            _eligibleNominations[key] = before + by;
            if (before == 0 && by > 0)
            {
                Bump(_eligibleNominees, outcome.Award, 1);
            }
            else if (before == 1 && by < 0)
            {
                _eligibleNominations.Remove(key);
                Bump(_eligibleNominees, outcome.Award, -1);
            }
        }

        private static void Bump(Dictionary<string, int>? counts, string award, int by)
        {
            if (counts != null)
            {
                counts[award] = (counts.TryGetValue(award, out var n) ? n : 0) + by;
            }
        }
    }
}
