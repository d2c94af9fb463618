using System.CommandLine;
using ThiDua.Rules.Cli.Input;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary><c>validate-list &lt;list.json&gt;</c>: a unit's nomination list checked as a whole.</summary>
internal static class ValidateListCommand
{
    public static Command Create(CliContext context)
    {
        var listArgument = new Argument<string>("list.json")
        {
            Description = "Path of the nomination list JSON file (format: samples/data/README.md, \"Nomination lists\").",
        };
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();

        var command = new Command(
            "validate-list",
            "Check a unit's nomination list as a whole: every nomination, then the list's rules (caps, exclusive titles, repeated nominations), every violation at once. "
            + "Exit code: 0 all eligible, 1 a violation or an ineligible nomination, 2 needs information.")
        {
            listArgument, format, language,
        };

        command.SetAction(parse =>
        {
            var lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var list = DossierFile.ReadList(parse.GetRequiredValue(listArgument));
            var result = context.Checker.ValidateList(list);
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                context.Output.WriteLine(ThiDuaJson.Write(result));
            }
            else
            {
                ListTable.Write(context.Output, result, lang);
            }

            return ExitCodes.For(result.Verdict);
        });
        return command;
    }
}
