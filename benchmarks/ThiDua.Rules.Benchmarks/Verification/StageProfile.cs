using System.Diagnostics;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Engine;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Benchmarks.Verification;

/// <summary>Rough per-stage timings of one LDTT check (Stopwatch over many repetitions), to see where the time goes.</summary>
internal static class StageProfile
{
    public static void Run(int repetitions)
    {
        var checker = ThiDuaRules.CreateChecker();
        var catalog = (AwardCatalog)checker.Catalog;
        var dossier = SampleDossiers.EligibleCivilServant;
        var period = SampleDossiers.Year;
        var regime = catalog.Resolve(period, null);
        var award = regime.ByCode[AwardCodes.AdvancedWorker];
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, period);
        var facts = new RuleFacts(dossier, award.Code, period, period.End);

        Time("whole Check(LDTT)", repetitions, () => checker.Check(request));
        Time("DossierValidator.Validate", repetitions, () => DossierValidator.Validate(dossier, catalog));
        Time("AwardCatalog.Resolve", repetitions, () => catalog.Resolve(period, null));
        Time("new RuleFacts", repetitions, () => new RuleFacts(dossier, award.Code, period, period.End));
        Time("IsKnown of every needed fact", repetitions, () =>
        {
            var known = 0;
            foreach (var rule in award.Rules)
            {
                foreach (var fact in rule.Needs)
                {
                    known += fact.IsKnown(facts) ? 1 : 0;
                }
            }

            return known;
        });
        Time("Workflow.Evaluate (engine)", repetitions, () => award.Workflow.Evaluate(facts));
        Time("Value of every needed fact (invariant)", repetitions, () =>
        {
            var n = 0;
            foreach (var rule in award.Rules)
            {
                foreach (var fact in rule.Needs)
                {
                    n += ValueFormatter.Invariant(fact.Value(facts)).Length;
                }
            }

            return n;
        });
        Time("MessageTemplate.Fill of every met message (placeholder = name)", repetitions, () =>
        {
            var n = 0;
            foreach (var rule in award.Rules)
            {
                n += MessageTemplate.Fill(rule.MetMessage, (name, language) => name).Vi.Length;
            }

            return n;
        });
    }

    private static void Time(string stage, int repetitions, Func<object> action)
    {
        for (var i = 0; i < 2000; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repetitions; i++)
        {
            action();
        }

        watch.Stop();
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / repetitions;
        Console.WriteLine($"{stage,-66} {watch.Elapsed.TotalMilliseconds * 1000 / repetitions,9:0.00} µs {bytes,8} B");
    }
}
