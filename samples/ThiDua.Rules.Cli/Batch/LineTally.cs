namespace ThiDua.Rules.Cli.Batch;

/// <summary>
/// What the summary counts of one line: its verdicts by award, or whether it was invalid or failed. The batch keeps
/// this instead of the line's results until the block is written, so that the results die young (see
/// <see cref="BatchRunner"/>).
/// </summary>
/// <param name="Verdicts">The award and verdict of each result; <see langword="null"/> when the line was not checked.</param>
/// <param name="Failed">Whether the problem lies in the checker rather than the line.</param>
internal readonly record struct LineTally((string Award, Verdict Verdict)[]? Verdicts, bool Failed)
{
    public static LineTally Of(LineOutcome outcome)
    {
        if (outcome.Results == null)
        {
            return new LineTally(null, outcome.Failed);
        }

        var verdicts = new (string, Verdict)[outcome.Results.Count];
        for (var i = 0; i < verdicts.Length; i++)
        {
            verdicts[i] = (outcome.Results[i].Award, outcome.Results[i].Verdict);
        }

        return new LineTally(verdicts, outcome.Failed);
    }
}
