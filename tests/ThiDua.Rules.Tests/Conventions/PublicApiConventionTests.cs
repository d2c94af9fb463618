using System.Reflection;
using Xunit;

namespace ThiDua.Rules.Tests.Conventions;

public sealed class PublicApiConventionTests
{
    private static readonly Assembly Implementation = typeof(ThiDuaRules).Assembly;
    private static readonly Assembly Abstractions = typeof(IEligibilityChecker).Assembly;

    private static readonly string[] ImplementationPublicTypes =
    {
        "ThiDua.Rules.ThiDuaRules",
        "ThiDua.Rules.ThiDuaJson",
        "ThiDua.Rules.RuleSetSource",
        "ThiDua.Rules.ThiDuaRulesOptions",
        "ThiDua.Rules.RuleFacts",
        "ThiDua.Rules.ThiDuaRulesServiceCollectionExtensions",
    };

    public static TheoryData<string> ShippedAssemblies => new() { "ThiDua.Rules", "ThiDua.Rules.Abstractions" };

    [Fact]
    public void ThiDuaRules_PublicTypes_AreExactlyTheAllowList()
    {
        var exported = Implementation.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);

        Assert.Equal(ImplementationPublicTypes.Order(StringComparer.Ordinal), exported);
    }

    [Fact]
    public void ThiDuaRules_TypesOffTheAllowList_AreNotPublic()
    {
        var offList = Implementation.GetTypes().Where(t => !ImplementationPublicTypes.Contains(t.FullName)).ToList();

        Assert.NotEmpty(offList);
        Assert.All(offList, t => Assert.False(t.IsVisible, $"{t.FullName} is visible outside the assembly"));
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void PublicSignatures_OfShippedAssembly_NeverMentionRulesEngine(string assemblyName)
    {
        var assembly = assemblyName == "ThiDua.Rules" ? Implementation : Abstractions;

        var leaks = PublicSurface.SignatureTypes(assembly)
            .Where(s => IsRulesEngine(s.Type))
            .Select(s => $"{s.Where}: {s.Type.FullName}")
            .Distinct()
            .ToList();

        Assert.True(leaks.Count == 0, "RulesEngine types in public signatures:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void PublicSurface_OfThiDuaRules_IsWalked()
    {
        // Guards the walker: it must see the types it is supposed to inspect.
        var seen = PublicSurface.SignatureTypes(Implementation).Select(s => s.Type).ToHashSet();

        Assert.Contains(typeof(IEligibilityChecker), seen);
        Assert.Contains(typeof(RuleSetSource), seen);
        Assert.Contains(typeof(System.Text.Json.JsonSerializerOptions), seen);
    }

    [Fact]
    public void Abstractions_ReferencedAssemblies_IncludeNoEngineOrSerializer()
    {
        var references = Abstractions.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("RulesEngine", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.StartsWith("System.Text.Json", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.StartsWith("System.Linq.Dynamic", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.StartsWith("FastExpressionCompiler", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Abstractions_Attributes_IncludeNoEngineOrSerializerAttributes()
    {
        var attributes = PublicSurface.Attributes(Abstractions).ToList();
        Assert.NotEmpty(attributes);

        var foreign = attributes
            .Where(a => a.Attribute.AttributeType.Namespace is { } ns
                        && (ns.StartsWith("System.Text.Json", StringComparison.Ordinal) || ns.StartsWith("RulesEngine", StringComparison.Ordinal)))
            .Select(a => $"{a.Where}: {a.Attribute.AttributeType.FullName}")
            .ToList();

        Assert.True(foreign.Count == 0, "Serializer or engine attributes in ThiDua.Rules.Abstractions:\n" + string.Join("\n", foreign));
    }

    private static bool IsRulesEngine(Type type)
        => type.Assembly.GetName().Name!.StartsWith("RulesEngine", StringComparison.Ordinal)
           || (type.Namespace?.StartsWith("RulesEngine", StringComparison.Ordinal) ?? false);
}
