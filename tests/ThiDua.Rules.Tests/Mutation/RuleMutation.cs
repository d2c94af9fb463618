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

    /// <summary>The regime whose data the mutated file belongs to (its top folder).</summary>
    public string RegimeId => RegimeOf(File);

    /// <summary>The regime folder a rule-data file is in.</summary>
    public static string RegimeOf(string file) => file.Split('/', '\\')[0];

    /// <summary>A checker of the mutated rules, with the host settings on open points a case states (the defaults when none).</summary>
    public IEligibilityChecker CreateChecker(OpenPointSettings? openPoints = null) => Create(Description, Files, openPoints);

    /// <summary>
    /// A checker of the mutated regime alone: compiling one regime instead of all of them is what makes the test
    /// affordable, and a rule can only change the results of its own regime's checks, except through chains that
    /// reach into an earlier regime (those cases fall back to <see cref="CreateChecker"/>).
    /// </summary>
    public IEligibilityChecker CreateRegimeChecker(OpenPointSettings? openPoints = null)
        => Create(Description + " (its regime only)", Files.Where(f => RegimeOf(f.Key) == RegimeId).ToList(), openPoints);

    /// <summary>A checker of <paramref name="files"/> with the host settings on open points a case states (the defaults when none).</summary>
    public static IEligibilityChecker Create(string description, IReadOnlyList<KeyValuePair<string, string>> files, OpenPointSettings? openPoints)
        => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = RuleSetSource.FromFiles(description, files), OpenPoints = openPoints ?? new OpenPointSettings() });
}
