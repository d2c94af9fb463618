using System.CommandLine;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary><c>check &lt;dossier.json&gt; --award &lt;code&gt; --year &lt;period&gt;</c>: one award, condition by condition.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var dossierArgument = CommonOptions.Dossier();
        var award = CommonOptions.Award("Award code, e.g. LDTT, CSTT, CSTDCS, CSTD_BO_TINH, CSTD_TOAN_QUOC (see 'thidua catalog').");
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var regime = CommonOptions.Regime("Regime to apply instead of the one selected by date (it must still cover the date).");
        var consideredOn = CommonOptions.ConsideredOn();

        var command = new Command(
            "check",
            "Check one award for a dossier and period, condition by condition, with citations. "
            + "Exit code: 0 eligible, 1 not eligible, 2 needs information.")
        {
            dossierArgument, award, year, format, language, regime, consideredOn,
        };

        command.SetAction(parse =>
        {
            var (period, lang, dossier) = CommonOptions.ReadInputs(parse, dossierArgument, year, language);
            var request = new EligibilityRequest(parse.GetRequiredValue(award), dossier, period)
            {
                RegimeId = parse.GetValue(regime),
                ConsideredOn = CommonOptions.ParseConsideredOn(parse.GetValue(consideredOn), period),
            };
            var result = context.Checker.Check(request);
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                context.Output.WriteLine(ThiDuaJson.Write(result));
                RegimeLines.WarnOnError(context.Error, result.Selection, lang);
            }
            else
            {
                CheckTable.Write(context.Output, dossier, result, lang);
            }

            return ExitCodes.For(result.Verdict);
        });
        return command;
    }
}
