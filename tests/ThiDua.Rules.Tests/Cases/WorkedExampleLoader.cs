using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Rules.Tests.Cases;

/// <summary>Finds and reads the worked-example files copied next to the test assembly.</summary>
public static class WorkedExampleLoader
{
    /// <summary>The folder the case files are copied to.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Cases");

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Every case file, as a path relative to <see cref="Root"/> with forward slashes, in a stable order.</summary>
    public static IReadOnlyList<string> RelativePaths()
        => Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList()
            : Array.Empty<string>();

    /// <summary>Reads one case file.</summary>
    public static WorkedExample Load(string relativePath)
    {
        var json = File.ReadAllText(Path.Combine(Root, relativePath));
        return JsonSerializer.Deserialize<WorkedExample>(json, Options)
            ?? throw new InvalidDataException(relativePath + " holds no case.");
    }

    /// <summary>The host settings a case file states, or <see langword="null"/> for the defaults.</summary>
    public static OpenPointSettings? OpenPoints(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, relativePath)));
        return CaseOpenPoints.Read(document.RootElement);
    }

    /// <summary>Turns a case into the request it describes.</summary>
    public static EligibilityRequest ToRequest(WorkedExample example)
    {
        var dossier = ThiDuaJson.ReadDossier(example.Dossier.GetRawText());
        return new EligibilityRequest(example.Award, dossier, AssessmentPeriod.Parse(example.Period))
        {
            ConsideredOn = example.ConsideredOn == null
                ? null
                : DateTime.ParseExact(example.ConsideredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            RegimeId = example.Regime,
        };
    }

    /// <summary>
    /// Runs the case through the public API that fits it: <c>Check</c> for a person, <c>CheckCollective</c> for a
    /// collective, <c>CheckCommunity</c> for a household or village, <c>ValidateList</c> for a nomination list (its list rules read as the conditions of one result).
    /// </summary>
    public static EligibilityResult Run(WorkedExample example) => Run(example, ThiDuaRules.Default);

    /// <inheritdoc cref="Run(WorkedExample)"/>
    public static EligibilityResult Run(WorkedExample example, IEligibilityChecker checker)
    {
        var period = AssessmentPeriod.Parse(example.Period);
        if (example.Collective is JsonElement collective)
        {
            return checker.CheckCollective(new CollectiveEligibilityRequest(example.Award, ThiDuaJson.ReadCollective(collective.GetRawText()), period) { RegimeId = example.Regime });
        }

        if (example.Community is JsonElement community)
        {
            return checker.CheckCommunity(new CommunityEligibilityRequest(example.Award, ThiDuaJson.ReadCommunity(community.GetRawText()), period) { RegimeId = example.Regime });
        }

        if (example.List is JsonElement list)
        {
            var result = checker.ValidateList(ThiDuaJson.ReadNominationList(list.GetRawText()));
            var missing = result.ListConditions.SelectMany(c => c.MissingFacts).Distinct(StringComparer.Ordinal).ToList();
            return new EligibilityResult(example.Award, new LocalizedText("Danh sách đề nghị", "Nomination list"), result.UnitId, result.Period, result.RegimeId, "-", result.Verdict, result.ListConditions, missing) { Selection = result.Selection };
        }

        return checker.Check(ToRequest(example));
    }

    /// <summary>A case from its JSON text.</summary>
    public static WorkedExample Parse(string json)
        => JsonSerializer.Deserialize<WorkedExample>(json, Options) ?? throw new InvalidDataException("The text holds no case.");
}
