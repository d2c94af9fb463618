using ThiDua.Rules.Tests.Cases;
using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Bằng khen của Thủ tướng Chính phủ under Decree 91/2017 Điều 38 khoản 1 điểm c (vn-2013): a ministry or provincial
/// certificate, then five or more consecutive excellent years up to the proposal, with five grassroots initiatives
/// (armed forces: or five letters of commendation for combat, checked by hand). Asserted on the worked examples under
/// Cases/vn-2013/BK_TTG, whose dossiers carry the years of history these conditions read.
/// </summary>
public sealed class BkTtgConditionTests
{
    private const string Compliance = "BK_TTG.EXEMPLARY_COMPLIANCE";
    private const string Holds = "BK_TTG.HOLDS_MINISTRY_CERTIFICATE";
    private const string Years = "BK_TTG.FIVE_EXCELLENT_YEARS";
    private const string Initiatives = "BK_TTG.FIVE_GRASSROOTS_INITIATIVES";
    private const string Combat = "BK_TTG.FIVE_INITIATIVES_OR_COMBAT_LETTERS";
    private const string MovementReview = "BK_TTG.K1.A.MOVEMENT_REVIEW";
    private const string MinistryWide = "BK_TTG.K1.B.MINISTRY_WIDE";

    private const string Met = "vn-2013/BK_TTG/01-provincial-certificate-then-five-excellent-years.json";
    private const string BrokenRun = "vn-2013/BK_TTG/02-completed-well-year-breaks-the-run.json";
    private const string NoCertificate = "vn-2013/BK_TTG/03-no-ministry-certificate.json";
    private const string ThematicOnly = "vn-2013/BK_TTG/04-thematic-certificate-only.json";
    private const string Several = "vn-2013/BK_TTG/05-several-certificates-which-one-counts.json";
    private const string ArmedForces = "vn-2013/BK_TTG/06-armed-forces-combat-letters-by-hand.json";
    private const string Unrated = "vn-2013/BK_TTG/07-unrated-year-in-the-run.json";
    private const string NotStated = "vn-2013/BK_TTG/08-finding-and-initiatives-not-stated.json";
    private const string PointAMet = "vn-2013/BK_TTG/09-movement-review-route-without-certificate.json";
    private const string PointBMet = "vn-2013/BK_TTG/10-ministry-wide-achievements-route.json";
    private const string OtherPointsOpen = "vn-2013/BK_TTG/11-merit-route-fails-other-points-open.json";

    private static readonly Cite[] LeadIn = { new("ND91_2017", 38, 1) };
    private static readonly Cite[] PointC = { new("ND91_2017", 38, 1, "c") };
    private static readonly Cite[] PointA = { new("ND91_2017", 38, 1, "a") };
    private static readonly Cite[] PointB = { new("ND91_2017", 38, 1, "b") };

    [Fact]
    [Covers(MovementReview, ConditionOutcome.Met)]
    public void MovementReview_CouncilFinds_Met()
        => ExpectCase(PointAMet, MovementReview, ConditionOutcome.Met, PointA, new[] { "xác nhận", "03 năm", "2021" });

    [Fact]
    [Covers(MovementReview, ConditionOutcome.NotMet)]
    public void MovementReview_CouncilDenies_NotMet()
        => ExpectCase(NoCertificate, MovementReview, ConditionOutcome.NotMet, PointA, new[] { "không xác nhận" });

    [Fact]
    [Covers(MovementReview, ConditionOutcome.Unknown)]
    public void MovementReview_NotStated_Unknown()
        => ExpectCase(OtherPointsOpen, MovementReview, ConditionOutcome.Unknown, PointA, Array.Empty<string>());

    [Fact]
    [Covers(MinistryWide, ConditionOutcome.Met)]
    public void MinistryWide_CouncilFinds_Met()
        => ExpectCase(PointBMet, MinistryWide, ConditionOutcome.Met, PointB, new[] { "xác nhận", "bộ, ngành, tỉnh" });

    [Fact]
    [Covers(MinistryWide, ConditionOutcome.NotMet)]
    public void MinistryWide_CouncilDenies_NotMet()
        => ExpectCase(NoCertificate, MinistryWide, ConditionOutcome.NotMet, PointB, new[] { "không xác nhận" });

    [Fact]
    [Covers(MinistryWide, ConditionOutcome.Unknown)]
    public void MinistryWide_NotStated_Unknown()
        => ExpectCase(OtherPointsOpen, MinistryWide, ConditionOutcome.Unknown, PointB, Array.Empty<string>());

    [Fact]
    public void Verdict_MeritRouteFailsWithOtherPointsOpen_NeedsInformationNotNotEligible()
    {
        var result = ThiDuaRules.Default.Check(WorkedExampleLoader.ToRequest(WorkedExampleLoader.Load(OtherPointsOpen)));

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Contains("periods[2021].attestations.outstandingInThreeYearMovementReview", result.MissingFacts);
        Assert.Contains("periods[2021].attestations.ministryWideAchievements", result.MissingFacts);
    }

    [Fact]
    [Covers(Compliance, ConditionOutcome.Met)]
    public void Compliance_Attested_Met()
        => ExpectCase(Met, Compliance, ConditionOutcome.Met, LeadIn, new[] { "gương mẫu", "2021" });

