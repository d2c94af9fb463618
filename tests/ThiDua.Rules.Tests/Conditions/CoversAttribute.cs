namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Declares that a test asserts condition <see cref="ConditionId"/> with <see cref="Outcome"/>.
/// <see cref="ConditionCoverageTests"/> reads these to prove every catalogue condition has a Met and a NotMet test;
/// <see cref="ConditionCheck.Expect"/> refuses an outcome its calling test does not declare.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class CoversAttribute : Attribute
{
    public CoversAttribute(string conditionId, ConditionOutcome outcome)
    {
        ConditionId = conditionId;
        Outcome = outcome;
    }

    public string ConditionId { get; }

    public ConditionOutcome Outcome { get; }

    /// <summary>The regime whose condition the test asserts; a condition id may recur, with other citations, in another regime.</summary>
    public string Regime { get; set; } = "vn-2013";
}
