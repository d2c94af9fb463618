using System.Runtime.CompilerServices;
using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;
using static ThiDua.Rules.Tests.Conditions.CouncilFindings;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Area Honours2013 (issue 11): the State honorary titles added under the 2013 Law's layers (Anh hùng Lực lượng vũ trang
/// nhân dân, Bà mẹ Việt Nam anh hùng, Thầy thuốc ưu tú and nhân dân, Nghệ nhân ưu tú and nhân dân) and the forms of
/// commendation added to vn-2013-nd42, which cite the Law only. Every condition here is a council finding: met when the
/// council gives it, not met when it withholds it, with its citation. The two computed merit conditions of the Labour
/// Order, First Class under vn-2013-nd42 and the Decree 41/2015 guards are asserted on worked examples or builders.
/// </summary>
public sealed class Honours2013ConditionTests
{
    private const string Nd91 = "vn-2013";
    private const string Nd65 = "vn-2013-nd65";
    private const string Nd42 = "vn-2013-nd42";
    private const string SchoolYear2014 = "2013-2014@08";

    private static readonly (string Award, string Id, string Fact, bool Worker, Cite[] Cites)[] Vn2013Rows =
    {
        ("ANH_HUNG_LLVTND", "AHLLVT13.K1.STANDARD", "MetArmedForcesHeroStandard", false, new Cite[] { new("LAW_39_2013", 1, 30), new("LAW_15_2003", 58, 2, "c") }),
        ("BA_ME_VNAH", "BMVNAH13.D2.CASE", "MetHeroicMotherStandard", false, new Cite[] { new("PL_BMVNAH", 2), new("LAW_15_2003", 58, 2, "b") }),
        ("TTUT", "TTUT13.STANDARD", "MetMeritoriousPhysicianStandard", false, new Cite[] { new("ND41_2015", 3, 1), new("LAW_15_2003", 58, 2, "e") }),
        ("TTND", "TTND13.STANDARD", "MetPeoplesPhysicianStandard", false, new Cite[] { new("ND41_2015", 3, 1), new("LAW_15_2003", 58, 2, "e") }),
        ("NNUT", "NNUT13.HANDICRAFT.STANDARD", "MetMeritoriousArtisanHandicraftStandard", false, new Cite[] { new("ND123_2014", 6), new("LAW_15_2003", 65) }),
        ("NNUT", "NNUT13.HERITAGE.STANDARD", "MetMeritoriousArtisanHeritageStandard", false, new Cite[] { new("LAW_15_2003", 65), new("LAW_39_2013", 1, 35) }),
        ("NNND", "NNND13.HANDICRAFT.STANDARD", "MetPeoplesArtisanHandicraftStandard", false, new Cite[] { new("ND123_2014", 5), new("LAW_15_2003", 65) }),
        ("NNND", "NNND13.HERITAGE.STANDARD", "MetPeoplesArtisanHeritageStandard", false, new Cite[] { new("LAW_15_2003", 65), new("LAW_39_2013", 1, 35) }),
    };

    private static readonly (string Award, string Id, string Fact, bool Worker, Cite[] Cites)[] Nd65Rows =
    {
        ("ANH_HUNG_LLVTND", "AHLLVT65.K1.STANDARD", "MetArmedForcesHeroStandard", false, new Cite[] { new("LAW_39_2013", 1, 30), new("LAW_15_2003", 58, 2, "c") }),
        ("BA_ME_VNAH", "BMVNAH65.D2.CASE", "MetHeroicMotherStandard", false, new Cite[] { new("PL_BMVNAH", 2), new("LAW_15_2003", 58, 2, "b") }),
        ("TTUT", "TTUT65.STANDARD", "MetMeritoriousPhysicianStandard", false, new Cite[] { new("ND41_2015", 3, 1), new("LAW_15_2003", 58, 2, "e") }),
        ("TTND", "TTND65.STANDARD", "MetPeoplesPhysicianStandard", false, new Cite[] { new("ND41_2015", 3, 1), new("LAW_15_2003", 58, 2, "e") }),
    };

