using System.Text.RegularExpressions;

namespace ThiDua.Rules.Benchmarks.Inputs;

/// <summary>
/// The shipped rule sets written to a temporary folder, optionally with synthetic awards: copies of awards/LDTT.json
/// with code SYN01, SYN02, … and their own rule ids ("LDTT." becomes "SYN01."), listed in vn-2013/regime.json.
/// </summary>
internal static class SyntheticRuleSets
{
    /// <summary>Writes the rule sets with <paramref name="extraAwards"/> synthetic awards; returns the folder.</summary>
    public static string Write(int extraAwards)
    {
        var root = Path.Combine(Path.GetTempPath(), "thidua-synthetic-" + extraAwards + "-" + Environment.ProcessId);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var files = RuleSetSource.Embedded.ReadFiles().ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var ldtt = files["vn-2013/awards/LDTT.json"];
        var codes = Enumerable.Range(1, extraAwards).Select(i => "SYN" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var code in codes)
        {
            files["vn-2013/awards/" + code + ".json"] = ldtt
                .Replace("\"code\": \"LDTT\"", "\"code\": \"" + code + "\"", StringComparison.Ordinal)
                .Replace("\"LDTT.", "\"" + code + ".", StringComparison.Ordinal);
        }

        if (codes.Count > 0)
        {
            var regime = files["vn-2013/regime.json"];
            var listed = Regex.Replace(regime, "(\"awards\"\\s*:\\s*\\[[^\\]]*)\\]", m => m.Groups[1].Value + ", " + string.Join(", ", codes.Select(c => "\"" + c + "\"")) + "]");
            if (listed == regime)
            {
                throw new InvalidOperationException("vn-2013/regime.json has no \"awards\" list to extend.");
            }

            files["vn-2013/regime.json"] = listed;
        }

        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Key.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Value);
        }

        return root;
    }
}
