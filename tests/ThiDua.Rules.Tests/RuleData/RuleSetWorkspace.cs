using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

/// <summary>
/// A temporary copy of the shipped rule sets that a test can break: edit a file's JSON, overwrite it with raw
/// text, delete it, or add a regime folder. Deleted with the test.
/// </summary>
internal sealed class RuleSetWorkspace : IDisposable
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private RuleSetWorkspace(string root)
    {
        Root = root;
    }

    /// <summary>The root of the copy: it holds one folder per regime.</summary>
    public string Root { get; }

    /// <summary>Copies src/ThiDua.Rules/RuleSets into a new temporary folder.</summary>
    public static RuleSetWorkspace CopyOfShipped()
    {
        var workspace = Empty();
        CopyDirectory(RepositoryLayout.RuleSets, workspace.Root);
        return workspace;
    }

    /// <summary>A new, empty temporary folder.</summary>
    public static RuleSetWorkspace Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "thidua-rules-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new RuleSetWorkspace(root);
    }

    /// <summary>The full path of a file given relative to <see cref="Root"/> with '/' separators.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Reads a rule file, lets <paramref name="edit"/> change its JSON, and writes it back.</summary>
    public RuleSetWorkspace Edit(string relative, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(File.ReadAllText(PathOf(relative)))!.AsObject();
        edit(node);
        File.WriteAllText(PathOf(relative), node.ToJsonString(WriteOptions));
        return this;
    }

    /// <summary>Edits the rule with id <paramref name="ruleId"/> in <paramref name="relative"/>.</summary>
    public RuleSetWorkspace EditRule(string relative, string ruleId, Action<JsonObject> edit)
        => Edit(relative, file => edit(Rule(file, ruleId)));

    /// <summary>Overwrites a file with <paramref name="text"/>.</summary>
    public RuleSetWorkspace WriteText(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Deletes a file.</summary>
    public RuleSetWorkspace Delete(string relative)
    {
        File.Delete(PathOf(relative));
        return this;
    }

    /// <summary>Deletes the folder of regime <paramref name="id"/>, e.g. to test date ranges against vn-2013 alone.</summary>
    public RuleSetWorkspace WithoutRegime(string id)
    {
        Directory.Delete(PathOf(id), recursive: true);
        return this;
    }

    /// <summary>
    /// Removes award <paramref name="code"/> from regime <paramref name="regimeId"/> (its file and its place in the
    /// regime's list), e.g. a title whose rules are dated by their own decree inside the regime's range, before the
    /// regime is copied to other dates.
    /// </summary>
    public RuleSetWorkspace WithoutAward(string regimeId, string code)
    {
        File.Delete(PathOf($"{regimeId}/awards/{code}.json"));
        return Edit($"{regimeId}/regime.json", file =>
        {
            var kept = file["awards"]!.AsArray().Select(a => a!.GetValue<string>()).Where(a => a != code).ToList();
            file["awards"] = new JsonArray(kept.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray());
        });
    }

    /// <summary>
    /// Removes from regime <paramref name="regimeId"/> the rules that hold for part of its dates only
    /// (<c>periodsEnding</c>), and any award left with no rule: a copy of a regime moved to other dates keeps only
    /// what holds over the whole regime.
    /// </summary>
    public RuleSetWorkspace WithoutDatedRules(string regimeId)
    {
        foreach (var path in Directory.GetFiles(PathOf($"{regimeId}/awards"), "*.json"))
        {
            var file = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var rules = file["rules"]?.AsArray();
            if (rules == null || !rules.Any(r => r!["periodsEnding"] != null))
            {
                continue;
            }

            var kept = rules.Where(r => r!["periodsEnding"] == null).Select(r => r!.DeepClone()).ToArray();
            if (kept.Length == 0 && file["include"] == null)
            {
                WithoutAward(regimeId, Path.GetFileNameWithoutExtension(path));
                continue;
            }

            file["rules"] = new JsonArray(kept);
            File.WriteAllText(path, file.ToJsonString());
        }

        return this;
    }

    /// <summary>Copies the folder of regime <paramref name="from"/> to a new regime folder <paramref name="to"/>.</summary>
    public RuleSetWorkspace CopyRegime(string from, string to)
    {
        CopyDirectory(PathOf(from), PathOf(to));
        return this;
    }

    /// <summary>The source a checker reads this folder through.</summary>
    public RuleSetSource Source => RuleSetSource.FromDirectory(Root);

    /// <summary>Creates a checker from the folder.</summary>
    public IEligibilityChecker CreateChecker() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = Source });

    /// <summary>Creates a checker from the folder and returns the validation failure it must raise.</summary>
    public RuleSetValidationException LoadFailure() => Assert.Throws<RuleSetValidationException>(() => CreateChecker());

    /// <summary>The rule object with id <paramref name="ruleId"/> in a parsed rule file.</summary>
    public static JsonObject Rule(JsonObject file, string ruleId)
        => file["rules"]!.AsArray().Select(r => r!.AsObject()).SingleOrDefault(r => (string?)r["id"] == ruleId)
           ?? throw new InvalidOperationException($"No rule {ruleId} in the file; the test set-up is out of date.");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
