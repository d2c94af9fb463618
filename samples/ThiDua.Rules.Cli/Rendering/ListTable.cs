namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>The table view of a nomination list's result: the list rules first (every violation), then one line per nomination.</summary>
internal static class ListTable
{
    public static void Write(TextWriter output, NominationListResult result, Language language)
    {
        output = TerminalText.Guard(output);   // ids and names come from the list file
        output.WriteLine($"{Pick(language, "Đơn vị", "Unit")}: {result.UnitId ?? "-"}");
        output.WriteLine($"{Pick(language, "Kỳ đánh giá", "Period")}: {result.Period}");
        output.WriteLine($"{Pick(language, "Chế độ pháp lý", "Regime")}: {result.RegimeId}");
        output.WriteLine();
        output.WriteLine(Pick(language, "Quy tắc của danh sách:", "List rules:"));
        foreach (var condition in result.ListConditions)
        {
            output.WriteLine($"{Mark(condition.Outcome)} {condition.ConditionId}");
            output.WriteLine($"    {condition.Message.Get(language)}");
            output.WriteLine($"    {Pick(language, "Căn cứ", "Cited")}: {Citations(condition.Citations, language)}");
        }

        output.WriteLine();
        output.WriteLine(Pick(language, "Từng đề nghị:", "Nominations:"));
        foreach (var nomination in result.Nominations)
        {
            var failed = nomination.Result.Conditions.Where(c => c.Outcome != ConditionOutcome.Met).Select(c => c.ConditionId).ToList();
            var detail = failed.Count == 0 ? string.Empty : "  (" + string.Join(", ", failed) + ")";
            output.WriteLine($"{Mark(nomination.Result.Verdict)} {nomination.SubjectId} {nomination.Award}: {Of(nomination.Result.Verdict, language)}{detail}");
        }

        output.WriteLine();
        output.WriteLine($"{Pick(language, "Kết luận", "Verdict")}: {Mark(result.Verdict)} {Of(result.Verdict, language)}");
    }
}
