using Xunit.Sdk;

namespace ThiDua.Rules.Tests.RuleData;

/// <summary>Assertions on the problems of a <see cref="RuleSetValidationException"/>, with failure messages that list them all.</summary>
internal static class ProblemAssert
{
    /// <summary>Asserts that a problem names <paramref name="file"/> and <paramref name="ruleId"/> and contains every fragment in its reason.</summary>
    public static RuleSetProblem Has(RuleSetValidationException exception, string file, string? ruleId, params string[] reasonFragments)
    {
        var match = exception.Problems.FirstOrDefault(p =>
            p.File == file
            && p.RuleId == ruleId
            && reasonFragments.All(f => p.Reason.Contains(f, StringComparison.Ordinal)));
        if (match == null)
        {
            throw new XunitException(
                $"Expected a problem in '{file}' for rule '{ruleId ?? "(none)"}' whose reason contains [{string.Join(" | ", reasonFragments)}]."
                + Environment.NewLine + "Problems reported:" + Environment.NewLine + List(exception));
        }

        return match;
    }

    /// <summary>Asserts that every problem concerns <paramref name="file"/>: one injected fault must not produce noise elsewhere.</summary>
    public static void OnlyIn(RuleSetValidationException exception, params string[] files)
    {
        var stray = exception.Problems.Where(p => !files.Contains(p.File)).ToList();
        if (stray.Count > 0)
        {
            throw new XunitException(
                $"Expected problems only in [{string.Join(", ", files)}], but {stray.Count} concern other files."
                + Environment.NewLine + "Problems reported:" + Environment.NewLine + List(exception));
        }
    }

    private static string List(RuleSetValidationException exception)
        => string.Join(Environment.NewLine, exception.Problems.Select(p => "  - " + p));
}
