using System.Text.Json;
using ThiDua.Rules.Cli;
using ThiDua.Rules.Cli.Commands;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>--format json</c> writes the library's JSON format, which reads back with <see cref="ThiDuaJson"/>.</summary>
public sealed class JsonOutputTests
{
    [Fact]
    public void Run_CheckJson_ReadsBackAsEligibilityResult()
    {
        var run = CliRun.Of("check", SampleData.Path("eligible-civil-servant.json"), "--award", "CSTDCS", "--year", "2021", "--format", "json");

        run.AssertSucceeded(ExitCodes.Eligible);
        var result = ThiDuaJson.Read<EligibilityResult>(run.Stdout);
        Assert.Equal("CSTDCS", result.Award);
        Assert.Equal("NV-0001", result.DossierId);
        Assert.Equal(AssessmentPeriod.CalendarYear(2021), result.Period);
        Assert.Equal(Verdict.Eligible, result.Verdict);
        var prerequisite = Assert.Single(result.Conditions, c => c.ConditionId == "CSTDCS.MEETS_ADVANCED_STANDARD");
        Assert.Equal("LDTT", prerequisite.Prerequisite?.Award);
    }

    [Fact]
    public void Run_CheckJsonNeedsInformation_CarriesMissingFacts()
    {
        var run = CliRun.Of("check", SampleData.Path("needs-information.json"), "--award", "LDTT", "--year", "2021", "--format", "json");

        run.AssertSucceeded(ExitCodes.NeedsInformation);
        var result = ThiDuaJson.Read<EligibilityResult>(run.Stdout);
        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Contains("disciplines", result.MissingFacts);
    }

    [Fact]
    public void Run_CheckAllJson_IsAnArrayOfResults()
    {
        var run = CliRun.Of("check-all", SampleData.Path("armed-forces-cstt.json"), "--year", "2021", "--format", "json");

        run.AssertSucceeded(ExitCodes.Eligible);
        var results = ThiDuaJson.Read<List<EligibilityResult>>(run.Stdout);
        Assert.Contains(results, r => r.Award == "CSTT" && r.Verdict == Verdict.Eligible);
        Assert.DoesNotContain(results, r => r.Award == "LDTT");
    }

