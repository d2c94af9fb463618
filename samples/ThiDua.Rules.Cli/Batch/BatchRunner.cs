namespace ThiDua.Rules.Cli.Batch;

/// <summary>
/// Checks lines on every core and writes their records in input order. Lines are taken in blocks: the block is
/// checked with <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> (the calling thread is one of the
/// workers), then written whole on the calling thread. One hand-off per block instead of one per line keeps both cores
/// on the checks: an ordered PLINQ query spent about a third of the CPU time of a line on its merge and on a third
/// thread for the writing (measured with the CLI on 30 000 generated lines). A record is written whole or, if the
/// process is killed mid-write, cut off, which resume detects. Only each line's text and tally outlive its check: a
/// block of full results alive at every collection made the garbage collector copy them, and promote them a generation,
/// again and again.
/// </summary>
internal static class BatchRunner
{
    /// <summary>
    /// Lines per block: large enough that the hand-off is rare (a block is a few milliseconds of checks), small enough
    /// that progress moves and that what a block holds until it is written (its lines and records) is little for the
    /// garbage collector to keep alive.
    /// </summary>
    private const int BlockSize = 64;

    /// <summary>Writes one record per line of <paramref name="reader"/> to <paramref name="output"/>.</summary>
    /// <param name="reader">The input lines still to check.</param>
    /// <param name="output">Where the records go, each followed by <c>\n</c>.</param>
    /// <param name="format">The record format.</param>
    /// <param name="checker">Reads and checks one line.</param>
    /// <param name="period">The period checked, written in each record.</param>
    /// <param name="summary">Counts the lines written.</param>
    /// <param name="progress">Told how many lines are written after each block; may be null.</param>
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
        var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var block = new List<InputLine>(BlockSize);
        var tallies = new LineTally[BlockSize];
        var texts = new string[BlockSize];
        long written = 0;
        using var lines = reader.ReadAll().GetEnumerator();
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            block.Clear();
            while (block.Count < BlockSize && lines.MoveNext())
            {
                block.Add(lines.Current);
            }

            if (block.Count == 0)
            {
                break;
            }

            Parallel.For(0, block.Count, options, i =>
            {
                var outcome = checker.Check(block[i]);
                texts[i] = format.Format(outcome, period);
                tallies[i] = LineTally.Of(outcome);
            });

            for (var i = 0; i < block.Count; i++)
            {
                output.Write(texts[i]);
                output.Write('\n');
                summary.Add(tallies[i]);
                tallies[i] = default;
                texts[i] = null!;
            }

            written += block.Count;
            progress?.Invoke(written);
        }

        progress?.Invoke(written);
    }
}
