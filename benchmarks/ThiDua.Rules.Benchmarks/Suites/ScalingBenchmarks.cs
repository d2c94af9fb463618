using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// Whether a check's cost grows with the regime's award count: LDTT Check of the sample dossier with the shipped rule
/// set (5 awards) and with 45 synthetic copies of LDTT added (50 awards), both loaded from a folder. The 5-award case
/// is the baseline (Ratio column); target: 50 awards at most 1.3 times 5 awards.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("scaling")]
public class ScalingBenchmarks
{
    private IEligibilityChecker _five = null!;
    private IEligibilityChecker _fifty = null!;
    private EligibilityRequest _ldtt = null!;
    private readonly List<string> _folders = new List<string>();

    [GlobalSetup]
    public void Setup()
    {
        _five = Create(0);
        _fifty = Create(45);
        _ldtt = new EligibilityRequest(AwardCodes.AdvancedWorker, SampleDossiers.EligibleCivilServant, SampleDossiers.Year);
        var five = _five.Catalog.GetAwards("vn-2013").Count;
        var fifty = _fifty.Catalog.GetAwards("vn-2013").Count;
        if (five != 5 || fifty != 50)
        {
            throw new InvalidOperationException($"expected 5 and 50 awards, got {five} and {fifty}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "LDTT Check: 5 awards (shipped)")]
    public EligibilityResult Five() => _five.Check(_ldtt);

    [Benchmark(Description = "LDTT Check: 50 awards (45 synthetic)")]
    public EligibilityResult Fifty() => _fifty.Check(_ldtt);

    private IEligibilityChecker Create(int extraAwards)
    {
        var folder = SyntheticRuleSets.Write(extraAwards);
        _folders.Add(folder);
        return ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = RuleSetSource.FromDirectory(folder) });
    }
}
