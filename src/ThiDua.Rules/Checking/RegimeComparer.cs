using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Matches the conditions of one request's results under two regimes by concept (the legal point a condition
    /// encodes, stable across regimes), so that what a change in the law does to one dossier reads condition by condition.
    /// </summary>
    internal static class RegimeComparer
    {
        public static RegimeComparison Compare(AwardCatalog catalog, EligibilityResult first, EligibilityResult second)
        {
            var firstConcepts = Concepts(catalog, first);
            var secondConcepts = Concepts(catalog, second);

            // Each concept's conditions in result order; two conditions of one regime may share a concept when they apply
            // to different personnel categories, and only one of them then appears in a result.
            var pending = new Dictionary<string, Queue<ConditionResult>>(StringComparer.Ordinal);
            foreach (var condition in second.Conditions)
            {
                var concept = ConceptOf(secondConcepts, condition);
                if (!pending.TryGetValue(concept, out var queue))
                {
                    pending[concept] = queue = new Queue<ConditionResult>();
                }

                queue.Enqueue(condition);
            }

            var matched = new List<ConditionComparison>(first.Conditions.Count + second.Conditions.Count);
            foreach (var condition in first.Conditions)
            {
                var concept = ConceptOf(firstConcepts, condition);
                var other = pending.TryGetValue(concept, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
                matched.Add(new ConditionComparison(concept, condition, other));
            }

            foreach (var condition in second.Conditions)
            {
                var concept = ConceptOf(secondConcepts, condition);
                if (pending[concept].Count > 0 && ReferenceEquals(pending[concept].Peek(), condition))
                {
                    matched.Add(new ConditionComparison(concept, null, pending[concept].Dequeue()));
                }
            }

            return new RegimeComparison(first, second, matched);
        }

        private static IReadOnlyDictionary<string, string> Concepts(AwardCatalog catalog, EligibilityResult result)
            => catalog.GetAward(result.RegimeId, result.Award).Conditions.ToDictionary(c => c.Id, c => c.Concept, StringComparer.Ordinal);

        private static string ConceptOf(IReadOnlyDictionary<string, string> concepts, ConditionResult condition)
            => concepts.TryGetValue(condition.ConditionId, out var concept) ? concept : condition.ConditionId;
    }
}
