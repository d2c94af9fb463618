using System.Text.Json.Nodes;
using ThiDua.Rules.Tests.RuleData;

namespace ThiDua.Rules.Tests.Conventions;

/// <summary>The shipped rule files as raw JSON, read from src/ThiDua.Rules/RuleSets without the library's loader.</summary>
internal static class RawRuleFiles
{
    /// <summary>Every rule file: its path relative to RuleSets (with '/') and its parsed JSON.</summary>
    public static IReadOnlyList<(string File, JsonObject Json)> All()
        => Directory.EnumerateFiles(RepositoryLayout.RuleSets, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (
                Path.GetRelativePath(RepositoryLayout.RuleSets, path).Replace('\\', '/'),
                JsonNode.Parse(File.ReadAllText(path))!.AsObject()))
            .ToList();

    /// <summary>Every rule object in an award or shared-group file, with the file it is in.</summary>
    public static IEnumerable<(string File, JsonObject Rule)> Rules()
        => All()
            .Where(f => f.Json["rules"] is JsonArray)
            .SelectMany(f => f.Json["rules"]!.AsArray().Select(r => (f.File, r!.AsObject())));

    /// <summary>The regime folder a file belongs to.</summary>
    public static string RegimeOf(string file) => file.Substring(0, file.IndexOf('/', StringComparison.Ordinal));

    /// <summary>Every object with both a "vi" and an "en" member, with its JSON path.</summary>
    public static IEnumerable<(string File, string Path, string Vi, string En)> LocalizedTexts()
    {
        foreach (var (file, json) in All())
        {
            foreach (var (path, node) in Walk(json, "$"))
            {
                if (node is JsonObject o && o["vi"] is JsonValue vi && o["en"] is JsonValue en)
                {
                    yield return (file, path, (string)vi!, (string)en!);
                }
            }
        }
    }

    private static IEnumerable<(string Path, JsonNode Node)> Walk(JsonNode node, string path)
    {
        yield return (path, node);
        switch (node)
        {
            case JsonObject o:
                foreach (var member in o)
                {
                    if (member.Value != null)
                    {
                        foreach (var inner in Walk(member.Value, path + "." + member.Key))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] != null)
                    {
                        foreach (var inner in Walk(a[i]!, $"{path}[{i}]"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }
}
