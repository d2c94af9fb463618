using System.Text.Json;

namespace ThiDua.Rules.Tests.Batch;

/// <summary>Reads what <c>thidua batch</c> wrote, for assertions.</summary>
internal static class BatchOutput
{
    /// <summary>
    /// The records, read line by line: the output of a large batch can pass the size of one string (every award of the
    /// regime per line), so it is not read whole. The file must end with a line break.
    /// </summary>
    public static string[] Lines(string path)
    {
        using (var stream = File.OpenRead(path))
        {
            Xunit.Assert.True(stream.Length > 0, "the batch output is empty");
            stream.Seek(-1, SeekOrigin.End);
            Xunit.Assert.Equal('\n', (char)stream.ReadByte());
        }

        var lines = new List<string>();
        using var reader = new StreamReader(path);
        var builder = new System.Text.StringBuilder();
        int c;
        while ((c = reader.Read()) != -1)
        {
            if (c == '\n')
            {
                lines.Add(builder.ToString());
                builder.Clear();
            }
            else
            {
                builder.Append((char)c);
            }
        }

        return lines.ToArray();
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
