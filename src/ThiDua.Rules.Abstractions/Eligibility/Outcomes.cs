namespace ThiDua.Rules
{
    /// <summary>The outcome of one legal condition.</summary>
    public enum ConditionOutcome
    {
        /// <summary>The dossier shows the condition is met.</summary>
        Met = 0,

        /// <summary>The dossier shows the condition is not met.</summary>
        NotMet = 1,

        /// <summary>A fact the condition needs is missing from the dossier; see <see cref="ConditionResult.MissingFacts"/>.</summary>
        Unknown = 2,
    }

    /// <summary>The overall answer for one award.</summary>
    public enum Verdict
    {
        /// <summary>Every condition is met (for an award with alternative routes: the common ones and those of some route).</summary>
        Eligible = 0,

        /// <summary>At least one condition is not met (for an award with alternative routes: a common one, or one in every route).</summary>
        NotEligible = 1,

        /// <summary>No condition is failed, but at least one is Unknown: collect the missing facts and check again.</summary>
        NeedsInformation = 2,
    }
}