    private static readonly (string Award, string Id, string Fact, bool Worker, Cite[] Cites)[] Nd42Rows =
    {
        ("ANH_HUNG_LLVTND", "AHLLVT42.K1.STANDARD", "MetArmedForcesHeroStandard", false, new Cite[] { new("LAW_39_2013", 1, 30), new("LAW_15_2003", 58, 2, "c") }),
        ("BA_ME_VNAH", "BMVNAH42.D2.CASE", "MetHeroicMotherStandard", false, new Cite[] { new("PL_BMVNAH", 2), new("LAW_15_2003", 58, 2, "b") }),
        ("ANH_HUNG_LAO_DONG", "AHLD42.STANDARD", "MetLabourHeroStandard", false, new Cite[] { new("LAW_15_2003", 61), new("LAW_39_2013", 1) }),
        ("HC_SAO_VANG", "HC_SAO_VANG42.STANDARD", "MetGoldStarOrderStandard", false, new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_HO_CHI_MINH", "HC_HCM42.STANDARD", "MetHoChiMinhOrderStandard", false, new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_DOC_LAP_HANG_NHAT", "HC_DL1_42.STANDARD", "MetIndependenceOrderFirstClassStandard", false, new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_DOC_LAP_HANG_NHI", "HC_DL2_42.STANDARD", "MetIndependenceOrderSecondClassStandard", false, new Cite[] { new("LAW_15_2003", 33) }),
        ("HC_DOC_LAP_HANG_BA", "HC_DL3_42.STANDARD", "MetIndependenceOrderThirdClassStandard", false, new Cite[] { new("LAW_15_2003", 38) }),
        ("HC_DUNG_CAM", "HC_DC42.STANDARD", "MetBraveryOrderStandard", false, new Cite[] { new("LAW_15_2003", 50) }),
        ("HC_HUU_NGHI", "HC_HUU_NGHI42.FOREIGN_CONTRIBUTOR", "ForeignFriendshipContributor", false, new Cite[] { new("LAW_15_2003", 51) }),
        ("HC_HUU_NGHI", "HC_HUU_NGHI42.DETAILED_STANDARD", "MetFriendshipOrderStandard", false, new Cite[] { new("LAW_15_2003", 51) }),
        ("BK_BO_TINH", "BK_BO_TINH.EXEMPLARY_COMPLIANCE", "ExemplaryPolicyCompliance", false, new Cite[] { new("LAW_15_2003", 72, 1) }),
        ("BK_BO_TINH", "BK_BO_TINH.K1.A.MOVEMENT", "OutstandingInMinistryMovement", false, new Cite[] { new("LAW_15_2003", 72, 1, "a") }),
        ("BK_BO_TINH", "BK_BO_TINH.K1.B.FIELD", "AchievementInMinistryField", false, new Cite[] { new("LAW_15_2003", 72, 1, "b") }),
        ("BK_BO_TINH", "BK_BO_TINH.DECREE_ROUTE", "MetMinistryCertificateDecreeRoute", false, new Cite[] { new("LAW_15_2003", 72, 1) }),
        ("HCLD_HANG_BA", "HCLD_HANG_BA.EXEMPLARY_COMPLIANCE", "ExemplaryPolicyCompliance", false, new Cite[] { new("LAW_15_2003", 44) }),
        ("HCLD_HANG_BA", "HCLD_HANG_BA.MERIT_FINDING", "LabourOrderThirdClassMeritFinding", false, new Cite[] { new("LAW_15_2003", 44) }),
        ("HCLD_HANG_BA", "HCLD_HANG_BA.ONE_OFF_OR_WORK", "LabourOrderThirdClassOneOffOrWork", false, new Cite[] { new("LAW_15_2003", 44) }),
        ("HCLD_HANG_BA", "HCLD_HANG_BA.LONG_SERVICE", "LongServiceForLabourOrderThirdClass", false, new Cite[] { new("LAW_15_2003", 44) }),
        ("HCLD_HANG_BA", "HCLD_HANG_BA.WORKER_STANDARD", "WorkerStandardForLabourOrderThirdClass", true, new Cite[] { new("LAW_15_2003", 44) }),
        ("HCLD_HANG_NHI", "HCLD_HANG_NHI.EXEMPLARY_COMPLIANCE", "ExemplaryPolicyCompliance", false, new Cite[] { new("LAW_15_2003", 43) }),
        ("HCLD_HANG_NHI", "HCLD_HANG_NHI.MERIT_FINDING", "LabourOrderSecondClassMeritFinding", false, new Cite[] { new("LAW_15_2003", 43) }),
        ("HCLD_HANG_NHI", "HCLD_HANG_NHI.ONE_OFF_OR_WORK", "LabourOrderSecondClassOneOffOrWork", false, new Cite[] { new("LAW_15_2003", 43) }),
        ("HCLD_HANG_NHI", "HCLD_HANG_NHI.LONG_SERVICE", "LongServiceForLabourOrderSecondClass", false, new Cite[] { new("LAW_15_2003", 43) }),
        ("HCLD_HANG_NHI", "HCLD_HANG_NHI.WORKER_STANDARD", "WorkerStandardForLabourOrderSecondClass", true, new Cite[] { new("LAW_15_2003", 43) }),
        ("HCLD_HANG_NHAT", "HCLD_HANG_NHAT.EXEMPLARY_COMPLIANCE", "ExemplaryPolicyCompliance", false, new Cite[] { new("LAW_15_2003", 42, 1) }),
        ("HCLD_HANG_NHAT", "HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", "LabourOrderFirstClassMeritFinding", false, new Cite[] { new("LAW_15_2003", 42, 1, "a") }),
        ("HCLD_HANG_NHAT", "HCLD_HANG_NHAT.ONE_OFF_OR_WORK", "LabourOrderFirstClassOneOffOrWork", false, new Cite[] { new("LAW_15_2003", 42, 1, "b") }),
        ("HCLD_HANG_NHAT", "HCLD_HANG_NHAT.LONG_SERVICE", "LongServiceForLabourOrderFirstClass", false, new Cite[] { new("LAW_15_2003", 42, 1, "a") }),
        ("HCLD_HANG_NHAT", "HCLD_HANG_NHAT.WORKER_STANDARD", "WorkerStandardForLabourOrderFirstClass", true, new Cite[] { new("LAW_15_2003", 42, 1) }),
    };

    [Fact]
    [CoversMetAndNotMet("AHLLVT13.K1.STANDARD", Nd91)]
    [CoversMetAndNotMet("BMVNAH13.D2.CASE", Nd91)]
    [CoversMetAndNotMet("TTUT13.STANDARD", Nd91)]
    [CoversMetAndNotMet("TTND13.STANDARD", Nd91)]
    [CoversMetAndNotMet("NNUT13.HANDICRAFT.STANDARD", Nd91)]
    [CoversMetAndNotMet("NNUT13.HERITAGE.STANDARD", Nd91)]
    [CoversMetAndNotMet("NNND13.HANDICRAFT.STANDARD", Nd91)]
    [CoversMetAndNotMet("NNND13.HERITAGE.STANDARD", Nd91)]
    public void Vn2013Findings_Given_Met_Withheld_NotMet()
        => AssertFindings("2020", Vn2013Rows);

    [Fact]
    [CoversMetAndNotMet("AHLLVT65.K1.STANDARD", Nd65)]
    [CoversMetAndNotMet("BMVNAH65.D2.CASE", Nd65)]
    [CoversMetAndNotMet("TTUT65.STANDARD", Nd65)]
    [CoversMetAndNotMet("TTND65.STANDARD", Nd65)]
    public void Nd65Findings_Given_Met_Withheld_NotMet()
        => AssertFindings("2016", Nd65Rows);

    [Fact]
    [CoversMetAndNotMet("AHLLVT42.K1.STANDARD", Nd42)]
    [CoversMetAndNotMet("BMVNAH42.D2.CASE", Nd42)]
    [CoversMetAndNotMet("AHLD42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_SAO_VANG42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_HCM42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_DL1_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_DL2_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_DL3_42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_DC42.STANDARD", Nd42)]
    [CoversMetAndNotMet("HC_HUU_NGHI42.FOREIGN_CONTRIBUTOR", Nd42)]
    [CoversMetAndNotMet("HC_HUU_NGHI42.DETAILED_STANDARD", Nd42)]
    [CoversMetAndNotMet("BK_BO_TINH.EXEMPLARY_COMPLIANCE", Nd42)]
    [CoversMetAndNotMet("BK_BO_TINH.K1.A.MOVEMENT", Nd42)]
    [CoversMetAndNotMet("BK_BO_TINH.K1.B.FIELD", Nd42)]
    [CoversMetAndNotMet("BK_BO_TINH.DECREE_ROUTE", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_BA.EXEMPLARY_COMPLIANCE", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_BA.MERIT_FINDING", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_BA.ONE_OFF_OR_WORK", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_BA.LONG_SERVICE", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_BA.WORKER_STANDARD", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHI.EXEMPLARY_COMPLIANCE", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHI.MERIT_FINDING", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHI.ONE_OFF_OR_WORK", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHI.LONG_SERVICE", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHI.WORKER_STANDARD", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHAT.EXEMPLARY_COMPLIANCE", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHAT.ONE_OFF_OR_WORK", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHAT.LONG_SERVICE", Nd42)]
    [CoversMetAndNotMet("HCLD_HANG_NHAT.WORKER_STANDARD", Nd42)]
    public void Nd42Findings_Given_Met_Withheld_NotMet()
        => AssertFindings(SchoolYear2014, Nd42Rows);

    [Theory]
    [InlineData("2020", Nd91)]
    [InlineData("2016", Nd65)]
    [InlineData(SchoolYear2014, Nd42)]
    public void EveryNewForm_NoFindings_NeedsInformationNeverEligible(string period, string regime)
    {
        var rows = regime == Nd91 ? Vn2013Rows : regime == Nd65 ? Nd65Rows : Nd42Rows;
        foreach (var award in rows.Select(r => r.Award).Distinct())
        {
            var result = Check(award, DossierBuilder.CivilServant(period).WithAttestations(_ => new CouncilAttestations()));

            Assert.Equal(regime, result.RegimeId);
            Assert.True(result.Verdict == Verdict.NeedsInformation, $"{regime} {award}: expected NeedsInformation without findings, got {result.Verdict}");
        }
    }

    [Fact]
    public void Artisan_EitherFieldSuffices_BothDeniedNotEligible()
    {
        var heritageOnly = Check("NNUT", DossierBuilder.CivilServant("2021").WithAttestations(a => a with { MetMeritoriousArtisanHandicraftStandard = false, MetMeritoriousArtisanHeritageStandard = true }));
        var neither = Check("NNUT", DossierBuilder.CivilServant("2021").WithAttestations(a => a with { MetMeritoriousArtisanHandicraftStandard = false, MetMeritoriousArtisanHeritageStandard = false }));

        Assert.Equal(Verdict.Eligible, heritageOnly.Verdict);
        Assert.Equal(Verdict.NotEligible, neither.Verdict);
    }

    [Fact]
    public void Nd42MinistryCertificate_DecreeRouteAlone_KeepsTheAnswerOpen()
    {
        var lawPointsDenied = Check("BK_BO_TINH", DossierBuilder.CivilServant(SchoolYear2014).WithAttestations(a => a with { ExemplaryPolicyCompliance = true, OutstandingInMinistryMovement = false, AchievementInMinistryField = false }));

        Assert.Equal(Nd42, lawPointsDenied.RegimeId);
        Assert.Equal(Verdict.NeedsInformation, lawPointsDenied.Verdict);
    }

    [Fact]
    public void Nd42_NoDecree65OnlyHonoraryTitles()
    {
        var codes = ThiDuaRules.Default.Catalog.GetAwards(Nd42).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

        foreach (var code in new[] { "NSUT", "NSND", "TTUT", "TTND", "NNUT", "NNND", "GIAY_KHEN" })
        {
            Assert.DoesNotContain(code, codes);
        }
    }

    private static readonly Cite[] Decree41 = { new("ND41_2015", 3, 1) };

    [Fact]
    [Covers("TTUT65.BEFORE_DECREE_41", ConditionOutcome.Unknown, Regime = Nd65)]
    public void MeritoriousPhysician_Before20June2015_Unknown()
        => ExpectCase("vn-2013-nd65/TTUT/01-before-decree-41.json", "TTUT65.BEFORE_DECREE_41", ConditionOutcome.Unknown, Decree41, Array.Empty<string>());

    [Fact]
    [Covers("TTND65.BEFORE_DECREE_41", ConditionOutcome.Unknown, Regime = Nd65)]
    public void PeoplesPhysician_Before20June2015_Unknown()
        => Expect("TTND", DossierBuilder.CivilServant("2014").WithAttestations(a => a with { MetPeoplesPhysicianStandard = true }), "TTND65.BEFORE_DECREE_41", ConditionOutcome.Unknown, Decree41, Array.Empty<string>());

    private static readonly Cite[] Law42PointA = { new("LAW_15_2003", 42, 1, "a") };

    [Fact]
    [Covers("HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Met, Regime = Nd42)]
    [Covers("HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, Regime = Nd42)]
    public void Nd42LabourOrderFirstClass_SecondClassAndFiveSchoolYears_Met()
    {
        const string file = "vn-2013-nd42/HCLD_HANG_NHAT/01-second-class-five-school-years.json";
        ExpectCase(file, "HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Met, Law42PointA, new[] { "Huân chương Lao động hạng Nhì" });
        ExpectCase(file, "HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, Law42PointA, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Huân chương Lao động hạng Nhì" });
    }

    [Fact]
    [Covers("HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.NotMet, Regime = Nd42)]
    [Covers("HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, Regime = Nd42)]
    public void Nd42LabourOrderFirstClass_NoSecondClass_NotMet()
    {
        const string file = "vn-2013-nd42/HCLD_HANG_NHAT/02-no-second-class-every-route-denied.json";
        ExpectCase(file, "HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.NotMet, Law42PointA, new[] { "Chưa có Huân chương Lao động hạng Nhì" });
        ExpectCase(file, "HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, Law42PointA, Array.Empty<string>());
    }

    private static void AssertFindings(
        string period,
        (string Award, string Id, string Fact, bool Worker, Cite[] Cites)[] rows,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string testFile = "")
        => CouncilFindings.AssertFindings(period, rows, new[] { "Hội đồng thi đua - khen thưởng" }, new[] { "Hội đồng thi đua - khen thưởng", "không" }, testMethod, testFile);
}
