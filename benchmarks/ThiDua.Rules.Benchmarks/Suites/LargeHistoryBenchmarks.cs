using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// One dossier with 100 000 award-history entries: the sample civil servant with 100 000 ministry/provincial and
/// grassroots titles spread over 1946-2020 (about 1 300 per year), checked for CSTD toàn quốc and for every award.
/// Guards the cost of the history facts on hostile input: one pass and one counting sort per check, where a sorted
/// insert per title was quadratic (24 s for this dossier). The validator refuses this dossier (more entries than
/// ThiDuaLimits.MaxAwardHistoryEntries, titles repeated for a period), so the rules run on it without validation; a
/// third case measures the refusal itself.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("large-history")]
public class LargeHistoryBenchmarks
{
    private const int Entries = 100_000;

    private ThiDua.Rules.Checking.EligibilityChecker _checker = null!;
    private IndividualDossier _dossier = null!;
    private readonly AssessmentPeriod _year = SampleDossiers.Year;

    [GlobalSetup]
    public void Setup()
    {
        _checker = (ThiDua.Rules.Checking.EligibilityChecker)ThiDuaRules.CreateChecker();
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

    [Benchmark(Description = "100 000 history entries: rules of CSTD_TOAN_QUOC, unvalidated")]
    public IReadOnlyList<EligibilityResult> CheckNational() => _checker.CheckAllUnvalidated(_dossier, _year, AwardCodes.NationalEmulationFighter);

    [Benchmark(Description = "100 000 history entries: rules of every award, unvalidated")]
    public IReadOnlyList<EligibilityResult> CheckAll() => _checker.CheckAllUnvalidated(_dossier, _year);

    [Benchmark(Description = "100 000 history entries: CheckAll refused by the limits")]
    public string Refused()
    {
        try
        {
            _checker.CheckAll(_dossier, _year);
            return "accepted";
        }
        catch (InvalidDossierException e)
        {
            return e.Problems[0].Reason;
        }
    }
}
