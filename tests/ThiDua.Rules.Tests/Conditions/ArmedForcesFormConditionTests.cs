using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;
using static ThiDua.Rules.Tests.Conditions.CouncilFindings;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// The armed-forces orders and medals of the 2013 Law's layers (issue 11): Huân chương Quân công, Bảo vệ Tổ quốc,
/// Chiến công, Đại đoàn kết dân tộc; Huy chương Chiến sĩ vẻ vang, Quân kỳ quyết thắng, Vì an ninh Tổ quốc. The dossier
/// holds no armed-forces service record, so every condition is a council finding: met when the council gives it, not
/// met when it withholds it, Unknown without it. Decree 91/2017 (vn-2013, calendar 2019) and Decree 65/2014
/// (vn-2013-nd65, calendar 2016).
/// </summary>
public sealed class ArmedForcesFormConditionTests
{
    private const string Nd91 = "vn-2013";
    private const string Nd65 = "vn-2013-nd65";

    private static readonly (string Award, string Id, string Fact, Cite[] Cites)[] Decree91Rows =
    {
        ("HC_QUAN_CONG_HANG_NHAT", "HC_QC1_13.STANDARD", "MetMilitaryExploitFirstClassLawStandard", new Cite[] { new("LAW_39_2013", 1, 15) }),
        ("HC_QUAN_CONG_HANG_NHI", "HC_QC2_13.STANDARD", "MetMilitaryExploitSecondClassLawStandard", new Cite[] { new("LAW_39_2013", 1) }),
        ("HC_QUAN_CONG_HANG_BA", "HC_QC3_13.STANDARD", "MetMilitaryExploitThirdClassLawStandard", new Cite[] { new("LAW_39_2013", 1, 17) }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BVTQ1_13.STANDARD", "MetFatherlandDefenceFirstClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BVTQ2_13.STANDARD", "MetFatherlandDefenceSecondClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_BAO_VE_TO_QUOC_HANG_BA", "HC_BVTQ3_13.STANDARD", "MetFatherlandDefenceThirdClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_CHIEN_CONG_HANG_NHAT", "HC_CC1_13.STANDARD", "MetFeatOfArmsFirstClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_CHIEN_CONG_HANG_NHI", "HC_CC2_13.STANDARD", "MetFeatOfArmsSecondClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_CHIEN_CONG_HANG_BA", "HC_CC3_13.STANDARD", "MetFeatOfArmsThirdClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_DAI_DOAN_KET_DAN_TOC", "HC_DDKDT13.STANDARD", "MetGreatNationalUnityOrderStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CSVV1_13.STANDARD", "MetGloriousFighterFirstClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c") }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CSVV2_13.STANDARD", "MetGloriousFighterSecondClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c") }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_BA", "HCH_CSVV3_13.STANDARD", "MetGloriousFighterThirdClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c") }),
        ("HCH_QUAN_KY_QUYET_THANG", "HCH_QKQT13.D54.ARMY_PERSONNEL", "PeoplesArmyPersonnel", new Cite[] { new("LAW_15_2003", 54) }),
        ("HCH_QUAN_KY_QUYET_THANG", "HCH_QKQT13.D54.STANDARD", "MetVictoryBannerMedal2013Standard", new Cite[] { new("LAW_15_2003", 54) }),
        ("HCH_VI_AN_NINH_TO_QUOC", "HCH_VANTQ13.D55.STANDARD", "MetSecurityMedal2013Standard", new Cite[] { new("LAW_15_2003", 55) }),
    };

    private static readonly (string Award, string Id, string Fact, Cite[] Cites)[] Decree65Rows =
    {
        ("HC_QUAN_CONG_HANG_NHAT", "HC_QC1_65.K1.SERVICE_COMPLIANCE", "ArmedForcesContinuousServiceCompliance", new Cite[] { new("ND65_2014", 12, 1), new("LAW_39_2013", 1, 15) }),
        ("HC_QUAN_CONG_HANG_NHAT", "HC_QC1_65.K1.A.SERVICE_AND_POST", "MilitaryExploitFirstClassServiceRoute", new Cite[] { new("ND65_2014", 12, 1, "a") }),
        ("HC_QUAN_CONG_HANG_NHAT", "HC_QC1_65.K1.B.FEAT", "MilitaryExploitFirstClassFeat", new Cite[] { new("ND65_2014", 12, 1, "b") }),
        ("HC_QUAN_CONG_HANG_NHI", "HC_QC2_65.K1.SERVICE_COMPLIANCE", "ArmedForcesContinuousServiceCompliance", new Cite[] { new("ND65_2014", 13, 1), new("LAW_39_2013", 1) }),
        ("HC_QUAN_CONG_HANG_NHI", "HC_QC2_65.K1.A.SERVICE_AND_POST", "MilitaryExploitSecondClassServiceRoute", new Cite[] { new("ND65_2014", 13, 1, "a") }),
        ("HC_QUAN_CONG_HANG_NHI", "HC_QC2_65.K1.B.FEAT", "MilitaryExploitSecondClassFeat", new Cite[] { new("ND65_2014", 13, 1, "b") }),
        ("HC_QUAN_CONG_HANG_BA", "HC_QC3_65.K1.SERVICE_COMPLIANCE", "ArmedForcesContinuousServiceCompliance", new Cite[] { new("ND65_2014", 14, 1), new("LAW_39_2013", 1, 17) }),
        ("HC_QUAN_CONG_HANG_BA", "HC_QC3_65.K1.A.SERVICE_AND_POST", "MilitaryExploitThirdClassServiceRoute", new Cite[] { new("ND65_2014", 14, 1, "a") }),
        ("HC_QUAN_CONG_HANG_BA", "HC_QC3_65.K1.B.FEAT", "MilitaryExploitThirdClassFeat", new Cite[] { new("ND65_2014", 14, 1, "b") }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BVTQ1_65.K1.ARMED_FORCES_MEMBER", "PeoplesArmedForcesMember", new Cite[] { new("ND65_2014", 18, 1) }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BVTQ1_65.K1.A.EXCEPTIONAL", "FatherlandDefenceFirstClassExceptionalAchievement", new Cite[] { new("ND65_2014", 18, 1, "a") }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BVTQ1_65.K1.B.ACHIEVEMENT_CHAIN", "FatherlandDefenceFirstClassAchievementChain", new Cite[] { new("ND65_2014", 18, 1, "b") }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BVTQ1_65.K1.C.SERVICE_AND_POST", "FatherlandDefenceFirstClassServiceRoute", new Cite[] { new("ND65_2014", 18, 1, "c") }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BVTQ2_65.K1.ARMED_FORCES_MEMBER", "PeoplesArmedForcesMember", new Cite[] { new("ND65_2014", 19, 1) }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BVTQ2_65.K1.A.EXCEPTIONAL", "FatherlandDefenceSecondClassExceptionalAchievement", new Cite[] { new("ND65_2014", 19, 1, "a") }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BVTQ2_65.K1.B.ACHIEVEMENT_CHAIN", "FatherlandDefenceSecondClassAchievementChain", new Cite[] { new("ND65_2014", 19, 1, "b") }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BVTQ2_65.K1.C.SERVICE_AND_POST", "FatherlandDefenceSecondClassServiceRoute", new Cite[] { new("ND65_2014", 19, 1, "c") }),
        ("HC_BAO_VE_TO_QUOC_HANG_BA", "HC_BVTQ3_65.K1.ARMED_FORCES_MEMBER", "PeoplesArmedForcesMember", new Cite[] { new("ND65_2014", 20, 1) }),
        ("HC_BAO_VE_TO_QUOC_HANG_BA", "HC_BVTQ3_65.K1.A.EXCEPTIONAL", "FatherlandDefenceThirdClassExceptionalAchievement", new Cite[] { new("ND65_2014", 20, 1, "a") }),
        ("HC_BAO_VE_TO_QUOC_HANG_BA", "HC_BVTQ3_65.K1.B.ACHIEVEMENT_CHAIN", "FatherlandDefenceThirdClassAchievementChain", new Cite[] { new("ND65_2014", 20, 1, "b") }),
        ("HC_BAO_VE_TO_QUOC_HANG_BA", "HC_BVTQ3_65.K1.C.SERVICE_AND_POST", "FatherlandDefenceThirdClassServiceRoute", new Cite[] { new("ND65_2014", 20, 1, "c") }),
        ("HC_CHIEN_CONG_HANG_NHAT", "HC_CC1_65.STANDARD", "MetFeatOfArmsFirstClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_CHIEN_CONG_HANG_NHI", "HC_CC2_65.STANDARD", "MetFeatOfArmsSecondClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_CHIEN_CONG_HANG_BA", "HC_CC3_65.STANDARD", "MetFeatOfArmsThirdClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_DAI_DOAN_KET_DAN_TOC", "HC_DDKDT65.STANDARD", "MetGreatNationalUnityOrderStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CSVV1_65.STANDARD", "MetGloriousFighterFirstClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c"), new("ND65_2014", 21, 1) }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CSVV2_65.STANDARD", "MetGloriousFighterSecondClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c"), new("ND65_2014", 21, 1), new("ND65_2014", 21, 3) }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_BA", "HCH_CSVV3_65.STANDARD", "MetGloriousFighterThirdClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c"), new("ND65_2014", 21, 1), new("ND65_2014", 21, 2), new("ND65_2014", 21, 3) }),
        ("HCH_QUAN_KY_QUYET_THANG", "HCH_QKQT65.D54.ARMY_PERSONNEL", "PeoplesArmyPersonnel", new Cite[] { new("LAW_15_2003", 54) }),
        ("HCH_QUAN_KY_QUYET_THANG", "HCH_QKQT65.D54.STANDARD", "MetVictoryBannerMedal2013Standard", new Cite[] { new("LAW_15_2003", 54) }),
        ("HCH_VI_AN_NINH_TO_QUOC", "HCH_VANTQ65.D55.STANDARD", "MetSecurityMedal2013Standard", new Cite[] { new("LAW_15_2003", 55) }),
    };

    [Fact]
    [CoversMetAndNotMet("HC_QC1_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_QC2_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_QC3_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_BVTQ1_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_BVTQ2_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_BVTQ3_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_CC1_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_CC2_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_CC3_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_DDKDT13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HCH_CSVV1_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HCH_CSVV2_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HCH_CSVV3_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HCH_QKQT13.D54.ARMY_PERSONNEL", Nd91)]
    [CoversMetAndNotMet("HCH_QKQT13.D54.STANDARD", Nd91)]
    [CoversMetAndNotMet("HCH_VANTQ13.D55.STANDARD", Nd91)]
    public void Decree91Findings_Given_Met_Withheld_NotMet()
        => AssertFindings("2019", Decree91Rows);

    [Fact]
    [CoversMetAndNotMet("HC_QC1_65.K1.SERVICE_COMPLIANCE", Nd65)]
    [CoversMetAndNotMet("HC_QC1_65.K1.A.SERVICE_AND_POST", Nd65)]
    [CoversMetAndNotMet("HC_QC1_65.K1.B.FEAT", Nd65)]
    [CoversMetAndNotMet("HC_QC2_65.K1.SERVICE_COMPLIANCE", Nd65)]
    [CoversMetAndNotMet("HC_QC2_65.K1.A.SERVICE_AND_POST", Nd65)]
    [CoversMetAndNotMet("HC_QC2_65.K1.B.FEAT", Nd65)]
    [CoversMetAndNotMet("HC_QC3_65.K1.SERVICE_COMPLIANCE", Nd65)]
    [CoversMetAndNotMet("HC_QC3_65.K1.A.SERVICE_AND_POST", Nd65)]
    [CoversMetAndNotMet("HC_QC3_65.K1.B.FEAT", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ1_65.K1.ARMED_FORCES_MEMBER", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ1_65.K1.A.EXCEPTIONAL", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ1_65.K1.B.ACHIEVEMENT_CHAIN", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ1_65.K1.C.SERVICE_AND_POST", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ2_65.K1.ARMED_FORCES_MEMBER", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ2_65.K1.A.EXCEPTIONAL", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ2_65.K1.B.ACHIEVEMENT_CHAIN", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ2_65.K1.C.SERVICE_AND_POST", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ3_65.K1.ARMED_FORCES_MEMBER", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ3_65.K1.A.EXCEPTIONAL", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ3_65.K1.B.ACHIEVEMENT_CHAIN", Nd65)]
    [CoversMetAndNotMet("HC_BVTQ3_65.K1.C.SERVICE_AND_POST", Nd65)]
    [CoversMetAndNotMet("HC_CC1_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_CC2_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_CC3_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_DDKDT65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HCH_CSVV1_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HCH_CSVV2_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HCH_CSVV3_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HCH_QKQT65.D54.ARMY_PERSONNEL", Nd65)]
    [CoversMetAndNotMet("HCH_QKQT65.D54.STANDARD", Nd65)]
    [CoversMetAndNotMet("HCH_VANTQ65.D55.STANDARD", Nd65)]
    public void Decree65Findings_Given_Met_Withheld_NotMet()
        => AssertFindings("2016", Decree65Rows);

    [Theory]
    [InlineData("2019", Nd91)]
    [InlineData("2016", Nd65)]
    public void EveryArmedForcesForm_NoFindings_NeedsInformationNeverEligible(string period, string regime)
    {
        var rows = regime == Nd91 ? Decree91Rows : Decree65Rows;
        foreach (var award in rows.Select(r => r.Award).Distinct())
        {
            var result = Check(award, DossierBuilder.CivilServant(period).WithAttestations(_ => new CouncilAttestations()));

            Assert.Equal(regime, result.RegimeId);
            Assert.True(result.Verdict == Verdict.NeedsInformation, $"{regime} {award}: expected NeedsInformation without findings, got {result.Verdict}");
        }
    }

    [Theory]
    [InlineData("HC_BAO_VE_TO_QUOC_HANG_BA", "FatherlandDefenceThirdClass")]
    [InlineData("HC_BAO_VE_TO_QUOC_HANG_NHI", "FatherlandDefenceSecondClass")]
    [InlineData("HC_BAO_VE_TO_QUOC_HANG_NHAT", "FatherlandDefenceFirstClass")]
    public void FatherlandDefenceOrder_Decree65_AnyOnePointSuffices_NoneIsNotEligible(string award, string prefix)
    {
        string[] points = { prefix + "ExceptionalAchievement", prefix + "AchievementChain", prefix + "ServiceRoute" };
        foreach (var point in points)
        {
            var only = Check(award, DossierBuilder.CivilServant("2016").WithAttestations(_ => Findings(points.Append("PeoplesArmedForcesMember"), f => f == point || f == "PeoplesArmedForcesMember")));
            Assert.True(only.Verdict == Verdict.Eligible, $"{award}: {point} alone should suffice, got {only.Verdict}");
        }

        var none = Check(award, DossierBuilder.CivilServant("2016").WithAttestations(_ => Findings(points.Append("PeoplesArmedForcesMember"), f => f == "PeoplesArmedForcesMember")));
        var notMember = Check(award, DossierBuilder.CivilServant("2016").WithAttestations(_ => Findings(points.Append("PeoplesArmedForcesMember"), f => f != "PeoplesArmedForcesMember")));

        Assert.Equal(Verdict.NotEligible, none.Verdict);
        Assert.Equal(Verdict.NotEligible, notMember.Verdict);
    }

    [Fact]
    public void MilitaryExploitOrder_Decree65_FeatWithoutContinuousServiceIsNotEligible_ServiceRouteAloneIs()
    {
        string[] facts = { "ArmedForcesContinuousServiceCompliance", "MilitaryExploitThirdClassServiceRoute", "MilitaryExploitThirdClassFeat" };
        var feat = Check("HC_QUAN_CONG_HANG_BA", DossierBuilder.CivilServant("2016").WithAttestations(_ => Findings(facts, f => f != "ArmedForcesContinuousServiceCompliance")));
        var serviceOnly = Check("HC_QUAN_CONG_HANG_BA", DossierBuilder.CivilServant("2016").WithAttestations(_ => Findings(facts, f => f != "MilitaryExploitThirdClassFeat")));

        Assert.Equal(Verdict.NotEligible, feat.Verdict);
        Assert.Equal(Verdict.Eligible, serviceOnly.Verdict);
    }

    [Fact]
    public void MilitaryExploitOrder_ThirdClassFinding_DoesNotOpenTheFirstClass()
    {
        var result = Check("HC_QUAN_CONG_HANG_NHAT", DossierBuilder.CivilServant("2016").WithAttestations(a => a with
        {
            ArmedForcesContinuousServiceCompliance = true,
            MilitaryExploitThirdClassServiceRoute = true,
            MilitaryExploitThirdClassFeat = true,
        }));

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
    }
}
