using System.Globalization;
using System.Text;

namespace ThiDua.Rules.Tests.Snapshots;

/// <summary>
/// Writes one regime of a catalogue as plain, line-oriented text: every award with every condition id, its
/// formatted citations, the facts it needs and the categories it applies to. The text changes only when the
/// catalogue does, so a diff of it shows what a rule-data change did.
/// </summary>
internal static class CatalogText
{
    public static string Write(IAwardCatalog catalog, string regimeId)
    {
        var regime = catalog.Regimes.Single(r => r.Id == regimeId);
        var text = new StringBuilder();
        Line(text, 0, $"regime {regime.Id}");
        Line(text, 1, $"name.vi: {regime.Name.Vi}");
        Line(text, 1, $"name.en: {regime.Name.En}");
        Line(text, 1, $"dataVersion: {regime.DataVersion}");
        Line(text, 1, $"periodsEnding: {Day(regime.PeriodsEndingFrom)} .. {Day(regime.PeriodsEndingTo)}");
        Line(text, 1, "documents:");
        foreach (var document in regime.Documents)
        {
            var to = document.EffectiveTo is DateTime end ? Day(end) : "open";
            Line(text, 2, $"{document.Id}: {document.ShortName(Language.Vietnamese)} | {document.ShortName(Language.English)} | {document.Kind} | {Day(document.EffectiveFrom)} .. {to}");
        }

        foreach (var award in catalog.GetAwards(regimeId))
        {
            text.Append('\n');
            Line(text, 0, $"award {award.Code}");
            Line(text, 1, $"name.vi: {award.Name.Vi}");
            Line(text, 1, $"name.en: {award.Name.En}");
            Line(text, 1, $"subject: {award.Subject}; category: {award.Category}; cadence: {award.Cadence}");
            Line(text, 1, $"eligibleCategories: {List(award.EligibleCategories.Select(c => c.ToString()), "(all)")}");
            Line(text, 1, $"prerequisites: {List(award.Prerequisites, "(none)")}");
            if (award.Routes != null)
            {
                Line(text, 1, $"routes ({award.Routes.Count}): any one, with the conditions of no route");
                foreach (var route in award.Routes)
                {
                    Line(text, 2, $"{route.Id}: {route.Name.En}");
                    foreach (var citation in route.Citations)
                    {
                        Line(text, 3, $"cites: {citation.Format(Language.Vietnamese)} | {citation.Format(Language.English)}");
                    }
                }
            }

            Line(text, 1, $"conditions ({award.Conditions.Count}):");
            foreach (var condition in award.Conditions)
            {
                Line(text, 2, condition.Id);
                Line(text, 3, $"appliesTo: {List(condition.AppliesTo.Select(c => c.ToString()), "(all)")}");
                if (condition.Route != null)
                {
                    Line(text, 3, $"route: {condition.Route}");
                }

                if (condition.PeriodsEndingFrom is DateTime from && condition.PeriodsEndingTo is DateTime to)
                {
                    Line(text, 3, $"periodsEnding: {Day(from)} .. {Day(to)}");
                }

                Line(text, 3, $"needs: {List(condition.RequiredFacts, "(none)")}");
                if (condition.IsPrerequisite)
                {
                    Line(text, 3, $"prerequisiteAwards: {List(condition.PrerequisiteAwards, "(none)")}");
                }

                foreach (var citation in condition.Citations)
                {
                    Line(text, 3, $"cites: {citation.Format(Language.Vietnamese)} | {citation.Format(Language.English)}");
                }
            }
        }

        return text.ToString();
    }

    private static string List(IEnumerable<string> items, string whenEmpty)
    {
        var list = items.ToList();
        return list.Count == 0 ? whenEmpty : string.Join(", ", list);
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, int indent, string line) => text.Append(' ', indent * 2).Append(line).Append('\n');
}
