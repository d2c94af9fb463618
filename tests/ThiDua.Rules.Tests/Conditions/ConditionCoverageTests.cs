using System.Reflection;
using Xunit;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>Every condition the shipped vn-2013 catalogue defines has a Met test and a NotMet test in this folder.</summary>
public sealed class ConditionCoverageTests
{
    private static IReadOnlyList<(MethodInfo Method, CoversAttribute Covers)> Declarations()
        => typeof(ConditionCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .SelectMany(m => m.GetCustomAttributes<CoversAttribute>().Select(c => (m, c)))
            .ToList();

    private static IReadOnlyList<string> CatalogueConditionIds()
        => ThiDuaRules.Default.Catalog.GetAwards("vn-2013")
            .SelectMany(a => a.Conditions)
            .Select(c => c.Id)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

    [Theory]
    [InlineData(ConditionOutcome.Met)]
    [InlineData(ConditionOutcome.NotMet)]
    public void ConditionTests_EveryCatalogueCondition_HasATestForOutcome(ConditionOutcome outcome)
    {
        var covered = Declarations().Where(d => d.Covers.Outcome == outcome).Select(d => d.Covers.ConditionId).ToHashSet(StringComparer.Ordinal);
        var missing = CatalogueConditionIds().Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"conditions without a {outcome} test: {string.Join(", ", missing)}");
    }

    [Fact]
    public void CoversDeclarations_Always_NameCatalogueConditionsOnTests()
    {
        var ids = CatalogueConditionIds().ToHashSet(StringComparer.Ordinal);
        Assert.True(ids.Count >= 20, $"the vn-2013 catalogue lists only {ids.Count} conditions");
        foreach (var (method, covers) in Declarations())
        {
            Assert.True(ids.Contains(covers.ConditionId), $"{method.DeclaringType!.Name}.{method.Name} covers '{covers.ConditionId}', which the catalogue does not define");
            Assert.True(
                method.GetCustomAttributes<FactAttribute>().Any(),
                $"{method.DeclaringType!.Name}.{method.Name} declares [Covers] but is not a test");
        }
    }
}
