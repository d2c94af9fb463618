using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ThiDua.Rules.Testing;

namespace ThiDua.Rules.Tests.Batch;

/// <summary>
/// A JSON Lines file of generated dossiers for 2021 (ThiDuaGenerators, each with its own id) with malformed lines at
/// known places, and the dossier of every good line so tests can check them without the CLI.
/// </summary>
internal sealed class BatchInput : IDisposable
{
    public const int Year = 2021;

    /// <summary>The malformed lines of every file, by line number (1-based, only those within the file's length).</summary>
    public static readonly IReadOnlyDictionary<long, string> Malformed = new Dictionary<long, string>
    {
        [3] = "{\"id\":\"cut off\",\"periods\":[",
        [7] = string.Empty,
        [1_234] = "{\"id\":\"X\",\"nickname\":\"unknown field\"}",
        [50_001] = "not json at all",
        [99_999] = "{\"id\":\"dup\",\"id\":\"dup\"}",
    };

    /// <summary>The line number of the line longer than the library's document limit, when the file has one.</summary>
    public const long TooLongLine = 77_777;

    private const int DistinctDossiers = 300;

    private readonly IndividualDossier[] _dossiers;

    public BatchInput(int lines, bool withTooLongLine)
    {
        Lines = lines;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "thidua-batch-" + Guid.NewGuid().ToString("N") + ".jsonl");
        _dossiers = ThiDuaGenerators.DossierFor(AssessmentPeriod.CalendarYear(Year), null, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any })
            .Sample(DistinctDossiers, new Rnd(20261201UL), 20);
        var templates = _dossiers.Select(d => ThiDuaJson.Write(d with { Id = "{ID}" }, indented: false)).ToArray();
        using var writer = new StreamWriter(Path, append: false, new UTF8Encoding(false), 1 << 16);
        for (long line = 1; line <= lines; line++)
        {
            if (Malformed.TryGetValue(line, out var text))
            {
                writer.Write(text);
            }
            else if (withTooLongLine && line == TooLongLine)
            {
                // A valid JSON string, just too long: the limit, not the syntax, must refuse it.
                writer.Write("{\"fullName\":\"" + new string('a', new ThiDuaLimits().MaxDocumentBytes) + "\"}");
            }
            else
            {
                writer.Write(templates[line % DistinctDossiers].Replace("{ID}", IdOf(line), StringComparison.Ordinal));
            }

            writer.Write('\n');
        }
    }

    public int Lines { get; }

    public string Path { get; }

    public static AssessmentPeriod Period => AssessmentPeriod.CalendarYear(Year);

    public static string IdOf(long line) => "B-" + line.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The dossier on a good line.</summary>
    public IndividualDossier DossierOf(long line) => _dossiers[line % DistinctDossiers] with { Id = IdOf(line) };

    public bool IsMalformed(long line) => line <= Lines && (Malformed.ContainsKey(line) || line == TooLongLine);

    public int MalformedCount(bool withTooLongLine)
        => Malformed.Keys.Count(l => l <= Lines) + (withTooLongLine && TooLongLine <= Lines ? 1 : 0);

    public void Dispose() => File.Delete(Path);
}
