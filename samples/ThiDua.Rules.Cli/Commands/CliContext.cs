namespace ThiDua.Rules.Cli.Commands;

/// <summary>What every command writes to and checks with.</summary>
internal sealed class CliContext
{
    private readonly Lazy<IEligibilityChecker> _checker;

    public CliContext(TextWriter output, TextWriter error, Func<IEligibilityChecker> checker)
    {
        Output = output;
        Error = error;
        _checker = new Lazy<IEligibilityChecker>(checker);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>The checker, loaded on first use so that usage errors never pay for compiling the rules.</summary>
    public IEligibilityChecker Checker => _checker.Value;
}
