using System.Diagnostics;
using BenchmarkDotNet.Running;
using ThiDua.Rules;
using ThiDua.Rules.Benchmarks.Verification;

// `verify [count] [dump.jsonl]`: digest of every result on generated dossiers, and the floor's agreement with the
// library (see Verifier). `profile [repetitions]`: rough per-stage timings of one LDTT check. `engine-error`: the
// library reports a rule that throws with RulesEngine's own wording. `first-load`: time ThiDuaRules.CreateChecker()
// once in this fresh process.
// Anything else goes to BenchmarkDotNet (e.g. --filter '*Single*' --job short).
if (args.Length > 0 && args[0] == "verify")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    return Verifier.Run(count, args.Length > 2 ? args[2] : null);
}

if (args.Length > 0 && args[0] == "profile")
{
    StageProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return 0;
}

if (args.Length > 0 && args[0] == "engine-error")
{
    return EngineErrorCheck.Run();
}

if (args.Length > 0 && args[0] == "first-load")
{
    var watch = Stopwatch.StartNew();
    ThiDuaRules.CreateChecker();
    Console.WriteLine($"first CreateChecker in a fresh process: {watch.Elapsed.TotalMilliseconds:0} ms");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point (top-level statements).</summary>
public partial class Program
{
}
