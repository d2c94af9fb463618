using Xunit;

namespace ThiDua.Rules.Tests.Snapshots;

/// <summary>
/// Counts taken by hand from the rule files: an award's own rules plus those of the shared groups it includes
/// (vn-2013: advanced-standard 12, general 2, annual 1, title-bases 1; vn-2013-nd65: advanced-standard 13, general 1,
/// annual 1, title-bases 1; vn-2013-nd42: advanced-standard 8, annual 1, title-bases 1).
/// </summary>
public sealed class CatalogCountTests
{
    [Fact]
    public void Regimes_Embedded_AreThe2013LawLayersAndThe2022LawRegimesInDateOrder()
    {
        Assert.Equal(new[] { "vn-2013-nd42", "vn-2013-nd65", "vn-2013", "vn-2022", "vn-2022-nd152" }, ThiDuaRules.Default.Catalog.Regimes.Select(r => r.Id));
    }

    [Theory]
    [InlineData("vn-2013-nd42", false)]
    [InlineData("vn-2013-nd65", true)]
    public void GetAwards_EarlierLayers_HaveTheFiveIndividualTitlesThenTheLawsCollectiveTitles(string regimeId, bool listRules)
    {
        var codes = ThiDuaRules.Default.Catalog.GetAwards(regimeId).Select(a => a.Code);

        var expected = new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC", "TTLDTT", "DVTT", "TTLDXS", "DVQT", "CO_THI_DUA_BO_TINH", "CO_THI_DUA_CP" };
        // Decree 65/2014's layer also carries the forms added for issue 11: the certificates and Labour Orders, then the State orders, medal and title.
        var nd65Forms = new[] { "BK_BO_TINH", "BK_TTG", "HCLD_HANG_BA", "HCLD_HANG_NHI", "HCLD_HANG_NHAT", "HC_SAO_VANG", "HC_HO_CHI_MINH", "HC_DOC_LAP_HANG_NHAT", "HC_DOC_LAP_HANG_NHI", "HC_DOC_LAP_HANG_BA", "HC_DUNG_CAM", "HC_HUU_NGHI", "HCH_HUU_NGHI", "ANH_HUNG_LAO_DONG", "NSUT", "NSND", "HC_QUAN_CONG_HANG_NHAT", "HC_QUAN_CONG_HANG_NHI", "HC_QUAN_CONG_HANG_BA", "HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BAO_VE_TO_QUOC_HANG_BA", "HC_CHIEN_CONG_HANG_NHAT", "HC_CHIEN_CONG_HANG_NHI", "HC_CHIEN_CONG_HANG_BA", "HC_DAI_DOAN_KET_DAN_TOC", "HCH_QUAN_KY_QUYET_THANG", "HCH_VI_AN_NINH_TO_QUOC", "HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CHIEN_SI_VE_VANG_HANG_BA", "ANH_HUNG_LLVTND", "BA_ME_VNAH", "TTUT", "TTND" };
        // Decree 42/2010's layer carries the forms that rest on the Law's articles alone (areas Honours2013, Forms2013).
        var nd42Forms = new[] { "BK_BO_TINH", "BK_TTG", "HCLD_HANG_BA", "HCLD_HANG_NHI", "HCLD_HANG_NHAT", "HC_SAO_VANG", "HC_HO_CHI_MINH", "HC_DOC_LAP_HANG_NHAT", "HC_DOC_LAP_HANG_NHI", "HC_DOC_LAP_HANG_BA", "HC_DUNG_CAM", "HC_HUU_NGHI", "HCH_HUU_NGHI", "ANH_HUNG_LAO_DONG", "HC_QUAN_CONG_HANG_NHAT", "HC_QUAN_CONG_HANG_NHI", "HC_QUAN_CONG_HANG_BA", "HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BAO_VE_TO_QUOC_HANG_BA", "HC_CHIEN_CONG_HANG_NHAT", "HC_CHIEN_CONG_HANG_NHI", "HC_CHIEN_CONG_HANG_BA", "HC_DAI_DOAN_KET_DAN_TOC", "HCH_QUAN_KY_QUYET_THANG", "HCH_VI_AN_NINH_TO_QUOC", "HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CHIEN_SI_VE_VANG_HANG_BA", "ANH_HUNG_LLVTND", "BA_ME_VNAH" };
        Assert.Equal(listRules ? expected.Append("NOMINATION_LIST").Concat(nd65Forms) : expected.Concat(nd42Forms), codes);
    }

