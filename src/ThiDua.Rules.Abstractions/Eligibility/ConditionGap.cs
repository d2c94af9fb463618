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
    }

    /// <summary>What is still missing for an award, read from a result.</summary>
    public static class EligibilityResultGaps
    {
        /// <summary>
        /// Every condition of the result that is not met or not decidable, those of nested prerequisites included (after
        /// the condition that holds them), in the result's order. Empty when the verdict is <see cref="Verdict.Eligible"/>.
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
            foreach (var condition in result.Conditions)
            {
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
