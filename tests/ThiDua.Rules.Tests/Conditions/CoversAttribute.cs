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

/// <summary>
/// Declares that a test asserts condition <see cref="ConditionId"/> both Met and NotMet in each of
/// <see cref="Regimes"/>: the same legal point carried by several regimes, tested once over all of them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class CoversMetAndNotMetAttribute : Attribute
{
    public CoversMetAndNotMetAttribute(string conditionId, params string[] regimes)
    {
        ConditionId = conditionId;
        Regimes = regimes;
    }

    public string ConditionId { get; }

    public IReadOnlyList<string> Regimes { get; }

    /// <summary>The single declarations this one stands for.</summary>
    public IEnumerable<CoversAttribute> Expand()
        => Regimes.SelectMany(r => new[]
        {
            new CoversAttribute(ConditionId, ConditionOutcome.Met) { Regime = r },
            new CoversAttribute(ConditionId, ConditionOutcome.NotMet) { Regime = r },
        });

    /// <summary>Every declaration on <paramref name="method"/>, single or expanded.</summary>
    public static IEnumerable<CoversAttribute> All(System.Reflection.MethodInfo method)
        => method.GetCustomAttributes(typeof(CoversAttribute), false).Cast<CoversAttribute>()
            .Concat(method.GetCustomAttributes(typeof(CoversMetAndNotMetAttribute), false).Cast<CoversMetAndNotMetAttribute>().SelectMany(a => a.Expand()));
}
