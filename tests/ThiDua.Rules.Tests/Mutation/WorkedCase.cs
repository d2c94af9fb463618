using System.Text.Json;

namespace ThiDua.Rules.Tests.Mutation;

/// <summary>
/// A worked example as the case files state it: the request and the expected verdict and condition outcomes
/// (nested prerequisite conditions keyed <c>PREREQ/&lt;id&gt;</c>). Read here with a reader of its own, so the
/// mutation test depends only on the file format.
/// </summary>
internal sealed record WorkedCase(
    string File,
    string Name,
    ThiDua.Rules.Tests.Cases.WorkedExample Example,
    Verdict ExpectedVerdict,
    IReadOnlyDictionary<string, ConditionOutcome> ExpectedConditions,
    OpenPointSettings? OpenPoints = null)
{
    /// <summary>Reads a case file; throws <see cref="InvalidDataException"/> naming the file when it does not have the shape.</summary>
    public static WorkedCase Read(string file, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var example = ThiDua.Rules.Tests.Cases.WorkedExampleLoader.Parse(json);
            var expected = Required(root, "expected");
            var verdict = Parse<Verdict>(Required(expected, "verdict").GetString()!);
            var conditions = new Dictionary<string, ConditionOutcome>(StringComparer.Ordinal);
            if (expected.TryGetProperty("conditions", out var listed))
            {
                foreach (var condition in listed.EnumerateObject())
                {
                    conditions[condition.Name] = Parse<ConditionOutcome>(condition.Value.GetString()!);
                }
            }

            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : Path.GetFileNameWithoutExtension(file);
            return new WorkedCase(file, name, example, verdict, conditions, Cases.CaseOpenPoints.Read(root));
        }
        catch (Exception e) when (e is JsonException || e is InvalidDossierException || e is FormatException || e is KeyNotFoundException || e is InvalidOperationException)
        {
            throw new InvalidDataException($"{file} is not a worked case of the expected shape: {e.Message}", e);
        }
    }

    /// <summary>Whether the file expects a verdict (rather than, say, an error); malformed JSON counts as expecting one, so it is reported.</summary>
    public static bool HasExpectedVerdict(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return !(document.RootElement.ValueKind == JsonValueKind.Object
                     && document.RootElement.TryGetProperty("expected", out var expected)
                     && expected.ValueKind == JsonValueKind.Object
                     && !expected.TryGetProperty("verdict", out _));
        }
        catch (JsonException)
        {
            return true;
        }
    }

    /// <summary>The ways <paramref name="result"/> differs from the expected values; empty when it matches.</summary>
    public IReadOnlyList<string> Differences(EligibilityResult result)
    {
        var differences = new List<string>();
        if (result.Verdict != ExpectedVerdict)
        {
            differences.Add($"verdict {result.Verdict}, expected {ExpectedVerdict}");
        }

        var actual = new Dictionary<string, ConditionOutcome>(StringComparer.Ordinal);
        foreach (var condition in result.Conditions)
        {
            actual[condition.ConditionId] = condition.Outcome;
            foreach (var nested in condition.Prerequisite?.Conditions ?? Array.Empty<ConditionResult>())
            {
                actual["PREREQ/" + nested.ConditionId] = nested.Outcome;
            }
        }

        foreach (var (id, outcome) in ExpectedConditions)
        {
            if (!actual.TryGetValue(id, out var got))
            {
                differences.Add($"{id} absent, expected {outcome}");
            }
            else if (got != outcome)
            {
                differences.Add($"{id} {got}, expected {outcome}");
            }
        }

        return differences;
    }

    /// <summary>The regime folder the case file is in (<c>Cases/&lt;regime&gt;/&lt;AWARD&gt;/…</c>).</summary>
    public string Regime => File.Split('/', '\\')[1];

    public override string ToString() => $"{Path.GetFileName(File)} ({Name})";

    private static JsonElement Required(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new KeyNotFoundException($"'{name}' is required");

    private static T Parse<T>(string text)
        where T : struct, Enum
        => Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}");
}
