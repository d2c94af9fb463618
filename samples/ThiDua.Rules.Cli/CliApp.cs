using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using ThiDua.Rules.Cli.Commands;

namespace ThiDua.Rules.Cli;

/// <summary>The <c>thidua</c> command line, callable in-process: parse, run, map failures to exit codes.</summary>
public static class CliApp
{
    /// <summary>Runs the command line with the shared checker over the embedded rule data.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results and help go.</param>
    /// <param name="stderr">Where errors go, one <c>thidua: error: </c> line each.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, WithOverlays);

    /// <summary>Runs the command line with a given checker.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results and help go.</param>
    /// <param name="stderr">Where errors go, one <c>thidua: error: </c> line each.</param>
    /// <param name="checker">Creates the checker; called at most once, and only by commands that need it.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<IEligibilityChecker> checker)
    {
        ArgumentNullException.ThrowIfNull(checker);
        return Run(args, stdout, stderr, overlays => overlays.Count == 0
            ? checker()
            : throw new CliException(ExitCodes.Usage, "--overlay: this host supplies its own checker; load overlays through its ThiDuaRulesOptions"));
    }

    /// <summary>The checker the command line asks for: the default one, or one with the <c>--overlay</c> folders applied.</summary>
    private static IEligibilityChecker WithOverlays(IReadOnlyList<string> overlays)
    {
        if (overlays.Count == 0)
        {
            return ThiDuaRules.Default;
        }

        var options = new ThiDuaRulesOptions();
        foreach (var folder in overlays)
        {
            options.AddOverlay(OverlaySource.FromDirectory(folder));
        }

        return ThiDuaRules.CreateChecker(options);
    }

    private static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<IReadOnlyList<string>, IEligibilityChecker> checker)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(checker);
        try
        {
            var context = new CliContext(stdout, stderr, checker);
            var root = RootCommandFactory.Create(context);
            var parse = root.Parse(args);
            context.UseOverlays(parse.GetValue<string[]>(RootCommandFactory.OverlayName));
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
            {
                foreach (var error in parse.Errors)
                {
                    CliErrors.Write(stderr, Describe(error));
                }

                stderr.WriteLine("Run 'thidua --help' or 'thidua <command> --help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return CliErrors.Report(e, stderr);
        }
    }

    /// <summary>A parse error in one line, naming the option it concerns when the parser's message does not.</summary>
    private static string Describe(ParseError error)
    {
        var message = string.Join(" ", error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var option = error.SymbolResult switch
        {
            OptionResult result => result.Option,
            ArgumentResult { Parent: OptionResult result } => result.Option,
            _ => null,
        };
        return option != null && !message.Contains(option.Name, StringComparison.Ordinal) ? $"{option.Name}: {message}" : message;
    }
}
