namespace ThiDua.Rules.WebApi.Problems;

/// <summary>The <c>type</c> URIs of the API's problem details (RFC 7807), one per kind of refusal.</summary>
public static class ProblemTypes
{
    /// <summary>The body is not a valid dossier (malformed JSON, unknown field, impossible value).</summary>
    public const string InvalidDossier = "urn:thidua-rules:problem:invalid-dossier";

    /// <summary>The body is larger than <see cref="ThiDuaLimits.MaxDocumentBytes"/>.</summary>
    public const string TooLarge = "urn:thidua-rules:problem:too-large";

    /// <summary>A query parameter is missing or has the wrong form.</summary>
    public const string InvalidParameter = "urn:thidua-rules:problem:invalid-parameter";

    /// <summary>The rule data defines no such award (in the regime applied).</summary>
    public const string UnknownAward = "urn:thidua-rules:problem:unknown-award";

    /// <summary>The rule data defines no such regime.</summary>
    public const string UnknownRegime = "urn:thidua-rules:problem:unknown-regime";

    /// <summary>No regime covers the assessment period.</summary>
    public const string PeriodNotCovered = "urn:thidua-rules:problem:period-not-covered";

    /// <summary>The server failed; the response says no more (the log has the details).</summary>
    public const string InternalError = "urn:thidua-rules:problem:internal-error";
}
