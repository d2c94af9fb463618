using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>One award for one dossier: LDTT, and CSTDCS with its LDTT prerequisite evaluated in full.</summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("single")]
public class SingleAwardBenchmarks
{
    private IEligibilityChecker _checker = null!;
    private EngineReference _engine = null!;
    private EligibilityRequest _ldtt = null!;
    private EligibilityRequest _cstdcs = null!;
    private readonly IndividualDossier _dossier = SampleDossiers.EligibleCivilServant;
    private readonly AssessmentPeriod _year = SampleDossiers.Year;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        _engine = new EngineReference();
        _ldtt = new EligibilityRequest(AwardCodes.AdvancedWorker, _dossier, _year);
        _cstdcs = new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, _dossier, _year);
    }

    [Benchmark(Description = "LDTT: ThiDua.Rules Check")]
    [BenchmarkCategory("LDTT")]
    public EligibilityResult Ldtt() => _checker.Check(_ldtt);

    [Benchmark(Description = "LDTT: engine only")]
    [BenchmarkCategory("LDTT")]
    [EngineReference]
    public int LdttEngine() => _engine.Execute(AwardCodes.AdvancedWorker, _dossier, _year);

    [Benchmark(Description = "LDTT: hand-written")]
    [BenchmarkCategory("LDTT")]
    [FloorReference]
    public FloorResult LdttFloor() => HandWrittenFloor.Ldtt(_dossier, _year);

    [Benchmark(Description = "CSTDCS+prerequisite: ThiDua.Rules Check")]
    [BenchmarkCategory("CSTDCS")]
    public EligibilityResult Cstdcs() => _checker.Check(_cstdcs);

    [Benchmark(Description = "CSTDCS+prerequisite: engine only")]
    [BenchmarkCategory("CSTDCS")]
    [EngineReference]
    public int CstdcsEngine() => _engine.ExecuteWithPrerequisite(AwardCodes.GrassrootsEmulationFighter, _dossier, _year);

    [Benchmark(Description = "CSTDCS+prerequisite: hand-written")]
    [BenchmarkCategory("CSTDCS")]
    [FloorReference]
    public FloorResult CstdcsFloor() => HandWrittenFloor.Cstdcs(_dossier, _year);
}
