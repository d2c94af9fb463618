using System.CommandLine;
using ThiDua.Rules.Cli.Input;
using ThiDua.Rules.Cli.Rendering;

namespace ThiDua.Rules.Cli.Commands;

/// <summary>
/// <c>check-collective &lt;collective.json&gt;</c> and <c>check-community &lt;household-or-village.json&gt;</c>, each
/// <c>--award &lt;code&gt; --year &lt;period&gt;</c>: one award for a collective, or for a household or village, condition by
/// condition, as <c>check</c> does for a person (same options, output and exit codes).
/// </summary>
internal static class CheckGroupCommands
{
    public static Command Collective(CliContext context) => Create(
        context,
        "check-collective",
        "collective.json",
        "Check one collective title for a collective's dossier (its members as dossiers or as counts) and period, condition by condition, with citations.",
        "Award code, e.g. TTLDTT, TTLDXS, DVTT, DVQT, CO_THI_DUA_BO_TINH, CO_THI_DUA_CP (see 'thidua catalog').",
        DossierFile.ReadCollective,
        (checker, award, collective, period, regime, consideredOn) => checker.CheckCollective(
            new CollectiveEligibilityRequest(award, collective, period) { RegimeId = regime, ConsideredOn = consideredOn }),
        PersonLine.Of);

    public static Command Community(CliContext context) => Create(
        context,
        "check-community",
        "community.json",
        "Check one household or village title (Gia đình văn hóa, Thôn, tổ dân phố văn hóa) for its dossier and period, condition by condition, with citations.",
        "Award code, e.g. GDVH, KDCVH (see 'thidua catalog').",
        DossierFile.ReadCommunity,
        (checker, award, community, period, regime, consideredOn) => checker.CheckCommunity(
            new CommunityEligibilityRequest(award, community, period) { RegimeId = regime, ConsideredOn = consideredOn }),
        PersonLine.Of);

    private static Command Create<TDossier>(
        CliContext context,
        string name,
        string fileName,
        string description,
        string awardHelp,
        Func<string, TDossier> read,
        Func<IEligibilityChecker, string, TDossier, AssessmentPeriod, string?, DateTime?, EligibilityResult> check,
        Func<TDossier, Language, string> subject)
    {
        var file = new Argument<string>(fileName) { Description = "The dossier file (JSON; format: samples/data/README.md)." };
        var award = CommonOptions.Award(awardHelp);
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var language = CommonOptions.Language();
        var regime = CommonOptions.Regime("Regime to apply instead of the one selected by date (it must still cover the date).");
        var consideredOn = CommonOptions.ConsideredOn();

        var command = new Command(name, description + " Exit code: 0 eligible, 1 not eligible, 2 needs information.")
        {
            file, award, year, format, language, regime, consideredOn,
        };

        command.SetAction(parse =>
        {
            // Usage errors first (exit code 64), then the file (65/66), as for 'check'.
            var period = CommonOptions.ParsePeriod(parse.GetValue(year));
            var lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var dossier = read(parse.GetRequiredValue(file));
            var result = check(
                context.Checker,
                parse.GetRequiredValue(award),
                dossier,
                period,
                parse.GetValue(regime),
                CommonOptions.ParseConsideredOn(parse.GetValue(consideredOn), period));
            if (CommonOptions.ParseFormat(parse.GetValue(format)) == OutputFormat.Json)
            {
                context.Output.WriteLine(ThiDuaJson.Write(result));
                RegimeLines.WarnOnError(context.Error, result.Selection, lang);
            }
            else
            {
                CheckTable.Write(context.Output, subject(dossier, lang), result, lang);
            }

            return ExitCodes.For(result.Verdict);
        });
        return command;
    }
}
