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
/// <item>the references must agree with the library, verdict and condition by condition: direct evaluation on every
/// award of CheckAll and on LDTT and CSTDCS, the plain NRules implementation and the hand-written floor on LDTT and
/// CSTDCS.</item>
/// </list>
/// </summary>
internal static class Verifier
{
    public static int Run(int count, string? dumpPath)
    {
        var checker = ThiDuaRules.CreateChecker();
        var direct = new DirectEvaluation(checker);
        var plain = new PlainNRules();
        var generator = new DossierGenerator(seed: 20241130);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var dump = dumpPath == null ? null : new StreamWriter(dumpPath, append: false, new UTF8Encoding(false));
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = new Dictionary<string, int>(StringComparer.Ordinal) { ["direct"] = 0, ["plain NRules"] = 0, ["floor"] = 0 };
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

            var directAll = direct.CheckAll(dossier, period);
            for (var a = 0; a < all.Count; a++)
            {
                disagreements["direct"] += Compare("direct", all[a].Award, dossier, all[a], directAll[a].Verdict, directAll[a].Outcomes.Take(directAll[a].Count));
            }

            foreach (var (code, library) in new[] { (AwardCodes.AdvancedWorker, ldtt), (AwardCodes.GrassrootsEmulationFighter, cstdcs) })
            {
                var d = direct.Check(new EligibilityRequest(code, dossier, period));
                disagreements["direct"] += Compare("direct", code, dossier, library, d.Verdict, d.Outcomes.Take(d.Count));
                var p = plain.Check(code, dossier, period);
                disagreements["plain NRules"] += Compare("plain NRules", code, dossier, library, p.Verdict, p.Outcomes);
                var f = code == AwardCodes.AdvancedWorker ? HandWrittenFloor.Ldtt(dossier, period) : HandWrittenFloor.Cstdcs(dossier, period);
                disagreements["floor"] += Compare("floor", code, dossier, library, f.Verdict, f.Outcomes);
            }
        }

        Console.WriteLine($"dossiers: {count}, elapsed: {watch.Elapsed.TotalSeconds:0.0} s");
        foreach (var pair in verdicts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {pair.Key}: {pair.Value}");
        }

        foreach (var pair in disagreements)
        {
            Console.WriteLine($"{pair.Key} disagreements: {pair.Value}");
        }

        Console.WriteLine($"digest: {Convert.ToHexString(hash.GetHashAndReset())}");
        return disagreements.Values.Sum() == 0 ? 0 : 1;
    }

    private static int reported;

    private static int Compare(string reference, string award, IndividualDossier dossier, EligibilityResult library, Verdict verdict, IEnumerable<ConditionOutcome> outcomes)
    {
        var expected = library.Conditions.Select(c => c.Outcome).ToArray();
        var actual = outcomes.ToArray();
        if (library.Verdict == verdict && expected.SequenceEqual(actual))
        {
            return 0;
        }

        // The first few, so a systematic difference is visible without flooding the console.
        if (reported++ < 20)
        {
            Console.WriteLine($"{award} {dossier.Id}: library {library.Verdict} [{string.Join(", ", library.Conditions.Select(c => c.ConditionId + "=" + c.Outcome))}]");
            Console.WriteLine($"{award} {dossier.Id}: {reference} {verdict} [{string.Join(", ", actual)}]");
        }

        return 1;
    }
}
