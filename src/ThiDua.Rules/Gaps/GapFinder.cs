using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules
{
    /// <summary>
    /// "What is missing?" for a dossier: each award's conditions not met or undecided, and for those not met the earliest
    /// later period in which good years alone would meet them. The later periods are checked by the same checker on a
    /// projected copy of the dossier (<see cref="Gaps.YearProjection"/>), so the answer follows the rule data and never a
    /// second reading of the law.
    /// </summary>
    public static class GapFinder
    {
        /// <summary>How many periods after the one checked are looked at for an earliest period.</summary>
        public const int YearsLookedAhead = 10;

        /// <summary>The gaps of one award, or of every award that applies to the person.</summary>
        /// <param name="checker">The checker.</param>
        /// <param name="dossier">The person's dossier.</param>
        /// <param name="period">The period checked.</param>
        /// <param name="award">An award code, or <see langword="null"/> for every award that applies to the person (as <see cref="IEligibilityChecker.CheckAll(IndividualDossier, AssessmentPeriod, string?, DateTime?)"/>).</param>
        /// <param name="regimeId">A regime for <paramref name="period"/> instead of the one its dates select; later periods are selected by their dates.</param>
        /// <param name="consideredOn">The day the proposal for <paramref name="period"/> is considered, if known.</param>
        /// <returns>One entry per award, in catalogue order.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="checker"/> or <paramref name="dossier"/> is null.</exception>
        /// <exception cref="InvalidDossierException">The dossier is invalid.</exception>
        /// <exception cref="UnknownAwardException">The award is not in the regime applied.</exception>
        /// <exception cref="PeriodNotCoveredException">No regime covers the period.</exception>
        public static IReadOnlyList<AwardGaps> FindGaps(
            this IEligibilityChecker checker,
            IndividualDossier dossier,
            AssessmentPeriod period,
            string? award = null,
            string? regimeId = null,
            DateTime? consideredOn = null)
        {
            if (checker == null)
            {
                throw new ArgumentNullException(nameof(checker));
            }

            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            var results = award == null
                ? checker.CheckAll(dossier, period, regimeId, consideredOn)
                : new[] { checker.Check(new EligibilityRequest(award, dossier, period) { RegimeId = regimeId, ConsideredOn = consideredOn }) };
            var projection = new Gaps.YearProjection(checker.Catalog, dossier, period);
            return results.Select(result => new AwardGaps(result, WithEarliestPeriods(checker, projection, result))).ToList();
        }

        private static IReadOnlyList<ConditionGap> WithEarliestPeriods(IEligibilityChecker checker, Gaps.YearProjection projection, EligibilityResult result)
        {
            var gaps = result.Gaps();
            var open = new HashSet<string>(gaps.Where(g => g.Condition.Outcome == ConditionOutcome.NotMet).Select(Key), StringComparer.Ordinal);
            if (open.Count == 0)
            {
                return gaps;
            }

            var earliest = new Dictionary<string, AssessmentPeriod>(StringComparer.Ordinal);
            foreach (var (later, projected) in projection.Later(YearsLookedAhead))
            {
                EligibilityResult future;
                try
                {
                    future = checker.Check(new EligibilityRequest(result.Award, projected, later));
                }
                catch (ThiDuaRulesException e) when (e is PeriodNotCoveredException || e is UnknownAwardException || e is InvalidDossierException)
                {
                    // Past the data's years, an award the later regime does not have, or a projection the limits refuse:
                    // nothing later can be said, so the conditions left keep no earliest period.
                    break;
                }

                foreach (var key in open.Where(key => Holds(future, key)).ToList())
                {
                    earliest[key] = later;
                    open.Remove(key);
                }

                if (open.Count == 0)
                {
                    break;
                }
            }

            return gaps.Select(g => earliest.TryGetValue(Key(g), out var at) ? g with { EarliestPeriod = at } : g).ToList();
        }

        /// <summary>A condition is met in a later result only if it is there and met (a condition a later regime lacks is not).</summary>
        private static bool Holds(EligibilityResult result, string key)
            => All(result).Any(c => Key(c.Award, c.Condition.ConditionId) == key && c.Condition.Outcome == ConditionOutcome.Met);

        private static IEnumerable<(string Award, ConditionResult Condition)> All(EligibilityResult result)
        {
            foreach (var condition in result.Conditions)
            {
                yield return (result.Award, condition);
                if (condition.Prerequisite is EligibilityResult nested)
                {
                    foreach (var inner in All(nested))
                    {
                        yield return inner;
                    }
                }
            }
        }

        private static string Key(ConditionGap gap) => Key(gap.Award, gap.Condition.ConditionId);

        private static string Key(string award, string conditionId) => award + "/" + conditionId;
    }
}
