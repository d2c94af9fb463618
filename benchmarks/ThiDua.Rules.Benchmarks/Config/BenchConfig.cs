using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace ThiDua.Rules.Benchmarks.Config;

/// <summary>Shared settings: the two reference-ratio columns, grouped by category so each case sits with its references.</summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddColumn(new ReferenceRatioColumn<EngineReferenceAttribute>("vs engine", "Mean / mean of the engine-only reference (RulesEngine ExecuteAllRulesAsync on the same rules and facts)"));
        AddColumn(new ReferenceRatioColumn<FloorReferenceAttribute>("vs floor", "Mean / mean of the hand-written plain C# reference (outcomes and verdict only)"));
        AddColumn(StatisticColumn.OperationsPerSecond);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
