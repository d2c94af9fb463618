using System.CommandLine;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary><c>compare &lt;dossier.json&gt; --award &lt;code&gt; --year &lt;period&gt; --regimes a,b</c>: one dossier under two regimes.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var dossierArgument = CommonOptions.Dossier();
        var award = CommonOptions.Award("Award code, e.g. LDTT or CSTDCS (see 'thidua catalog').");
        var regimes = new Option<string>("--regimes")
        {
            Description = "The two regimes to compare, separated by a comma, e.g. vn-2013,vn-2022 (see 'thidua catalog'). "
                + "Each is applied whatever dates it covers.",
            Required = true,
            HelpName = "a,b",
        };
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var consideredOn = CommonOptions.ConsideredOn();

        var command = new Command(
            "compare",
            "Check one award for a dossier under two regimes and show, condition by condition, where they judge it differently, "
            + "with both citations (conditions are matched by the legal point they encode). Exit code 0 when the comparison is written.")
        {
            dossierArgument, award, year, regimes, format, language, consideredOn,
        };

        command.SetAction(parse =>
        {
            var (first, second) = ParseRegimes(parse.GetRequiredValue(regimes));
            var (period, lang, dossier) = CommonOptions.ReadInputs(parse, dossierArgument, year, language);
            var request = new EligibilityRequest(parse.GetRequiredValue(award), dossier, period)
            {
                ConsideredOn = CommonOptions.ParseConsideredOn(parse.GetValue(consideredOn), period),
            };
            var comparison = context.Checker.Compare(request, first, second);
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                context.Output.WriteLine(ThiDuaJson.Write(comparison));
            }
            else
            {
                CompareTable.Write(context.Output, dossier, comparison, lang);
            }

            return ExitCodes.Eligible;
        });
        return command;
    }

    /// <summary>Two distinct regime ids separated by one comma; anything else is a usage error (exit code 64).</summary>
    private static (string First, string Second) ParseRegimes(string value)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts.Any(p => p.Length == 0) || parts[0] == parts[1])
        {
            throw new CliException(ExitCodes.Usage, $"--regimes: '{value}' must name two different regimes separated by a comma, e.g. vn-2013,vn-2022.");
        }

        return (parts[0], parts[1]);
    }
}
