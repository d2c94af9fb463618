using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ThiDua.Rules.Benchmarks.Verification;

/// <summary>
/// Guards the optimisations and the references, outside BenchmarkDotNet:
/// <list type="bullet">
/// <item>a SHA-256 digest of the full JSON of every result (verdicts, outcomes, messages in both languages, values,
/// citations, missing facts, nested prerequisite results) of CheckAll on generated dossiers, plus Check of LDTT and
/// CSTDCS on the same dossiers; an optimisation must leave it unchanged;</item>
/// <item>the hand-written floor must agree with the library, condition by condition, on LDTT and CSTDCS.</item>
/// </list>
/// </summary>
internal static class Verifier
{
    public static int Run(int count, string? dumpPath)
    {
        var checker = ThiDuaRules.CreateChecker();
        var generator = new DossierGenerator(seed: 20241130);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var dump = dumpPath == null ? null : new StreamWriter(dumpPath, append: false, new UTF8Encoding(false));
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (dossier, period) = generator.Next(i);
            var all = checker.CheckAll(dossier, period);
            var ldtt = checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, period));
            var cstdcs = checker.Check(new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, dossier, period));
            foreach (var text in new[] { ThiDuaJson.Write(all, indented: false), ThiDuaJson.Write(ldtt, indented: false), ThiDuaJson.Write(cstdcs, indented: false) })
            {
                hash.AppendData(Encoding.UTF8.GetBytes(text));
                dump?.WriteLine(text);
            }

            foreach (var result in all)
            {
                var key = result.Award + " " + result.Verdict;
                verdicts[key] = verdicts.GetValueOrDefault(key) + 1;
            }

            disagreements += Compare("LDTT", dossier, ldtt, HandWrittenFloor.Ldtt(dossier, period));
            disagreements += Compare("CSTDCS", dossier, cstdcs, HandWrittenFloor.Cstdcs(dossier, period));
        }

        Console.WriteLine($"dossiers: {count}, elapsed: {watch.Elapsed.TotalSeconds:0.0} s");
        foreach (var pair in verdicts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {pair.Key}: {pair.Value}");
        }

        Console.WriteLine($"floor disagreements: {disagreements}");
        Console.WriteLine($"digest: {Convert.ToHexString(hash.GetHashAndReset())}");
        return disagreements == 0 ? 0 : 1;
    }

    private static int Compare(string award, IndividualDossier dossier, EligibilityResult library, FloorResult floor)
    {
        var outcomes = library.Conditions.Select(c => c.Outcome).ToArray();
        if (library.Verdict == floor.Verdict && outcomes.SequenceEqual(floor.Outcomes))
        {
            return 0;
        }

        Console.WriteLine($"{award} {dossier.Id}: library {library.Verdict} [{string.Join(", ", library.Conditions.Select(c => c.ConditionId + "=" + c.Outcome))}]");
        Console.WriteLine($"{award} {dossier.Id}: floor   {floor.Verdict} [{string.Join(", ", floor.Outcomes)}]");
        return 1;
    }
}
