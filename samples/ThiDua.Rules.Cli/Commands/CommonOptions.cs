using System.CommandLine;

namespace ThiDua.Rules.Cli.Commands;

/// <summary>The output format a command writes.</summary>
internal enum OutputFormat
{
    Table,
    Json,
}

/// <summary>Options shared by several commands, and the parsing of their values.</summary>
internal static class CommonOptions
{
    public static Option<string> Format() => new Option<string>("--format", "-f")
    {
        Description = "Output format: table (default) or json (the library's JSON format, ThiDuaJson).",
        DefaultValueFactory = _ => "table",
        HelpName = "table|json",
    }.AcceptOnlyFromAmong("table", "json");

    public static Option<string> Language() => new Option<string>("--lang", "-l")
    {
        Description = "Language of messages and labels: vi (default, authoritative) or en.",
        DefaultValueFactory = _ => "vi",
        HelpName = "vi|en",
    }.AcceptOnlyFromAmong("vi", "en");

    public static Option<string> Year() => new Option<string>("--year", "-y")
    {
        Description = "Assessment period: a calendar year (\"2021\") or a school year (\"2021-2022\", \"2021-2022@07\" if it starts in July).",
        Required = true,
        HelpName = "period",
    };

    public static Option<string> Award(string description, bool required = true) => new Option<string>("--award", "-a")
    {
        Description = description,
        Required = required,
        HelpName = "code",
    };

    public static Option<string> Regime(string description) => new Option<string>("--regime", "-r")
    {
        Description = description,
        HelpName = "id",
    };

    public static Option<string> ConsideredOn() => new Option<string>("--considered-on")
    {
        Description = "The day the competent body considers the proposal (yyyy-MM-dd): it selects the regime (the law in force that day) "
            + "and pending proceedings are judged on it. Default: the last day of the period.",
        HelpName = "yyyy-MM-dd",
    };

    public static Argument<string> Dossier() => new Argument<string>("dossier.json")
    {
        Description = "Path of the dossier JSON file (format: samples/data/README.md).",
    };

    public static OutputFormat ParseFormat(string? value) => value == "json" ? OutputFormat.Json : OutputFormat.Table;

    public static Language ParseLanguage(string? value) => value == "en" ? Rules.Language.English : Rules.Language.Vietnamese;

    /// <summary>The period, language and dossier a checking command reads: usage errors first, then the file.</summary>
    public static (AssessmentPeriod Period, Language Language, IndividualDossier Dossier) ReadInputs(ParseResult parse, Argument<string> dossier, Option<string> year, Option<string> language)
        => (ParsePeriod(parse.GetValue(year)), ParseLanguage(parse.GetValue(language)), Input.DossierFile.Read(parse.GetRequiredValue(dossier)));

    /// <summary>Parses <c>--considered-on</c>: a date from the period's first day on; anything else is a usage error (exit code 64).</summary>
    public static DateTime? ParseConsideredOn(string? value, AssessmentPeriod period)
    {
        if (value == null)
        {
            return null;
        }

        if (!DateTime.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            throw new CliException(ExitCodes.Usage, $"--considered-on: '{value}' is not a date written yyyy-MM-dd.");
        }

        if (day < period.Start)
        {
            throw new CliException(ExitCodes.Usage, $"--considered-on: {value} is before {Rendering.Labels.Day(period.Start)}, the start of the period {period}; a proposal is considered once the period has begun.");
        }

        return day;
    }

    /// <summary>Parses <c>--year</c>; bad text is a usage error (exit code 64).</summary>
    public static AssessmentPeriod ParsePeriod(string? value)
    {
        if (!AssessmentPeriod.TryParse(value, out var period, out var reason))
        {
            throw new CliException(ExitCodes.Usage, "--year: " + reason);
        }

        return period;
    }
}
