namespace ThiDua.Rules.Cli.Batch;

/// <summary>What happened to one input line: its results, or why it was not checked.</summary>
internal sealed record LineOutcome
{
    public required long Line { get; init; }

    public string? DossierId { get; init; }

    /// <summary>The results, one per award checked; <see langword="null"/> when the line was not checked.</summary>
    public IReadOnlyList<EligibilityResult>? Results { get; init; }

    /// <summary>Why the line was not checked, each problem with its JSON path; <see langword="null"/> when it was.</summary>
    public IReadOnlyList<DossierProblem>? Problems { get; init; }

    /// <summary>Whether the problem lies in the checker rather than the line (an internal error).</summary>
    public bool Failed { get; init; }

    public bool Checked => Results != null;
}
