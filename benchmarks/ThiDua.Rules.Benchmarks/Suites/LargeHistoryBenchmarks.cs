using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// One dossier with 100 000 award-history entries: the sample civil servant with 100 000 ministry/provincial and
/// grassroots titles spread over 1946-2020 (about 1 300 per year), checked for CSTD toàn quốc and for every award.
/// Guards the cost of the history facts on hostile input: one pass and one counting sort per check, where a sorted
/// insert per title was quadratic (24 s for this dossier).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("large-history")]
public class LargeHistoryBenchmarks
{
    private const int Entries = 100_000;

    private IEligibilityChecker _checker = null!;
    private IndividualDossier _dossier = null!;
    private readonly AssessmentPeriod _year = SampleDossiers.Year;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ThiDuaRules.CreateChecker();
        var history = new List<AwardRecord>(SampleDossiers.EligibleCivilServant.AwardHistory!);
        for (var i = 0; history.Count < Entries; i++)
        {
            var year = 1946 + ((i * 7) % 75);
            var ministry = i % 2 == 0;
            history.Add(new AwardRecord
            {
                Code = ministry ? AwardCodes.MinistryEmulationFighter : AwardCodes.GrassrootsEmulationFighter,
                Period = AssessmentPeriod.CalendarYear(year),
                DecisionNumber = i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/QĐ",
                DecisionDate = new DateTime(year + 1, 3, 1),
            });
        }

        _dossier = SampleDossiers.EligibleCivilServant with { AwardHistory = history };
    }

    [Benchmark(Description = "100 000 history entries: Check CSTD_TOAN_QUOC")]
    public EligibilityResult CheckNational() => _checker.Check(new EligibilityRequest(AwardCodes.NationalEmulationFighter, _dossier, _year));

    [Benchmark(Description = "100 000 history entries: CheckAll")]
    public IReadOnlyList<EligibilityResult> CheckAll() => _checker.CheckAll(_dossier, _year);
}
