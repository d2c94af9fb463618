using System.CommandLine;
using System.Text.Json;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary>
/// <c>gaps &lt;dossier.json&gt; --year &lt;period&gt; [--award &lt;code&gt;]</c>: only what is missing or not met, for one award or for
/// every award that applies to the person, for the clerk preparing a proposal (typically a form of commendation built
/// on years of earlier records).
/// </summary>
internal static class GapsCommand
{
    public static Command Create(CliContext context)
    {
        var dossierArgument = CommonOptions.Dossier();
        var award = CommonOptions.Award("Award code, e.g. BK_BO_TINH, BK_TTG, HCLD_HANG_BA, CSTDCS (see 'thidua catalog'); without it, every award that applies to the person.", required: false);
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var regime = CommonOptions.Regime("Regime to apply instead of the one selected by date (it must still cover the date).");
        var consideredOn = CommonOptions.ConsideredOn();

        var command = new Command(
            "gaps",
            "List what is missing or not met, for one award or (without --award) for every award that applies to the person: "
            + "the conditions not met with their citation, and the undecided ones with the dossier fields to fill in. Exit code "
            + "for one award: 0 nothing missing, 1 something not met, 2 only information missing; for every award: as check-all.")
        {
            dossierArgument, award, year, format, language, regime, consideredOn,
        };

        command.SetAction(parse =>
        {
            var (period, lang, dossier) = CommonOptions.ReadInputs(parse, dossierArgument, year, language);
            var regimeId = parse.GetValue(regime);
            var considered = CommonOptions.ParseConsideredOn(parse.GetValue(consideredOn), period);
            var code = parse.GetValue(award);
            var results = code == null
                ? context.Checker.CheckAll(dossier, period, regimeId, considered)
                : new[] { context.Checker.Check(new EligibilityRequest(code, dossier, period) { RegimeId = regimeId, ConsideredOn = considered }) };
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                context.Output.WriteLine(code == null ? Json(results.Select(r => Document(r, lang)).ToList()) : Json(Document(results[0], lang)));
                RegimeLines.WarnOnError(context.Error, results.FirstOrDefault()?.Selection, lang);
            }
            else
            {
                GapsTable.Write(context.Output, dossier, period, results, lang);
            }

            return code == null ? ExitCodes.ForAll(results.Select(r => r.Verdict)) : ExitCodes.For(results[0].Verdict);
        });
        return command;
    }

    /// <summary>The gaps of one result: its verdict and missing facts, and each condition not met or unknown.</summary>
    private static object Document(EligibilityResult result, Language language) => new
    {
        award = result.Award,
        period = result.Period.ToString(),
        regime = result.RegimeId,
        verdict = JsonNamingPolicy.CamelCase.ConvertName(result.Verdict.ToString()),
        missingFacts = result.MissingFacts,
        gaps = result.Gaps().Select(g => new
        {
            award = g.Award,
            condition = g.Condition.ConditionId,
            outcome = JsonNamingPolicy.CamelCase.ConvertName(g.Condition.Outcome.ToString()),
            message = g.Condition.Message.Get(language),
            citations = g.Condition.Citations.Select(c => c.Format(language)).ToList(),
            missingFacts = g.Condition.MissingFacts,
        }).ToList(),
    };

    private static string Json(object document)
        => JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
