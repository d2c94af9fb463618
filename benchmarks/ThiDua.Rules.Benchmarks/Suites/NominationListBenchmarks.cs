using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;
using ThiDua.Rules.Benchmarks.Inputs;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// A unit's nomination list with full dossiers, 100, 1 000 and 5 000 members (every member proposed for LĐTT, 15 % for
/// CSTĐ cơ sở): checked end to end (target ≤ 150 ms for 1 000), a collective whose members are full dossiers, and
/// withdrawing a nomination in an open list session (target ≤ 1 ms; measured as a withdraw and the re-add that
/// restores the list, which re-checks one person, so per operation it is an upper bound). Cost should grow linearly.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("list")]
public class NominationListBenchmarks
{
    private IEligibilityChecker _checker = null!;
    private NominationList _list = null!;
    private CollectiveEligibilityRequest _collective = null!;
    private INominationListSession _session = null!;
    private Nomination _toggle = null!;

    [Params(100, 1_000, 5_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        var members = Enumerable.Range(0, Members)
            .Select(i => SampleDossiers.EligibleCivilServant with { Id = "M" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
        var nominations = members.Select(m => new Nomination { PersonId = m.Id!, Award = AwardCodes.AdvancedWorker })
            .Concat(members.Take(Members * 15 / 100).Select(m => new Nomination { PersonId = m.Id!, Award = AwardCodes.GrassrootsEmulationFighter }))
            .ToList();
        _list = new NominationList { UnitId = "BENCH", Period = SampleDossiers.Year, Members = members, Nominations = nominations };
        var collective = new CollectiveDossier
        {
            Id = "BENCH-COLLECTIVE",
            Kind = CollectiveKind.Civilian,
            AwardHistory = Array.Empty<AwardRecord>(),
            Proceedings = Array.Empty<ProceedingRecord>(),
            Periods = new[] { new CollectivePeriodRecord { Period = SampleDossiers.Year, TaskRating = TaskRating.CompletedExcellently, Members = members } },
        };
        _collective = new CollectiveEligibilityRequest(AwardCodes.ExcellentLabourCollective, collective, SampleDossiers.Year);
        _session = _checker.OpenList(_list);
        _toggle = nominations[^1];
    }

    [GlobalCleanup]
    public void Cleanup() => _session.Dispose();

    [Benchmark(Description = "List: ValidateList end to end")]
    public NominationListResult ValidateList() => _checker.ValidateList(_list);

    [Benchmark(Description = "Collective: TTLDXS with member dossiers")]
    public EligibilityResult CollectiveWithMembers() => _checker.CheckCollective(_collective);

    [Benchmark(Description = "Open list: withdraw + re-add one nomination", OperationsPerInvoke = 2)]
    public NominationListResult WithdrawAndAdd()
    {
        _session.Withdraw(_toggle.PersonId, _toggle.Award);
        return _session.Add(_toggle);
    }
}
