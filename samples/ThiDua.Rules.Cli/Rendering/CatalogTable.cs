namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>The table view of the catalogue: each regime with its documents, then its awards.</summary>
internal static class CatalogTable
{
    public static void Write(TextWriter output, IAwardCatalog catalog, Language language)
    {
        output = TerminalText.Guard(output);   // dossier text may hold control and bidi characters
        foreach (var regime in catalog.Regimes)
        {
            output.WriteLine($"{Pick(language, "Chế độ pháp lý", "Regime")} {regime.Id}: {regime.Name.Get(language)}");
            output.WriteLine(regime.IsOpenEnded
                ? $"  {Pick(language, "Kỳ đánh giá kết thúc (hoặc ngày xét) từ", "Periods ending (or considered) from")} {Day(regime.PeriodsEndingFrom)}, {Pick(language, "không có ngày kết thúc", "with no end")}"
                : $"  {Pick(language, "Kỳ đánh giá kết thúc (hoặc ngày xét) từ", "Periods ending (or considered) from")} {Day(regime.PeriodsEndingFrom)} {Pick(language, "đến", "to")} {Day(regime.PeriodsEndingTo)}");
            if (regime.KnownCurrentTo is DateTime current)
            {
                output.WriteLine($"  {Pick(language, "Dữ liệu được biết là đúng với pháp luật đến hết", "Data known to reflect the law up to")} {Day(current)}: {regime.CurrencyNote?.Get(language)}");
            }
            output.WriteLine($"  {Pick(language, "Phiên bản dữ liệu quy tắc", "Rule data version")}: {regime.DataVersion}");
            output.WriteLine($"  {Pick(language, "Văn bản", "Documents")}:");
            foreach (var document in regime.Documents)
            {
                var until = document.EffectiveTo is DateTime to ? Day(to) : Pick(language, "nay", "now");
                output.WriteLine($"    - {document.ShortName(language)}: {document.Title.Get(language)} ({Day(document.EffectiveFrom)} – {until})");
            }

            if (regime.Notes != null)
            {
                output.WriteLine($"  {Pick(language, "Ghi chú", "Notes")}: {regime.Notes.Get(language)}");
            }

            var awards = catalog.GetAwards(regime.Id);
            output.WriteLine($"  {Pick(language, "Danh hiệu", "Awards")} ({awards.Count}):");
            var codeWidth = awards.Count == 0 ? 0 : awards.Max(a => a.Code.Length);
            foreach (var award in awards)
            {
                var indent = new string(' ', codeWidth + 6);
                output.WriteLine($"    {award.Code.PadRight(codeWidth)}  {award.Name.Vi} / {award.Name.En}");
                output.WriteLine($"{indent}{Of(award.Subject, language)} · {Of(award.Category, language)} · {Of(award.Cadence, language)} · "
                                 + Pick(language, $"{award.Conditions.Count} điều kiện", $"{award.Conditions.Count} condition(s)")
                                 + $" · {Pick(language, "đối tượng", "for")}: {Categories(award.EligibleCategories, language)}");
            }

            output.WriteLine();
        }
    }
}
