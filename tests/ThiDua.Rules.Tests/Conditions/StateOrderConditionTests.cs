using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;
using static ThiDua.Rules.Tests.Conditions.CouncilFindings;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// The State orders, the Friendship Medal and the Labour Hero title under the 2013 Law's layers (issue 11): every
/// condition is a council finding, met when the council gives it and not met when it withholds it, with its citation.
/// Decree 91/2017 (vn-2013, calendar 2019) and Decree 65/2014 (vn-2013-nd65, calendar 2016).
/// </summary>
public sealed class StateOrderConditionTests
{
    private const string Nd91 = "vn-2013";
    private const string Nd65 = "vn-2013-nd65";

    private static readonly Cite[] Law33 = { new("LAW_15_2003", 33) };
    private static readonly Cite[] Law51 = { new("LAW_15_2003", 51) };
    private static readonly Cite[] Law52 = { new("LAW_15_2003", 52) };
    private static readonly Cite[] LabourHero = { new("LAW_15_2003", 61), new("LAW_39_2013", 1) };

    private static readonly (string Award, string Id, string Fact, Cite[] Cites)[] Decree91Rows =
    {
        ("HC_SAO_VANG", "HC_SAO_VANG13.STANDARD", "MetGoldStarOrderStandard", Law33),
        ("HC_HO_CHI_MINH", "HC_HCM13.STANDARD", "MetHoChiMinhOrderStandard", Law33),
        ("HC_DOC_LAP_HANG_NHAT", "HC_DL1_13.STANDARD", "MetIndependenceOrderFirstClassStandard", Law33),
        ("HC_DOC_LAP_HANG_NHI", "HC_DL2_13.STANDARD", "MetIndependenceOrderSecondClassStandard", Law33),
        ("HC_DOC_LAP_HANG_BA", "HC_DL3_13.STANDARD", "MetIndependenceOrderThirdClassStandard", new Cite[] { new("ND91_2017", 18, 1), new("LAW_15_2003", 38) }),
        ("HC_DUNG_CAM", "HC_DC13.K1.BRAVE_ACT", "BraveActRescue", new Cite[] { new("ND91_2017", 32, 1) }),
        ("HC_DUNG_CAM", "HC_DC13.K2.HEROIC_DEATH", "DiedHeroicallyRescuing", new Cite[] { new("ND91_2017", 32, 2) }),
        ("HC_HUU_NGHI", "HC_HUU_NGHI13.FOREIGN_CONTRIBUTOR", "ForeignFriendshipContributor", Law51),
        ("HC_HUU_NGHI", "HC_HUU_NGHI13.DETAILED_STANDARD", "MetFriendshipOrderStandard", Law51),
        ("HCH_HUU_NGHI", "HCH_HUU_NGHI13.FOREIGN_CONTRIBUTION", "ForeignerContributedToVietnam", Law52),
        ("HCH_HUU_NGHI", "HCH_HUU_NGHI13.DETAILED_STANDARD", "MetFriendshipMedalDetailedStandard", new Cite[] { new("LAW_15_2003", 53, 1, "d") }),
        ("ANH_HUNG_LAO_DONG", "AHLD13.STANDARD", "MetLabourHeroStandard", LabourHero),
    };

    private static readonly (string Award, string Id, string Fact, Cite[] Cites)[] Decree65Rows =
    {
        ("HC_SAO_VANG", "HC_SAO_VANG65.STANDARD", "MetGoldStarOrderStandard", Law33),
        ("HC_HO_CHI_MINH", "HC_HCM65.STANDARD", "MetHoChiMinhOrderStandard", Law33),
        ("HC_DOC_LAP_HANG_NHAT", "HC_DL1_65.STANDARD", "MetIndependenceOrderFirstClassStandard", new Cite[] { new("ND65_2014", 9, 1), new("ND65_2014", 9, 2) }),
        ("HC_DOC_LAP_HANG_NHI", "HC_DL2_65.STANDARD", "MetIndependenceOrderSecondClassStandard", new Cite[] { new("ND65_2014", 10, 1), new("ND65_2014", 10, 2) }),
        ("HC_DOC_LAP_HANG_BA", "HC_DL3_65.STANDARD", "MetIndependenceOrderThirdClassStandard", new Cite[] { new("ND65_2014", 11, 1), new("ND65_2014", 11, 2) }),
        ("HC_DUNG_CAM", "HC_DC65.STANDARD", "MetBraveryOrderStandard", new Cite[] { new("LAW_15_2003", 50) }),
        ("HC_HUU_NGHI", "HC_HUU_NGHI65.FOREIGN_CONTRIBUTOR", "ForeignFriendshipContributor", Law51),
        ("HC_HUU_NGHI", "HC_HUU_NGHI65.DETAILED_STANDARD", "MetFriendshipOrderStandard", Law51),
        ("HCH_HUU_NGHI", "HCH_HUU_NGHI65.FOREIGN_CONTRIBUTION", "ForeignerContributedToVietnam", Law52),
        ("HCH_HUU_NGHI", "HCH_HUU_NGHI65.K1.SOLIDARITY_AND_RESPECT", "FriendshipSolidarityAndRespect", new Cite[] { new("ND65_2014", 22, 1) }),
        ("HCH_HUU_NGHI", "HCH_HUU_NGHI65.K2.COOPERATION", "FriendshipCooperationContribution", new Cite[] { new("ND65_2014", 22, 2) }),
        ("ANH_HUNG_LAO_DONG", "AHLD65.STANDARD", "MetLabourHeroStandard", LabourHero),
    };

