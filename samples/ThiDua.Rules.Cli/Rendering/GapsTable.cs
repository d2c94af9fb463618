namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>
/// What stands between a dossier and an award, or each award that applies to it: the conditions not met (with the
/// article that sets them) and the conditions that cannot be decided (with the dossier fields to fill in), taken from the
/// checker's results as they are (<see cref="GapFinder.FindGaps"/>, with the earliest period good years alone would meet each).
/// </summary>
internal static class GapsTable
{
    public static void Write(TextWriter output, IndividualDossier dossier, AssessmentPeriod period, IReadOnlyList<AwardGaps> awards, Language language)
    {
        output = TerminalText.Guard(output);   // dossier text may hold control and bidi characters
        output.WriteLine($"{Pick(language, "Người được xét", "Person")}: {PersonLine.Of(dossier, language)}");
        if (awards.Count == 1)
        {
            var only = awards[0].Result;
            output.WriteLine($"{Pick(language, "Hình thức / danh hiệu", "Award")}: {only.AwardName.Get(language)} ({only.Award}), {only.Period}");
            RegimeLines.Write(output, only, language);
            output.WriteLine();
            WriteGaps(output, awards[0], language);
            return;
        }

        output.WriteLine($"{Pick(language, "Kỳ đánh giá", "Period")}: {period}");
        if (awards.Count == 0)
        {
            output.WriteLine();
            output.WriteLine(Pick(language, "Không có danh hiệu nào áp dụng cho hồ sơ này.", "No award applies to this dossier."));
            return;
        }

        RegimeLines.Write(output, awards[0].Result, language);
        output.WriteLine();
        foreach (var award in awards)
        {
            var result = award.Result;
            output.WriteLine($"== {result.Award}: {result.AwardName.Get(language)} — {Mark(result.Verdict)} {Of(result.Verdict, language)}");
            WriteGaps(output, award, language);
        }
    }

    private static void WriteGaps(TextWriter output, AwardGaps award, Language language)
    {
        var result = award.Result;
        var gaps = award.Gaps;
        if (gaps.Count == 0)
        {
            output.WriteLine(Pick(language, "Không còn thiếu gì: mọi điều kiện đều đạt.", "Nothing is missing: every condition is met."));
            output.WriteLine();
            return;
        }

        if (award.Routes == null)
        {
            Sections(output, result.Award, gaps, language);
            return;
        }

        // An award with alternative routes: the common gaps must all be closed, those of any one route suffice.
        Sections(output, result.Award, gaps.Where(g => g.Route == null).ToList(), language);
        foreach (var route in award.Routes)
        {
            var own = gaps.Where(g => g.Route == route.RouteId).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            output.WriteLine($"-- {Pick(language, "Trường hợp", "Route")} {route.RouteId}: {route.Name.Get(language)} — {Mark(route.Outcome)} {Of(route.Outcome, language)}");
            Sections(output, result.Award, own, language);
        }

        if (award.Routes.Any(r => r.Outcome != ConditionOutcome.NotMet))
        {
            output.WriteLine(Pick(language, "Chỉ cần đạt một trường hợp (cùng các điều kiện chung).", "Any one route suffices (with the common conditions)."));
            output.WriteLine();
        }
    }

    private static void Sections(TextWriter output, string award, IReadOnlyList<ConditionGap> gaps, Language language)
    {
        Section(output, award, gaps.Where(g => g.Condition.Outcome == ConditionOutcome.NotMet), Pick(language, "Chưa đạt", "Not met"), language);
        Section(output, award, gaps.Where(g => g.Condition.Outcome == ConditionOutcome.Unknown), Pick(language, "Chưa đủ thông tin", "Cannot be decided yet"), language);
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
            else
            {
                if (condition.Citations.Count > 0)
                {
                    output.WriteLine($"    {Pick(language, "Căn cứ", "Cited")}: {Citations(condition.Citations, language)}");
                }

                output.WriteLine(gap.EarliestPeriod is AssessmentPeriod earliest
                    ? Pick(language, $"    Sớm nhất: kỳ {earliest}, nếu từ năm sau mỗi năm đều hoàn thành xuất sắc nhiệm vụ và đạt các danh hiệu cơ sở", $"    Earliest: {earliest}, if every year from the next is rated 'completed excellently' and earns the grassroots titles")
                    : Pick(language, $"    Những năm tốt tiếp theo tự chúng không đáp ứng được điều kiện này (trong {GapFinder.YearsLookedAhead} năm tới)", $"    Good years alone do not meet it within the next {GapFinder.YearsLookedAhead} years"));
            }
        }

        output.WriteLine();
    }
}
