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
    public void GetAwards_Vn2013_HasFiveAwardsInCatalogueOrder()
    {
        var codes = ThiDuaRules.Default.Catalog.GetAwards("vn-2013").Select(a => a.Code);

        Assert.Equal(new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC" }, codes);
    }

    [Theory]
    [InlineData("LDTT", 17)]
    [InlineData("CSTT", 17)]
    [InlineData("CSTDCS", 6)]
    [InlineData("CSTD_BO_TINH", 8)]
    [InlineData("CSTD_TOAN_QUOC", 8)]
    public void GetAward_Vn2013_HasTheConditionCountOfItsRuleFiles(string code, int conditions)
    {
        var award = ThiDuaRules.Default.Catalog.GetAward("vn-2013", code);

        Assert.Equal(conditions, award.Conditions.Count);
    }

    [Theory]
    [InlineData("LDTT", "LDTT.SUBJECT_GROUP", "GEN.EMULATION_REGISTRATION")]
    [InlineData("CSTDCS", "CSTDCS.MEETS_ADVANCED_STANDARD", "GEN.EMULATION_REGISTRATION")]
    [InlineData("CSTD_TOAN_QUOC", "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", "GEN.EMULATION_REGISTRATION")]
    public void GetAward_Vn2013_ListsOwnRulesFirstThenIncludedGroups(string code, string first, string last)
    {
        var conditions = ThiDuaRules.Default.Catalog.GetAward("vn-2013", code).Conditions;

        Assert.Equal(first, conditions[0].Id);
        Assert.Equal(last, conditions[^1].Id);
    }
}
