using System.Reflection;
using System.Runtime.CompilerServices;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>Builds council findings by property name and checks them, for the table-driven tests of attestation-based forms.</summary>
internal static class CouncilFindings
{
    /// <summary>Council findings with each named property set to <paramref name="value"/>'s answer for it.</summary>
    public static CouncilAttestations Findings(IEnumerable<string> properties, Func<string, bool> value)
    {
        var attestations = new CouncilAttestations();
        foreach (var name in properties)
        {
            var property = typeof(CouncilAttestations).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException("CouncilAttestations has no property " + name);
            property.SetValue(attestations, value(name));
        }

        return attestations;
    }

    /// <summary>
    /// For each row, the civil servant's award checked with every finding of that award given (the row's condition met)
    /// and with the row's finding withheld (not met), asserting its citations and message. The calling test declares the Covers.
    /// </summary>
    public static void AssertFindings(
        string period,
        (string Award, string Id, string Fact, Cite[] Cites)[] rows,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string testFile = "")
        => AssertFindings(period, rows.Select(r => (r.Award, r.Id, r.Fact, false, r.Cites)).ToArray(), new[] { "xác nhận", period }, new[] { "không xác nhận", period }, testMethod, testFile);

    /// <summary>
    /// As above, for a worker where the row says so, with the message fragments the met and the not-met outcome must show.
    /// </summary>
    public static void AssertFindings(
        string period,
        (string Award, string Id, string Fact, bool Worker, Cite[] Cites)[] rows,
        string[] metMessage,
        string[] notMetMessage,
        string testMethod,
        string testFile)
    {
        foreach (var row in rows)
        {
            var facts = rows.Where(r => r.Award == row.Award).Select(r => r.Fact).ToList();
            var given = Findings(facts, _ => true);
            var withheld = Findings(facts, f => f != row.Fact);
            DossierBuilder Person() => row.Worker ? DossierBuilder.Worker(period) : DossierBuilder.CivilServant(period);

            Expect(row.Award, Person().WithAttestations(_ => given), row.Id, ConditionOutcome.Met, row.Cites, metMessage, testMethod: testMethod, testFile: testFile);
            Expect(row.Award, Person().WithAttestations(_ => withheld), row.Id, ConditionOutcome.NotMet, row.Cites, notMetMessage, testMethod: testMethod, testFile: testFile);
        }
    }
}
