namespace ThiDua.Rules.Benchmarks.Config;

/// <summary>Marks the engine-only reference of a benchmark category (reference 1: RulesEngine's own cost).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class EngineReferenceAttribute : Attribute
{
}

/// <summary>Marks the hand-written plain C# reference of a benchmark category (reference 2: the practical floor).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class FloorReferenceAttribute : Attribute
{
}
