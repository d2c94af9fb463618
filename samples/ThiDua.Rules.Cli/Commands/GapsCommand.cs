using System.CommandLine;
using System.Text.Json;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary>
/// <c>gaps &lt;dossier.json&gt; --award &lt;code&gt; --year &lt;period&gt;</c>: only what is missing or not met for one award, for the
/// clerk preparing a proposal (typically a form of commendation built on years of earlier records).
/// </summary>
internal static class GapsCommand
{
    public static Command Create(CliContext context)
    {
        var dossierArgument = CommonOptions.Dossier();
        var award = CommonOptions.Award("Award code, e.g. BK_BO_TINH, BK_TTG, HCLD_HANG_BA, CSTDCS (see 'thidua catalog').");
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var regime = CommonOptions.Regime("Regime to apply instead of the one selected by date (it must still cover the date).");
        var consideredOn = CommonOptions.ConsideredOn();

        var command = new Command(
            "gaps",
            "List what is missing or not met for one award: the conditions not met with their citation, and the undecided ones "
            + "with the dossier fields to fill in. Exit code: 0 nothing missing, 1 something not met, 2 only information missing.")
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
                context.Output.WriteLine(Json(result, lang));
                RegimeLines.WarnOnError(context.Error, result.Selection, lang);
            }
            else
            {
                GapsTable.Write(context.Output, dossier, result, lang);
            }

            return ExitCodes.For(result.Verdict);
        });
        return command;
    }

    /// <summary>The gaps as JSON: the result's verdict and missing facts, and each condition not met or unknown.</summary>
    private static string Json(EligibilityResult result, Language language)
    {
        var document = new
        {
            award = result.Award,
            period = result.Period.ToString(),
            regime = result.RegimeId,
            verdict = JsonNamingPolicy.CamelCase.ConvertName(result.Verdict.ToString()),
            missingFacts = result.MissingFacts,
            gaps = GapsTable.Gaps(result).Select(g => new
            {
                award = g.Award,
                condition = g.Condition.ConditionId,
                outcome = JsonNamingPolicy.CamelCase.ConvertName(g.Condition.Outcome.ToString()),
                message = g.Condition.Message.Get(language),
                citations = g.Condition.Citations.Select(c => c.Format(language)).ToList(),
                missingFacts = g.Condition.MissingFacts,
            }).ToList(),
        };
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
