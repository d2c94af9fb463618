using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Forms of commendation under the 2013 Law and Decree 91/2017 (vn-2013): the ministry/provincial certificate of merit (Law
/// Điều 72 khoản 1, Decree 91 Điều 39 khoản 1) and the Labour Order in its three classes (Decree 91 Điều 24 and 22, Law Điều 42, 43).
/// Each condition is asserted met, not met and (where a case has it) unknown on the worked examples under
/// Cases/vn-2013, whose dossiers carry the history these conditions read.
/// </summary>
public sealed class CommendationForms2013ConditionTests
{
    private const string Regime = "vn-2013";

    [Fact]
    [Covers("BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_ExemplaryCompliance_Met()
        => ExpectCase("vn-2013/BK_BO_TINH/01-movement-achievement-point-a.json", "BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 72, 1), new("ND91_2017", 39, 1) }, new[] { "Hội đồng thi đua - khen thưởng nhận xét gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_ExemplaryCompliance_NotMet()
        => ExpectCase("vn-2013/BK_BO_TINH/06-compliance-denied.json", "BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 72, 1), new("ND91_2017", 39, 1) }, new[] { "Hội đồng thi đua - khen thưởng không nhận xét là gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkBoTinh_ExemplaryCompliance_Unknown()
        => ExpectCase("vn-2013/BK_BO_TINH/07-compliance-not-stated.json", "BK_BO_TINH.EXEMPLARY_COMPLIANCE", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 72, 1), new("ND91_2017", 39, 1) }, Array.Empty<string>());

    [Fact]
    [Covers("BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_K1AMovement_Met()
        => ExpectCase("vn-2013/BK_BO_TINH/01-movement-achievement-point-a.json", "BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 72, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích xuất sắc được bình xét trong phong trào thi đua (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_K1AMovement_NotMet()
        => ExpectCase("vn-2013/BK_BO_TINH/04-council-denies-every-point.json", "BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 72, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích xuất sắc được bình xét trong phong trào thi đua (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkBoTinh_K1AMovement_Unknown()
        => ExpectCase("vn-2013/BK_BO_TINH/02-field-achievements-point-b.json", "BK_BO_TINH.K1.A.MOVEMENT", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 72, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_BO_TINH.K1.B.FIELD", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_K1BField_Met()
        => ExpectCase("vn-2013/BK_BO_TINH/02-field-achievements-point-b.json", "BK_BO_TINH.K1.B.FIELD", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 72, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: lập được nhiều thành tích có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.B.FIELD", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_K1BField_NotMet()
        => ExpectCase("vn-2013/BK_BO_TINH/04-council-denies-every-point.json", "BK_BO_TINH.K1.B.FIELD", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 72, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: lập được nhiều thành tích có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.K1.B.FIELD", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkBoTinh_K1BField_Unknown()
        => ExpectCase("vn-2013/BK_BO_TINH/01-movement-achievement-point-a.json", "BK_BO_TINH.K1.B.FIELD", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 72, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("BK_BO_TINH.DECREE_MERIT", ConditionOutcome.Met, Regime = Regime)]
    public void BkBoTinh_DecreeMerit_Met()
        => ExpectCase("vn-2013/BK_BO_TINH/03-decree-merit-standard-found.json", "BK_BO_TINH.DECREE_MERIT", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 39, 1) }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: đạt tiêu chuẩn theo công trạng (các năm hoàn thành xuất sắc nhiệm vụ và sáng kiến) của khoản 1 Điều 39 Nghị định 91/2017 (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.DECREE_MERIT", ConditionOutcome.NotMet, Regime = Regime)]
    public void BkBoTinh_DecreeMerit_NotMet()
        => ExpectCase("vn-2013/BK_BO_TINH/04-council-denies-every-point.json", "BK_BO_TINH.DECREE_MERIT", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 39, 1) }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: đạt tiêu chuẩn theo công trạng (các năm hoàn thành xuất sắc nhiệm vụ và sáng kiến) của khoản 1 Điều 39 Nghị định 91/2017 (kỳ" });

    [Fact]
    [Covers("BK_BO_TINH.DECREE_MERIT", ConditionOutcome.Unknown, Regime = Regime)]
    public void BkBoTinh_DecreeMerit_Unknown()
        => ExpectCase("vn-2013/BK_BO_TINH/01-movement-achievement-point-a.json", "BK_BO_TINH.DECREE_MERIT", ConditionOutcome.Unknown, new Cite[] { new("ND91_2017", 39, 1) }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_ExemplaryCompliance_Met()
        => ExpectCase("vn-2013/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 24, 1) }, new[] { "Hội đồng thi đua - khen thưởng nhận xét gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_ExemplaryCompliance_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_BA/15-compliance-denied.json", "HCLD_HANG_BA.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 24, 1) }, new[] { "Hội đồng thi đua - khen thưởng không nhận xét là gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_HoldsPrimeMinisterCertificate_Met()
        => ExpectCase("vn-2013/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 24, 1, "a") }, new[] { "Đã có Bằng khen của Thủ tướng Chính phủ theo công trạng trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_HoldsPrimeMinisterCertificate_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_BA/08-no-certificate-one-off-achievement.json", "HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 24, 1, "a") }, new[] { "Chưa có Bằng khen của Thủ tướng Chính phủ nào trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_HoldsPrimeMinisterCertificate_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_BA/10-one-off-certificate-only.json", "HCLD_HANG_BA.HOLDS_PRIME_MINISTER_CERTIFICATE", ConditionOutcome.Unknown, new Cite[] { new("ND91_2017", 24, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_FiveExcellentYears_Met()
        => ExpectCase("vn-2013/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 24, 1, "a") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen của Thủ tướng Chính phủ, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_FiveExcellentYears_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_BA/03-four-years-other-routes-denied.json", "HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 24, 1, "a") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen của Thủ tướng Chính phủ, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_FiveExcellentYears_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_BA/10-one-off-certificate-only.json", "HCLD_HANG_BA.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, new Cite[] { new("ND91_2017", 24, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_TwoMinistryInitiatives_Met()
        => ExpectCase("vn-2013/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 24, 1, "a") }, new[] { "sáng kiến được công nhận ở bộ, ngành, tỉnh trở lên (cần" });

    [Fact]
    [Covers("HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_TwoMinistryInitiatives_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_BA/04-gap-year-breaks-the-run-others-open.json", "HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 24, 1, "a") }, new[] { "sáng kiến được công nhận ở bộ, ngành, tỉnh trở lên, chưa đủ" });

    [Fact]
    [Covers("HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_TwoMinistryInitiatives_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_BA/10-one-off-certificate-only.json", "HCLD_HANG_BA.TWO_MINISTRY_INITIATIVES", ConditionOutcome.Unknown, new Cite[] { new("ND91_2017", 24, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_OneOffOrWork_Met()
        => ExpectCase("vn-2013/HCLD_HANG_BA/08-no-certificate-one-off-achievement.json", "HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 24, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích xuất sắc đột xuất, hoặc công trình khoa học, nghệ thuật, sáng kiến được Hội đồng cấp bộ, tỉnh đánh giá xuất sắc, có phạm vi ảnh hưởng trong lĩnh vực của bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_OneOffOrWork_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_BA/03-four-years-other-routes-denied.json", "HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 24, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích xuất sắc đột xuất, hoặc công trình khoa học, nghệ thuật, sáng kiến được Hội đồng cấp bộ, tỉnh đánh giá xuất sắc, có phạm vi ảnh hưởng trong lĩnh vực của bộ, ngành, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_OneOffOrWork_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, new Cite[] { new("ND91_2017", 24, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.LONG_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_LongService_Met()
        => ExpectCase("vn-2013/HCLD_HANG_BA/11-long-service-found.json", "HCLD_HANG_BA.LONG_SERVICE", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 24) }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có quá trình cống hiến lâu dài, liên tục trong cơ quan, tổ chức, đoàn thể, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.LONG_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_LongService_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_BA/03-four-years-other-routes-denied.json", "HCLD_HANG_BA.LONG_SERVICE", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 24) }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có quá trình cống hiến lâu dài, liên tục trong cơ quan, tổ chức, đoàn thể, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.LONG_SERVICE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangBa_LongService_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_BA/01-exactly-five-years-two-initiatives.json", "HCLD_HANG_BA.LONG_SERVICE", ConditionOutcome.Unknown, new Cite[] { new("ND91_2017", 24) }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.WORKER_STANDARD", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangBa_WorkerStandard_Met()
        => ExpectCase("vn-2013/HCLD_HANG_BA/12-worker-standard-found.json", "HCLD_HANG_BA.WORKER_STANDARD", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 24) }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_BA.WORKER_STANDARD", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangBa_WorkerStandard_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_BA/13-worker-every-route-denied.json", "HCLD_HANG_BA.WORKER_STANDARD", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 24) }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_ExemplaryCompliance_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/01-merit-standard-found.json", "HCLD_HANG_NHI.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng nhận xét gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_ExemplaryCompliance_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/07-compliance-denied.json", "HCLD_HANG_NHI.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng không nhận xét là gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.MERIT_FINDING", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_MeritFinding_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/01-merit-standard-found.json", "HCLD_HANG_NHI.MERIT_FINDING", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: đã có Huân chương Lao động hạng Ba và các năm tiếp theo liên tục lập được thành tích xuất sắc có phạm vi ảnh hưởng và nêu gương trong bộ, ngành, tỉnh, với số năm và sáng kiến theo nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.MERIT_FINDING", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_MeritFinding_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/05-every-route-denied.json", "HCLD_HANG_NHI.MERIT_FINDING", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: đã có Huân chương Lao động hạng Ba và các năm tiếp theo liên tục lập được thành tích xuất sắc có phạm vi ảnh hưởng và nêu gương trong bộ, ngành, tỉnh, với số năm và sáng kiến theo nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.MERIT_FINDING", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhi_MeritFinding_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/02-one-off-found.json", "HCLD_HANG_NHI.MERIT_FINDING", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 43) }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_OneOffOrWork_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/02-one-off-found.json", "HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao trong bộ, ngành, địa phương, hoặc công trình khoa học, tác phẩm xuất sắc cấp bộ, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_OneOffOrWork_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/05-every-route-denied.json", "HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao trong bộ, ngành, địa phương, hoặc công trình khoa học, tác phẩm xuất sắc cấp bộ, tỉnh (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhi_OneOffOrWork_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/01-merit-standard-found.json", "HCLD_HANG_NHI.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 43) }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHI.LONG_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_LongService_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/03-long-service-found.json", "HCLD_HANG_NHI.LONG_SERVICE", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có quá trình cống hiến lâu dài, liên tục trong cơ quan, tổ chức, đoàn thể, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.LONG_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_LongService_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/05-every-route-denied.json", "HCLD_HANG_NHI.LONG_SERVICE", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có quá trình cống hiến lâu dài, liên tục trong cơ quan, tổ chức, đoàn thể, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.LONG_SERVICE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhi_LongService_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/01-merit-standard-found.json", "HCLD_HANG_NHI.LONG_SERVICE", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 43) }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHI.WORKER_STANDARD", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhi_WorkerStandard_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/04-worker-standard-found.json", "HCLD_HANG_NHI.WORKER_STANDARD", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHI.WORKER_STANDARD", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhi_WorkerStandard_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHI/08-worker-every-route-denied.json", "HCLD_HANG_NHI.WORKER_STANDARD", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 43) }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_ExemplaryCompliance_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/01-second-class-five-years-influence-found.json", "HCLD_HANG_NHAT.EXEMPLARY_COMPLIANCE", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 42, 1) }, new[] { "Hội đồng thi đua - khen thưởng nhận xét gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_ExemplaryCompliance_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/11-compliance-denied.json", "HCLD_HANG_NHAT.EXEMPLARY_COMPLIANCE", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 42, 1) }, new[] { "Hội đồng thi đua - khen thưởng không nhận xét là gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.EXEMPLARY_COMPLIANCE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_ExemplaryCompliance_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/10-compliance-not-stated.json", "HCLD_HANG_NHAT.EXEMPLARY_COMPLIANCE", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 42, 1) }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_HoldsLabourOrderSecondClass_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/01-second-class-five-years-influence-found.json", "HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, new[] { "Đã có Huân chương Lao động hạng Nhì theo công trạng trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_HoldsLabourOrderSecondClass_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/04-no-second-class-one-off-found.json", "HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, new[] { "Chưa có Huân chương Lao động hạng Nhì nào trước kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_HoldsLabourOrderSecondClass_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/07-long-service-second-class-only.json", "HCLD_HANG_NHAT.HOLDS_LABOUR_ORDER_SECOND_CLASS", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_FiveExcellentYears_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/01-second-class-five-years-influence-found.json", "HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Huân chương Lao động hạng Nhì, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_FiveExcellentYears_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/02-four-years-only.json", "HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, new[] { "năm liên tục hoàn thành xuất sắc nhiệm vụ sau Huân chương Lao động hạng Nhì, tính đến kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_FiveExcellentYears_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/07-long-service-second-class-only.json", "HCLD_HANG_NHAT.FIVE_EXCELLENT_YEARS", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_NationwideInfluence_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/01-second-class-five-years-influence-found.json", "HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: thành tích xuất sắc của các năm tiếp theo sau Huân chương Lao động hạng Nhì có phạm vi ảnh hưởng và nêu gương trong toàn quốc, với số sáng kiến theo nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_NationwideInfluence_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/03-influence-denied.json", "HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: thành tích xuất sắc của các năm tiếp theo sau Huân chương Lao động hạng Nhì có phạm vi ảnh hưởng và nêu gương trong toàn quốc, với số sáng kiến theo nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_NationwideInfluence_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/04-no-second-class-one-off-found.json", "HCLD_HANG_NHAT.NATIONWIDE_INFLUENCE", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_OneOffOrWork_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/04-no-second-class-one-off-found.json", "HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 42, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao có phạm vi ảnh hưởng toàn quốc, hoặc công trình khoa học, tác phẩm xuất sắc cấp nhà nước (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_OneOffOrWork_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/02-four-years-only.json", "HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 42, 1, "b") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao có phạm vi ảnh hưởng toàn quốc, hoặc công trình khoa học, tác phẩm xuất sắc cấp nhà nước (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_OneOffOrWork_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/01-second-class-five-years-influence-found.json", "HCLD_HANG_NHAT.ONE_OFF_OR_WORK", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 42, 1, "b") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.LONG_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_LongService_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/05-long-service-found.json", "HCLD_HANG_NHAT.LONG_SERVICE", ConditionOutcome.Met, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: có quá trình cống hiến lâu dài, liên tục trong cơ quan, tổ chức, đoàn thể, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.LONG_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_LongService_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/02-four-years-only.json", "HCLD_HANG_NHAT.LONG_SERVICE", ConditionOutcome.NotMet, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: có quá trình cống hiến lâu dài, liên tục trong cơ quan, tổ chức, đoàn thể, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.LONG_SERVICE", ConditionOutcome.Unknown, Regime = Regime)]
    public void HcldHangNhat_LongService_Unknown()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/01-second-class-five-years-influence-found.json", "HCLD_HANG_NHAT.LONG_SERVICE", ConditionOutcome.Unknown, new Cite[] { new("LAW_15_2003", 42, 1, "a") }, Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_NHAT.WORKER_STANDARD", ConditionOutcome.Met, Regime = Regime)]
    public void HcldHangNhat_WorkerStandard_Met()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/06-worker-standard-found.json", "HCLD_HANG_NHAT.WORKER_STANDARD", ConditionOutcome.Met, new Cite[] { new("ND91_2017", 22, 2) }, new[] { "Hội đồng thi đua - khen thưởng xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });

    [Fact]
    [Covers("HCLD_HANG_NHAT.WORKER_STANDARD", ConditionOutcome.NotMet, Regime = Regime)]
    public void HcldHangNhat_WorkerStandard_NotMet()
        => ExpectCase("vn-2013/HCLD_HANG_NHAT/12-worker-every-route-denied.json", "HCLD_HANG_NHAT.WORKER_STANDARD", ConditionOutcome.NotMet, new Cite[] { new("ND91_2017", 22, 2) }, new[] { "Hội đồng thi đua - khen thưởng không xác nhận: là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (kỳ" });
}
