using BenchmarkDotNet.Attributes;
using ThiDua.Rules.Benchmarks.Config;
using ThiDua.Rules.Cli;

namespace ThiDua.Rules.Benchmarks.Suites;

/// <summary>
/// <c>thidua batch</c> end to end on a JSON Lines file of 100 000 generated dossiers for 2021: reading the lines,
/// the library's strict reader, <c>CheckAll</c> on every core, the records written in order to a JSON Lines file,
/// and the summary. Times are per input line (OperationsPerInvoke), so Op/s is dossier-years per second, comparable
/// with <see cref="BatchBenchmarks"/>, which checks dossiers already in memory.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BatchPipelineConfig))]
[BenchmarkCategory("batch")]
public class BatchPipelineBenchmarks
{
    public const int LineCount = 100_000;

    private string _input = null!;
    private string _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = Path.Combine(Path.GetTempPath(), "thidua-bench-batch-input.jsonl");
        _output = Path.Combine(Path.GetTempPath(), "thidua-bench-batch-output.jsonl");
        BatchInputFile.Write(_input, LineCount);

        // Load and compile the rules outside the measurement, as a long batch amortises them.
        _ = ThiDuaRules.Default.Catalog;
    }

    [Benchmark(Description = "Batch 100k lines: thidua batch, JSONL to JSONL", OperationsPerInvoke = LineCount)]
    public int BatchCommand()
        => CliApp.Run(new[] { "batch", _input, "--year", "2021", "--out", _output, "--overwrite" }, TextWriter.Null, TextWriter.Null);

    /// <summary>
    /// The same file checked for one award, as a unit screening its staff for CSTĐ cơ sở: the award and the LĐTT/CSTT
    /// prerequisite its chain needs, instead of every award that applies.
    /// </summary>
    [Benchmark(Description = "Batch 100k lines, --award CSTDCS", OperationsPerInvoke = LineCount)]
    public int BatchCommandOneAward()
        => CliApp.Run(new[] { "batch", _input, "--year", "2021", "--award", "CSTDCS", "--out", _output, "--overwrite" }, TextWriter.Null, TextWriter.Null);

    /// <summary>
    /// The same file checked for the four annual individual titles a civilian unit screens for (LĐTT, CSTĐ cơ sở, CSTĐ
    /// bộ/tỉnh, CSTĐ toàn quốc) with <c>CheckAwards</c>, leaving out the forms of commendation the catalogue also holds.
    /// </summary>
    [Benchmark(Description = "Batch 100k lines, --award the four annual titles", OperationsPerInvoke = LineCount)]
    public int BatchCommandAnnualTitles()
        => CliApp.Run(new[] { "batch", _input, "--year", "2021", "--award", "LDTT,CSTDCS,CSTD_BO_TINH,CSTD_TOAN_QUOC", "--out", _output, "--overwrite" }, TextWriter.Null, TextWriter.Null);

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_input);
        File.Delete(_output);
    }
}
