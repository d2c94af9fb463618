namespace ThiDua.Rules.Benchmarks.Config;

/// <summary>Marks reference (1) of a benchmark category: the same rule expressions compiled to delegates and called without any engine.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DirectReferenceAttribute : Attribute
{
}

/// <summary>Marks reference (2) of a benchmark category: LDTT and CSTDCS written as plain fluent NRules rules.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PlainNRulesReferenceAttribute : Attribute
{
}

/// <summary>Marks reference (3) of a benchmark category: the hand-written plain C# floor.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class FloorReferenceAttribute : Attribute
{
}
