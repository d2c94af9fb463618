using System.Text.Json;

namespace ThiDua.Rules.Tests.Cases;

/// <summary>
/// One worked example from the law, as stored in <c>Cases/&lt;regime&gt;/&lt;AWARD&gt;/&lt;nn&gt;-&lt;name&gt;.json</c>. The expected
/// values are written by hand from the rule text and the articles named in <see cref="LegalNote"/>.
/// </summary>
public sealed record WorkedExample
{
    /// <summary>A short human title.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Why the expected answer is what it is, with the article it rests on (paraphrased).</summary>
    public string LegalNote { get; init; } = string.Empty;

    /// <summary>The award code checked.</summary>
    public string Award { get; init; } = string.Empty;

    /// <summary>The assessment period ("2021", "2021-2022"); the proposal year for CSTD_TOAN_QUOC.</summary>
    public string Period { get; init; } = string.Empty;

    /// <summary>The day of consideration (yyyy-MM-dd), when the case needs one other than the period's last day.</summary>
    public string? ConsideredOn { get; init; }

    /// <summary>A regime to apply explicitly, when the case needs one.</summary>
    public string? Regime { get; init; }

    /// <summary>The host's settings on open points of law, when the case shows one decided (see <see cref="CaseOpenPoints"/>).</summary>
    public JsonElement? OpenPoints { get; init; }

    /// <summary>The dossier, in the library's dossier JSON format.</summary>
    public JsonElement Dossier { get; init; }

    /// <summary>For a collective award: the collective's dossier (then <see cref="Dossier"/> is left out).</summary>
    public JsonElement? Collective { get; init; }

    /// <summary>For a household or village title: its dossier (then <see cref="Dossier"/> is left out).</summary>
    public JsonElement? Community { get; init; }

    /// <summary>For the nomination-list rules: the list (then <see cref="Dossier"/> is left out).</summary>
    public JsonElement? List { get; init; }

    /// <summary>The expected answer.</summary>
    public WorkedExampleExpectation Expected { get; init; } = new();
}

/// <summary>What a worked example expects.</summary>
public sealed record WorkedExampleExpectation
{
    /// <summary>eligible, notEligible or needsInformation.</summary>
    public string Verdict { get; init; } = string.Empty;

    /// <summary>
    /// Every condition of the result, by id, as met, notMet or unknown. Conditions of a nested prerequisite
    /// result are keyed <c>PREREQ/&lt;id&gt;</c>; when one is listed, all must be.
    /// </summary>
    public Dictionary<string, string> Conditions { get; init; } = new();

    /// <summary>The result's missing facts (order ignored), when the case states them.</summary>
    public List<string>? MissingFacts { get; init; }

    /// <summary>
    /// For an award with alternative routes (required then): every route of the result, by id, as met, notMet or
    /// unknown. Each must follow from the case's own condition outcomes, and the verdict from the common conditions and
    /// these routes.
    /// </summary>
    public Dictionary<string, string>? Routes { get; init; }
}
