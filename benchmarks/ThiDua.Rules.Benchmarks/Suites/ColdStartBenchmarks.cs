using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// Cold start: the first load, validation and compilation of every shipped rule set into NRules session factories
/// (the regime's and one per award), and the load-time probe, in a fresh process (JIT included), i.e. what the first
/// use of <see cref="ThiDuaRules.Default"/> costs. Each launch is a new process that measures one call.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ColdStartConfig))]
[BenchmarkCategory("cold-start")]
public class ColdStartBenchmarks
{
    [Benchmark(Description = "Cold start: ThiDua.Rules CreateChecker")]
    public IEligibilityChecker CreateChecker() => ThiDuaRules.CreateChecker();
}
