using System.Text.Json;

namespace ThiDua.Rules.Tests.Batch;

/// <summary>Reads what <c>thidua batch</c> wrote, for assertions.</summary>
internal static class BatchOutput
{
    public static string[] Lines(string path)
    {
        var text = File.ReadAllText(path);
        Xunit.Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text[..^1].Split('\n');
    }

    /// <summary>The verdict of each award in a JSON Lines record, as the library's JSON names them.</summary>
    public static Dictionary<string, string> Verdicts(JsonElement record)
        => record.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("award").GetString()!, r => r.GetProperty("verdict").GetString()!);

    /// <summary>The verdicts the library gives the dossier directly, named as in its JSON.</summary>
    public static Dictionary<string, string> ExpectedVerdicts(IEnumerable<EligibilityResult> results)
        => results.ToDictionary(r => r.Award, r => JsonSerializer.Deserialize<string>(ThiDuaJson.Write(r.Verdict))!);

    public static string TempPath(string extension)
        => Path.Combine(Path.GetTempPath(), "thidua-batch-out-" + Guid.NewGuid().ToString("N") + extension);
}
