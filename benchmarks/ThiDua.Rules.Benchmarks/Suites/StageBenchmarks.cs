using BenchmarkDotNet.Attributes;
using NRules;
using ThiDua.Rules.Benchmarks.Config;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// Where the time of one LDTT check of the sample civil servant goes. <c>Check</c> is
/// <c>Prepare</c> (validation + AwardCheck), <c>CreateSession</c> on the award's session factory, <c>Insert</c>,
/// <c>Fire</c> (every condition rule's action: Unknown test, legal test, outcome) and <c>ResultComposer.Compose</c>.
/// Prepare, CreateSession and Compose (of an already fired check, which it only reads) are measured alone; Insert and
/// Fire need a fresh check and session each time, so they are measured cumulatively and read as differences.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("stages")]
public class StageBenchmarks
{
    private IEligibilityChecker _checker = null!;
    private EligibilityChecker _internal = null!;
    private ISessionFactory _sessions = null!;
    private AwardCheck _fired = null!;
    private EligibilityRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        _internal = (EligibilityChecker)_checker;
        _request = new EligibilityRequest(AwardCodes.AdvancedWorker, SampleDossiers.EligibleCivilServant, SampleDossiers.Year);
        _fired = _internal.Prepare(_request);
        _sessions = _fired.Plan.Sessions;
        var session = _sessions.CreateSession();
        session.Insert(_fired);
        session.Fire();
    }

    [Benchmark(Description = "LDTT stage: whole Check")]
    public EligibilityResult Whole() => _checker.Check(_request);

    [Benchmark(Description = "LDTT stage: prepare (validation + AwardCheck)")]
    public AwardCheck Prepare() => _internal.Prepare(_request);

    [Benchmark(Description = "LDTT stage: CreateSession")]
    public ISession CreateSession() => _sessions.CreateSession();

    [Benchmark(Description = "LDTT stage: prepare + CreateSession + Insert")]
    public ISession UpToInsert()
    {
        var check = _internal.Prepare(_request);
        var session = check.Plan.Sessions.CreateSession();
        session.Insert(check);
        return session;
    }

    [Benchmark(Description = "LDTT stage: prepare + CreateSession + Insert + Fire")]
    public AwardCheck UpToFire()
    {
        var check = _internal.Prepare(_request);
        var session = check.Plan.Sessions.CreateSession();
        session.Insert(check);
        session.Fire();
        return check;
    }

    [Benchmark(Description = "LDTT stage: Compose (ResultComposer)")]
    public EligibilityResult Compose() => ResultComposer.Compose(_fired);
}
