using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// 100 000 generated dossiers, every applicable individual award for each, spread over all cores with
/// <see cref="Parallel.For(int, int, Action{int})"/>. Times are per dossier-year (OperationsPerInvoke), so Op/s is the
/// throughput in dossier-years per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BatchConfig))]
[BenchmarkCategory("batch")]
public class BatchBenchmarks
{
    public const int DossierCount = 100_000;

    private IEligibilityChecker _checker = null!;
    private (IndividualDossier Dossier, AssessmentPeriod Period)[] _inputs = null!;
    private int[] _sink = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        var generator = new DossierGenerator(seed: 20241130);
        _inputs = Enumerable.Range(0, DossierCount).Select(generator.Next).ToArray();
        _sink = new int[DossierCount];
    }

    [Benchmark(Description = "Batch 100k: ThiDua.Rules CheckAll", OperationsPerInvoke = DossierCount)]
    public void CheckAll()
        => Parallel.For(0, _inputs.Length, i => _sink[i] = _checker.CheckAll(_inputs[i].Dossier, _inputs[i].Period).Count);
}
