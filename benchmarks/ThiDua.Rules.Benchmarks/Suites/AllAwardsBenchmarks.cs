using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// Every applicable individual award for one dossier and year (for the sample civil servant: LDTT, CSTDCS with its
/// LDTT prerequisite, CSTD_BO_TINH and CSTD_TOAN_QUOC), beside direct evaluation of the same rules. The floor and the
/// plain NRules implementation cover LDTT and CSTDCS only, so they have no counterpart here.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("all-awards")]
public class AllAwardsBenchmarks
{
    private IEligibilityChecker _checker = null!;
    private DirectEvaluation _direct = null!;
    private readonly IndividualDossier _dossier = SampleDossiers.EligibleCivilServant;
    private readonly AssessmentPeriod _year = SampleDossiers.Year;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        _direct = new DirectEvaluation(_checker);
    }

    [Benchmark(Description = "All awards: ThiDua.Rules CheckAll")]
    public IReadOnlyList<EligibilityResult> CheckAll() => _checker.CheckAll(_dossier, _year);

    [Benchmark(Description = "All awards: direct delegates")]
    [DirectReference]
    public DirectResult[] Direct() => _direct.CheckAll(_dossier, _year);
}
