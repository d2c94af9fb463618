using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// Every applicable individual award for one dossier and year (for the sample civil servant: LDTT, CSTDCS with its
/// LDTT prerequisite, CSTD_BO_TINH and CSTD_TOAN_QUOC). The hand-written floor covers LDTT and CSTDCS only, so it
/// has no counterpart here.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("all-awards")]
public class AllAwardsBenchmarks
{
    private IEligibilityChecker _checker = null!;
    private EngineReference _engine = null!;
    private readonly IndividualDossier _dossier = SampleDossiers.EligibleCivilServant;
    private readonly AssessmentPeriod _year = SampleDossiers.Year;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        _engine = new EngineReference();
    }

    [Benchmark(Description = "All awards: ThiDua.Rules CheckAll")]
    public IReadOnlyList<EligibilityResult> CheckAll() => _checker.CheckAll(_dossier, _year);

    [Benchmark(Description = "All awards: engine only")]
    [EngineReference]
    public int Engine() => _engine.ExecuteAll(_dossier, _year);
}
