namespace ThiDua.Rules.Cli;

/// <summary>The process exit codes of the <c>thidua</c> command (the 64–70 range follows BSD <c>sysexits.h</c>).</summary>
public static class ExitCodes
{
    /// <summary><c>check</c>: eligible. <c>check-all</c>: at least one award is eligible. Other commands: success.</summary>
    public const int Eligible = 0;

    /// <summary><c>check</c>: not eligible. <c>check-all</c>: every award checked is not eligible.</summary>
    public const int NotEligible = 1;

    /// <summary><c>check</c>: needs information. <c>check-all</c>: no award eligible, and not all of them not eligible.</summary>
    public const int NeedsInformation = 2;

    /// <summary>Bad or missing arguments or options, an invalid <c>--year</c>, an unknown <c>--format</c> or command.</summary>
    public const int Usage = 64;

    /// <summary>The dossier is malformed JSON or holds impossible values.</summary>
    public const int InvalidData = 65;

    /// <summary>The dossier file does not exist or cannot be read.</summary>
    public const int FileNotFound = 66;

    /// <summary>The award code or regime id is not defined by the rule data.</summary>
    public const int UnknownAwardOrRegime = 67;

    /// <summary>No regime covers the assessment period.</summary>
    public const int PeriodNotCovered = 68;

    /// <summary><c>batch</c>: stopped by Ctrl+C (128 + SIGINT); the records written so far are complete, and running the same command again resumes.</summary>
    public const int Interrupted = 130;

    /// <summary>An internal error (invalid rule data, a rule that failed to evaluate, a defect).</summary>
    public const int Internal = 70;

    /// <summary>An overlay given with <c>--overlay</c> is invalid: malformed, or it would loosen the law (sysexits' EX_CONFIG).</summary>
    public const int InvalidOverlay = 78;

    /// <summary>The exit code of <c>check</c> for a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>0, 1 or 2.</returns>
    public static int For(Verdict verdict) => verdict switch
    {
        Verdict.Eligible => Eligible,
        Verdict.NotEligible => NotEligible,
        _ => NeedsInformation,
    };

    /// <summary>
    /// The exit code of <c>check-all</c>: 0 if at least one award is eligible, 1 if every award is not eligible
    /// (or none applies), 2 otherwise.
    /// </summary>
    /// <param name="verdicts">The verdict of each award checked.</param>
    /// <returns>0, 1 or 2.</returns>
    public static int ForAll(IEnumerable<Verdict> verdicts)
    {
        var list = verdicts.ToList();
        if (list.Contains(Verdict.Eligible))
        {
            return Eligible;
        }

        return list.All(v => v == Verdict.NotEligible) ? NotEligible : NeedsInformation;
    }
}
