using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>One dossier checked for one award under two regimes, condition by condition.</summary>
    public sealed record RegimeComparison
    {
        /// <summary>Creates a comparison.</summary>
        /// <param name="first">The result under the first regime.</param>
        /// <param name="second">The result under the second regime.</param>
        /// <param name="conditions">The conditions of both results, matched by concept.</param>
        public RegimeComparison(EligibilityResult first, EligibilityResult second, IReadOnlyList<ConditionComparison> conditions)
        {
            First = first ?? throw new ArgumentNullException(nameof(first));
            Second = second ?? throw new ArgumentNullException(nameof(second));
            Conditions = conditions ?? throw new ArgumentNullException(nameof(conditions));
        }

        /// <summary>The result under the first regime.</summary>
        public EligibilityResult First { get; }

        /// <summary>The result under the second regime.</summary>
        public EligibilityResult Second { get; }

        /// <summary>Every condition of either result, matched by concept: the first regime's order, then conditions only the second has.</summary>
        public IReadOnlyList<ConditionComparison> Conditions { get; }

        /// <summary>Whether the two regimes reach different verdicts.</summary>
        public bool VerdictDiffers => First.Verdict != Second.Verdict;
    }

    /// <summary>One legal point under two regimes: the condition each regime applies to it, if any.</summary>
    public sealed record ConditionComparison
    {
        /// <summary>Creates a condition comparison.</summary>
        /// <param name="concept">The concept key both conditions share (<see cref="ConditionDefinition.Concept"/>).</param>
        /// <param name="first">The condition under the first regime, or <see langword="null"/> when that regime has none for this concept.</param>
        /// <param name="second">The condition under the second regime, or <see langword="null"/> when that regime has none.</param>
        public ConditionComparison(string concept, ConditionResult? first, ConditionResult? second)
        {
            Concept = concept ?? throw new ArgumentNullException(nameof(concept));
            First = first;
            Second = second;
        }

        /// <summary>The concept key, e.g. <c>STD.NEW_RECRUIT_10_MONTHS</c> (the id of the earliest condition of that concept).</summary>
        public string Concept { get; }

        /// <summary>The condition under the first regime, or <see langword="null"/>.</summary>
        public ConditionResult? First { get; }

        /// <summary>The condition under the second regime, or <see langword="null"/>.</summary>
        public ConditionResult? Second { get; }

        /// <summary>Whether the dossier is judged differently: only one regime has the condition, or the outcomes differ.</summary>
        public bool Differs => First == null || Second == null || First.Outcome != Second.Outcome;
    }
}
