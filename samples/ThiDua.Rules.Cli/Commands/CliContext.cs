namespace ThiDua.Rules.Cli.Commands;

/// <summary>What every command shares: the output streams and the checker, created on first use with the overlays given.</summary>
internal sealed class CliContext
{
    private readonly Func<IReadOnlyList<string>, IEligibilityChecker> _create;
    private IReadOnlyList<string> _overlays = Array.Empty<string>();
    private IEligibilityChecker? _checker;

    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="create">Creates the checker with the overlay folders of <c>--overlay</c> (none when not given).</param>
    public CliContext(TextWriter output, TextWriter error, Func<IReadOnlyList<string>, IEligibilityChecker> create)
    {
        Output = output;
        Error = error;
        _create = create;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>The checker; an invalid overlay is reported as a configuration error naming the file and the condition.</summary>
    public IEligibilityChecker Checker
    {
        get
        {
            if (_checker != null)
            {
                return _checker;
            }

            try
            {
                return _checker = _create(_overlays);
            }
            catch (RuleSetValidationException invalid) when (_overlays.Count > 0)
            {
                throw new CliException(ExitCodes.InvalidOverlay, "the overlay is invalid:\n" + string.Join("\n", invalid.Problems));
            }
        }
    }

    /// <summary>Sets the overlay folders before the checker is first used.</summary>
    public void UseOverlays(IReadOnlyList<string>? folders) => _overlays = folders ?? Array.Empty<string>();
}
