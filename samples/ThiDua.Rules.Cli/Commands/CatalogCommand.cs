using System.CommandLine;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary><c>catalog</c>: the regimes and awards the rule data defines.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var command = new Command(
            "catalog",
            "List the legal regimes (periods covered, rule data version, documents) and their awards. "
            + "JSON output: { regimes: [LegalRegime], awards: [AwardDefinition] }.")
        {
            format, language,
        };

        command.SetAction(parse =>
        {
            var catalog = context.Checker.Catalog;
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                var awards = catalog.Regimes.SelectMany(r => catalog.GetAwards(r.Id)).ToList();
                context.Output.WriteLine(ThiDuaJson.Write(new CatalogDocument(catalog.Regimes, awards)));
            }
            else
            {
                CatalogTable.Write(context.Output, catalog, CommonOptions.ParseLanguage(parse.GetValue(language)));
            }

            return ExitCodes.Eligible;
        });
        return command;
    }
}
