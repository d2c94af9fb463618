using Xunit;

namespace ThiDua.Rules.Tests.Snapshots;

/// <summary>
/// Counts taken by hand from the rule files: an award's own rules plus those of the shared groups it includes
/// (advanced-standard 10, general 2, annual 1).
/// </summary>
public sealed class CatalogCountTests
{
    [Fact]
    public void Regimes_Embedded_AreVn2013AndThe2022LawRegimesInDateOrder()
    {
        Assert.Equal(new[] { "vn-2013", "vn-2022", "vn-2022-nd152" }, ThiDuaRules.Default.Catalog.Regimes.Select(r => r.Id));
    }

    [Theory]
    [InlineData("vn-2022")]
    [InlineData("vn-2022-nd152")]
    public void GetAwards_2022LawRegimes_HaveTheFiveIndividualTitles(string regime)
    {
        var codes = ThiDuaRules.Default.Catalog.GetAwards(regime).Select(a => a.Code);

        Assert.Equal(new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC" }, codes);
    }

    [Fact]
    public void GetAwards_Vn2013_HasFiveAwardsInCatalogueOrder()
    {
        var codes = ThiDuaRules.Default.Catalog.GetAwards("vn-2013").Select(a => a.Code);

        Assert.Equal(new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC" }, codes);
    }

    [Theory]
    [InlineData("LDTT", 14)]
    [InlineData("CSTT", 14)]
    [InlineData("CSTDCS", 5)]
    [InlineData("CSTD_BO_TINH", 7)]
    [InlineData("CSTD_TOAN_QUOC", 7)]
    public void GetAward_Vn2013_HasTheConditionCountOfItsRuleFiles(string code, int conditions)
    {
        var award = ThiDuaRules.Default.Catalog.GetAward("vn-2013", code);

        Assert.Equal(conditions, award.Conditions.Count);
    }

    [Theory]
    [InlineData("LDTT", "LDTT.SUBJECT_GROUP", "GEN.NOT_ALREADY_AWARDED")]
    [InlineData("CSTDCS", "CSTDCS.MEETS_ADVANCED_STANDARD", "GEN.NOT_ALREADY_AWARDED")]
    [InlineData("CSTD_TOAN_QUOC", "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", "GEN.AFTER_PREVIOUS_AWARD_PERIOD")]
    public void GetAward_Vn2013_ListsOwnRulesFirstThenIncludedGroups(string code, string first, string last)
    {
        var conditions = ThiDuaRules.Default.Catalog.GetAward("vn-2013", code).Conditions;

        Assert.Equal(first, conditions[0].Id);
        Assert.Equal(last, conditions[^1].Id);
    }
}
