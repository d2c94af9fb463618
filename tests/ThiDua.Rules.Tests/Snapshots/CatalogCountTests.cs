using Xunit;

namespace ThiDua.Rules.Tests.Snapshots;

/// <summary>
/// Counts taken by hand from the rule files: an award's own rules plus those of the shared groups it includes
/// (advanced-standard 10, general 2, annual 1).
/// </summary>
public sealed class CatalogCountTests
{
    [Fact]
    public void Regimes_Embedded_AreExactlyVn2013()
    {
        Assert.Equal(new[] { "vn-2013" }, ThiDuaRules.Default.Catalog.Regimes.Select(r => r.Id));
    }

    [Fact]
    public void GetAwards_Vn2013_HasItsAwardsAndListRulesInCatalogueOrder()
    {
        var codes = ThiDuaRules.Default.Catalog.GetAwards("vn-2013").Select(a => a.Code);

        Assert.Equal(new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC", "TTLDTT", "DVTT", "TTLDXS", "DVQT", "CO_THI_DUA_BO_TINH", "CO_THI_DUA_CP", "NOMINATION_LIST" }, codes);
    }

    [Theory]
    [InlineData("LDTT", 14)]
    [InlineData("CSTT", 14)]
    [InlineData("CSTDCS", 5)]
    [InlineData("CSTD_BO_TINH", 7)]
    [InlineData("CSTD_TOAN_QUOC", 7)]
    [InlineData("TTLDTT", 9)]
    [InlineData("DVTT", 8)]
    [InlineData("TTLDXS", 12)]
    [InlineData("DVQT", 12)]
    [InlineData("CO_THI_DUA_BO_TINH", 9)]
    [InlineData("CO_THI_DUA_CP", 9)]
    [InlineData("NOMINATION_LIST", 4)]
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
