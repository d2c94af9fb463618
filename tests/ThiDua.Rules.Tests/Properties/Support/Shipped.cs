using ThiDua.Rules.Checking;

namespace ThiDua.Rules.Tests.Properties.Support;

/// <summary>The shared checker and what the properties need to know about the shipped rule data.</summary>
internal static class Shipped
{
    public const string RegimeId = "vn-2013";

    /// <summary>
    /// The shipped rules with every open point of law decided (Excludes): generated dossiers state every fact, and
    /// with the default settings an open point the dossier raises (a discipline from an earlier period still in force)
    /// would stay Unknown by design, so "fully known" would not mean "every condition decided".
    /// </summary>
    public static IEligibilityChecker Checker { get; } = ThiDuaRules.CreateChecker(Options());

    /// <summary>New options for a checker like <see cref="Checker"/>: the shipped rules, every open point decided.</summary>
    public static ThiDuaRulesOptions Options() => new()
    {
        OpenPoints = new OpenPointSettings
        {
            DisciplineInForceFromEarlierPeriod = OpenPointTreatment.Excludes,
            CriminalSentenceBeingServed = OpenPointTreatment.Excludes,
            NotRegisteredForEmulation = OpenPointTreatment.Excludes,
        },
    };

    /// <summary>
    /// The regime's individual emulation titles: what the ThiDua.Rules.Testing generators draw dossiers for. Forms of
    /// commendation (BK_TTG) read years of history, earlier certificates and points no dossier field settles (the
    /// armed forces' combat letters are always Unknown), so they are covered by worked examples and condition tests
    /// instead.
    /// </summary>
    public static IReadOnlyList<string> IndividualAwards { get; } = Checker.Catalog.GetAwards(RegimeId)
        .Where(a => a.Subject == AwardSubject.Individual && a.Category == AwardCategory.EmulationTitle)
        .Select(a => a.Code)
        .ToList();

    private static readonly Dictionary<string, Dictionary<string, ConditionDefinition>> Definitions = Checker.Catalog.GetAwards(RegimeId)
        .ToDictionary(a => a.Code, a => a.Conditions.ToDictionary(c => c.Id), StringComparer.Ordinal);

    /// <summary>The definition of a condition of an award, or <see langword="null"/> when the award has no such condition.</summary>
    public static ConditionDefinition? Definition(string award, string conditionId)
        => Definitions.TryGetValue(award, out var conditions) && conditions.TryGetValue(conditionId, out var definition) ? definition : null;

    /// <summary>The procedural conditions of an award (they govern when a proposal can be made, not the standard).</summary>
    public static IReadOnlySet<string> ProceduralIds(string award)
        => ((AwardCatalog)Checker.Catalog).Compiled(RegimeId).ByCode[award].Rules
            .Where(r => r.IsProcedural)
            .Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);

    public static EligibilityResult Check(string award, IndividualDossier dossier, AssessmentPeriod period)
        => Checker.Check(new EligibilityRequest(award, dossier, period));
}
