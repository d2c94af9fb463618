using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace ThiDua.Rules.Tests.Conventions;

public sealed partial class RuleDataConventionTests
{
    [GeneratedRegex("^[A-Z0-9_]+(\\.[A-Z0-9_]+)+$")]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex("\\{([A-Za-z][A-Za-z0-9]*)\\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void RuleFiles_RuleIds_AreWellFormed()
    {
        var bad = RawRuleFiles.Rules()
            .Select(r => (r.File, Id: (string?)r.Rule["id"]))
            .Where(r => r.Id == null || !RuleIdPattern().IsMatch(r.Id))
            .Select(r => $"{r.File}: '{r.Id}'")
            .ToList();

        Assert.True(bad.Count == 0, "Malformed rule ids:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void RuleFiles_RuleIds_AreUniqueWithinEachRegime()
    {
        var duplicates = RawRuleFiles.Rules()
            .GroupBy(r => (Regime: RawRuleFiles.RegimeOf(r.File), Id: (string?)r.Rule["id"]))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Regime} {g.Key.Id}: {string.Join(", ", g.Select(r => r.File))}")
            .ToList();

        Assert.True(duplicates.Count == 0, "Duplicate rule ids:\n" + string.Join("\n", duplicates));
    }

    [Fact]
    public void RuleFiles_EveryRule_HasACitationAndBothDescriptions()
    {
        var bad = new List<string>();
        foreach (var (file, rule) in RawRuleFiles.Rules())
        {
            var id = (string?)rule["id"];
            if (rule["citations"] is not JsonArray { Count: > 0 })
            {
                bad.Add($"{file} {id}: no citation");
            }

            if (string.IsNullOrWhiteSpace((string?)rule["description"]?["vi"]) || string.IsNullOrWhiteSpace((string?)rule["description"]?["en"]))
            {
                bad.Add($"{file} {id}: description needs vi and en");
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void RuleFiles_EveryVietnameseAndEnglishPair_UsesTheSamePlaceholders()
    {
        var texts = RawRuleFiles.LocalizedTexts().ToList();
        Assert.Contains(texts, t => t.Path.EndsWith(".messages.met", StringComparison.Ordinal));

        var bad = texts
            .Where(t => !Placeholders(t.Vi).SetEquals(Placeholders(t.En)))
            .Select(t => $"{t.File} {t.Path}: vi {{{string.Join(",", Placeholders(t.Vi))}}} en {{{string.Join(",", Placeholders(t.En))}}}")
            .ToList();

        Assert.True(bad.Count == 0, "Placeholder mismatches:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void RuleFiles_EveryRule_HasMetAndNotMetMessagesInBothLanguages()
    {
        var bad = new List<string>();
        foreach (var (file, rule) in RawRuleFiles.Rules())
        {
            foreach (var key in new[] { "met", "notMet" })
            {
                var message = rule["messages"]?[key];
                if (string.IsNullOrWhiteSpace((string?)message?["vi"]) || string.IsNullOrWhiteSpace((string?)message?["en"]))
                {
                    bad.Add($"{file} {(string?)rule["id"]}: messages.{key}");
                }
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Catalog_EveryCondition_HasACitationAndBothDescriptions()
    {
        var catalog = ThiDuaRules.Default.Catalog;
        var conditions = catalog.Regimes.SelectMany(r => catalog.GetAwards(r.Id)).SelectMany(a => a.Conditions).ToList();

        Assert.NotEmpty(conditions);
        Assert.All(conditions, c =>
        {
            Assert.NotEmpty(c.Citations);
            Assert.False(string.IsNullOrWhiteSpace(c.Description.Vi), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Description.En), c.Id);
        });
    }

    [Fact]
    public void Catalog_SharedConditionId_MeansTheSameDefinitionInEveryAward()
    {
        var catalog = ThiDuaRules.Default.Catalog;
        foreach (var regime in catalog.Regimes)
        {
            var byId = catalog.GetAwards(regime.Id).SelectMany(a => a.Conditions).GroupBy(c => c.Id, StringComparer.Ordinal);
            Assert.All(byId, g => Assert.Single(g.Distinct()));
        }
    }

    private static HashSet<string> Placeholders(string text)
        => Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
}
