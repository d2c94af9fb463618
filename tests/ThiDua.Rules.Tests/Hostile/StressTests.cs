using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using ThiDua.Rules.Testing;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Many thousands of checks from eight threads against one shared checker whose caches start empty, so the threads
/// race to fill the rule plans' message and result caches: every answer must be the one a checker of its own gives
/// for the same input, sequentially.
/// </summary>
public sealed class StressTests
{
    private const int Threads = 8;
    private const int ChecksPerThread = 1000;
    private const int Dossiers = 300;

    // Every fourth call of a thread is a CheckAll of the dossier for the case's period, the rest Check of the case.
    private const int CheckAllEvery = 4;

    [Fact]
    public void Check_EightThreadsOfAThousandChecksOnOneFreshChecker_EveryResultIsTheSequentialResult()
    {
        var cases = ThiDuaGenerators.Case(null, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any })
            .Sample(Dossiers, new Rnd(20261201UL), 20);
        var sequential = ThiDuaRules.CreateChecker();
        var expected = cases.Select(c => ThiDuaJson.Write(sequential.Check(c.ToRequest()), indented: false)).ToArray();
        var expectedAll = cases.Select(c => ThiDuaJson.Write(sequential.CheckAll(c.Dossier, c.Period), indented: false)).ToArray();

        var shared = ThiDuaRules.CreateChecker();
        var failures = new ConcurrentQueue<string>();
        var checks = 0;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            for (var i = 0; i < ChecksPerThread && failures.Count < 10; i++)
            {
                // Each thread walks all the cases in its own order (31 is prime to the number of cases).
                var index = (t * 37 + i * 31) % cases.Length;
                try
                {
                    var all = i % CheckAllEvery == 0;
                    var json = all
                        ? ThiDuaJson.Write(shared.CheckAll(cases[index].Dossier, cases[index].Period), indented: false)
                        : ThiDuaJson.Write(shared.Check(cases[index].ToRequest()), indented: false);
                    if (json != (all ? expectedAll[index] : expected[index]))
                    {
                        failures.Enqueue($"thread {t}, call {i}, case {index} ({(all ? "CheckAll" : "Check")}): {cases[index]}\nexpected {(all ? expectedAll[index] : expected[index])}\nactual   {json}");
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue($"thread {t}, call {i}, case {index}: {cases[index]}\n{e}");
                }

                Interlocked.Increment(ref checks);
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));
        Assert.Equal(Threads * ChecksPerThread, checks);
    }
}