    [Fact]
    [CoversMetAndNotMet("HC_SAO_VANG13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_HCM13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_DL1_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_DL2_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_DL3_13.STANDARD", Nd91)]
    [CoversMetAndNotMet("HC_DC13.K1.BRAVE_ACT", Nd91)]
    [CoversMetAndNotMet("HC_DC13.K2.HEROIC_DEATH", Nd91)]
    [CoversMetAndNotMet("HC_HUU_NGHI13.FOREIGN_CONTRIBUTOR", Nd91)]
    [CoversMetAndNotMet("HC_HUU_NGHI13.DETAILED_STANDARD", Nd91)]
    [CoversMetAndNotMet("HCH_HUU_NGHI13.FOREIGN_CONTRIBUTION", Nd91)]
    [CoversMetAndNotMet("HCH_HUU_NGHI13.DETAILED_STANDARD", Nd91)]
    [CoversMetAndNotMet("AHLD13.STANDARD", Nd91)]
    public void Decree91Findings_Given_Met_Withheld_NotMet()
        => AssertFindings("2019", Decree91Rows);

    [Fact]
    [CoversMetAndNotMet("HC_SAO_VANG65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_HCM65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_DL1_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_DL2_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_DL3_65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_DC65.STANDARD", Nd65)]
    [CoversMetAndNotMet("HC_HUU_NGHI65.FOREIGN_CONTRIBUTOR", Nd65)]
    [CoversMetAndNotMet("HC_HUU_NGHI65.DETAILED_STANDARD", Nd65)]
    [CoversMetAndNotMet("HCH_HUU_NGHI65.FOREIGN_CONTRIBUTION", Nd65)]
    [CoversMetAndNotMet("HCH_HUU_NGHI65.K1.SOLIDARITY_AND_RESPECT", Nd65)]
    [CoversMetAndNotMet("HCH_HUU_NGHI65.K2.COOPERATION", Nd65)]
    [CoversMetAndNotMet("AHLD65.STANDARD", Nd65)]
    public void Decree65Findings_Given_Met_Withheld_NotMet()
        => AssertFindings("2016", Decree65Rows);

    [Theory]
    [InlineData("2019", Nd91)]
    [InlineData("2016", Nd65)]
    public void EveryNewForm_NoFindings_NeedsInformationNeverEligible(string period, string regime)
    {
        foreach (var award in Decree91Rows.Select(r => r.Award).Distinct())
        {
            var result = Check(award, DossierBuilder.CivilServant(period).WithAttestations(_ => new CouncilAttestations()));

            Assert.Equal(regime, result.RegimeId);
            Assert.True(result.Verdict == Verdict.NeedsInformation, $"{regime} {award}: expected NeedsInformation without findings, got {result.Verdict}");
        }
    }

    [Fact]
    public void BraveryOrder_Decree91_EitherClauseSuffices()
    {
        var heroicDeathOnly = Check("HC_DUNG_CAM", DossierBuilder.CivilServant("2019").WithAttestations(a => a with { BraveActRescue = false, DiedHeroicallyRescuing = true }));
        var neither = Check("HC_DUNG_CAM", DossierBuilder.CivilServant("2019").WithAttestations(a => a with { BraveActRescue = false, DiedHeroicallyRescuing = false }));

        Assert.Equal(Verdict.Eligible, heroicDeathOnly.Verdict);
        Assert.Equal(Verdict.NotEligible, neither.Verdict);
    }
}
