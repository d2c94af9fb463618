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

    /// <summary>
    /// What a run killed mid-write leaves: <paramref name="full"/> cut at the first place from
    /// <paramref name="from"/> that falls inside a line (not next to a line break).
    /// </summary>
    public static byte[] CutMidLine(byte[] full, int from)
    {
        var cut = from;
        while (full[cut - 1] == (byte)'\n' || full[cut] == (byte)'\n')
        {
            cut++;
        }

        return full.AsSpan(0, cut).ToArray();
    }

    public static string TempPath(string extension)
        => Path.Combine(Path.GetTempPath(), "thidua-batch-out-" + Guid.NewGuid().ToString("N") + extension);
}
