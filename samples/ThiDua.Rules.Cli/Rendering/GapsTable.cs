namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>
/// What stands between a dossier and an award, or each award that applies to it: the conditions not met (with the
/// article that sets them) and the conditions that cannot be decided (with the dossier fields to fill in), taken from the
/// checker's results as they are (<see cref="EligibilityResultGaps.Gaps"/>).
/// </summary>
internal static class GapsTable
{
    public static void Write(TextWriter output, IndividualDossier dossier, AssessmentPeriod period, IReadOnlyList<EligibilityResult> results, Language language)
    {
        output = TerminalText.Guard(output);   // dossier text may hold control and bidi characters
        output.WriteLine($"{Pick(language, "Người được xét", "Person")}: {PersonLine.Of(dossier, language)}");
        if (results.Count == 1)
        {
            var only = results[0];
            output.WriteLine($"{Pick(language, "Hình thức / danh hiệu", "Award")}: {only.AwardName.Get(language)} ({only.Award}), {only.Period}");
            RegimeLines.Write(output, only, language);
            output.WriteLine();
            WriteGaps(output, only, language);
            return;
        }

        output.WriteLine($"{Pick(language, "Kỳ đánh giá", "Period")}: {period}");
        if (results.Count == 0)
        {
            output.WriteLine();
            output.WriteLine(Pick(language, "Không có danh hiệu nào áp dụng cho hồ sơ này.", "No award applies to this dossier."));
            return;
        }

        RegimeLines.Write(output, results[0], language);
        output.WriteLine();
        foreach (var result in results)
        {
            output.WriteLine($"== {result.Award}: {result.AwardName.Get(language)} — {Mark(result.Verdict)} {Of(result.Verdict, language)}");
            WriteGaps(output, result, language);
        }
    }

    private static void WriteGaps(TextWriter output, EligibilityResult result, Language language)
    {
        var gaps = result.Gaps();
        if (gaps.Count == 0)
        {
            output.WriteLine(Pick(language, "Không còn thiếu gì: mọi điều kiện đều đạt.", "Nothing is missing: every condition is met."));
            output.WriteLine();
            return;
        }

        Section(output, result.Award, gaps.Where(g => g.Condition.Outcome == ConditionOutcome.NotMet), Pick(language, "Chưa đạt", "Not met"), language);
        Section(output, result.Award, gaps.Where(g => g.Condition.Outcome == ConditionOutcome.Unknown), Pick(language, "Chưa đủ thông tin", "Cannot be decided yet"), language);
    }

    private static void Section(TextWriter output, string checkedAward, IEnumerable<ConditionGap> gaps, string header, Language language)
    {
        var list = gaps.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine($"{header} ({list.Count}):");
        foreach (var gap in list)
        {
            var condition = gap.Condition;
            output.WriteLine($"{Mark(condition.Outcome)} {condition.ConditionId}{(gap.Award == checkedAward ? string.Empty : $" [{gap.Award}]")}");
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
