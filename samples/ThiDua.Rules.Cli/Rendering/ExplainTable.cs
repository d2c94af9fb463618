namespace ThiDua.Rules.Cli.Rendering;

using static Labels;

/// <summary>The table view of one award's definition: each condition with its citations, facts and notes.</summary>
internal static class ExplainTable
{
    public static void Write(TextWriter output, AwardDefinition award, LegalRegime regime, IAwardCatalog catalog, Language language)
    {
        output = TerminalText.Guard(output);   // dossier text may hold control and bidi characters
        output.WriteLine($"{Pick(language, "Danh hiệu", "Award")}: {award.Name.Get(language)} ({award.Code})");
        output.WriteLine($"{Pick(language, "Chế độ pháp lý", "Regime")}: {regime.Id} ({Pick(language, "phiên bản dữ liệu quy tắc", "rule data version")} {regime.DataVersion})");
        output.WriteLine($"{Pick(language, "Loại", "Kind")}: {Of(award.Subject, language)} · {Of(award.Category, language)} · {Of(award.Cadence, language)}");
        output.WriteLine($"{Pick(language, "Đối tượng", "For")}: {Categories(award.EligibleCategories, language)}");
        if (award.Prerequisites.Count > 0)
        {
            output.WriteLine($"{Pick(language, "Cần đạt tiêu chuẩn của", "Requires the standard of")}: {string.Join(", ", award.Prerequisites)}");
        }

        output.WriteLine();
        output.WriteLine(Pick(language, $"Điều kiện ({award.Conditions.Count}):", $"Conditions ({award.Conditions.Count}):"));
        var number = 0;
        foreach (var condition in award.Conditions)
        {
            number++;
            output.WriteLine();
            output.WriteLine($"{number,2}. {condition.Id}{Origin(condition.Origin, condition.OriginName, language)}");
            output.WriteLine($"    {condition.Description.Get(language)}");
            if (condition.AppliesTo.Count > 0)
            {
                output.WriteLine($"    {Pick(language, "Áp dụng cho", "Applies to")}: {Categories(condition.AppliesTo, language)}");
            }

            if (condition.PeriodsEndingFrom is DateTime from && condition.PeriodsEndingTo is DateTime to)
            {
                output.WriteLine($"    {Pick(language, "Chỉ áp dụng cho kỳ kết thúc", "Only for periods ending")}: {from:yyyy-MM-dd} .. {to:yyyy-MM-dd}");
            }

            output.WriteLine($"    {Pick(language, "Căn cứ", "Citations")}:");
            foreach (var citation in condition.Citations)
            {
                var basis = citation.Basis == null ? string.Empty : $" ({Pick(language, "nguồn kiểm chứng", "basis")}: {citation.Basis})";
                output.WriteLine($"      - {citation.Format(language)}{basis}");
            }

            if (condition.IsPrerequisite)
            {
                output.WriteLine($"    {Pick(language, "Tiêu chuẩn danh hiệu", "Standard of")}: {string.Join(", ", condition.PrerequisiteAwards)}");
            }

            if (condition.RequiredFacts.Count > 0)
            {
                output.WriteLine($"    {Pick(language, "Dữ kiện cần", "Facts needed")}:");
                foreach (var name in condition.RequiredFacts)
                {
                    var described = catalog.TryGetFact(name, out var fact) ? $"{fact.Label.Get(language)} [{fact.DossierField}]" : name;
                    output.WriteLine($"      - {name}: {described}");
                }
            }

            if (condition.Notes != null)
            {
                output.WriteLine($"    {Pick(language, "Ghi chú", "Notes")}: {condition.Notes.Get(language)}");
            }
        }

        output.WriteLine();
        output.WriteLine($"{Pick(language, "Chưa kiểm tra", "Not checked")}: {award.Notes?.Get(language) ?? Pick(language, "(không có ghi chú)", "(no notes)")}");
    }
}
