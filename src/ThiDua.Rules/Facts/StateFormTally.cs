using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// The people a nomination list proposes for State-level forms of commendation, with the bases of those proposals
    /// and of the State-level forms they already received for the same year: what the yearly limit on State-level forms
    /// reads. Only people with at least one State-level nomination are kept, so reading it costs little on a long list.
    /// </summary>
    internal sealed class StateFormTally
    {
        private readonly Dictionary<string, Person> _people = new Dictionary<string, Person>(StringComparer.Ordinal);

        /// <summary>People with two or more State-level forms in the year that the limit counts.</summary>
        public int Conflicts => _people.Values.Count(p => p.Counted >= 2);

        /// <summary>People who reach two only if proposals or earlier forms whose basis is not stated count.</summary>
        public int Undetermined => _people.Values.Count(p => p.Counted < 2 && p.Counted + p.Unstated >= 2);

        /// <summary>
        /// Whether a form given on <paramref name="basis"/> counts towards the limit: one-off, long-service and seniority
        /// awards are outside it (Circular 12/2019/TT-BNV, the exceptions its rule names).
        /// </summary>
        public static bool Counts(CommendationBasis basis)
            => basis != CommendationBasis.OneOff && basis != CommendationBasis.LongService && basis != CommendationBasis.Seniority;

        public void Add(NomineeOutcome outcome)
        {
            if (!outcome.StateLevel || outcome.IsCollective)
            {
                return;
            }

            if (!_people.TryGetValue(outcome.SubjectId, out var person))
            {
                person = new Person(outcome.EarlierStateForms);
                _people.Add(outcome.SubjectId, person);
            }

            person.Proposals.Add((outcome.Award, outcome.Basis));
        }

        public void Remove(NomineeOutcome outcome)
        {
            if (!outcome.StateLevel || outcome.IsCollective || !_people.TryGetValue(outcome.SubjectId, out var person))
            {
                return;
            }

            person.Proposals.Remove((outcome.Award, outcome.Basis));
            if (person.Proposals.Count == 0)
            {
                _people.Remove(outcome.SubjectId);
            }
        }

        /// <summary>The people over the limit, or else those the limit cannot yet decide, for the message (at most ten named).</summary>
        public string Describe()
        {
            var over = _people.Where(p => p.Value.Counted >= 2).ToList();
            var named = (over.Count > 0 ? over : _people.Where(p => p.Value.Counted + p.Value.Unstated >= 2).ToList())
                .Select(p => p.Key + " (" + p.Value.Describe() + ")")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            return named.Count == 0 ? "-" : string.Join("; ", named.Take(10)) + (named.Count > 10 ? "; …" : string.Empty);
        }

        private sealed class Person
        {
            private readonly IReadOnlyList<CommendationBasis?> _earlier;

            public Person(IReadOnlyList<CommendationBasis?> earlier)
            {
                _earlier = earlier;
            }

            public List<(string Award, CommendationBasis? Basis)> Proposals { get; } = new List<(string, CommendationBasis?)>(1);

            public int Counted => Bases.Count(b => b is CommendationBasis basis && Counts(basis));

            public int Unstated => Bases.Count(b => b == null);

            private IEnumerable<CommendationBasis?> Bases => Proposals.Select(p => p.Basis).Concat(_earlier);

            public string Describe()
            {
                var parts = Proposals.Select(p => p.Award + (p.Basis == null ? "?" : string.Empty)).ToList();
                if (_earlier.Count > 0)
                {
                    parts.Add("+" + _earlier.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                return string.Join(", ", parts);
            }
        }
    }
}