    [Theory]
    [InlineData("vn-2022")]
    [InlineData("vn-2022-nd152")]
    public void GetAwards_2022LawRegimes_HaveTheIndividualTitlesThenCollectiveCultureTitlesThenForms(string regimeId)
    {
        var codes = ThiDuaRules.Default.Catalog.GetAwards(regimeId).Select(a => a.Code);

        Assert.Equal(new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC", "TTLDXS", "DVQT", "TTLDTT", "DVTT", "CO_THI_DUA_BO_TINH", "CO_THI_DUA_CP", "XA_TIEU_BIEU", "GDVH", "KDCVH", "NOMINATION_LIST", "BK_BO_TINH", "BK_TTG", "HCLD_HANG_BA", "HCLD_HANG_NHI", "GIAY_KHEN", "HCLD_HANG_NHAT", "HC_HUU_NGHI", "HC_HO_CHI_MINH", "HCH_HUU_NGHI", "HC_DOC_LAP_HANG_NHAT", "HCH_QUAN_KY_QUYET_THANG", "HCH_VI_AN_NINH_TO_QUOC", "HC_SAO_VANG", "HC_QUAN_CONG_HANG_NHAT", "HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_CHIEN_CONG_HANG_NHAT", "HC_DUNG_CAM", "HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CHIEN_SI_VE_VANG_HANG_BA", "ANH_HUNG_LLVTND", "NGUT", "NGND", "NSND", "NSUT", "TTUT", "TTND", "NNND" }, codes);
    }

    /// <summary>
    /// Collective titles: the award's own rules plus collective-excellent (2013 Law 6, 2022 Law 4) or
    /// collective-advanced (3), general (vn-2022*: 2, vn-2013-nd65: 1, vn-2013-nd42: none) and annual (1). The 2022
    /// flags: their own rules (Government 8, ministry/province 6, each with its own annual rule) plus general (2). The
    /// model commune: its own 9 rules (commune unit, leadership, five Điều 29 standards, provincial standard, annual) plus general (2).
    /// </summary>
    [Theory]
    [InlineData("vn-2022", "TTLDXS", 10)]
    [InlineData("vn-2022", "TTLDTT", 9)]
    [InlineData("vn-2022-nd152", "TTLDXS", 10)]
    [InlineData("vn-2022-nd152", "TTLDTT", 9)]
    [InlineData("vn-2022", "DVQT", 9)]
    [InlineData("vn-2022", "DVTT", 5)]
    [InlineData("vn-2022-nd152", "DVQT", 9)]
    [InlineData("vn-2022-nd152", "DVTT", 5)]
    [InlineData("vn-2022", "CO_THI_DUA_CP", 12)]
    [InlineData("vn-2022", "CO_THI_DUA_BO_TINH", 8)]
    [InlineData("vn-2022-nd152", "CO_THI_DUA_CP", 12)]
    [InlineData("vn-2022-nd152", "CO_THI_DUA_BO_TINH", 8)]
    [InlineData("vn-2022", "XA_TIEU_BIEU", 11)]
    [InlineData("vn-2022-nd152", "XA_TIEU_BIEU", 11)]
    [InlineData("vn-2013-nd65", "TTLDXS", 11)]
    [InlineData("vn-2013-nd65", "DVQT", 11)]
    [InlineData("vn-2013-nd65", "TTLDTT", 8)]
    [InlineData("vn-2013-nd65", "DVTT", 7)]
    [InlineData("vn-2013-nd42", "TTLDXS", 10)]
    [InlineData("vn-2013-nd42", "DVQT", 10)]
    [InlineData("vn-2013-nd42", "TTLDTT", 7)]
    [InlineData("vn-2013-nd42", "DVTT", 6)]
    [InlineData("vn-2013-nd65", "NOMINATION_LIST", 3)]
    [InlineData("vn-2013-nd65", "CO_THI_DUA_BO_TINH", 8)]
    [InlineData("vn-2013-nd65", "CO_THI_DUA_CP", 8)]
    [InlineData("vn-2013-nd42", "CO_THI_DUA_BO_TINH", 7)]
    [InlineData("vn-2013-nd42", "CO_THI_DUA_CP", 7)]
    public void GetAward_CollectiveTitlesInOtherRegimes_HaveTheConditionCountOfTheirRuleFiles(string regimeId, string code, int conditions)
    {
        Assert.Equal(conditions, ThiDuaRules.Default.Catalog.GetAward(regimeId, code).Conditions.Count);
    }

    /// <summary>Each form's own rules plus the general group's (vn-2013 and the 2022 regimes: 2; vn-2013-nd65: 1).</summary>
    [Theory]
    [InlineData("vn-2013", "BK_TTG", 9)]
    [InlineData("vn-2013", "BK_BO_TINH", 6)]
    [InlineData("vn-2013", "HCLD_HANG_BA", 9)]
    [InlineData("vn-2013", "HCLD_HANG_NHI", 7)]
    [InlineData("vn-2013", "HCLD_HANG_NHAT", 9)]
    [InlineData("vn-2013-nd65", "BK_BO_TINH", 6)]
    [InlineData("vn-2013-nd65", "BK_TTG", 8)]
    [InlineData("vn-2013-nd65", "HCLD_HANG_BA", 15)]
    [InlineData("vn-2013-nd65", "HCLD_HANG_NHI", 16)]
    [InlineData("vn-2013-nd65", "HCLD_HANG_NHAT", 19)]
    [InlineData("vn-2013", "HC_DUNG_CAM", 4)]
    [InlineData("vn-2013", "HC_DOC_LAP_HANG_BA", 3)]
    [InlineData("vn-2013", "HCH_HUU_NGHI", 4)]
    [InlineData("vn-2013-nd65", "HC_DUNG_CAM", 2)]
    [InlineData("vn-2013-nd65", "HCH_HUU_NGHI", 4)]
    [InlineData("vn-2013-nd42", "BK_BO_TINH", 4)]
    [InlineData("vn-2013-nd42", "BK_TTG", 1)]
    [InlineData("vn-2013-nd42", "HCH_HUU_NGHI", 2)]
    [InlineData("vn-2013-nd42", "HCH_QUAN_KY_QUYET_THANG", 2)]
    [InlineData("vn-2013-nd42", "HCLD_HANG_BA", 5)]
    [InlineData("vn-2013-nd42", "HCLD_HANG_NHAT", 7)]
    [InlineData("vn-2022", "HC_DOC_LAP_HANG_NHAT", 4)]
    [InlineData("vn-2022", "HCH_QUAN_KY_QUYET_THANG", 5)]
    [InlineData("vn-2022-nd152", "HCH_VI_AN_NINH_TO_QUOC", 3)]
    [InlineData("vn-2022", "HC_SAO_VANG", 5)]
    [InlineData("vn-2022", "BK_BO_TINH", 8)]
    [InlineData("vn-2022", "BK_TTG", 10)]
    [InlineData("vn-2022", "HCLD_HANG_BA", 10)]
    [InlineData("vn-2022", "HCLD_HANG_NHI", 13)]
    [InlineData("vn-2022-nd152", "BK_BO_TINH", 8)]
    [InlineData("vn-2022", "GIAY_KHEN", 4)]
    [InlineData("vn-2022", "HCLD_HANG_NHAT", 3)]
    [InlineData("vn-2022", "HC_HUU_NGHI", 6)]
    [InlineData("vn-2022", "HC_HO_CHI_MINH", 4)]
    [InlineData("vn-2022", "HCH_HUU_NGHI", 4)]
    [InlineData("vn-2022-nd152", "BK_TTG", 10)]
    [InlineData("vn-2022-nd152", "HCLD_HANG_BA", 10)]
    [InlineData("vn-2022-nd152", "HCLD_HANG_NHI", 13)]
    [InlineData("vn-2022-nd152", "GIAY_KHEN", 4)]
    [InlineData("vn-2022-nd152", "HCLD_HANG_NHAT", 3)]
    [InlineData("vn-2022-nd152", "HC_HUU_NGHI", 6)]
    [InlineData("vn-2022-nd152", "HC_HO_CHI_MINH", 4)]
    [InlineData("vn-2022-nd152", "HCH_HUU_NGHI", 4)]
    public void GetAward_FormsOfCommendation_HaveTheConditionCountOfTheirRuleFiles(string regimeId, string code, int conditions)
    {
        Assert.Equal(conditions, ThiDuaRules.Default.Catalog.GetAward(regimeId, code).Conditions.Count);
    }

    /// <summary>Each State honorary title's own rules (its two routes' included) plus the two of the general group.</summary>
    [Theory]
    [InlineData("vn-2013", "NGUT", 11)]
    [InlineData("vn-2013", "NGND", 10)]
    [InlineData("vn-2013", "NSUT", 6)]
    [InlineData("vn-2013", "NSND", 7)]
    [InlineData("vn-2013-nd65", "NSUT", 5)]
    [InlineData("vn-2013-nd65", "NSND", 6)]
    [InlineData("vn-2013", "ANH_HUNG_LLVTND", 3)]
    [InlineData("vn-2013", "NNUT", 4)]
    [InlineData("vn-2013-nd65", "TTUT", 3)]
    [InlineData("vn-2013-nd42", "BA_ME_VNAH", 1)]
    public void GetAward_HonoraryTitles_HaveTheConditionCountOfTheirRuleFiles(string regimeId, string code, int conditions)
    {
        Assert.Equal(conditions, ThiDuaRules.Default.Catalog.GetAward(regimeId, code).Conditions.Count);
    }

    [Fact]
    public void GetAwards_Vn2013_HasItsAwardsAndListRulesInCatalogueOrder()
    {
        var codes = ThiDuaRules.Default.Catalog.GetAwards("vn-2013").Select(a => a.Code);

        Assert.Equal(new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC", "TTLDTT", "DVTT", "TTLDXS", "DVQT", "CO_THI_DUA_BO_TINH", "CO_THI_DUA_CP", "NOMINATION_LIST", "GDVH", "KDCVH", "BK_TTG", "BK_BO_TINH", "HCLD_HANG_BA", "HCLD_HANG_NHI", "HCLD_HANG_NHAT", "HC_SAO_VANG", "HC_HO_CHI_MINH", "HC_DOC_LAP_HANG_NHAT", "HC_DOC_LAP_HANG_NHI", "HC_DOC_LAP_HANG_BA", "HC_DUNG_CAM", "HC_HUU_NGHI", "HCH_HUU_NGHI", "ANH_HUNG_LAO_DONG", "NGUT", "NGND", "NSUT", "NSND", "HC_QUAN_CONG_HANG_NHAT", "HC_QUAN_CONG_HANG_NHI", "HC_QUAN_CONG_HANG_BA", "HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BAO_VE_TO_QUOC_HANG_BA", "HC_CHIEN_CONG_HANG_NHAT", "HC_CHIEN_CONG_HANG_NHI", "HC_CHIEN_CONG_HANG_BA", "HC_DAI_DOAN_KET_DAN_TOC", "HCH_QUAN_KY_QUYET_THANG", "HCH_VI_AN_NINH_TO_QUOC", "HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CHIEN_SI_VE_VANG_HANG_BA", "ANH_HUNG_LLVTND", "BA_ME_VNAH", "TTUT", "TTND", "NNUT", "NNND" }, codes);
    }

    [Theory]
    [InlineData("vn-2013-nd65", "LDTT", 17)]
    [InlineData("vn-2013-nd65", "CSTT", 17)]
    [InlineData("vn-2013-nd65", "CSTDCS", 5)]
    [InlineData("vn-2013-nd65", "CSTD_BO_TINH", 5)]
    [InlineData("vn-2013-nd65", "CSTD_TOAN_QUOC", 7)]
    [InlineData("vn-2013-nd42", "LDTT", 11)]
    [InlineData("vn-2013-nd42", "CSTT", 11)]
    [InlineData("vn-2013-nd42", "CSTDCS", 4)]
    [InlineData("vn-2013-nd42", "CSTD_BO_TINH", 4)]
    [InlineData("vn-2013-nd42", "CSTD_TOAN_QUOC", 3)]
    public void GetAward_EarlierLayers_HaveTheConditionCountOfTheirRuleFiles(string regimeId, string code, int conditions)
    {
        Assert.Equal(conditions, ThiDuaRules.Default.Catalog.GetAward(regimeId, code).Conditions.Count);
    }

    [Theory]
    [InlineData("LDTT", 17)]
    [InlineData("CSTT", 17)]
    [InlineData("CSTDCS", 6)]
    [InlineData("CSTD_BO_TINH", 8)]
    [InlineData("CSTD_TOAN_QUOC", 8)]
    [InlineData("TTLDTT", 9)]
    [InlineData("DVTT", 8)]
    [InlineData("TTLDXS", 12)]
    [InlineData("DVQT", 12)]
    [InlineData("CO_THI_DUA_BO_TINH", 9)]
    [InlineData("CO_THI_DUA_CP", 9)]
    [InlineData("NOMINATION_LIST", 5)]
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
