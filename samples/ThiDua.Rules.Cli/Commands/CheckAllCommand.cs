using System.CommandLine;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary><c>check-all &lt;dossier.json&gt; --year &lt;period&gt;</c>: every award that applies to the person.</summary>
internal static class CheckAllCommand
{
    public static Command Create(CliContext context)
    {
        var dossierArgument = CommonOptions.Dossier();
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var regime = CommonOptions.Regime("Regime to apply instead of the one selected by date.");
        var consideredOn = CommonOptions.ConsideredOn();

        var command = new Command(
            "check-all",
            "Check every award that applies to the dossier's personnel category, one line per award. "
            + "Exit code: 0 if at least one award is eligible, 1 if every award is not eligible, 2 otherwise (some need information). "
            + "JSON output is an array of results.")
        {
            dossierArgument, year, format, language, regime, consideredOn,
        };

        command.SetAction(parse =>
        {
            var (period, lang, dossier) = CommonOptions.ReadInputs(parse, dossierArgument, year, language);
            var results = context.Checker.CheckAll(dossier, period, parse.GetValue(regime), CommonOptions.ParseConsideredOn(parse.GetValue(consideredOn), period));
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                context.Output.WriteLine(ThiDuaJson.Write(results));
                RegimeLines.WarnOnError(context.Error, results.FirstOrDefault()?.Selection, lang);
            }
            else
            {
                CheckAllTable.Write(context.Output, dossier, period, results, lang);
            }

            return ExitCodes.ForAll(results.Select(r => r.Verdict));
        });
        return command;
    }
}
