using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;
using static ThiDua.Rules.Tests.Conditions.CouncilFindings;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Area Forms2013 (issue 11): the forms added to vn-2013-nd42 (periods ending 2014-06-01 to 2014-08-19) on the Law's
/// articles alone, since Decree 42/2010 could not be read: the Prime Minister's Certificate of Merit, the Friendship
/// Medal and the armed-forces orders and medals that vn-2013 and vn-2013-nd65 already carry. Every condition is a council
/// finding: met when the council gives it, not met when it withholds it, Unknown without it.
/// </summary>
public sealed class Forms2013ConditionTests
{
    private const string Nd42 = "vn-2013-nd42";
    private const string SchoolYear2014 = "2013-2014@08";

    private static readonly (string Award, string Id, string Fact, Cite[] Cites)[] Nd42Rows =
    {
        ("BK_TTG", "BK_TTG42.STANDARD", "MetPrimeMinisterCertificateLawStandard", new Cite[] { new("LAW_15_2003", 70) }),
        ("HCH_HUU_NGHI", "HCH_HUU_NGHI42.FOREIGN_CONTRIBUTION", "ForeignerContributedToVietnam", new Cite[] { new("LAW_15_2003", 52) }),
        ("HCH_HUU_NGHI", "HCH_HUU_NGHI42.DETAILED_STANDARD", "MetFriendshipMedalGuidingStandard", new Cite[] { new("LAW_15_2003", 53, 1, "d") }),
        ("HC_QUAN_CONG_HANG_NHAT", "HC_QC1_42.STANDARD", "MetMilitaryExploitFirstClassLawStandard", new Cite[] { new("LAW_39_2013", 1, 15) }),
        ("HC_QUAN_CONG_HANG_NHI", "HC_QC2_42.STANDARD", "MetMilitaryExploitSecondClassLawStandard", new Cite[] { new("LAW_39_2013", 1) }),
        ("HC_QUAN_CONG_HANG_BA", "HC_QC3_42.STANDARD", "MetMilitaryExploitThirdClassLawStandard", new Cite[] { new("LAW_39_2013", 1, 17) }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHAT", "HC_BVTQ1_42.STANDARD", "MetFatherlandDefenceFirstClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_BAO_VE_TO_QUOC_HANG_NHI", "HC_BVTQ2_42.STANDARD", "MetFatherlandDefenceSecondClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_BAO_VE_TO_QUOC_HANG_BA", "HC_BVTQ3_42.STANDARD", "MetFatherlandDefenceThirdClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_CHIEN_CONG_HANG_NHAT", "HC_CC1_42.STANDARD", "MetFeatOfArmsFirstClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_CHIEN_CONG_HANG_NHI", "HC_CC2_42.STANDARD", "MetFeatOfArmsSecondClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_CHIEN_CONG_HANG_BA", "HC_CC3_42.STANDARD", "MetFeatOfArmsThirdClassStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_DAI_DOAN_KET_DAN_TOC", "HC_DDKDT42.STANDARD", "MetGreatNationalUnityOrderStandard", new Cite[] { new("LAW_15_2003", 33) }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_NHAT", "HCH_CSVV1_42.STANDARD", "MetGloriousFighterFirstClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c") }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_NHI", "HCH_CSVV2_42.STANDARD", "MetGloriousFighterSecondClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c") }),
        ("HCH_CHIEN_SI_VE_VANG_HANG_BA", "HCH_CSVV3_42.STANDARD", "MetGloriousFighterThirdClassStandard", new Cite[] { new("LAW_15_2003", 53, 1, "c") }),
        ("HCH_QUAN_KY_QUYET_THANG", "HCH_QKQT42.D54.ARMY_PERSONNEL", "PeoplesArmyPersonnel", new Cite[] { new("LAW_15_2003", 54) }),
        ("HCH_QUAN_KY_QUYET_THANG", "HCH_QKQT42.D54.STANDARD", "MetVictoryBannerMedal2013Standard", new Cite[] { new("LAW_15_2003", 54) }),
        ("HCH_VI_AN_NINH_TO_QUOC", "HCH_VANTQ42.D55.STANDARD", "MetSecurityMedal2013Standard", new Cite[] { new("LAW_15_2003", 55), new("ND42_2010", 40, 2) }),
    };

    [Fact]
    [CoversMetAndNotMet("BK_TTG42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HCH_HUU_NGHI42.FOREIGN_CONTRIBUTION", Nd42)]
    [CoversMetAndNotMet("HCH_HUU_NGHI42.DETAILED_STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_QC1_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_QC2_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_QC3_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_BVTQ1_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_BVTQ2_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_BVTQ3_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_CC1_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_CC2_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_CC3_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_DDKDT42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HCH_CSVV1_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HCH_CSVV2_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HCH_CSVV3_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HCH_QKQT42.D54.ARMY_PERSONNEL", Nd42)]
    [CoversMetAndNotMet("HCH_QKQT42.D54.STANDARD", Nd42)]
    [CoversMetAndNotMet("HCH_VANTQ42.D55.STANDARD", Nd42)]
    public void Nd42Findings_Given_Met_Withheld_NotMet()
        => AssertFindings(SchoolYear2014, Nd42Rows);

    [Fact]
    public void EveryNd42Form_NoFindings_NeedsInformationNeverEligible()
    {
        foreach (var award in Nd42Rows.Select(r => r.Award).Distinct())
        {
            var result = Check(award, DossierBuilder.CivilServant(SchoolYear2014).WithAttestations(_ => new CouncilAttestations()));

            Assert.Equal(Nd42, result.RegimeId);
            Assert.True(result.Verdict == Verdict.NeedsInformation, $"{Nd42} {award}: expected NeedsInformation without findings, got {result.Verdict}");
        }
    }

    [Fact]
    public void Nd42PrimeMinisterCertificate_MeritRecordAlone_CountsNothing()
    {
        // Decree 65/2014's merit route (a ministry certificate, five excellent years, five initiatives) is not the nd42 standard:
        // without the council's finding the answer stays open, whatever the dossier holds.
        var result = Check("BK_TTG", DossierBuilder.CivilServant(SchoolYear2014).WithAttestations(a => a with { ExemplaryPolicyCompliance = true }));

        Assert.Equal(Nd42, result.RegimeId);
        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Single(result.Conditions);
    }
}
