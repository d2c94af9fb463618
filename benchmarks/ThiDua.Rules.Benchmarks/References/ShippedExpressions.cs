using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThiDua.Rules.Benchmarks.References;

/// <summary>
/// The expressions of the shipped rule files, read straight from the embedded JSON with <see cref="JsonDocument"/>
/// (parameters substituted, shared groups included), so that the cold-start engine reference gets them without
/// running, and so warming up, the library's loader.
/// </summary>
internal static class ShippedExpressions
{
    private static readonly Regex ParameterReference = new Regex("\\$([A-Za-z][A-Za-z0-9]*)", RegexOptions.CultureInvariant);

    /// <summary>Award code to its (rule id, expression) pairs, in the library's rule order.</summary>
    public static IReadOnlyDictionary<string, List<KeyValuePair<string, string>>> Read()
    {
        var files = RuleSetSource.Embedded.ReadFiles();
        var groups = new Dictionary<string, List<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Key.Contains("/shared/", StringComparison.Ordinal)))
        {
            groups[Path.GetFileNameWithoutExtension(file.Key)] = Rules(file.Value, out _);
        }

        var awards = new Dictionary<string, List<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Key.Contains("/awards/", StringComparison.Ordinal)))
        {
            var rules = Rules(file.Value, out var includes);
            foreach (var include in includes)
            {
                rules.AddRange(groups[include]);
            }

            awards[Path.GetFileNameWithoutExtension(file.Key)] = rules;
        }

        return awards;
    }

    private static List<KeyValuePair<string, string>> Rules(string json, out List<string> includes)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        includes = root.TryGetProperty("include", out var include) ? include.EnumerateArray().Select(e => e.GetString()!).ToList() : new List<string>();
        var rules = new List<KeyValuePair<string, string>>();
        foreach (var rule in root.GetProperty("rules").EnumerateArray())
        {
            if (!rule.TryGetProperty("expression", out var expression))
            {
                continue;
            }

            var parameters = rule.TryGetProperty("parameters", out var p)
                ? p.EnumerateObject().ToDictionary(o => o.Name, o => o.Value.GetRawText(), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            var text = ParameterReference.Replace(expression.GetString()!, m => parameters[m.Groups[1].Value]);
            rules.Add(new KeyValuePair<string, string>(rule.GetProperty("id").GetString()!, text));
        }

        return rules;
    }
}
