namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>The table view of one eligibility result: header, conditions (prerequisites nested), verdict, missing facts.</summary>
internal static class CheckTable
{
    private const int NestedIndent = 6;

    public static void Write(TextWriter output, IndividualDossier dossier, EligibilityResult result, Language language)
        => Write(output, $"{Pick(language, "Người được xét", "Person")}: {PersonLine.Of(dossier, language)}", result, language);

    /// <param name="output">Where the table goes.</param>
    /// <param name="subject">The header line naming who or what was checked (dossier text: guarded with the rest).</param>
    /// <param name="result">The result.</param>
    /// <param name="language">The language of the labels and messages.</param>
    public static void Write(TextWriter output, string subject, EligibilityResult result, Language language)
    {
        output = TerminalText.Guard(output);   // dossier text may hold control and bidi characters
        output.WriteLine(subject);
        output.WriteLine($"{Pick(language, "Danh hiệu", "Award")}: {result.AwardName.Get(language)} ({result.Award})");
        output.WriteLine($"{Pick(language, "Kỳ đánh giá", "Period")}: {result.Period}");
        RegimeLines.Write(output, result, language);
        output.WriteLine();
        WriteConditions(output, result.Conditions, language, indent: 0);
        WriteRoutes(output, result.Routes, language);
        output.WriteLine();
        output.WriteLine($"{Pick(language, "Kết luận", "Verdict")}: {Mark(result.Verdict)} {Of(result.Verdict, language)}");
        // Dossier fields are for the clerk; undecided open points of law are for whoever configures the software.
        var settings = result.MissingFacts.Where(f => f.StartsWith(OpenPointSettings.MissingFactPrefix, StringComparison.Ordinal)).ToList();
        WriteList(output, result.MissingFacts.Except(settings).ToList(), Pick(language, "Thông tin cần bổ sung (trường trong hồ sơ):", "Missing facts (dossier fields to collect):"));
        WriteList(output, settings, Pick(language, "Điểm pháp lý chưa có văn bản quy định, chờ đơn vị quyết định (ThiDuaRulesOptions.OpenPoints):", "Open points of law for the host to decide (ThiDuaRulesOptions.OpenPoints):"));
    }

    /// <summary>For an award with alternative routes: each route's outcome; one route met (with the common conditions) suffices.</summary>
    public static void WriteRoutes(TextWriter output, IReadOnlyList<RouteResult>? routes, Language language)
    {
        if (routes == null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Pick(language, "Các trường hợp (chỉ cần đạt một, cùng các điều kiện chung):", "Routes (any one suffices, with the common conditions):"));
        foreach (var route in routes)
        {
            output.WriteLine($"{Mark(route.Outcome)} {route.RouteId}: {route.Name.Get(language)} — {Of(route.Outcome, language)}");
        }
    }

    private static void WriteList(TextWriter output, IReadOnlyList<string> items, string header)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine(header);
        foreach (var item in items)
        {
            output.WriteLine("  - " + item);
        }
    }

    private static void WriteConditions(TextWriter output, IReadOnlyList<ConditionResult> conditions, Language language, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var condition in conditions)
        {
            output.WriteLine($"{pad}{Mark(condition.Outcome)} {condition.ConditionId}{RouteTag(condition.Route, language)}{Origin(condition.Origin, condition.OriginName, language)}");
            output.WriteLine($"{pad}    {condition.Message.Get(language)}");
            if (condition.Citations.Count > 0)
            {
                output.WriteLine($"{pad}    {Pick(language, "Căn cứ", "Cited")}: {Citations(condition.Citations, language)}");
            }

            if (condition.Prerequisite is EligibilityResult nested)
            {
                output.WriteLine($"{pad}    ↳ {nested.AwardName.Get(language)} ({nested.Award}): {Mark(nested.Verdict)} {Of(nested.Verdict, language)}");
                WriteConditions(output, nested.Conditions, language, indent + NestedIndent);
            }
        }
    }
}
