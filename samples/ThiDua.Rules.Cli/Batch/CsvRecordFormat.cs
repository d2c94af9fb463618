using System.Globalization;
using System.Text;

namespace ThiDua.Rules.Cli.Batch;

/// <summary>
/// CSV (RFC 4180, comma, UTF-8), a header then one row per input line: the award codes of each verdict separated by
/// spaces, and for a line not checked its problems as <c>path: reason</c> separated by <c>; </c>.
/// </summary>
internal sealed class CsvRecordFormat : RecordFormat
{
    public override string? Header => "line,status,dossierId,period,eligible,notEligible,needsInformation,problems";

    public override string Format(LineOutcome outcome, AssessmentPeriod period)
    {
        var results = outcome.Results ?? Array.Empty<EligibilityResult>();
        var fields = new[]
        {
            outcome.Line.ToString(CultureInfo.InvariantCulture),
            outcome.Checked ? "checked" : outcome.Failed ? "failed" : "invalid",
            outcome.DossierId ?? string.Empty,
            period.ToString(),
            Awards(results, Verdict.Eligible),
            Awards(results, Verdict.NotEligible),
            Awards(results, Verdict.NeedsInformation),
            string.Join("; ", outcome.Problems?.Select(p => p.ToString()) ?? Array.Empty<string>()),
        };
        return string.Join(",", fields.Select(Field));
    }

    public override bool IsRecordOf(string text, long line)
        => text.StartsWith(line.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal);

    private static string Awards(IReadOnlyList<EligibilityResult> results, Verdict verdict)
        => string.Join(" ", results.Where(r => r.Verdict == verdict).Select(r => r.Award));

    /// <summary>
    /// One field: line breaks become spaces (one row per input line, always), a field that could start a spreadsheet
    /// formula gets a leading apostrophe, and a field with a comma or quote is quoted.
    /// </summary>
    private static string Field(string value)
    {
        var text = value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        if (text.Length > 0 && text[0] is '=' or '+' or '@' or '\t')
        {
            text = "'" + text;
        }

        if (text.IndexOfAny(new[] { ',', '"' }) < 0)
        {
            return text;
        }

        return new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
