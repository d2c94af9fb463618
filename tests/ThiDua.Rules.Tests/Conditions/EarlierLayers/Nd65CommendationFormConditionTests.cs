using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Forms of commendation under Decree 65/2014 (vn-2013-nd65): the ministry/provincial certificate of merit (Điều 24 khoản 1), the
/// Prime Minister's certificate (Điều 23 khoản 1) and the Labour Order in its three classes (Điều 15 to 17).
/// Each condition is asserted met, not met and (where a case has it) unknown on the worked examples under
/// Cases/vn-2013-nd65, whose dossiers carry the history these conditions read.
/// </summary>
public sealed class Nd65CommendationFormConditionTests
{
    private const string Regime = "vn-2013-nd65";

    [Fact]
    [Covers("BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_ExemplaryCompliance_Met()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/01-two-excellent-years-two-initiatives.json", "BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 24, 1) }, new[] { "Hội đồng thi đua - khen thưởng nhận xét gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_ExemplaryCompliance_NotMet()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/09-compliance-denied.json", "BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 24, 1) }, new[] { "Hội đồng thi đua - khen thưởng không nhận xét là gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_K1AMovement_Met()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/06-decision-after-the-period.json", "BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 24, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ngành, tỉnh phát động hằng năm (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_K1AMovement_NotMet()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/02-one-excellent-year-others-denied.json", "BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 24, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ngành, tỉnh phát động hằng năm (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkBoTinh_K1AMovement_Unknown()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/01-two-excellent-years-two-initiatives.json", "BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 24, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_BO_TINH.K1.B.FIELD", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_K1BField_Met()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/08-field-achievements-point-b.json", "BK_BO_TINH.K1.B.FIELD", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 24, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: lập được nhiều thành tích có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.B.FIELD", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_K1BField_NotMet()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/02-one-excellent-year-others-denied.json", "BK_BO_TINH.K1.B.FIELD", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 24, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: lập được nhiều thành tích có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.B.FIELD", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkBoTinh_K1BField_Unknown()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/01-two-excellent-years-two-initiatives.json", "BK_BO_TINH.K1.B.FIELD", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 24, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_BO_TINH.TWO_EXCELLENT_YEARS", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_TwoExcellentYears_Met()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/01-two-excellent-years-two-initiatives.json", "BK_BO_TINH.TWO_EXCELLENT_YEARS", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 24, 1, "c") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen cấp bộ, tỉnh trước (nếu có), tính đến kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.TWO_EXCELLENT_YEARS", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_TwoExcellentYears_NotMet()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/02-one-excellent-year-others-denied.json", "BK_BO_TINH.TWO_EXCELLENT_YEARS", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 24, 1, "c") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen cấp bộ, tỉnh trước (nếu có), tính đến kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.TWO_EXCELLENT_YEARS", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkBoTinh_TwoExcellentYears_Unknown()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/10-unrated-2015.json", "BK_BO_TINH.TWO_EXCELLENT_YEARS", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 24, 1, "c") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_BO_TINH.TWO_GRASSROOTS_INITIATIVES", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_TwoGrassrootsInitiatives_Met()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/01-two-excellent-years-two-initiatives.json", "BK_BO_TINH.TWO_GRASSROOTS_INITIATIVES", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 24, 1, "c") }, new[] { "sáng kiến được công nhận ở cấp cơ sở trở lên (cần" });

    [Fact]
    [Covers("BK_BO_TINH.TWO_GRASSROOTS_INITIATIVES", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_TwoGrassrootsInitiatives_NotMet()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/03-one-initiative-others-open.json", "BK_BO_TINH.TWO_GRASSROOTS_INITIATIVES", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 24, 1, "c") }, new[] { "sáng kiến được công nhận ở cấp cơ sở trở lên, chưa đủ" });

    [Fact]
    [Covers("BK_BO_TINH.TWO_GRASSROOTS_INITIATIVES", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkBoTinh_TwoGrassrootsInitiatives_Unknown()
        => ExpectCase("vn-2013-nd65/BK_BO_TINH/10-unrated-2015.json", "BK_BO_TINH.TWO_GRASSROOTS_INITIATIVES", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 24, 1, "c") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_TTG.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    public void BkTtg_ExemplaryCompliance_Met()
        => ExpectCase("vn-2013-nd65/BK_TTG/01-certificate-then-six-excellent-years.json", "BK_TTG.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 23, 1) }, new[] { "Hội đồng thi đua - khen thưởng nhận xét gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("BK_TTG.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkTtg_ExemplaryCompliance_NotMet()
        => ExpectCase("vn-2013-nd65/BK_TTG/11-compliance-denied.json", "BK_TTG.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 23, 1) }, new[] { "Hội đồng thi đua - khen thưởng không nhận xét là gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("BK_TTG.K1.A.MOVEMENT_REVIEW", ConditionOutcome.Met, Regime = Regime)]
    public void BkTtg_K1AMovementReview_Met()
        => ExpectCase("vn-2013-nd65/BK_TTG/05-movement-review-point-a.json", "BK_TTG.K1.A.MOVEMENT_REVIEW", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 23, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích xuất sắc tiêu biểu được bình xét khi sơ kết, tổng kết phong trào thi đua từ 03 năm trở lên (kỳ" });

    [Fact]
    [Covers("BK_TTG.K1.A.MOVEMENT_REVIEW", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkTtg_K1AMovementReview_NotMet()
        => ExpectCase("vn-2013-nd65/BK_TTG/03-gap-year-others-denied.json", "BK_TTG.K1.A.MOVEMENT_REVIEW", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 23, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích xuất sắc tiêu biểu được bình xét khi sơ kết, tổng kết phong trào thi đua từ 03 năm trở lên (kỳ" });

    [Fact]
    [Covers("BK_TTG.K1.A.MOVEMENT_REVIEW", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkTtg_K1AMovementReview_Unknown()
        => ExpectCase("vn-2013-nd65/BK_TTG/01-certificate-then-six-excellent-years.json", "BK_TTG.K1.A.MOVEMENT_REVIEW", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 23, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_TTG.K1.B.MINISTRY_WIDE", ConditionOutcome.Met, Regime = Regime)]
    public void BkTtg_K1BMinistryWide_Met()
        => ExpectCase("vn-2013-nd65/BK_TTG/06-ministry-wide-point-b.json", "BK_TTG.K1.B.MINISTRY_WIDE", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 23, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("BK_TTG.K1.B.MINISTRY_WIDE", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkTtg_K1BMinistryWide_NotMet()
        => ExpectCase("vn-2013-nd65/BK_TTG/03-gap-year-others-denied.json", "BK_TTG.K1.B.MINISTRY_WIDE", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 23, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("BK_TTG.K1.B.MINISTRY_WIDE", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkTtg_K1BMinistryWide_Unknown()
        => ExpectCase("vn-2013-nd65/BK_TTG/01-certificate-then-six-excellent-years.json", "BK_TTG.K1.B.MINISTRY_WIDE", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 23, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_TTG.HOLDS_MINISTRY_CERTIFICATE", ConditionOutcome.Met, Regime = Regime)]
    public void BkTtg_HoldsMinistryCertificate_Met()
        => ExpectCase("vn-2013-nd65/BK_TTG/01-certificate-then-six-excellent-years.json", "BK_TTG.HOLDS_MINISTRY_CERTIFICATE", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 23, 1, "c") }, new[] { "Đã có Bằng khen cấp bộ, ban, ngành, tỉnh theo công trạng trước kỳ" });

    [Fact]
    [Covers("BK_TTG.HOLDS_MINISTRY_CERTIFICATE", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkTtg_HoldsMinistryCertificate_NotMet()
        => ExpectCase("vn-2013-nd65/BK_TTG/05-movement-review-point-a.json", "BK_TTG.HOLDS_MINISTRY_CERTIFICATE", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 23, 1, "c") }, new[] { "Chưa có Bằng khen cấp bộ, ban, ngành, tỉnh nào trước kỳ" });

    [Fact]
    [Covers("BK_TTG.HOLDS_MINISTRY_CERTIFICATE", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkTtg_HoldsMinistryCertificate_Unknown()
        => ExpectCase("vn-2013-nd65/BK_TTG/07-thematic-certificate-only.json", "BK_TTG.HOLDS_MINISTRY_CERTIFICATE", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 23, 1, "c") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_TTG.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, Regime = Regime)]
    public void BkTtg_FiveExcellentYears_Met()
        => ExpectCase("vn-2013-nd65/BK_TTG/01-certificate-then-six-excellent-years.json", "BK_TTG.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 23, 1, "c") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen cấp bộ, tỉnh, tính đến kỳ" });

    [Fact]
    [Covers("BK_TTG.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkTtg_FiveExcellentYears_NotMet()
        => ExpectCase("vn-2013-nd65/BK_TTG/03-gap-year-others-denied.json", "BK_TTG.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 23, 1, "c") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen cấp bộ, tỉnh, tính đến kỳ" });

    [Fact]
    [Covers("BK_TTG.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkTtg_FiveExcellentYears_Unknown()
        => ExpectCase("vn-2013-nd65/BK_TTG/10-unrated-year.json", "BK_TTG.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 23, 1, "c") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_TTG.FIVE_GRASSROOTS_INITIATIVES", ConditionOutcome.Met, Regime = Regime)]
    public void BkTtg_FiveGrassrootsInitiatives_Met()
        => ExpectCase("vn-2013-nd65/BK_TTG/01-certificate-then-six-excellent-years.json", "BK_TTG.FIVE_GRASSROOTS_INITIATIVES", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 23, 1, "c") }, new[] { "sáng kiến được công nhận từ cấp cơ sở trở lên (cần" });

    [Fact]
    [Covers("BK_TTG.FIVE_GRASSROOTS_INITIATIVES", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkTtg_FiveGrassrootsInitiatives_NotMet()
        => ExpectCase("vn-2013-nd65/BK_TTG/03-gap-year-others-denied.json", "BK_TTG.FIVE_GRASSROOTS_INITIATIVES", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 23, 1, "c") }, new[] { "sáng kiến được công nhận từ cấp cơ sở trở lên, chưa đủ" });

    [Fact]
    [Covers("BK_TTG.FIVE_GRASSROOTS_INITIATIVES", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkTtg_FiveGrassrootsInitiatives_Unknown()
        => ExpectCase("vn-2013-nd65/BK_TTG/10-unrated-year.json", "BK_TTG.FIVE_GRASSROOTS_INITIATIVES", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 23, 1, "c") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_TTG.FIVE_INITIATIVES_OR_COMBAT_LETTERS", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkTtg_FiveInitiativesOrCombatLetters_Unknown()
        => ExpectCase("vn-2013-nd65/BK_TTG/09-armed-forces-combat-letters-by-hand.json", "BK_TTG.FIVE_INITIATIVES_OR_COMBAT_LETTERS", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 23, 1, "c") }, Array.Empty<string>());

    // The lead-in of khoản 1 and of khoản 2 of Điều 15-17 (the three classes), one condition per route of those clauses;
    // the long-service routes of khoản 3 have none. Workers are checked on the workers' cases.
    [Theory]
    [InlineData("HCLD_HANG_BA", 17, "MERIT", 1, "01-exactly-five-years-two-initiatives")]
    [InlineData("HCLD_HANG_BA", 17, "ONE_OFF", 1, "01-exactly-five-years-two-initiatives")]
    [InlineData("HCLD_HANG_BA", 17, "WORKER", 2, "08-worker-three-initiatives-found")]
    [InlineData("HCLD_HANG_NHI", 16, "MERIT", 1, "01-third-class-five-years-three-initiatives")]
    [InlineData("HCLD_HANG_NHI", 16, "ONE_OFF", 1, "01-third-class-five-years-three-initiatives")]
    [InlineData("HCLD_HANG_NHI", 16, "WORKER", 2, "07-worker-standard-found")]
    [InlineData("HCLD_HANG_NHAT", 15, "MERIT", 1, "01-second-class-five-years-four-initiatives")]
    [InlineData("HCLD_HANG_NHAT", 15, "ONE_OFF", 1, "01-second-class-five-years-four-initiatives")]
    [InlineData("HCLD_HANG_NHAT", 15, "WORKER", 2, "07-worker-standard-found")]
    [Covers("HCLD_HANG_BA.MERIT.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_BA.ONE_OFF.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_BA.WORKER.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.MERIT.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.ONE_OFF.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.WORKER.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.MERIT.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.ONE_OFF.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.WORKER.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    public void LabourOrder_ExemplaryCompliance_Met(string award, int article, string route, int clause, string caseFile)
        => ExpectCase($"vn-2013-nd65/{award}/{caseFile}.json", $"{award}.{route}.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, new Cite[] { new("ND65_2014", article, clause) }, new[] { "Hội đồng thi đua - khen thưởng nhận xét gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Theory]
    [InlineData("HCLD_HANG_BA", 17, "MERIT", 1, "12-compliance-denied")]
    [InlineData("HCLD_HANG_BA", 17, "ONE_OFF", 1, "12-compliance-denied")]
    [InlineData("HCLD_HANG_BA", 17, "WORKER", 2, "16-worker-compliance-denied")]
    [InlineData("HCLD_HANG_NHI", 16, "MERIT", 1, "09-compliance-denied")]
    [InlineData("HCLD_HANG_NHI", 16, "ONE_OFF", 1, "09-compliance-denied")]
    [InlineData("HCLD_HANG_NHI", 16, "WORKER", 2, "13-worker-compliance-denied")]
    [InlineData("HCLD_HANG_NHAT", 15, "MERIT", 1, "08-compliance-denied")]
    [InlineData("HCLD_HANG_NHAT", 15, "ONE_OFF", 1, "08-compliance-denied")]
    [InlineData("HCLD_HANG_NHAT", 15, "WORKER", 2, "12-worker-compliance-denied")]
    [Covers("HCLD_HANG_BA.MERIT.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_BA.ONE_OFF.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_BA.WORKER.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.MERIT.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.ONE_OFF.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.WORKER.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.MERIT.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.ONE_OFF.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.WORKER.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void LabourOrder_ExemplaryCompliance_NotMet(string award, int article, string route, int clause, string caseFile)
        => ExpectCase($"vn-2013-nd65/{award}/{caseFile}.json", $"{award}.{route}.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", article, clause) }, new[] { "Hội đồng thi đua - khen thưởng không nhận xét là gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_HoldsPrimeMinisterCertificate_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 17, 1, "b") }, new[] { "Đã có Bằng khen của Thủ tướng Chính phủ theo công trạng trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_HoldsPrimeMinisterCertificate_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/06-one-off-found.json", "HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 17, 1, "b") }, new[] { "Chưa có Bằng khen của Thủ tướng Chính phủ nào trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_HoldsPrimeMinisterCertificate_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/11-one-off-certificate-only.json", "HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 17, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_FiveExcellentYears_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 17, 1, "b") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen của Thủ tướng Chính phủ, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_FiveExcellentYears_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/02-four-years-others-denied.json", "HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 17, 1, "b") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen của Thủ tướng Chính phủ, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_FiveExcellentYears_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/11-one-off-certificate-only.json", "HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 17, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_TwoMinistryInitiatives_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 17, 1, "b") }, new[] { "sáng kiến được công nhận ở bộ, ngành, tỉnh trở lên (cần" });

    [Fact]
    [Covers("HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_TwoMinistryInitiatives_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/03-gap-year-others-open.json", "HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 17, 1, "b") }, new[] { "sáng kiến được công nhận ở bộ, ngành, tỉnh trở lên, chưa đủ" });

    [Fact]
    [Covers("HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_TwoMinistryInitiatives_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/11-one-off-certificate-only.json", "HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 17, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_OneOffOrWork_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/06-one-off-found.json", "HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 17, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích xuất sắc đột xuất, hoặc công trình khoa học, nghệ thuật, sáng kiến được Hội đồng cấp bộ, tỉnh đánh giá xuất sắc, có phạm vi ảnh hưởng trong lĩnh vực của bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_OneOffOrWork_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/02-four-years-others-denied.json", "HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 17, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích xuất sắc đột xuất, hoặc công trình khoa học, nghệ thuật, sáng kiến được Hội đồng cấp bộ, tỉnh đánh giá xuất sắc, có phạm vi ảnh hưởng trong lĩnh vực của bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_OneOffOrWork_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 17, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.WORKER_STANDARD", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_WorkerStandard_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/08-worker-three-initiatives-found.json", "HCLD_HANG_BA.WORKER_STANDARD", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 17, 2, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.WORKER_STANDARD", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_WorkerStandard_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_BA/09-worker-every-route-denied.json", "HCLD_HANG_BA.WORKER_STANDARD", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 17, 2, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.HOLDS_LABOUR_ORDER_THIRD_CLASS", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_HoldsLabourOrderThirdClass_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/01-third-class-five-years-three-initiatives.json", "HCLD_HANG_NHI.HOLDS_LABOUR_ORDER_THIRD_CLASS", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 16, 1, "b") }, new[] { "Đã có Huân chương Lao động hạng Ba theo công trạng trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.HOLDS_LABOUR_ORDER_THIRD_CLASS", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_HoldsLabourOrderThirdClass_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/05-one-off-found.json", "HCLD_HANG_NHI.HOLDS_LABOUR_ORDER_THIRD_CLASS", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 16, 1, "b") }, new[] { "Chưa có Huân chương Lao động hạng Ba nào trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_FiveExcellentYears_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/01-third-class-five-years-three-initiatives.json", "HCLD_HANG_NHI.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 16, 1, "b") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Huân chương Lao động hạng Ba, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_FiveExcellentYears_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/05-one-off-found.json", "HCLD_HANG_NHI.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 16, 1, "b") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Huân chương Lao động hạng Ba, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.THREE_MINISTRY_INITIATIVES", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_ThreeMinistryInitiatives_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/01-third-class-five-years-three-initiatives.json", "HCLD_HANG_NHI.THREE_MINISTRY_INITIATIVES", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 16, 1, "b") }, new[] { "sáng kiến được công nhận ở bộ, ngành, tỉnh trở lên (cần" });

    [Fact]
    [Covers("HCLD_HANG_NHI.THREE_MINISTRY_INITIATIVES", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_ThreeMinistryInitiatives_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/04-two-initiatives.json", "HCLD_HANG_NHI.THREE_MINISTRY_INITIATIVES", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 16, 1, "b") }, new[] { "sáng kiến được công nhận ở bộ, ngành, tỉnh trở lên, chưa đủ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.MINISTRY_WIDE_INFLUENCE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_MinistryWideInfluence_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/01-third-class-five-years-three-initiatives.json", "HCLD_HANG_NHI.MINISTRY_WIDE_INFLUENCE", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 16, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: thành tích xuất sắc của các năm tiếp theo sau Huân chương Lao động hạng Ba có phạm vi ảnh hưởng và nêu gương trong bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.MINISTRY_WIDE_INFLUENCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_MinistryWideInfluence_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/02-influence-denied.json", "HCLD_HANG_NHI.MINISTRY_WIDE_INFLUENCE", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 16, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: thành tích xuất sắc của các năm tiếp theo sau Huân chương Lao động hạng Ba có phạm vi ảnh hưởng và nêu gương trong bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.MINISTRY_WIDE_INFLUENCE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhi_MinistryWideInfluence_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/03-influence-not-stated.json", "HCLD_HANG_NHI.MINISTRY_WIDE_INFLUENCE", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 16, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_OneOffOrWork_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/05-one-off-found.json", "HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 16, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao trong bộ, ngành, địa phương, hoặc công trình khoa học, tác phẩm xuất sắc cấp bộ, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_OneOffOrWork_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/02-influence-denied.json", "HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 16, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao trong bộ, ngành, địa phương, hoặc công trình khoa học, tác phẩm xuất sắc cấp bộ, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhi_OneOffOrWork_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/01-third-class-five-years-three-initiatives.json", "HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 16, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHI.WORKER_STANDARD", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_WorkerStandard_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/07-worker-standard-found.json", "HCLD_HANG_NHI.WORKER_STANDARD", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 16, 2, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.WORKER_STANDARD", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_WorkerStandard_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHI/10-worker-every-route-denied.json", "HCLD_HANG_NHI.WORKER_STANDARD", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 16, 2, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_HoldsLabourOrderSecondClass_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/01-second-class-five-years-four-initiatives.json", "HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 15, 1, "b") }, new[] { "Đã có Huân chương Lao động hạng Nhì theo công trạng trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_HoldsLabourOrderSecondClass_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/05-one-off-found.json", "HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 15, 1, "b") }, new[] { "Chưa có Huân chương Lao động hạng Nhì nào trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_HoldsLabourOrderSecondClass_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/04-long-service-second-class-only.json", "HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 15, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_FiveExcellentYears_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/01-second-class-five-years-four-initiatives.json", "HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 15, 1, "b") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Huân chương Lao động hạng Nhì, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_FiveExcellentYears_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/05-one-off-found.json", "HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 15, 1, "b") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Huân chương Lao động hạng Nhì, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_FiveExcellentYears_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/04-long-service-second-class-only.json", "HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 15, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.FOUR_MINISTRY_INITIATIVES", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_FourMinistryInitiatives_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/01-second-class-five-years-four-initiatives.json", "HCLD_HANG_NHAT.FOUR_MINISTRY_INITIATIVES", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 15, 1, "b") }, new[] { "sáng kiến được công nhận ở bộ, ngành, tỉnh trở lên (cần" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.FOUR_MINISTRY_INITIATIVES", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_FourMinistryInitiatives_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/02-three-initiatives.json", "HCLD_HANG_NHAT.FOUR_MINISTRY_INITIATIVES", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 15, 1, "b") }, new[] { "sáng kiến được công nhận ở bộ, ngành, tỉnh trở lên, chưa đủ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.FOUR_MINISTRY_INITIATIVES", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_FourMinistryInitiatives_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/04-long-service-second-class-only.json", "HCLD_HANG_NHAT.FOUR_MINISTRY_INITIATIVES", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 15, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_NationwideInfluence_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/01-second-class-five-years-four-initiatives.json", "HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 15, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: thành tích xuất sắc của các năm tiếp theo sau Huân chương Lao động hạng Nhì có phạm vi ảnh hưởng và nêu gương trong toàn quốc (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_NationwideInfluence_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/09-worker-every-route-denied.json", "HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 15, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: thành tích xuất sắc của các năm tiếp theo sau Huân chương Lao động hạng Nhì có phạm vi ảnh hưởng và nêu gương trong toàn quốc (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_NationwideInfluence_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/05-one-off-found.json", "HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 15, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_OneOffOrWork_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/05-one-off-found.json", "HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 15, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao có phạm vi ảnh hưởng toàn quốc, hoặc công trình khoa học, tác phẩm xuất sắc cấp nhà nước (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_OneOffOrWork_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/02-three-initiatives.json", "HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 15, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao có phạm vi ảnh hưởng toàn quốc, hoặc công trình khoa học, tác phẩm xuất sắc cấp nhà nước (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_OneOffOrWork_Unknown()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/01-second-class-five-years-four-initiatives.json", "HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, new Cite[] { new("ND65_2014", 15, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.WORKER_STANDARD", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_WorkerStandard_Met()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/07-worker-standard-found.json", "HCLD_HANG_NHAT.WORKER_STANDARD", ConditionOutcome.Met, new Cite[] { new("ND65_2014", 15, 2, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.WORKER_STANDARD", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_WorkerStandard_NotMet()
        => ExpectCase("vn-2013-nd65/HCLD_HANG_NHAT/09-worker-every-route-denied.json", "HCLD_HANG_NHAT.WORKER_STANDARD", ConditionOutcome.NotMet, new Cite[] { new("ND65_2014", 15, 2, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });
}
