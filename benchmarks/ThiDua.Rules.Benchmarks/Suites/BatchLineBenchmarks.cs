using System.Text;
using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;
using ThiDua.Rules.Cli.Batch;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// Where one line of <c>thidua batch</c> goes, on one thread: the strict reader on the line's UTF-8 bytes, the checks
/// (every applicable award, or CSTĐ cơ sở alone as with <c>--award CSTDCS</c>), and the line's record written as
/// the batch writes it (JSON Lines: each award's verdict with the conditions not met or undecided). The
/// lines are the 2021 dossiers of <see cref="BatchPipelineBenchmarks"/> (same generator, seed and filter), 2 000 of
/// them per operation batch; times are per line. On two cores the pipeline can at best halve their sum.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[BenchmarkCategory("batch-line")]
public class BatchLineBenchmarks
{
    public const int LineCount = 2_000;

    private static readonly AssessmentPeriod Year = AssessmentPeriod.CalendarYear(2021);

    private byte[][] _lines = null!;
    private IndividualDossier[] _dossiers = null!;
    private IReadOnlyList<EligibilityResult>[] _results = null!;
    private IEligibilityChecker _checker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new DossierGenerator(seed: 20261201);
        var lines = new List<byte[]>(LineCount);
        for (var index = 0; lines.Count < LineCount; index++)
        {
            var (dossier, period) = generator.Next(index);
            if (period == Year)
            {
                lines.Add(Encoding.UTF8.GetBytes(ThiDuaJson.Write(dossier, indented: false)));
            }
        }

        _lines = lines.ToArray();
        _checker = ThiDuaRules.Default;
        _dossiers = _lines.Select(line => ThiDuaJson.ReadDossier(line)).ToArray();
        _results = _dossiers.Select(dossier => _checker.CheckAll(dossier, Year)).ToArray();
    }

    [Benchmark(Description = "Line: strict reader (UTF-8 bytes to dossier)", OperationsPerInvoke = LineCount)]
    public int Read()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            count += ThiDuaJson.ReadDossier(line).Periods?.Count ?? 0;
        }

        return count;
    }

    [Benchmark(Description = "Line: CheckAll (every applicable award)", OperationsPerInvoke = LineCount)]
    public int CheckAll()
    {
        var count = 0;
        foreach (var dossier in _dossiers)
        {
            count += _checker.CheckAll(dossier, Year).Count;
        }

        return count;
    }

    /// <summary>The lines' dossiers checked for <paramref name="awards"/> only (<c>CheckAwards</c>), for the <c>award-costs</c> command.</summary>
    public int CheckAwards(IReadOnlyCollection<string> awards)
    {
        var count = 0;
        foreach (var dossier in _dossiers)
        {
            count += _checker.CheckAwards(dossier, Year, awards).Count;
        }

        return count;
    }

    [Benchmark(Description = "Line: Check of CSTDCS (with its prerequisite)", OperationsPerInvoke = LineCount)]
    public int CheckOneAward()
    {
        var count = 0;
        foreach (var dossier in _dossiers)
        {
            count += _checker.Check(new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, dossier, Year)).Conditions.Count;
        }

        return count;
    }

    [Benchmark(Description = "Line: batch record written (JSON Lines)", OperationsPerInvoke = LineCount)]
    public int Write()
    {
        var length = 0;
        for (var i = 0; i < _results.Length; i++)
        {
            var record = new BatchRecord(i + 1, BatchStatus.Checked, _dossiers[i].Id, Year, _results[i].Select(AwardSummary.Of).ToList(), null);
            length += ThiDuaJson.Write(record, indented: false).Length;
        }

        return length;
    }
}
