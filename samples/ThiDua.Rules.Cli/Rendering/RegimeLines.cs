namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>The regime a result was checked under, why, and any warning that the rule data may predate the law.</summary>
internal static class RegimeLines
{
    public static void Write(TextWriter output, EligibilityResult result, Language language)
    {
        output.WriteLine($"{Pick(language, "Chế độ pháp lý", "Regime")}: {result.RegimeId} ({Pick(language, "phiên bản dữ liệu quy tắc", "rule data version")} {result.RuleDataVersion})");
        if (result.Selection is not RegimeSelection selection)
        {
            return;
        }

        output.WriteLine($"{Pick(language, "Lý do chọn", "Why")}: {selection.Reason.Get(language)}");
        foreach (var warning in selection.Warnings)
        {
            output.WriteLine($"⚠ {Pick(language, "Cảnh báo", "Warning")}: {warning.Get(language)}");
        }
    }

    /// <summary>With JSON on standard output, the warnings also go to standard error, so that a reader of the terminal sees them.</summary>
    public static void WarnOnError(TextWriter error, RegimeSelection? selection, Language language)
    {
        foreach (var warning in selection?.Warnings ?? Array.Empty<LocalizedText>())
        {
            error.WriteLine("thidua: warning: " + TerminalText.Sanitize(warning.Get(language)));
        }
    }
}
