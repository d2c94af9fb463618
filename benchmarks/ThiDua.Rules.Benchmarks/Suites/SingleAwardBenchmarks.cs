using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// One award for one dossier: LDTT, and CSTDCS with its LDTT prerequisite evaluated in full, each beside its three
/// references (direct evaluation, plain NRules, hand-written floor).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("single")]
public class SingleAwardBenchmarks
{
    private IEligibilityChecker _checker = null!;
    private DirectEvaluation _direct = null!;
    private PlainNRules _plain = null!;
    private EligibilityRequest _ldtt = null!;
    private EligibilityRequest _cstdcs = null!;
    private readonly IndividualDossier _dossier = SampleDossiers.EligibleCivilServant;
    private readonly AssessmentPeriod _year = SampleDossiers.Year;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        _direct = new DirectEvaluation(_checker);
        _plain = new PlainNRules();
        _ldtt = new EligibilityRequest(AwardCodes.AdvancedWorker, _dossier, _year);
        _cstdcs = new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, _dossier, _year);
    }

    [Benchmark(Description = "LDTT: ThiDua.Rules Check")]
    [BenchmarkCategory("LDTT")]
    public EligibilityResult Ldtt() => _checker.Check(_ldtt);

    [Benchmark(Description = "LDTT: direct delegates")]
    [BenchmarkCategory("LDTT")]
    [DirectReference]
    public DirectResult LdttDirect() => _direct.Check(_ldtt);

    [Benchmark(Description = "LDTT: plain NRules")]
    [BenchmarkCategory("LDTT")]
    [PlainNRulesReference]
    public FloorResult LdttPlain() => _plain.Check(AwardCodes.AdvancedWorker, _dossier, _year);

    [Benchmark(Description = "LDTT: hand-written")]
    [BenchmarkCategory("LDTT")]
    [FloorReference]
    public FloorResult LdttFloor() => HandWrittenFloor.Ldtt(_dossier, _year);

    [Benchmark(Description = "CSTDCS+prerequisite: ThiDua.Rules Check")]
    [BenchmarkCategory("CSTDCS")]
    public EligibilityResult Cstdcs() => _checker.Check(_cstdcs);

    [Benchmark(Description = "CSTDCS+prerequisite: direct delegates")]
    [BenchmarkCategory("CSTDCS")]
    [DirectReference]
    public DirectResult CstdcsDirect() => _direct.Check(_cstdcs);

    [Benchmark(Description = "CSTDCS+prerequisite: plain NRules")]
    [BenchmarkCategory("CSTDCS")]
    [PlainNRulesReference]
    public FloorResult CstdcsPlain() => _plain.Check(AwardCodes.GrassrootsEmulationFighter, _dossier, _year);

    [Benchmark(Description = "CSTDCS+prerequisite: hand-written")]
    [BenchmarkCategory("CSTDCS")]
    [FloorReference]
    public FloorResult CstdcsFloor() => HandWrittenFloor.Cstdcs(_dossier, _year);
}