    [Fact]
    [Covers(Compliance, ConditionOutcome.NotMet)]
    public void Compliance_NotAttested_NotMet()
        => ExpectCase(BrokenRun, Compliance, ConditionOutcome.NotMet, LeadIn, new[] { "không nhận xét" });

    [Fact]
    [Covers(Compliance, ConditionOutcome.Unknown)]
    public void Compliance_FindingNotStated_Unknown()
        => ExpectCase(NotStated, Compliance, ConditionOutcome.Unknown, LeadIn, Array.Empty<string>());

    [Fact]
    [Covers(Holds, ConditionOutcome.Met)]
    public void Holds_MeritProvincialCertificate_Met()
        => ExpectCase(Met, Holds, ConditionOutcome.Met, PointC, new[] { "theo công trạng", "2021" });

    [Fact]
    [Covers(Holds, ConditionOutcome.NotMet)]
    public void Holds_NoCertificate_NotMet()
        => ExpectCase(NoCertificate, Holds, ConditionOutcome.NotMet, PointC, new[] { "Chưa có Bằng khen" });

    [Fact]
    [Covers(Holds, ConditionOutcome.Unknown)]
    public void Holds_ThematicCertificateOnly_UnknownSinceNoTextSettlesIt()
    {
        var condition = ExpectCase(ThematicOnly, Holds, ConditionOutcome.Unknown, PointC, Array.Empty<string>());
        Assert.Contains(condition.MissingFacts, f => f.Contains("BK_BO_TINH", StringComparison.Ordinal) && f.Contains("basis", StringComparison.Ordinal));
    }

    [Fact]
    [Covers(Holds, ConditionOutcome.Met)]
    public void Holds_MeritCertificateLaterThanThematicOne_Met()
        => ExpectCase(Unrated, Holds, ConditionOutcome.Met, PointC, new[] { "theo công trạng" });

    [Fact]
    [Covers(Years, ConditionOutcome.Met)]
    public void Years_FiveExcellentAfterCertificate_Met()
        => ExpectCase(Met, Years, ConditionOutcome.Met, PointC, new[] { "Có 5 năm", "2021", "cần 5" });

    [Fact]
    [Covers(Years, ConditionOutcome.NotMet)]
    public void Years_CompletedWellYearBreaksTheRun_NotMetWithTwo()
        => ExpectCase(BrokenRun, Years, ConditionOutcome.NotMet, PointC, new[] { "Chỉ có 2 năm", "chưa đủ 5" });

    [Fact]
    [Covers(Years, ConditionOutcome.Unknown)]
    public void Years_TwoCertificatesGiveFiveOrTwo_Unknown()
        => ExpectCase(Several, Years, ConditionOutcome.Unknown, PointC, Array.Empty<string>());

    [Fact]
    [Covers(Years, ConditionOutcome.Unknown)]
    public void Years_ThematicBaseGivesAnotherCount_Unknown()
        => ExpectCase(ThematicOnly, Years, ConditionOutcome.Unknown, PointC, Array.Empty<string>());

    [Fact]
    [Covers(Years, ConditionOutcome.Unknown)]
    public void Years_UnratedYear_Unknown()
        => ExpectCase(Unrated, Years, ConditionOutcome.Unknown, PointC, Array.Empty<string>());

    [Fact]
    [Covers(Initiatives, ConditionOutcome.Met)]
    public void Initiatives_FiveInTheRun_Met()
        => ExpectCase(Met, Initiatives, ConditionOutcome.Met, PointC, new[] { "có 5 sáng kiến", "cần 5" });

    [Fact]
    [Covers(Initiatives, ConditionOutcome.NotMet)]
    public void Initiatives_OnlyOneWithinTheShortRun_NotMet()
        => ExpectCase(BrokenRun, Initiatives, ConditionOutcome.NotMet, PointC, new[] { "chỉ có 1 sáng kiến", "chưa đủ 5" });

    [Fact]
    [Covers(Initiatives, ConditionOutcome.Unknown)]
    public void Initiatives_ListNotStated_Unknown()
        => ExpectCase(NotStated, Initiatives, ConditionOutcome.Unknown, PointC, Array.Empty<string>());

    [Fact]
    [Covers(Initiatives, ConditionOutcome.Unknown)]
    public void Initiatives_RunUnsettled_Unknown()
        => ExpectCase(Several, Initiatives, ConditionOutcome.Unknown, PointC, Array.Empty<string>());

    [Fact]
    [Covers(Combat, ConditionOutcome.Unknown)]
    public void CombatAlternative_ArmedForces_AlwaysUnknownEvenWithFiveInitiatives()
    {
        var condition = ExpectCase(ArmedForces, Combat, ConditionOutcome.Unknown, PointC, Array.Empty<string>());
        Assert.Single(condition.MissingFacts, f => f.StartsWith("(no dossier field", StringComparison.Ordinal));
    }

    [Fact]
    public void ArmedForces_CivilianInitiativeCondition_DoesNotApply()
    {
        var result = Cases.WorkedExampleLoader.Run(Cases.WorkedExampleLoader.Load(ArmedForces));
        Assert.DoesNotContain(result.Conditions, c => c.ConditionId == Initiatives);
        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
    }
}
