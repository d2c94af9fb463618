using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Testing;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>The same request always gives the same result, whether asked once, twice, or from many threads at once.</summary>
public class DeterminismProperties
{
    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Check_SameRequestTwice_GivesTheSameResult()
        => Prop.ForAll(Draw.Any(), c =>
        {
            var first = ThiDuaJson.Write(Shipped.Checker.Check(c.ToRequest()));
            var second = ThiDuaJson.Write(Shipped.Checker.Check(c.ToRequest()));
            Assert.Equal(first, second);
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Check_EqualButSeparatelyBuiltDossier_GivesTheSameResult()
        => Prop.ForAll(Draw.Any(), c =>
        {
            var copy = ThiDuaJson.ReadDossier(ThiDuaJson.Write(c.Dossier));
            var original = ThiDuaJson.Write(Shipped.Checker.Check(c.ToRequest()));
            var fromCopy = ThiDuaJson.Write(Shipped.Checker.Check(c.ToRequest() with { Dossier = copy }));
            Assert.Equal(original, fromCopy);
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property CheckAll_AnyDossier_GivesWhatCheckGivesForEachAward()
        => Prop.ForAll(Draw.Any(), c =>
        {
            foreach (var result in Shipped.Checker.CheckAll(c.Dossier, c.Period))
            {
                Assert.Equal(ThiDuaJson.Write(Shipped.Check(result.Award, c.Dossier, c.Period)), ThiDuaJson.Write(result));
            }
        });

    [Property(MaxTest = 15, QuietOnSuccess = true)]
    public Property Check_ManyThreadsAtOnce_GiveTheSequentialResults()
    {
        var batches = Arb.From(ThiDuaGenerators.Case(null, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any }).ArrayOf(24));
        return Prop.ForAll(batches, batch =>
        {
            var expected = batch.Select(c => ThiDuaJson.Write(Shipped.Checker.Check(c.ToRequest()))).ToArray();
            var actual = new string[8][];
            using var start = new Barrier(actual.Length);
            var threads = Enumerable.Range(0, actual.Length).Select(t => new Thread(() =>
            {
                var mine = new string[batch.Length];
                start.SignalAndWait();
                for (var k = 0; k < batch.Length; k++)
                {
                    // Each thread walks the batch from a different starting point, so different requests overlap.
                    var i = (k + (t * 3)) % batch.Length;
                    mine[i] = ThiDuaJson.Write(Shipped.Checker.Check(batch[i].ToRequest()));
                }

                actual[t] = mine;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            foreach (var results in actual)
            {
                Assert.Equal(expected, results);
            }
        });
    }

    [Fact]
    public void CreateChecker_FirstUsedFromManyThreadsAtOnce_GivesTheSequentialResults()
    {
        var cases = ThiDuaGenerators.Case(null, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any })
            .Sample(40, new Rnd(20241130UL), 10)
            .ToArray();
        var expected = cases.Select(c => ThiDuaJson.Write(Shipped.Checker.Check(c.ToRequest()))).ToArray();
        var fresh = ThiDuaRules.CreateChecker(Shipped.Options());
        var results = new string[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = ThiDuaJson.Write(fresh.Check(cases[i].ToRequest())));
        Assert.Equal(expected, results);
    }
}
