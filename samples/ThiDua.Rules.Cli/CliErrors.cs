using Microsoft.Extensions.Options;

namespace ThiDua.Rules.Cli;

/// <summary>An error the CLI reports with a chosen exit code and message lines.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="exitCode">The exit code to return.</param>
    /// <param name="message">The error, in one line.</param>
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>The exit code to return.</summary>
    public int ExitCode { get; }
}

/// <summary>Turns exceptions into exit codes and <c>thidua: error: </c> lines on stderr, never a stack trace.</summary>
internal static class CliErrors
{
    public const string Prefix = "thidua: error: ";

    public static void Write(TextWriter stderr, string message)
    {
        // One line per error: a message that spans lines is folded so every line keeps the prefix. Messages can quote
        // the dossier, so control and bidi characters are escaped as in the tables.
        foreach (var line in message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            stderr.WriteLine(Prefix + Rendering.TerminalText.Sanitize(line));
        }
    }

    public static int Report(Exception exception, TextWriter stderr)
    {
        switch (exception)
        {
            case CliException cli:
                Write(stderr, cli.Message);
                return cli.ExitCode;
            case InvalidDossierException invalid:
                foreach (var problem in invalid.Problems)
                {
                    Write(stderr, problem.Path + ": " + problem.Reason);
                }

                return ExitCodes.InvalidData;
            case UnknownAwardException or UnknownRegimeException or AwardSubjectMismatchException:
                Write(stderr, exception.Message);
                return ExitCodes.UnknownAwardOrRegime;
            case PeriodNotCoveredException:
                Write(stderr, exception.Message);
                return ExitCodes.PeriodNotCovered;
            case RuleSetValidationException rules:
                Write(stderr, "internal error: the rule data is invalid.");
                foreach (var problem in rules.Problems)
                {
                    Write(stderr, problem.ToString());
                }

                return ExitCodes.Internal;
            case OptionsValidationException options:
                Write(stderr, "internal error: invalid checker options: " + string.Join(" ", options.Failures));
                return ExitCodes.Internal;
            default:
                Write(stderr, $"internal error ({exception.GetType().Name}): {exception.Message}");
                return ExitCodes.Internal;
        }
    }
}
