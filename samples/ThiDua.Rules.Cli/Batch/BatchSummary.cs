using System.Globalization;
using Spectre.Console;

namespace ThiDua.Rules.Cli.Batch;

/// <summary>Counts of one batch run: lines by status, and verdicts by award.</summary>
internal sealed class BatchSummary
{
    private readonly SortedDictionary<string, int[]> _verdicts = new(StringComparer.Ordinal);

    public long Skipped { get; init; }

    public long Checked { get; private set; }

    public long Invalid { get; private set; }

    public long Failed { get; private set; }

    public long Written => Checked + Invalid + Failed;

    public TimeSpan Elapsed { get; set; }

    public void Add(LineTally line)
    {
        if (line.Verdicts == null)
        {
            if (line.Failed)
            {
                Failed++;
            }
            else
            {
                Invalid++;
            }

            return;
        }

        Checked++;
        foreach (var (award, verdict) in line.Verdicts)
        {
            if (!_verdicts.TryGetValue(award, out var counts))
            {
                counts = new int[3];
                _verdicts.Add(award, counts);
            }

            counts[(int)verdict]++;
        }
    }

    /// <summary>Writes the table of verdicts by award, then the line counts and the throughput.</summary>
    public void Write(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        var table = new Table().Border(TableBorder.Ascii)
            .AddColumn("Award")
            .AddColumn(new TableColumn("Eligible").RightAligned())
            .AddColumn(new TableColumn("Not eligible").RightAligned())
            .AddColumn(new TableColumn("Needs information").RightAligned());
        foreach (var (award, counts) in _verdicts)
        {
            table.AddRow(Markup.Escape(award), Count(counts[0]), Count(counts[1]), Count(counts[2]));
        }

        console.Write(table);
        var seconds = Math.Max(Elapsed.TotalSeconds, 1e-3);
        writer.WriteLine(
            $"Lines: {Count(Written)} written ({Count(Checked)} checked, {Count(Invalid)} invalid, {Count(Failed)} failed)"
            + (Skipped > 0 ? $", {Count(Skipped)} already in the output (resumed)" : string.Empty)
            + $"; {Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s, {Count((long)(Written / seconds))} lines/s.");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
