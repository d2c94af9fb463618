namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>The table view of <c>check-all</c>: one line per award with its verdict and condition counts, then totals.</summary>
internal static class CheckAllTable
{
    public static void Write(TextWriter output, IndividualDossier dossier, AssessmentPeriod period, IReadOnlyList<EligibilityResult> results, Language language)
    {
        output = TerminalText.Guard(output);   // dossier text may hold control and bidi characters
        output.WriteLine($"{Pick(language, "Người được xét", "Person")}: {PersonLine.Of(dossier, language)}");
        output.WriteLine($"{Pick(language, "Kỳ đánh giá", "Period")}: {period}");
        if (results.Count > 0)
        {
            RegimeLines.Write(output, results[0], language);
        }

        output.WriteLine();
        var codeWidth = results.Count == 0 ? 0 : results.Max(r => r.Award.Length);
        foreach (var result in results)
        {
            var met = result.Conditions.Count(c => c.Outcome == ConditionOutcome.Met);
            var notMet = result.Conditions.Count(c => c.Outcome == ConditionOutcome.NotMet);
            var unknown = result.Conditions.Count(c => c.Outcome == ConditionOutcome.Unknown);
            var counts = Pick(language, $"đạt {met}, không đạt {notMet}, chưa rõ {unknown}", $"met {met}, not met {notMet}, unknown {unknown}");
            output.WriteLine($"{Mark(result.Verdict)} {result.Award.PadRight(codeWidth)}  {Of(result.Verdict, language)} ({counts}) — {result.AwardName.Get(language)}");
        }

        if (results.Count == 0)
        {
            output.WriteLine(Pick(language, "Không có danh hiệu nào áp dụng cho hồ sơ này.", "No award applies to this dossier."));
        }

        output.WriteLine();
        var eligible = results.Count(r => r.Verdict == Verdict.Eligible);
        var notEligible = results.Count(r => r.Verdict == Verdict.NotEligible);
        var needsInformation = results.Count(r => r.Verdict == Verdict.NeedsInformation);
        output.WriteLine(Pick(
            language,
            $"Tổng cộng {results.Count} danh hiệu: {eligible} đủ điều kiện, {notEligible} không đủ điều kiện, {needsInformation} cần bổ sung thông tin.",
            $"{results.Count} award(s): {eligible} eligible, {notEligible} not eligible, {needsInformation} needing information."));
    }
}
