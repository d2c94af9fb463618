using System.Reflection;
using Xunit;

namespace ThiDua.Rules.Tests.Conventions;

public sealed class PublicApiConventionTests
{
    /// <summary>The package the library used before NRules, spelled in two pieces so that this file does not name it.</summary>
    private const string RetiredEngine = "Rules" + "Engine";

    private static readonly Assembly Implementation = typeof(ThiDuaRules).Assembly;
    private static readonly Assembly Abstractions = typeof(IEligibilityChecker).Assembly;

    private static readonly string[] ImplementationPublicTypes =
    {
        "ThiDua.Rules.ThiDuaRules",
        "ThiDua.Rules.ThiDuaJson",
        "ThiDua.Rules.RuleSetSource",
        "ThiDua.Rules.OverlaySource",
        "ThiDua.Rules.ThiDuaRulesOptions",
        "ThiDua.Rules.OpenPointSettings",
        "ThiDua.Rules.OpenPointTreatment",
        "ThiDua.Rules.ThiDuaLimits",
        "ThiDua.Rules.ThiDuaConditionAttribute",
        "ThiDua.Rules.ThiDuaCitationAttribute",
        "ThiDua.Rules.Facts.AwardCheck",
        "ThiDua.Rules.Facts.PersonFacts",
        "ThiDua.Rules.Facts.PeriodRecordFacts",
        "ThiDua.Rules.Facts.AwardHistoryFacts",
        "ThiDua.Rules.Facts.InitiativeFacts",
        "ThiDua.Rules.Facts.CommunityFacts",
        "ThiDua.Rules.Facts.DisciplineFacts",
        "ThiDua.Rules.Facts.FormFacts",
        "ThiDua.Rules.Facts.HonoraryFacts",
        "ThiDua.Rules.Facts.CollectiveFacts",
        "ThiDua.Rules.Facts.ListFacts",
        "ThiDua.Rules.ThiDuaRulesServiceCollectionExtensions",
        "ThiDua.Rules.GapFinder",
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

    [Fact]
    public void PublicSignatures_OfAbstractions_NeverMentionTheEngine()
    {
        var leaks = PublicSurface.SignatureTypes(Abstractions)
            .Where(s => IsEngine(s.Type))
            .Select(s => $"{s.Where}: {s.Type.FullName}")
            .Distinct()
            .ToList();

        Assert.True(leaks.Count == 0, "NRules types in the public signatures of ThiDua.Rules.Abstractions:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void PublicSignatures_OfThiDuaRules_MentionTheEngineOnlyWhereHostRulesRecordOutcomes()
    {
        // Host rules are NRules rules: recording an outcome takes the action's IContext. Nothing else exposes NRules.
        var leaks = PublicSurface.SignatureTypes(Implementation)
            .Where(s => IsEngine(s.Type))
            .Select(s => $"{s.Where}: {s.Type.FullName}")
            .Distinct()
            .ToList();

        Assert.NotEmpty(leaks);
        Assert.All(leaks, leak => Assert.Contains("AwardCheck.RecordOutcome", leak, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void ShippedAssemblies_ReferenceNoRetiredEngine(string assemblyName)
    {
        var assembly = assemblyName == "ThiDua.Rules" ? Implementation : Abstractions;

        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith(RetiredEngine, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("FastExpressionCompiler", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Repository_ProjectAndSourceFiles_NeverReferenceTheRetiredEngine()
    {
        // The engine is NRules: no project, props or C# file may bring back Microsoft's former engine package.
        var root = ThiDua.Rules.Tests.RuleData.RepositoryLayout.Root;
        var offenders = new[] { "*.csproj", "*.props", "*.cs" }
            .SelectMany(pattern => Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Where(f => !f.EndsWith(nameof(PublicApiConventionTests) + ".cs", StringComparison.Ordinal))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\b" + RetiredEngine + @"\b|FastExpressionCompiler"))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.True(offenders.Count == 0, "Files referencing " + RetiredEngine + ": " + string.Join(", ", offenders));
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

        Assert.DoesNotContain(references, r => r.StartsWith(RetiredEngine, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.StartsWith("System.Text.Json", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.StartsWith("System.Linq.Dynamic", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.StartsWith("FastExpressionCompiler", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.StartsWith("NRules", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Abstractions_Attributes_IncludeNoEngineOrSerializerAttributes()
    {
        var attributes = PublicSurface.Attributes(Abstractions).ToList();
        Assert.NotEmpty(attributes);

        var foreign = attributes
            .Where(a => a.Attribute.AttributeType.Namespace is { } ns
                        && (ns.StartsWith("System.Text.Json", StringComparison.Ordinal) || ns.StartsWith("NRules", StringComparison.Ordinal)))
            .Select(a => $"{a.Where}: {a.Attribute.AttributeType.FullName}")
            .ToList();

        Assert.True(foreign.Count == 0, "Serializer or engine attributes in ThiDua.Rules.Abstractions:\n" + string.Join("\n", foreign));
    }

    private static bool IsEngine(Type type)
        => type.Assembly.GetName().Name!.StartsWith("NRules", StringComparison.Ordinal)
           || (type.Namespace?.StartsWith("NRules", StringComparison.Ordinal) ?? false);

}
