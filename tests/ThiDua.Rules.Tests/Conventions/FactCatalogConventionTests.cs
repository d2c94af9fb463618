using System.Reflection;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Facts;
using Xunit;

namespace ThiDua.Rules.Tests.Conventions;

public sealed class FactCatalogConventionTests
{
    public static TheoryData<string> Groups => new(FactGroup.All.Select(g => g.ParameterName));

    private static FactGroup Group(string name) => FactGroup.All.Single(g => g.ParameterName == name);

    private static IEnumerable<PropertyInfo> PublicFactProperties(FactGroup group)
        => group.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static string FactName(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

    [Fact]
    public void FactCatalog_EveryFact_IsAPublicPropertyOfItsGroup()
    {
        var orphans = FactCatalog.All
            .Where(f => f.Group.Type.GetProperty(char.ToUpperInvariant(f.Name[0]) + f.Name.Substring(1), BindingFlags.Public | BindingFlags.Instance) == null)
            .Select(f => $"{f.Group.ParameterName}.{f.Name}")
            .ToList();

        Assert.True(orphans.Count == 0, "Facts without a property in their group: " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void FactGroup_EveryPublicProperty_IsARegisteredFactOfThatGroup(string groupName)
    {
        var group = Group(groupName);

        var unregistered = PublicFactProperties(group).Select(FactName)
            .Where(n => !FactCatalog.TryGet(n, out var fact) || fact.Group != group)
            .ToList();

        Assert.True(unregistered.Count == 0, $"{group.Type.Name} properties without a FactCatalog entry of group '{groupName}': " + string.Join(", ", unregistered));
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void FactGroup_PublicMembers_AreOnlyReadOnlyProperties(string groupName)
    {
        var type = Group(groupName).Type;
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m is not MethodInfo { IsSpecialName: true });

        Assert.All(members, m => Assert.True(m is PropertyInfo { CanWrite: false }, $"{m.MemberType} {m.Name} is public on {type.Name}"));
        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public void AwardCheck_GroupProperties_AreTheFactGroups()
    {
        var groupProperties = typeof(AwardCheck).GetProperties().Where(p => p.PropertyType.Namespace == typeof(AwardCheck).Namespace && p.PropertyType != typeof(AwardCheck));

        Assert.Equal(
            FactGroup.All.Select(g => g.CheckProperty.Name).Order(StringComparer.Ordinal),
            groupProperties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FactCatalog_FactValue_ReadsThePropertyOfTheSameNameInItsGroup()
    {
        var dossier = ThiDuaJson.ReadDossier(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "dossiers", "ministry-candidate-2021.json")));
        var checker = (EligibilityChecker)ThiDuaRules.CreateChecker();
        var check = checker.Prepare(new EligibilityRequest(AwardCodes.MinistryEmulationFighter, dossier, AssessmentPeriod.CalendarYear(2021)));

        foreach (var group in FactGroup.All)
        {
            var facts = group.CheckProperty.GetValue(check);
            foreach (var property in PublicFactProperties(group))
            {
                Assert.True(FactCatalog.TryGet(FactName(property), out var fact), property.Name);
                Assert.Equal(property.GetValue(facts), fact.Value(check));
            }
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
    public void ShippedRules_FactsNeeded_FitTheCheckersMissingFactMask()
    {
        // The checker marks a rule's missing facts as bits of a 64-bit mask indexed by the rule's own 'needs' (the
        // loader refuses more than 64); the catalogue as a whole may hold more facts than that.
        var catalog = ThiDuaRules.Default.Catalog;
        Assert.All(catalog.Regimes.SelectMany(r => catalog.GetAwards(r.Id)).SelectMany(a => a.Conditions), c => Assert.InRange(c.RequiredFacts.Count, 0, 64));
    }
}
