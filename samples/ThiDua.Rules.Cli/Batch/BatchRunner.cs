namespace ThiDua.Rules.Cli.Batch;

/// <summary>
/// Checks lines on every core and writes their records in input order: PLINQ keeps the order, the writing stays on
/// the calling thread, and a record is written whole or (if the process is killed mid-write) cut off on resume.
/// </summary>
internal static class BatchRunner
{
    private const int ProgressEvery = 256;

    /// <summary>Writes one record per line of <paramref name="reader"/> to <paramref name="output"/>.</summary>
    /// <param name="reader">The input lines still to check.</param>
    /// <param name="output">Where the records go, each followed by <c>\n</c>.</param>
    /// <param name="format">The record format.</param>
    /// <param name="checker">Reads and checks one line.</param>
    /// <param name="period">The period checked, written in each record.</param>
    /// <param name="summary">Counts the lines written.</param>
    /// <param name="progress">Told how many lines are written, now and then; may be null.</param>
    /// <param name="cancellation">Stops the run after the records already written (then <see cref="OperationCanceledException"/>).</param>
    public static void Run(
        JsonLinesReader reader,
        TextWriter output,
        RecordFormat format,
        LineChecker checker,
        AssessmentPeriod period,
        BatchSummary summary,
        Action<long>? progress,
        CancellationToken cancellation)
    {
        var records = reader.ReadAll()
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithCancellation(cancellation)
            .Select(line =>
            {
                var outcome = checker.Check(line);
                return (Outcome: Slim(outcome), Text: format.Format(outcome, period));
            });

        long written = 0;
        foreach (var (outcome, text) in records)
        {
            output.Write(text);
            output.Write('\n');
            summary.Add(outcome);
            if (++written % ProgressEvery == 0)
            {
                progress?.Invoke(written);
            }
        }

        progress?.Invoke(written);
    }

    /// <summary>Only what the summary counts, so the records PLINQ holds back to keep the order stay small.</summary>
    private static LineOutcome Slim(LineOutcome outcome) => outcome.Results == null
        ? outcome
        : outcome with
        {
            Results = outcome.Results
                .Select(r => new EligibilityResult(r.Award, r.AwardName, r.DossierId, r.Period, r.RegimeId, r.RuleDataVersion, r.Verdict, Array.Empty<ConditionResult>(), Array.Empty<string>()))
                .ToList(),
        };
}
