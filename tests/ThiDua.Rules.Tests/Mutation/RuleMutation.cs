using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThiDua.Rules.Tests.Mutation;

/// <summary>
/// One rule of the shipped data with its expression forced to always true or always false. The original
/// expression stays inside (<c>(e) || true</c>, <c>(e) &amp;&amp; false</c>) because the loader refuses
/// expressions that read no fact; the engine still evaluates the constant result.
/// </summary>
internal sealed record RuleMutation(string File, string RuleId, bool AlwaysTrue, IReadOnlyList<KeyValuePair<string, string>> Files)
{
    public string Description => $"{RuleId} ({File}) forced always {(AlwaysTrue ? "true" : "false")}";

    /// <summary>Two mutations for every rule with an expression, in every file of <paramref name="files"/>.</summary>
    public static IReadOnlyList<RuleMutation> AllOf(IReadOnlyList<KeyValuePair<string, string>> files)
    {
        var mutations = new List<RuleMutation>();
        for (var i = 0; i < files.Count; i++)
        {
            if (JsonNode.Parse(files[i].Value) is not JsonObject root || root["rules"] is not JsonArray rules)
            {
                continue;
            }

            for (var r = 0; r < rules.Count; r++)
            {
                if (rules[r] is JsonObject rule && rule["expression"] is JsonValue expression && rule["id"] is JsonValue id)
                {
                    foreach (var alwaysTrue in new[] { true, false })
                    {
                        var mutated = JsonNode.Parse(files[i].Value)!.AsObject();
                        var original = expression.GetValue<string>();
                        mutated["rules"]![r]!["expression"] = alwaysTrue ? $"({original}) || true" : $"({original}) && false";
                        var copy = files.ToList();
                        copy[i] = new KeyValuePair<string, string>(files[i].Key, mutated.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
                        mutations.Add(new RuleMutation(files[i].Key, id.GetValue<string>(), alwaysTrue, copy));
                    }
                }
            }
        }

        return mutations;
    }

    /// <summary>A checker of the mutated rules, with the host settings on open points a case states (the defaults when none).</summary>
    public IEligibilityChecker CreateChecker(OpenPointSettings? openPoints = null)
        => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = RuleSetSource.FromFiles(Description, Files), OpenPoints = openPoints ?? new OpenPointSettings() });
}
