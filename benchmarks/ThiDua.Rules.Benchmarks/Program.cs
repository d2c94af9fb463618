using System.Diagnostics;
using BenchmarkDotNet.Running;
using ThiDua.Rules;
using ThiDua.Rules.Benchmarks.Config;
using ThiDua.Rules.Benchmarks.Verification;

// `verify [count] [dump.jsonl]`: digest of every result on generated dossiers, and the agreement of the three
// references (direct evaluation, plain NRules, hand-written floor) with the library (see Verifier).
// `first-load`: time ThiDuaRules.CreateChecker() once in this fresh process.
// Anything else goes to BenchmarkDotNet (e.g. --short --filter '*Single*').
if (args.Length > 0 && args[0] == "verify")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    return Verifier.Run(count, args.Length > 2 ? args[2] : null);
}

if (args.Length > 0 && args[0] == "first-load")
{
    var watch = Stopwatch.StartNew();
    ThiDuaRules.CreateChecker();
    Console.WriteLine($"first CreateChecker in a fresh process: {watch.Elapsed.TotalMilliseconds:0} ms");
    return 0;
}

// `--short` (ours, not BenchmarkDotNet's): fewer iterations and launches for every suite (see Config/BenchConfig.cs).
RunLength.Short = args.Contains("--short");
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--short").ToArray());
return 0;

/// <summary>Entry point (top-level statements).</summary>
public partial class Program
{
}
