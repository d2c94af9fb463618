namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>The table view of a comparison: each regime's verdict, then the conditions judged differently, with both citations.</summary>
internal static class CompareTable
{
    public static void Write(TextWriter output, IndividualDossier dossier, RegimeComparison comparison, Language language)
    {
        output = TerminalText.Guard(output);   // dossier text may hold control and bidi characters
        var first = comparison.First;
        var second = comparison.Second;
        output.WriteLine($"{Pick(language, "Người được xét", "Person")}: {PersonLine.Of(dossier, language)}");
        output.WriteLine($"{Pick(language, "Danh hiệu", "Award")}: {first.AwardName.Get(language)} ({first.Award})");
        output.WriteLine($"{Pick(language, "Kỳ đánh giá", "Period")}: {first.Period}");
        output.WriteLine();
        foreach (var result in new[] { first, second })
        {
            output.WriteLine($"{result.RegimeId}: {Mark(result.Verdict)} {Of(result.Verdict, language)}");
            foreach (var warning in result.Selection?.Warnings ?? Array.Empty<LocalizedText>())
            {
                output.WriteLine($"  ⚠ {warning.Get(language)}");
            }
        }

        output.WriteLine();
        var differing = comparison.Conditions.Where(c => c.Differs).ToList();
        output.WriteLine(differing.Count == 0
            ? Pick(language, "Hai chế độ đánh giá mọi điều kiện như nhau.", "Both regimes judge every condition alike.")
            : Pick(language, $"{differing.Count} điều kiện được đánh giá khác nhau:", $"{differing.Count} condition(s) judged differently:"));
        foreach (var condition in differing)
        {
            output.WriteLine();
            output.WriteLine($"≠ {condition.Concept}");
            Side(output, first.RegimeId, condition.First, language);
            Side(output, second.RegimeId, condition.Second, language);
        }

        var alike = comparison.Conditions.Count - differing.Count;
        if (alike > 0)
        {
            output.WriteLine();
            output.WriteLine(Pick(language, $"{alike} điều kiện khác được đánh giá như nhau.", $"{alike} other condition(s) judged alike."));
        }
    }

    private static void Side(TextWriter output, string regime, ConditionResult? condition, Language language)
    {
        if (condition == null)
        {
            output.WriteLine($"  {regime}: {Pick(language, "không có điều kiện này", "no such condition")}");
            return;
        }

        output.WriteLine($"  {regime}: {Mark(condition.Outcome)} {condition.ConditionId} — {condition.Message.Get(language)}");
        output.WriteLine($"      {Pick(language, "Căn cứ", "Cited")}: {Citations(condition.Citations, language)}");
    }
}
