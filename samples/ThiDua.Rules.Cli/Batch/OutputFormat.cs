namespace ThiDua.Rules.Cli.Batch;

/// <summary>How a batch writes one record per input line.</summary>
internal abstract class RecordFormat
{
    /// <summary>The line written before the records (CSV's column names), or <see langword="null"/>.</summary>
    public abstract string? Header { get; }

    /// <summary>The record of one line, without a line break, never holding one.</summary>
    public abstract string Format(LineOutcome outcome, AssessmentPeriod period);

    /// <summary>Whether <paramref name="text"/> is a record this format wrote for input line <paramref name="line"/>.</summary>
    public abstract bool IsRecordOf(string text, long line);

    /// <summary>The format for an output path: <c>.csv</c> is CSV, <c>.jsonl</c>, <c>.ndjson</c> and <c>.json</c> are JSON Lines.</summary>
    public static RecordFormat ForPath(string? path)
    {
        var extension = path == null ? ".jsonl" : Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" => new CsvRecordFormat(),
            ".jsonl" or ".ndjson" or ".json" => new JsonLinesRecordFormat(),
            _ => throw new CliException(ExitCodes.Usage, $"--out: '{path}' has neither a .jsonl nor a .csv extension; the extension chooses the format."),
        };
    }
}
