using System.Diagnostics;
using BenchmarkDotNet.Running;
using ThiDua.Rules;
using ThiDua.Rules.Benchmarks.Config;
using ThiDua.Rules.Benchmarks.Verification;

// `verify [count] [dump.jsonl]`: digest of every result on generated dossiers, and the agreement of the three
// references (direct evaluation, plain NRules, hand-written floor) with the library (see Verifier).
// `write-batch-input <path> [lines]`: the batch benchmarks' JSON Lines input, for a CLI run by hand.
// `repeat-batch <input.jsonl> [runs] [options]`: `thidua batch` run after run in one process (cold, then warm).
// `line-costs [rounds]`: one batch line's stages on one thread, with a stopwatch and exact allocations.
// `award-costs [rounds]`: each individual award of the batch lines' regime checked alone, then CheckAll, per line.
// `first-load`: time ThiDuaRules.CreateChecker() once in this fresh process.
// Anything else goes to BenchmarkDotNet (e.g. --short --filter '*Single*').
if (args.Length > 0 && args[0] == "verify")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    return Verifier.Run(count, args.Length > 2 ? args[2] : null);
}

if (args.Length > 1 && args[0] == "write-batch-input")
{
    var lines = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    ThiDua.Rules.Benchmarks.Inputs.BatchInputFile.Write(args[1], lines);
    return 0;
}

if (args.Length > 1 && args[0] == "repeat-batch")
{
    // `repeat-batch <input.jsonl> [runs] [batch options…]`: `thidua batch` several times in this one process, each run's
    // wall time, process CPU time, allocations and collections on stdout (first run cold, later ones warm).
    var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
    var output = Path.Combine(Path.GetTempPath(), "thidua-repeat-batch-output.jsonl");
    var batch = new[] { "batch", args[1], "--year", "2021", "--out", output, "--overwrite" }.Concat(args.Skip(3)).ToArray();
    var lineCount = File.ReadLines(args[1]).Count();
    for (var run = 1; run <= runs; run++)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        ThiDua.Rules.Cli.CliApp.Run(batch, TextWriter.Null, TextWriter.Null);
        watch.Stop();
        process.Refresh();
        var cpuUs = (process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / lineCount;
        Console.WriteLine(
            $"run {run}: {lineCount / watch.Elapsed.TotalSeconds:0} lines/s, wall {watch.Elapsed.TotalMilliseconds * 1000 / lineCount:0.0} µs/line, "
            + $"CPU {cpuUs:0.0} µs/line, {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0 / lineCount:0.0} KB/line, "
            + $"GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, "
            + $"pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds * 100 / watch.Elapsed.TotalMilliseconds:0}% of wall");
    }

    File.Delete(output);
    return 0;
}

if (args.Length > 0 && args[0] == "line-costs")
{
    // `line-costs [rounds]`: the BatchLineBenchmarks stages with a stopwatch and this thread's allocation counter, for
    // a quick look between BenchmarkDotNet runs (allocations are exact; times are only as quiet as the machine).
    var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
    var suite = new ThiDua.Rules.Benchmarks.Suites.BatchLineBenchmarks();
    suite.Setup();
    var stages = new (string Name, Func<int> Run)[] { ("read", suite.Read), ("CheckAll", suite.CheckAll), ("Check CSTDCS", suite.CheckOneAward), ("write", suite.Write) };
    foreach (var (name, run) in stages)
    {
        // Warm up for two seconds: tiered compilation promotes the hot methods only after a quiet spell of new JIT work.
        var (best, bytes) = PerLine(run, rounds, TimeSpan.FromSeconds(2));
        Console.WriteLine($"{name,-14} best {best,7:0.00} µs/line  {bytes,7} B/line");
    }

    return 0;
}

if (args.Length > 0 && args[0] == "award-costs")
{
    // `award-costs [rounds]`: what each individual award of the batch lines' regime adds to a line, checked alone with
    // CheckAwards (the same session as CheckAll), best of the rounds; then CheckAll. Shows which awards a line pays for.
    var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
    var suite = new ThiDua.Rules.Benchmarks.Suites.BatchLineBenchmarks();
    suite.Setup();
    var regime = ThiDuaRules.Default.Catalog.ResolveRegime(BatchInputFile.Year);
    var awards = ThiDuaRules.Default.Catalog.GetAwards(regime.Id).Where(a => a.Subject == AwardSubject.Individual).Select(a => a.Code).ToList();
    var costs = new List<(string Name, double Micros, long Bytes)>();
    foreach (var (name, run) in awards.Select(a => (a, (Func<int>)(() => suite.CheckAwards(new[] { a })))).Append(("CheckAll", suite.CheckAll)))
    {
        var (best, bytes) = PerLine(run, rounds, TimeSpan.FromSeconds(1));
        costs.Add((name, best, bytes));
    }

    foreach (var (name, micros, bytes) in costs.OrderByDescending(c => c.Micros))
    {
        Console.WriteLine($"{name,-24} best {micros,7:0.00} µs/line  {bytes,7} B/line");
    }

    return 0;
}

if (args.Length > 0 && args[0] == "first-load")
{
    var watch = Stopwatch.StartNew();
    ThiDuaRules.CreateChecker(loggerFactory: new ThiDua.Rules.Benchmarks.Diagnostics.ConsoleTimingsLogger());
    Console.WriteLine($"first CreateChecker in a fresh process: {watch.Elapsed.TotalMilliseconds:0} ms");
    return 0;
}

// `--short` (ours, not BenchmarkDotNet's): fewer iterations and launches for every suite (see Config/BenchConfig.cs).
RunLength.Short = args.Contains("--short");
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--short").ToArray());
return 0;

// One stage of a batch line run over the suite's lines: warmed up for `warmup`, then the best of
// rounds in microseconds per line, with this thread's exact allocations per line.
static (double Micros, long Bytes) PerLine(Func<int> run, int rounds, TimeSpan warmup)
{
    for (var warm = Stopwatch.StartNew(); warm.Elapsed < warmup;)
    {
        run();
    }

    var best = double.MaxValue;
    long bytes = 0;
    for (var round = 0; round < rounds; round++)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        run();
        best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1000 / ThiDua.Rules.Benchmarks.Suites.BatchLineBenchmarks.LineCount);
        bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / ThiDua.Rules.Benchmarks.Suites.BatchLineBenchmarks.LineCount;
    }

    return (best, bytes);
}

/// <summary>Entry point (top-level statements).</summary>
public partial class Program
{
}