    [Fact]
    public void Run_CatalogJson_ReadsBackAsRegimesAndAwards()
    {
        var run = CliRun.Of("catalog", "--format", "json");

        run.AssertSucceeded(0);
        var catalog = ThiDuaJson.Read<CatalogDocument>(run.Stdout);
        Assert.Equal(new[] { "vn-2013-nd42", "vn-2013-nd65", "vn-2013", "vn-2022", "vn-2022-nd152" }, catalog.Regimes.Select(r => r.Id));
        Assert.Equal(new[] { new DateTime(2014, 6, 1), new DateTime(2014, 8, 20), new DateTime(2017, 10, 1), new DateTime(2024, 1, 1), new DateTime(2025, 7, 1) }, catalog.Regimes.Select(r => r.PeriodsEndingFrom));
        Assert.True(catalog.Regimes[4].IsOpenEnded);
        Assert.Equal(new DateTime(2026, 9, 30), catalog.Regimes[4].KnownCurrentTo);
        var individualTitles = new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC" };
        var collectiveTitlesAndList = new[] { "TTLDTT", "DVTT", "TTLDXS", "DVQT", "CO_THI_DUA_BO_TINH", "CO_THI_DUA_CP", "NOMINATION_LIST" };
        var earlierLayersCollectiveTitles = new[] { "TTLDTT", "DVTT", "TTLDXS", "DVQT", "CO_THI_DUA_BO_TINH", "CO_THI_DUA_CP" };
        var cultureTitles = new[] { "GDVH", "KDCVH" };
        // The State orders, medal and title of issue 11, carried by both the Decree 91/2017 and the Decree 65/2014 layers.
        var stateForms2013 = new[] { "HC_SAO_VANG", "HC_HO_CHI_MINH", "HC_DOC_LAP_HANG_NHAT", "HC_DOC_LAP_HANG_NHI", "HC_DOC_LAP_HANG_BA", "HC_DUNG_CAM", "HC_HUU_NGHI", "HCH_HUU_NGHI", "ANH_HUNG_LAO_DONG" };
        var armedForms2013 = new[] { "HC_QUAN_CONG_HANG_NHAT", "HC_QUAN_CONG_HANG_NHI", "HC_QUAN_CONG_HANG_BA", "HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BAO_VE_TO_QUOC_HANG_BA", "HC_CHIEN_CONG_HANG_NHAT", "HC_CHIEN_CONG_HANG_NHI", "HC_CHIEN_CONG_HANG_BA", "HC_DAI_DOAN_KET_DAN_TOC", "HCH_QUAN_KY_QUYET_THANG", "HCH_VI_AN_NINH_TO_QUOC", "HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CHIEN_SI_VE_VANG_HANG_BA" };
        var vn2013Forms = new[] { "BK_TTG", "BK_BO_TINH", "HCLD_HANG_BA", "HCLD_HANG_NHI", "HCLD_HANG_NHAT" }.Concat(stateForms2013).Concat(new[] { "NGUT", "NGND", "NSUT", "NSND" }).Concat(armedForms2013).Concat(new[] { "ANH_HUNG_LLVTND", "BA_ME_VNAH", "TTUT", "TTND", "NNUT", "NNND" }).ToArray();
        var nd65Forms = new[] { "BK_BO_TINH", "BK_TTG", "HCLD_HANG_BA", "HCLD_HANG_NHI", "HCLD_HANG_NHAT" }.Concat(stateForms2013).Concat(new[] { "NSUT", "NSND" }).Concat(armedForms2013).Concat(new[] { "ANH_HUNG_LLVTND", "BA_ME_VNAH", "TTUT", "TTND" }).ToArray();
        // Decree 42/2010's layer: the forms that rest on the Law's articles alone (areas Honours2013, Forms2013).
        var nd42Forms = new[] { "BK_BO_TINH", "BK_TTG", "HCLD_HANG_BA", "HCLD_HANG_NHI", "HCLD_HANG_NHAT", "HC_SAO_VANG", "HC_HO_CHI_MINH", "HC_DOC_LAP_HANG_NHAT", "HC_DOC_LAP_HANG_NHI", "HC_DOC_LAP_HANG_BA", "HC_DUNG_CAM", "HC_HUU_NGHI", "HCH_HUU_NGHI", "ANH_HUNG_LAO_DONG", "HC_QUAN_CONG_HANG_NHAT", "HC_QUAN_CONG_HANG_NHI", "HC_QUAN_CONG_HANG_BA", "HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BAO_VE_TO_QUOC_HANG_BA", "HC_CHIEN_CONG_HANG_NHAT", "HC_CHIEN_CONG_HANG_NHI", "HC_CHIEN_CONG_HANG_BA", "HC_DAI_DOAN_KET_DAN_TOC", "HCH_QUAN_KY_QUYET_THANG", "HCH_VI_AN_NINH_TO_QUOC", "HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CHIEN_SI_VE_VANG_HANG_BA", "ANH_HUNG_LLVTND", "BA_ME_VNAH" };
        var law2022Awards = new[] { "TTLDXS", "DVQT", "TTLDTT", "DVTT", "CO_THI_DUA_BO_TINH", "CO_THI_DUA_CP", "XA_TIEU_BIEU" }.Concat(cultureTitles).Append("NOMINATION_LIST").Concat(new[] { "BK_BO_TINH", "BK_TTG", "HCLD_HANG_BA", "HCLD_HANG_NHI", "GIAY_KHEN", "HCLD_HANG_NHAT", "HC_HUU_NGHI", "HC_HO_CHI_MINH", "HCH_HUU_NGHI", "HC_DOC_LAP_HANG_NHAT", "HCH_QUAN_KY_QUYET_THANG", "HCH_VI_AN_NINH_TO_QUOC", "HC_SAO_VANG", "HC_QUAN_CONG_HANG_NHAT", "HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_CHIEN_CONG_HANG_NHAT", "HC_DUNG_CAM", "HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CHIEN_SI_VE_VANG_HANG_BA", "ANH_HUNG_LLVTND", "NGUT", "NGND", "NSND", "NSUT", "TTUT", "TTND", "NNND" }).ToArray();
        foreach (var regime in catalog.Regimes)
        {
            var expected = individualTitles.Concat(regime.Id switch
            {
                "vn-2013" => collectiveTitlesAndList.Concat(cultureTitles).Concat(vn2013Forms),
                "vn-2022" or "vn-2022-nd152" => law2022Awards,
                "vn-2013-nd65" => earlierLayersCollectiveTitles.Append("NOMINATION_LIST").Concat(nd65Forms),
                _ => earlierLayersCollectiveTitles.Concat(nd42Forms),
            });
            Assert.Equal(expected, catalog.Awards.Where(a => a.RegimeId == regime.Id).Select(a => a.Code));
        }

        Assert.Equal((5 * individualTitles.Length) + collectiveTitlesAndList.Length + cultureTitles.Length + vn2013Forms.Length + (2 * earlierLayersCollectiveTitles.Length) + 1 + nd65Forms.Length + nd42Forms.Length + (2 * law2022Awards.Length), catalog.Awards.Count);
    }

    [Fact]
    public void Run_ExplainJson_ReadsBackAsAwardDefinition()
    {
        var run = CliRun.Of("explain", "CSTDCS", "--regime", "vn-2013", "--format", "json");

        run.AssertSucceeded(0);
        var award = ThiDuaJson.Read<AwardDefinition>(run.Stdout);
        Assert.Equal("CSTDCS", award.Code);
        Assert.Equal("vn-2013", award.RegimeId);
        Assert.Contains(award.Conditions, c => c.Id == "CSTDCS.UNIT_INITIATIVE" && c.RequiredFacts.Contains("unitInitiatives"));
        Assert.Equal(new[] { "LDTT", "CSTT" }, award.Prerequisites);
    }

    [Fact]
    public void Run_ExplainJson_IsOneJsonObject()
    {
        var run = CliRun.Of("explain", "LDTT", "--format", "json", "--lang", "en");

        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }
}
