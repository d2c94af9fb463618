using System.CommandLine;
using System.CommandLine.Help;

namespace ThiDua.Rules.Cli.Commands;

/// <summary>Builds the <c>thidua</c> command tree.</summary>
internal static class RootCommandFactory
{
    public const string Description =
        "thidua: checks whether a person meets the legal standard for a Vietnamese emulation title and explains why, "
        + "condition by condition, with legal citations (ThiDua.Rules sample).\n\n"
        + "Exit codes:\n"
        + "  0   check, gaps: eligible (gaps: nothing missing); check-all: at least one award eligible; batch: every line checked; compare, catalog, explain, --help: success\n"
        + "  1   check, gaps: not eligible; check-all: every award not eligible\n"
        + "  2   check, gaps: needs information; check-all: no award eligible and some need information\n"
        + "  64  usage error: bad or missing arguments, unknown command or option, bad --year, --considered-on or --regimes, unknown --format or --lang\n"
        + "  65  invalid dossier: malformed JSON or impossible values (each problem printed as 'path: reason'); batch: some lines invalid\n"
        + "  66  dossier file not found or unreadable\n"
        + "  67  unknown award code or regime\n"
        + "  68  assessment period not covered by any regime\n"
        + "  70  internal error (batch: some lines failed)\n"
        + "  78  invalid --overlay: malformed, or it would loosen the law (each problem printed)\n"
        + "  130 batch: interrupted (Ctrl+C); run the same command again to resume";

    /// <summary>
    /// <c>--overlay &lt;folder&gt;</c>, on every command: local regulations (overlay files) applied on top of the law's
    /// rule data. Repeatable; applied in order.
    /// </summary>
    public const string OverlayName = "--overlay";

    private static Option<string[]> Overlay() => new Option<string[]>(OverlayName)
    {
        Description = "Folder of overlay files (a ministry's, province's or unit's regulation) that add conditions or tighten numbers; repeatable. Trusted configuration only.",
        HelpName = "folder",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Command Create(CliContext context)
    {
        // A plain command named "thidua" rather than RootCommand, whose name comes from the host executable
        // (it would read "testhost" when the CLI runs in-process under a test runner).
        var root = new Command("thidua", Description)
        {
            new HelpOption(),
            new VersionOption(),
            Overlay(),
        };
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(CheckAllCommand.Create(context));
        root.Subcommands.Add(CheckGroupCommands.Collective(context));
        root.Subcommands.Add(CheckGroupCommands.Community(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(CatalogCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(BatchCommand.Create(context));
        root.Subcommands.Add(ValidateListCommand.Create(context));
        root.Subcommands.Add(GapsCommand.Create(context));
        return root;
    }
}
