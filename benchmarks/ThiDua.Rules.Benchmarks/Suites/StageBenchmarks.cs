using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// Where the time of one LDTT check goes: each stage of <c>Check</c> measured alone on the sample civil servant.
/// The stages are internal calls; their sum is roughly the whole check.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("stages")]
public class StageBenchmarks
{
    private IEligibilityChecker _checker = null!;
    private AwardCatalog _catalog = null!;
    private CompiledAward _award = null!;
    private FactDescriptor[] _needs = null!;
    private EligibilityRequest _request = null!;
    private readonly IndividualDossier _dossier = SampleDossiers.EligibleCivilServant;
    private readonly AssessmentPeriod _year = SampleDossiers.Year;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        _catalog = (AwardCatalog)_checker.Catalog;
        _award = _catalog.Resolve(_year, null).ByCode[AwardCodes.AdvancedWorker];
        _needs = _award.Rules.Where(r => r.AppliesTo(_dossier.Category)).SelectMany(r => r.Needs).ToArray();
        _request = new EligibilityRequest(AwardCodes.AdvancedWorker, _dossier, _year);
    }

    [Benchmark(Description = "LDTT stage: whole Check")]
    public EligibilityResult Whole() => _checker.Check(_request);

    [Benchmark(Description = "LDTT stage: dossier validation")]
    public IReadOnlyList<DossierProblem> Validate() => DossierValidator.Validate(_dossier, _catalog);

    [Benchmark(Description = "LDTT stage: regime resolution")]
    public object Resolve() => _catalog.Resolve(_year, null);

    [Benchmark(Description = "LDTT stage: facts + is-known of every need")]
    public int Known()
    {
        var facts = new RuleFacts(_dossier, _award.Code, _year, _year.End);
        var known = 0;
        foreach (var fact in _needs)
        {
            known += fact.IsKnown(facts) ? 1 : 0;
        }

        return known;
    }

    [Benchmark(Description = "LDTT stage: engine (every expression rule)")]
    public int Engine() => _award.Workflow.Evaluate(new RuleFacts(_dossier, _award.Code, _year, _year.End)).Count(e => e.IsSuccess);

    [Benchmark(Description = "LDTT stage: invariant value of every need")]
    public int Values()
    {
        var facts = new RuleFacts(_dossier, _award.Code, _year, _year.End);
        var length = 0;
        foreach (var fact in _needs)
        {
            length += ValueFormatter.Invariant(fact.Value(facts)).Length;
        }

        return length;
    }
}
