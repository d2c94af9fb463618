using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>A condition that stands between a dossier and an award: not met, or not decidable from the dossier.</summary>
    public sealed record ConditionGap
    {
        /// <summary>Creates a gap.</summary>
        /// <param name="award">The award whose condition it is: the award checked, or a prerequisite title checked inside it.</param>
        /// <param name="condition">The condition's result (never <see cref="ConditionOutcome.Met"/>).</param>
        public ConditionGap(string award, ConditionResult condition)
        {
            Award = award ?? throw new ArgumentNullException(nameof(award));
            Condition = condition ?? throw new ArgumentNullException(nameof(condition));
        }

        /// <summary>The award whose condition it is: the award checked, or a prerequisite title checked inside it.</summary>
        public string Award { get; }

        /// <summary>The condition's result: its message says by how much it falls short, its citations say who requires it, and for an Unknown its missing facts name the dossier fields to fill in.</summary>
        public ConditionResult Condition { get; }

        /// <summary>
        /// For an award with alternative routes, the route of <see cref="Award"/> the condition belongs to (as
        /// <see cref="ConditionResult.Route"/>); <see langword="null"/> for a condition every route requires. Gaps of
        /// different routes are alternatives: closing those of any one route (and the common ones) is enough.
        /// </summary>
        public string? Route => Condition.Route;

        /// <summary>
        /// For a condition not met, the first later period in which it would be met if every year from the next one
        /// were rated "completed excellently" and earned the grassroots titles, with nothing else added to the dossier
        /// (set by <c>FindGaps</c> of the library); <see langword="null"/> when no such period was found within the
        /// years looked ahead (the condition needs something the years alone do not bring, such as an initiative), for
        /// an Unknown condition (it needs facts, not time), and on gaps read with <see cref="EligibilityResultGaps.Gaps"/>.
        /// </summary>
        public AssessmentPeriod? EarliestPeriod { get; init; }
    }

    /// <summary>What stands between a dossier and one award.</summary>
    public sealed record AwardGaps
    {
        /// <summary>Creates the gaps of one award.</summary>
        /// <param name="result">The award's result for the period checked.</param>
        /// <param name="gaps">Its conditions not met or not decidable.</param>
        public AwardGaps(EligibilityResult result, IReadOnlyList<ConditionGap> gaps)
        {
            Result = result ?? throw new ArgumentNullException(nameof(result));
            Gaps = gaps ?? throw new ArgumentNullException(nameof(gaps));
        }

        /// <summary>The award's result for the period checked.</summary>
        public EligibilityResult Result { get; }

        /// <summary>Its conditions not met or not decidable, nested prerequisites included, in the result's order.</summary>
        public IReadOnlyList<ConditionGap> Gaps { get; }

        /// <summary>
        /// For an award with alternative routes, each route's outcome (<see cref="EligibilityResult.Routes"/>): the award
        /// can be reached by any route not NotMet, so a route's gaps (<see cref="ConditionGap.Route"/>) are read per
        /// route. <see langword="null"/> for an award with one route.
        /// </summary>
        public IReadOnlyList<RouteResult>? Routes => Result.Routes;
    }

    /// <summary>What is still missing for an award, read from a result.</summary>
    public static class EligibilityResultGaps
    {
        /// <summary>
        /// Every condition of the result that is not met or not decidable, those of nested prerequisites included (after
        /// the condition that holds them), in the result's order. Empty when the verdict is <see cref="Verdict.Eligible"/>.
        /// For an award with alternative routes, the gaps of every route are listed (each says its route) unless some
        /// route is met: then only the common conditions can stand in the way.
        /// </summary>
        /// <param name="result">A result of the checker.</param>
        /// <returns>The gaps, not-met and unknown mixed in catalogue order.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
        public static IReadOnlyList<ConditionGap> Gaps(this EligibilityResult result)
        {
            if (result == null)
            {
                throw new ArgumentNullException(nameof(result));
            }

            var gaps = new List<ConditionGap>();
            Collect(result, gaps);
            return gaps;
        }

        private static void Collect(EligibilityResult result, List<ConditionGap> gaps)
        {
            var routeMet = false;
            foreach (var route in result.Routes ?? Array.Empty<RouteResult>())
            {
                routeMet |= route.Outcome == ConditionOutcome.Met;
            }

            foreach (var condition in result.Conditions)
            {
                if (routeMet && condition.Route != null)
                {
                    // Another route is already met: this one's conditions, and any prerequisite inside them, stand in no way.
                    continue;
                }

                if (condition.Outcome != ConditionOutcome.Met)
                {
                    gaps.Add(new ConditionGap(result.Award, condition));
                }

                if (condition.Prerequisite is EligibilityResult nested)
                {
                    Collect(nested, gaps);
                }
            }
        }
    }
}
