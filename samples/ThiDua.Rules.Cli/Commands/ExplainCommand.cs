using System.CommandLine;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary><c>explain &lt;code&gt;</c>: an award's conditions, citations, facts and notes.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "Award code, e.g. CSTDCS (see 'thidua catalog')." };
        var regime = CommonOptions.Regime("Regime whose definition to show; by default the latest regime that defines the award.");
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var command = new Command(
            "explain",
            "Explain an award: each condition's id, description, citations with their basis, the facts it needs and its notes, "
            + "then what the rule data does not check. JSON output is the AwardDefinition.")
        {
            code, regime, format, language,
        };

        command.SetAction(parse =>
        {
            var catalog = context.Checker.Catalog;
            var (award, legalRegime) = Find(catalog, parse.GetRequiredValue(code), parse.GetValue(regime));
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                context.Output.WriteLine(ThiDuaJson.Write(award));
            }
            else
            {
                ExplainTable.Write(context.Output, award, legalRegime, catalog, CommonOptions.ParseLanguage(parse.GetValue(language)));
            }

            return ExitCodes.Eligible;
        });
        return command;
    }

    /// <summary>The award in the named regime, or in the latest regime that defines it.</summary>
    private static (AwardDefinition Award, LegalRegime Regime) Find(IAwardCatalog catalog, string code, string? regimeId)
    {
        if (regimeId != null)
        {
            var award = catalog.GetAward(regimeId, code);
            return (award, catalog.Regimes.First(r => r.Id == regimeId));
        }

        foreach (var regime in catalog.Regimes.OrderByDescending(r => r.PeriodsEndingTo))
        {
            if (catalog.TryGetAward(regime.Id, code, out var award))
            {
                return (award, regime);
            }
        }

        var latest = catalog.Regimes.OrderByDescending(r => r.PeriodsEndingTo).First();
        throw new UnknownAwardException(code, latest.Id, catalog.GetAwards(latest.Id).Select(a => a.Code));
    }
}
