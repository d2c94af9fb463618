namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>
/// What stands between a dossier and an award: the conditions not met (with the article that sets them) and the
/// conditions that cannot be decided (with the dossier fields to fill in), taken from the checker's result as it is.
/// </summary>
internal static class GapsTable
{
    public static void Write(TextWriter output, IndividualDossier dossier, EligibilityResult result, Language language)
    {
        output = TerminalText.Guard(output);   // dossier text may hold control and bidi characters
        output.WriteLine($"{Pick(language, "Người được xét", "Person")}: {PersonLine.Of(dossier, language)}");
        output.WriteLine($"{Pick(language, "Hình thức / danh hiệu", "Award")}: {result.AwardName.Get(language)} ({result.Award}), {result.Period}");
        RegimeLines.Write(output, result, language);
        output.WriteLine();

        var gaps = Gaps(result).ToList();
        if (gaps.Count == 0)
        {
            output.WriteLine(Pick(language, "Không còn thiếu gì: mọi điều kiện đều đạt.", "Nothing is missing: every condition is met."));
            return;
        }

        Section(output, result.Award, gaps.Where(g => g.Condition.Outcome == ConditionOutcome.NotMet), Pick(language, "Chưa đạt", "Not met"), language);
        Section(output, result.Award, gaps.Where(g => g.Condition.Outcome == ConditionOutcome.Unknown), Pick(language, "Chưa đủ thông tin", "Cannot be decided yet"), language);
    }

    /// <summary>Every condition that is not met or unknown, nested prerequisites included, with the award it belongs to.</summary>
    public static IEnumerable<(string Award, ConditionResult Condition)> Gaps(EligibilityResult result)
    {
        foreach (var condition in result.Conditions)
        {
            if (condition.Outcome != ConditionOutcome.Met)
            {
                yield return (result.Award, condition);
            }

            if (condition.Prerequisite is EligibilityResult nested)
            {
                foreach (var gap in Gaps(nested))
                {
                    yield return gap;
                }
            }
        }
    }

    private static void Section(TextWriter output, string checkedAward, IEnumerable<(string Award, ConditionResult Condition)> gaps, string header, Language language)
    {
        var list = gaps.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine($"{header} ({list.Count}):");
        foreach (var (award, condition) in list)
        {
            output.WriteLine($"{Mark(condition.Outcome)} {condition.ConditionId}{(award == checkedAward ? string.Empty : $" [{award}]")}");
            output.WriteLine($"    {condition.Message.Get(language)}");
            if (condition.Outcome == ConditionOutcome.Unknown)
            {
                foreach (var fact in condition.MissingFacts)
                {
                    output.WriteLine($"    {Pick(language, "Cần điền", "Fill in")}: {fact}");
                }
            }
            else if (condition.Citations.Count > 0)
            {
                output.WriteLine($"    {Pick(language, "Căn cứ", "Cited")}: {Citations(condition.Citations, language)}");
            }
        }

        output.WriteLine();
    }
}
