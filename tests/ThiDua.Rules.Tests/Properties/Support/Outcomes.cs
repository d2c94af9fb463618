namespace ThiDua.Rules.Tests.Properties.Support;

/// <summary>Orderings and flattening of results, for comparing a result before and after a change to the dossier.</summary>
internal static class Outcomes
{
    /// <summary>How good an outcome is for the person: Met above Unknown above NotMet.</summary>
    public static int Rank(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => 2,
        ConditionOutcome.Unknown => 1,
        _ => 0,
    };

    /// <summary>How good a verdict is for the person: Eligible above NeedsInformation above NotEligible.</summary>
    public static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Eligible => 2,
        Verdict.NeedsInformation => 1,
        _ => 0,
    };

    /// <summary>Every condition of the result, nested prerequisite conditions keyed <c>PREREQ/&lt;id&gt;</c> as in the worked cases.</summary>
    public static IReadOnlyDictionary<string, (string Award, ConditionResult Condition)> Flatten(EligibilityResult result)
    {
        var all = new Dictionary<string, (string, ConditionResult)>(StringComparer.Ordinal);
        foreach (var condition in result.Conditions)
        {
            all[condition.ConditionId] = (result.Award, condition);
            if (condition.Prerequisite is EligibilityResult nested)
            {
                foreach (var inner in nested.Conditions)
                {
                    all["PREREQ/" + inner.ConditionId] = (nested.Award, inner);
                }
            }
        }

        return all;
    }

    /// <summary>The result and every nested prerequisite result.</summary>
    public static IEnumerable<EligibilityResult> WithNested(EligibilityResult result)
    {
        yield return result;
        foreach (var nested in result.Conditions.Where(c => c.Prerequisite != null).SelectMany(c => WithNested(c.Prerequisite!)))
        {
            yield return nested;
        }
    }

    public static string Describe(EligibilityResult result)
        => $"{result.Award} {result.Period}: {result.Verdict} [" + string.Join(", ", Flatten(result).Select(c => $"{c.Key}={c.Value.Condition.Outcome}")) + "]";
}
