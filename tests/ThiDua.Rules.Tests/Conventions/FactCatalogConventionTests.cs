using System.Reflection;
using ThiDua.Rules.Facts;
using Xunit;

namespace ThiDua.Rules.Tests.Conventions;

public sealed class FactCatalogConventionTests
{
    private static IEnumerable<PropertyInfo> PublicFactProperties()
        => typeof(RuleFacts).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static string FactName(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

    [Fact]
    public void FactCatalog_EveryFact_IsAPublicPropertyOfRuleFacts()
    {
        var properties = PublicFactProperties().Select(FactName).ToHashSet(StringComparer.Ordinal);

        var orphans = FactCatalog.All.Select(f => f.Name).Where(n => !properties.Contains(n)).ToList();

        Assert.True(orphans.Count == 0, "Facts without a RuleFacts property: " + string.Join(", ", orphans));
    }

    [Fact]
    public void RuleFacts_EveryPublicProperty_IsARegisteredFact()
    {
        var unregistered = PublicFactProperties().Select(FactName).Where(n => !FactCatalog.TryGet(n, out _)).ToList();

        Assert.True(unregistered.Count == 0, "RuleFacts properties without a FactCatalog entry: " + string.Join(", ", unregistered));
    }

    [Fact]
    public void RuleFacts_PublicMembers_AreOnlyReadOnlyProperties()
    {
        var members = typeof(RuleFacts).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m is not MethodInfo { IsSpecialName: true });

        Assert.All(members, m => Assert.True(m is PropertyInfo { CanWrite: false }, $"{m.MemberType} {m.Name} is public on RuleFacts"));
        Assert.Empty(typeof(RuleFacts).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public void FactCatalog_FactValue_ReadsTheRuleFactsPropertyOfTheSameName()
    {
        var dossier = ThiDuaJson.ReadDossier(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "dossiers", "ministry-candidate-2021.json")));
        var facts = new RuleFacts(dossier, AwardCodes.MinistryEmulationFighter, AssessmentPeriod.CalendarYear(2021), new DateTime(2021, 12, 31));

        foreach (var property in PublicFactProperties())
        {
            Assert.True(FactCatalog.TryGet(FactName(property), out var fact), property.Name);
            Assert.Equal(property.GetValue(facts), fact.Value(facts));
        }
    }

    [Fact]
    public void FactCatalog_EveryFact_HasLabelsInBothLanguagesAndADossierField()
    {
        Assert.All(FactCatalog.All, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Label.Vi), f.Name);
            Assert.False(string.IsNullOrWhiteSpace(f.Label.En), f.Name);
            Assert.False(string.IsNullOrWhiteSpace(f.DossierField), f.Name);
        });
    }

    [Fact]
    public void FactCatalog_FactCount_FitsTheCheckersMissingFactMask()
    {
        // The checker marks a rule's missing facts as bits of a 64-bit mask; a rule lists each fact once.
        Assert.InRange(ThiDua.Rules.Facts.FactCatalog.All.Count, 1, 64);
    }
}
