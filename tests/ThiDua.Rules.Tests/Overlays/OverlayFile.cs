using Xunit;
using System.Text;
using System.Text.Json.Nodes;
using ThiDua.Rules.Tests.RuleData;

namespace ThiDua.Rules.Tests.Overlays;

/// <summary>The bundled sample overlay as a JSON tree that a test changes, and a checker built with it.</summary>
internal static class OverlayFile
{
    public const string Name = "test-overlay.json";

    public static string SampleFolder => Path.Combine(RepositoryLayout.SampleData, "overlays", "example-unit");

    public static JsonObject Sample() => JsonNode.Parse(File.ReadAllText(Path.Combine(SampleFolder, "unit-regulation.json")))!.AsObject();

    public static IEligibilityChecker Checker(JsonNode overlay) => Checker(overlay.ToJsonString());

    public static IEligibilityChecker Checker(string json)
        => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().AddOverlay(OverlaySource.FromStream(Name, new MemoryStream(Encoding.UTF8.GetBytes(json)))));

    public static RuleSetValidationException Refused(JsonNode overlay) => Refused(overlay.ToJsonString());

    public static RuleSetValidationException Refused(string json) => Assert.Throws<RuleSetValidationException>(() => Checker(json));

    /// <summary>The sample's parameter override, to change.</summary>
    public static JsonObject Override(JsonObject overlay) => overlay["parameters"]![0]!.AsObject();

    /// <summary>The sample's added condition, to change.</summary>
    public static JsonObject AddedRule(JsonObject overlay) => overlay["conditions"]![0]!["rule"]!.AsObject();
}
