using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ThiDua.Rules.Benchmarks.Config;

/// <summary>Whether this run is the short one (<c>--short</c> on the command line, see Program.cs and README.md).</summary>
public static class RunLength
{
    public static bool Short { get; set; }
}

/// <summary>
/// Shared settings: the three reference-ratio columns and throughput, grouped by category so each case sits with its
/// references. The job is BenchmarkDotNet's default, or its ShortRun with <c>--short</c>.
/// </summary>
public class BenchConfig : ManualConfig
{
    public BenchConfig()
        : this(RunLength.Short ? Job.ShortRun : Job.Default)
    {
    }

    protected BenchConfig(Job job)
    {
        AddJob(job);
        AddColumn(new ReferenceRatioColumn<DirectReferenceAttribute>("vs direct", "Mean / mean of direct evaluation (the same rule expressions as compiled delegates, no engine; verdict and outcomes only)"));
        AddColumn(new ReferenceRatioColumn<PlainNRulesReferenceAttribute>("vs NRules", "Mean / mean of the plain fluent NRules implementation (outcome facts, Collect verdict rule, one session per check)"));
        AddColumn(new ReferenceRatioColumn<FloorReferenceAttribute>("vs floor", "Mean / mean of the hand-written plain C# reference (outcomes and verdict only)"));
        AddColumn(StatisticColumn.OperationsPerSecond);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}

/// <summary>Cold start: every measurement is the first call in a fresh process (10 processes, 3 with --short).</summary>
public sealed class ColdStartConfig : BenchConfig
{
    public ColdStartConfig()
        : base(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(RunLength.Short ? 3 : 10).WithWarmupCount(0).WithIterationCount(1))
    {
    }
}

/// <summary>The batch: each invocation takes about a second, so a few monitored iterations (2 with --short).</summary>
public sealed class BatchConfig : BenchConfig
{
    public BatchConfig()
        : base(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(RunLength.Short ? 2 : 5))
    {
    }
}

/// <summary>
/// The batch pipeline under both garbage collectors in one run: the workstation one, which the CLI's runtime
/// configuration asks for (ThiDua.Rules.Cli.csproj), and the server one, which a benchmark process only gets from its
/// job. The job ids name the generated project folders, so they hold no spaces,
/// parentheses or quotes (MSBuild refused the folder "Server GC (the CLI's)").
/// </summary>
public sealed class BatchPipelineConfig : BenchConfig
{
    public BatchPipelineConfig()
        : base(BatchJob.WithGcServer(false).WithId("WorkstationGC-CLI"))
    {
        AddJob(BatchJob.WithGcServer(true).WithId("ServerGC"));
    }

    private static Job BatchJob => Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(RunLength.Short ? 2 : 5);
}
