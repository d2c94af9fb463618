using System.Reflection;
using Xunit;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>Every condition each shipped regime defines has a Met test and a NotMet test of that regime in this folder.</summary>
public sealed class ConditionCoverageTests
{
    private static IReadOnlyList<(MethodInfo Method, CoversAttribute Covers)> Declarations()
        => typeof(ConditionCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .SelectMany(m => CoversMetAndNotMetAttribute.All(m).Select(c => (m, c)))
            .ToList();

    public static TheoryData<string, ConditionOutcome> RegimesAndOutcomes()
    {
        var data = new TheoryData<string, ConditionOutcome>();
        // The 2022 Law's regimes are covered met and not met by worked examples instead
        // (WorkedExampleTests.CaseFiles_2022LawRegimes_HaveAMetAndANotMetCaseForEveryCondition).
        foreach (var regime in ThiDuaRules.Default.Catalog.Regimes.Where(r => !r.Id.StartsWith("vn-2022", StringComparison.Ordinal)))
        {
            data.Add(regime.Id, ConditionOutcome.Met);
            data.Add(regime.Id, ConditionOutcome.NotMet);
        }

        return data;
    }

    /// <summary>
    /// Facts no dossier supplies: a condition needing one marks a text the data does not encode and is always Unknown,
    /// so it is proved Unknown instead of Met and NotMet.
    /// </summary>
    private static readonly string[] NeverSuppliedFacts = { "exclusionsCheckedByHand", "combatLettersAfterMinistryCertificate" };

    private static IEnumerable<ConditionDefinition> CatalogueConditions(string regime)
        => ThiDuaRules.Default.Catalog.GetAwards(regime).SelectMany(a => a.Conditions);

    private static bool AlwaysUnknown(ConditionDefinition condition)
        => condition.RequiredFacts.Any(f => NeverSuppliedFacts.Contains(f, StringComparer.Ordinal));

    private static IReadOnlyList<string> CatalogueConditionIds(string regime, bool alwaysUnknown = false)
        => CatalogueConditions(regime)
            .Where(c => AlwaysUnknown(c) == alwaysUnknown)
            .Select(c => c.Id)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Regimes() => new(ThiDuaRules.Default.Catalog.Regimes.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(Regimes))]
    public void ConditionTests_EveryAlwaysUnknownCondition_HasAnUnknownTest(string regime)
    {
        var covered = Declarations().Where(d => d.Covers.Outcome == ConditionOutcome.Unknown && d.Covers.Regime == regime).Select(d => d.Covers.ConditionId).ToHashSet(StringComparer.Ordinal);
        var missing = CatalogueConditionIds(regime, alwaysUnknown: true).Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{regime} always-Unknown conditions without an Unknown test: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(RegimesAndOutcomes))]
    public void ConditionTests_EveryCatalogueCondition_HasATestForOutcome(string regime, ConditionOutcome outcome)
    {
        var covered = Declarations().Where(d => d.Covers.Outcome == outcome && d.Covers.Regime == regime).Select(d => d.Covers.ConditionId).ToHashSet(StringComparer.Ordinal);
        var missing = CatalogueConditionIds(regime).Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{regime} conditions without a {outcome} test: {string.Join(", ", missing)}");
    }

    [Fact]
    public void CoversDeclarations_Always_NameCatalogueConditionsOnTests()
    {
        Assert.True(CatalogueConditionIds("vn-2013").Count >= 20, $"the vn-2013 catalogue lists only {CatalogueConditionIds("vn-2013").Count} conditions");
        foreach (var (method, covers) in Declarations())
        {
            var ids = CatalogueConditions(covers.Regime).Select(c => c.Id).ToList();
            Assert.True(ids.Contains(covers.ConditionId, StringComparer.Ordinal), $"{method.DeclaringType!.Name}.{method.Name} covers '{covers.ConditionId}', which the {covers.Regime} catalogue does not define");
            Assert.True(
                method.GetCustomAttributes<FactAttribute>().Any(),
                $"{method.DeclaringType!.Name}.{method.Name} declares [Covers] but is not a test");
        }
    }
}
