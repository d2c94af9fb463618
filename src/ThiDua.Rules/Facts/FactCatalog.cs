using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Facts
{
    /// <summary>The closed vocabulary of facts rule files may name. A rule naming any other fact is rejected at load.</summary>
    /// <remarks>
    /// Whether a fact is known is asked for every fact of every rule on every check, so the tests below call
    /// allocation-free helpers of <see cref="RuleFacts"/> (loops) rather than LINQ over the dossier's lists.
    /// </remarks>
    internal static class FactCatalog
    {
        private static readonly Dictionary<string, FactDescriptor> ByName = Build().ToDictionary(f => f.Name, StringComparer.Ordinal);

        public static IReadOnlyCollection<FactDescriptor> All => ByName.Values;

        public static bool TryGet(string name, out FactDescriptor descriptor) => ByName.TryGetValue(name, out descriptor!);

        private static IEnumerable<FactDescriptor> Build()
        {
            yield return Fact("category", "category", "nhóm đối tượng (cán bộ, công chức, viên chức / người lao động / lực lượng vũ trang)", "personnel category",
                f => f.Dossier.Category != null, f => f.Category);
            yield return Fact("taskRating", "periods[{period}].taskRating", "kết quả xếp loại mức độ hoàn thành nhiệm vụ", "task rating",
                f => f.Record?.TaskRating != null, f => f.TaskRating);
            yield return Attestation("policyComplianceAndSolidarity", "chấp hành chủ trương, chính sách, pháp luật, đoàn kết, tích cực thi đua", "policy compliance, solidarity and emulation",
                a => a.PolicyComplianceAndSolidarity, f => f.PolicyComplianceAndSolidarity);
            yield return Attestation("activeStudy", "tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ", "active study",
                a => a.ActiveStudy, f => f.ActiveStudy);
            yield return Attestation("ethicsAndLifestyle", "đạo đức, lối sống lành mạnh", "ethics and lifestyle",
                a => a.EthicsAndLifestyle, f => f.EthicsAndLifestyle);
            yield return Attestation("productiveWorkAndEmulation", "lao động có năng suất, hiệu quả, tích cực thi đua", "productive work and emulation",
                a => a.ProductiveWorkAndEmulation, f => f.ProductiveWorkAndEmulation);
            yield return Attestation("exemplaryConduct", "gương mẫu chấp hành pháp luật, đạo đức, đoàn kết", "exemplary conduct",
                a => a.ExemplaryConduct, f => f.ExemplaryConduct);
            yield return Attestation("outstandingAmongPeers", "tiêu biểu xuất sắc trong số chiến sĩ thi đua cơ sở", "outstanding among grassroots emulation fighters",
                a => a.OutstandingAmongPeers, f => f.OutstandingAmongPeers);
            yield return Attestation("mostOutstandingAmongPeers", "tiêu biểu xuất sắc nhất trong số chiến sĩ thi đua cấp bộ, tỉnh", "most outstanding among ministry/provincial emulation fighters",
                a => a.MostOutstandingAmongPeers, f => f.MostOutstandingAmongPeers);
            yield return Fact("monthsSinceRecruitment", "recruitmentDate", "ngày tuyển dụng", "recruitment date",
                f => f.Dossier.RecruitmentDate != null, f => f.MonthsSinceRecruitment);
            yield return Fact("disciplinesInPeriod", "disciplines", "các quyết định kỷ luật (ghi [] nếu không có)", "disciplinary decisions (write [] if none)",
                f => f.Dossier.Disciplines != null, f => f.DisciplinesInPeriod);
            yield return Fact("pendingProceedings", "proceedings", "việc xem xét kỷ luật, điều tra, giải quyết khiếu nại, tố cáo (ghi [] nếu không có)", "disciplinary reviews, investigations, complaints (write [] if none)",
                f => f.Dossier.Proceedings != null, f => f.PendingProceedings);
            yield return Fact("longTrainingRequirementsMet", "periods[{period}].leaves (training: courseMonths, compliedWithRules, result)", "kết quả và việc chấp hành quy định của khóa đào tạo", "training course result and compliance",
                f => f.LongTrainingKnown(), f => f.LongTrainingRequirementsMet);
            yield return Fact("longTrainingCourses", "periods[{period}].leaves (training: courseMonths)", "thời gian khóa đào tạo", "training course length",
                f => f.TrainingLengthsKnown(), f => f.LongTrainingCourses);
            yield return Fact("transferRequirementMet", "periods[{period}].transfer", "thông tin chuyển công tác (số tháng ở đơn vị cũ, ý kiến nhận xét của đơn vị cũ)", "transfer (months at previous unit, previous unit's comment)",
                f => f.Record?.Transfer is not TransferRecord t || (t.MonthsAtPreviousUnit != null && (t.MonthsAtPreviousUnit < 6 || t.PreviousUnitCommentProvided != null)), f => f.TransferRequirementMet);
            yield return Fact("monthsAtPreviousUnit", "periods[{period}].transfer.monthsAtPreviousUnit", "số tháng công tác ở đơn vị cũ", "months at the previous unit",
                f => f.Record?.Transfer is not TransferRecord t || t.MonthsAtPreviousUnit != null, f => f.MonthsAtPreviousUnit);
            yield return Fact("unitInitiatives", "initiatives", "sáng kiến, đề tài được công nhận (ghi [] nếu không có)", "recognised initiatives and research topics (write [] if none)",
                f => f.InitiativesDecidable(InitiativeScope.Unit, f.Period, f.Period), f => f.UnitInitiatives);
            yield return Fact("ministryInitiatives", "initiatives, awardHistory", "sáng kiến, đề tài được người đứng đầu bộ, ngành, tỉnh công nhận và các danh hiệu đã được tặng (ghi [] nếu không có)", "initiatives recognised by the ministry or province, and titles already received (write [] if none)",
                f => f.Dossier.AwardHistory != null && f.InitiativesDecidable(InitiativeScope.MinistryOrProvince, f.MinistryTitleWindowStart, f.Period), f => f.MinistryInitiatives);
            yield return Fact("nationalInitiatives", "initiatives, awardHistory", "sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc và các danh hiệu đã được tặng (ghi [] nếu không có)", "initiatives of nationwide influence, and titles already received (write [] if none)",
                f => f.Dossier.AwardHistory != null && f.NationalInitiativesDecidable(), f => f.NationalInitiatives);
            yield return Fact("consecutiveGrassrootsTitles", "awardHistory", "các danh hiệu, hình thức khen thưởng đã được tặng (ghi [] nếu chưa có)", "titles and awards already received (write [] if none)",
                f => f.Dossier.AwardHistory != null, f => f.ConsecutiveGrassrootsTitles);
            yield return Fact("consecutiveMinistryTitles", "awardHistory", "các danh hiệu, hình thức khen thưởng đã được tặng (ghi [] nếu chưa có)", "titles and awards already received (write [] if none)",
                f => f.Dossier.AwardHistory != null, f => f.ConsecutiveMinistryTitles);
            yield return Fact("yearsSinceMinistryTitleDecision", "awardHistory[CSTD_BO_TINH].decisionDate", "ngày quyết định công nhận Chiến sĩ thi đua cấp bộ, tỉnh", "decision date of the ministry/provincial emulation fighter title",
                f => f.Dossier.AwardHistory != null && (f.LatestMinistryTitle() is not AwardRecord a || a.DecisionDate != null), f => f.YearsSinceMinistryTitleDecision);
            yield return Fact("ballotApprovalPercent", "periods[{period}].ballots", "kết quả bỏ phiếu kín của Hội đồng thi đua - khen thưởng", "the emulation council's secret ballot",
                f => f.Ballot() != null, f => f.BallotApprovalPercent);
            yield return Fact("sameAwardForPeriod", "awardHistory", "các danh hiệu, hình thức khen thưởng đã được tặng (ghi [] nếu chưa có)", "titles and awards already received (write [] if none)",
                f => f.Dossier.AwardHistory != null, f => f.SameAwardForPeriod);
            yield return Fact("periodAfterPreviousAward", "awardHistory", "các danh hiệu, hình thức khen thưởng đã được tặng (ghi [] nếu chưa có)", "titles and awards already received (write [] if none)",
                f => f.Dossier.AwardHistory != null, f => f.PeriodAfterPreviousAward);
        }

        private static FactDescriptor Fact(string name, string field, string vi, string en, Func<RuleFacts, bool> isKnown, Func<RuleFacts, object> value)
            => new FactDescriptor(name, field, new LocalizedText(vi, en), isKnown, value);

        private static FactDescriptor Attestation(string name, string vi, string en, Func<CouncilAttestations, bool?> read, Func<RuleFacts, object> value)
            => new FactDescriptor(
                name,
                "periods[{period}].attestations." + name,
                new LocalizedText("nhận xét của Hội đồng thi đua - khen thưởng: " + vi, "emulation council's finding: " + en),
                f => f.Record?.Attestations is CouncilAttestations a && read(a) != null,
                value);
    }
}
