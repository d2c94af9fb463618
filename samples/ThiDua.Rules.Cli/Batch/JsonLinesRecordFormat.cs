using System.Globalization;

namespace ThiDua.Rules.Cli.Batch;

/// <summary>
/// One JSON object per line, in the library's JSON format (camelCase, enums as camelCase strings):
/// <c>{"line":1,"status":"checked","dossierId":…,"period":"2021","results":[{"award":"LDTT","verdict":"eligible",…}]}</c>,
/// or <c>"status":"invalid"</c> / <c>"failed"</c> with <c>problems</c> (JSON path and reason).
/// </summary>
internal sealed class JsonLinesRecordFormat : RecordFormat
{
    public override string? Header => null;

    public override string Format(LineOutcome outcome, AssessmentPeriod period)
        => ThiDuaJson.Write(
            new BatchRecord(
                outcome.Line,
                outcome.Checked ? BatchStatus.Checked : outcome.Failed ? BatchStatus.Failed : BatchStatus.Invalid,
                outcome.DossierId,
                period,
                outcome.Results?.Select(AwardSummary.Of).ToList(),
                outcome.Problems),
            indented: false);

    public override bool IsRecordOf(string text, long line)
        => text.StartsWith("{\"line\":" + line.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal);
}

/// <summary>Whether a batch line was checked.</summary>
public enum BatchStatus
{
    /// <summary>The dossier was read and checked; see the results.</summary>
    Checked,

    /// <summary>The line is not a valid dossier; see the problems.</summary>
    Invalid,

    /// <summary>An internal error stopped the check of this line; see the problems.</summary>
    Failed,
}

/// <summary>One JSON Lines record of <c>thidua batch</c>.</summary>
/// <param name="Line">The input line number, from 1.</param>
/// <param name="Status">Whether the line was checked.</param>
/// <param name="DossierId">The dossier's id, when it was read and has one.</param>
/// <param name="Period">The assessment period checked.</param>
/// <param name="Results">One summary per award checked (checked lines only).</param>
/// <param name="Problems">Why the line was not checked, with JSON paths (other lines only).</param>
public sealed record BatchRecord(
    long Line,
    BatchStatus Status,
    string? DossierId,
    AssessmentPeriod Period,
    IReadOnlyList<AwardSummary>? Results,
    IReadOnlyList<DossierProblem>? Problems);

/// <summary>The verdict of one award, with the conditions that decided it (the full result is <c>thidua check</c>'s).</summary>
/// <param name="Award">The award code.</param>
/// <param name="RegimeId">The regime applied.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="NotMet">The ids of the conditions not met.</param>
/// <param name="Unknown">The ids of the conditions that could not be decided.</param>
/// <param name="MissingFacts">The facts the dossier lacks for them.</param>
public sealed record AwardSummary(
    string Award,
    string RegimeId,
    Verdict Verdict,
    IReadOnlyList<string> NotMet,
    IReadOnlyList<string> Unknown,
    IReadOnlyList<string> MissingFacts)
{
    /// <summary>The summary of a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Its summary.</returns>
    public static AwardSummary Of(EligibilityResult result) => new(
        result.Award,
        result.RegimeId,
        result.Verdict,
        result.Conditions.Where(c => c.Outcome == ConditionOutcome.NotMet).Select(c => c.ConditionId).ToList(),
        result.Conditions.Where(c => c.Outcome == ConditionOutcome.Unknown).Select(c => c.ConditionId).ToList(),
        result.MissingFacts);
}
