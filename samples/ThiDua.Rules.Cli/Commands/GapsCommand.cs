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
            var awards = context.Checker.FindGaps(dossier, period, code, regimeId, considered);
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                context.Output.WriteLine(code == null ? Json(awards.Select(a => Document(a, lang)).ToList()) : Json(Document(awards[0], lang)));
                RegimeLines.WarnOnError(context.Error, awards.FirstOrDefault()?.Result.Selection, lang);
            }
            else
            {
                GapsTable.Write(context.Output, dossier, period, awards, lang);
            }

            return code == null ? ExitCodes.ForAll(awards.Select(a => a.Result.Verdict)) : ExitCodes.For(awards[0].Result.Verdict);
        });
        return command;
    }

    /// <summary>The gaps of one award: its verdict and missing facts, and each condition not met or unknown.</summary>
    private static object Document(AwardGaps award, Language language) => new
    {
        award = award.Result.Award,
        period = award.Result.Period.ToString(),
        regime = award.Result.RegimeId,
        verdict = JsonNamingPolicy.CamelCase.ConvertName(award.Result.Verdict.ToString()),
        missingFacts = award.Result.MissingFacts,
        gaps = award.Gaps.Select(g => new
        {
            award = g.Award,
            condition = g.Condition.ConditionId,
            outcome = JsonNamingPolicy.CamelCase.ConvertName(g.Condition.Outcome.ToString()),
            message = g.Condition.Message.Get(language),
            citations = g.Condition.Citations.Select(c => c.Format(language)).ToList(),
            missingFacts = g.Condition.MissingFacts,
            earliestPeriod = g.EarliestPeriod?.ToString(),
        }).ToList(),
    };

    private static string Json(object document)
        => JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
