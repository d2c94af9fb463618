using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Facts
{
    /// <summary>The closed vocabulary of facts rule files may name. A rule naming any other fact is rejected at load.</summary>
    /// <remarks>
    /// Whether a fact is known is asked for every fact of every rule on every check, so the tests below call
    /// allocation-free helpers of the fact types (loops) rather than LINQ over the dossier's lists.
    /// </remarks>
    internal static class FactCatalog
    {
        private static readonly Dictionary<string, FactDescriptor> ByName = Build().ToDictionary(f => f.Name, StringComparer.Ordinal);

        public static IReadOnlyCollection<FactDescriptor> All => ByName.Values;

        public static bool TryGet(string name, out FactDescriptor descriptor) => ByName.TryGetValue(name, out descriptor!);

        private static IEnumerable<FactDescriptor> Build()
        {
            yield return Fact("category", FactGroup.Person, "category", "nhóm đối tượng (cán bộ, công chức, viên chức / người lao động / lực lượng vũ trang)", "personnel category",
                c => c.Dossier.Category != null, c => c.Person.Category);
            yield return Fact("taskRating", FactGroup.Record, "periods[{period}].taskRating", "kết quả xếp loại mức độ hoàn thành nhiệm vụ", "task rating",
                c => c.PeriodRecord?.TaskRating != null, c => c.Record.TaskRating);
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
            yield return Fact("monthsSinceRecruitment", FactGroup.Person, "recruitmentDate", "ngày tuyển dụng lần đầu (và các thời gian nghỉ việc giữa hai hợp đồng)", "first recruitment date (and any breaks between contracts)",
                c => c.Dossier.RecruitmentDate != null, c => c.Person.MonthsSinceRecruitment);
            yield return Fact("disciplinesInPeriod", FactGroup.Discipline, "disciplines", "các quyết định kỷ luật (ghi [] nếu không có)", "disciplinary decisions (write [] if none)",
                c => c.Dossier.Disciplines != null, c => c.Discipline.DisciplinesInPeriod);
            yield return Fact("disciplinesInForceFromEarlier", FactGroup.Discipline, "disciplines", "ngày xóa kỷ luật hoặc ngày hết hiệu lực của các quyết định kỷ luật trước kỳ (ghi [] nếu không có kỷ luật)", "when disciplines decided before the period were lifted or lapsed (write [] if none)",
                c => c.Discipline.EarlierDisciplinesDecidable(), c => c.Discipline.DisciplinesInForceFromEarlier);
            yield return Setting("earlierDisciplineTreatment", FactGroup.Discipline, nameof(OpenPointSettings.DisciplineInForceFromEarlierPeriod), "cách xử lý kỷ luật quyết định trước kỳ còn hiệu lực trong kỳ", "how to treat a discipline decided before the period and still in force in it",
                c => SettingNeeded(c.Discipline.EarlierDisciplineTreatment, c.Discipline.EarlierDisciplinesDecidable(), c.Discipline.DisciplinesInForceFromEarlier), c => c.Discipline.EarlierDisciplineTreatment);
            yield return Fact("criminalSentencesServed", FactGroup.Discipline, "criminalSentences", "các bản án hình sự, kể cả án treo, với ngày chấp hành xong (ghi [] nếu không có)", "criminal sentences, suspended ones included, with the day they end (write [] if none)",
                c => c.Discipline.SentencesDecidable(), c => c.Discipline.CriminalSentencesServed);
            yield return Setting("criminalSentenceTreatment", FactGroup.Discipline, nameof(OpenPointSettings.CriminalSentenceBeingServed), "cách xử lý người đang chấp hành án hình sự, kể cả án treo", "how to treat a person serving a criminal sentence, suspended ones included",
                c => SettingNeeded(c.Discipline.CriminalSentenceTreatment, c.Discipline.SentencesDecidable(), c.Discipline.CriminalSentencesServed), c => c.Discipline.CriminalSentenceTreatment);
            yield return Fact("emulationRegistered", FactGroup.Record, "periods[{period}].emulationRegistered", "việc đăng ký tham gia phong trào thi đua của kỳ", "registration for the period's emulation movement",
                c => c.PeriodRecord?.EmulationRegistered != null, c => c.Record.EmulationRegistered);
            yield return Setting("nonRegistrationTreatment", FactGroup.Record, nameof(OpenPointSettings.NotRegisteredForEmulation), "cách xử lý người không đăng ký thi đua", "how to treat a person who did not register for emulation",
                c => SettingNeeded(c.Record.NonRegistrationTreatment, c.PeriodRecord?.EmulationRegistered != null, c.PeriodRecord?.EmulationRegistered == false ? 1 : 0), c => c.Record.NonRegistrationTreatment);
            yield return Fact("pendingProceedings", FactGroup.Discipline, "proceedings", "việc xem xét kỷ luật, điều tra, giải quyết khiếu nại, tố cáo (ghi [] nếu không có)", "disciplinary reviews, investigations, complaints (write [] if none)",
                c => c.Dossier.Proceedings != null, c => c.Discipline.PendingProceedings);
            yield return Fact("longTrainingRequirementsMet", FactGroup.Record, "periods[{period}].leaves (training: courseMonths, compliedWithRules, result)", "kết quả và việc chấp hành quy định của khóa đào tạo", "training course result and compliance",
                c => c.Record.LongTrainingKnown(), c => c.Record.LongTrainingRequirementsMet);
            yield return Fact("longTrainingCourses", FactGroup.Record, "periods[{period}].leaves (training: courseMonths)", "thời gian khóa đào tạo", "training course length",
                c => c.Record.TrainingLengthsKnown(), c => c.Record.LongTrainingCourses);
            yield return Fact("transferRequirementMet", FactGroup.Record, "periods[{period}].transfer", "thông tin chuyển công tác (số tháng ở đơn vị cũ, ý kiến nhận xét của đơn vị cũ)", "transfer (months at previous unit, previous unit's comment)",
                c => c.PeriodRecord?.Transfer is not TransferRecord t || (t.MonthsAtPreviousUnit != null && (t.MonthsAtPreviousUnit < 6 || t.PreviousUnitCommentProvided != null)), c => c.Record.TransferRequirementMet);
            yield return Fact("monthsAtPreviousUnit", FactGroup.Record, "periods[{period}].transfer.monthsAtPreviousUnit", "số tháng công tác ở đơn vị cũ", "months at the previous unit",
                c => c.PeriodRecord?.Transfer is not TransferRecord t || t.MonthsAtPreviousUnit != null, c => c.Record.MonthsAtPreviousUnit);
            yield return Fact("unitInitiatives", FactGroup.Initiatives, "initiatives", "sáng kiến, đề tài được công nhận (ghi [] nếu không có)", "recognised initiatives and research topics (write [] if none)",
                c => c.Initiatives.Decidable(InitiativeScope.Unit, c.Period, c.Period), c => c.Initiatives.UnitInitiatives);
            yield return Fact("grassrootsAchievements", FactGroup.Initiatives, "initiatives", "sáng kiến được cơ sở công nhận, đề tài đã nghiệm thu, mưu trí, sáng tạo trong chiến đấu (ghi [] nếu không có)", "initiatives recognised at grassroots level, accepted topics, combat creativity (write [] if none)",
                c => c.Initiatives.Decidable(InitiativeScope.Unit, c.Period, c.Period, InitiativeReading.Law2022), c => c.Initiatives.GrassrootsAchievements);
            yield return Fact("ministryInitiatives", FactGroup.Initiatives, "initiatives, awardHistory", "sáng kiến, đề tài được người đứng đầu bộ, ngành, tỉnh công nhận và các danh hiệu đã được tặng (ghi [] nếu không có)", "initiatives recognised by the ministry or province, and titles already received (write [] if none)",
                c => c.Dossier.AwardHistory != null && c.Initiatives.Decidable(InitiativeScope.MinistryOrProvince, c.History.MinistryTitleWindowStart, c.Period), c => c.Initiatives.MinistryInitiatives);
            yield return Fact("nationalInitiatives", FactGroup.Initiatives, "initiatives, awardHistory", "sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc và các danh hiệu đã được tặng (ghi [] nếu không có)", "initiatives of nationwide influence, and titles already received (write [] if none)",
                c => c.Dossier.AwardHistory != null && c.Initiatives.NationalDecidable(), c => c.Initiatives.NationalInitiatives);
            yield return Fact("consecutiveGrassrootsTitles", FactGroup.History, "awardHistory", "các danh hiệu, hình thức khen thưởng đã được tặng (ghi [] nếu chưa có)", "titles and awards already received (write [] if none)",
                c => c.Dossier.AwardHistory != null, c => c.History.ConsecutiveGrassrootsTitles);
            yield return Fact("consecutiveMinistryTitles", FactGroup.History, "awardHistory", "các danh hiệu, hình thức khen thưởng đã được tặng (ghi [] nếu chưa có)", "titles and awards already received (write [] if none)",
                c => c.Dossier.AwardHistory != null, c => c.History.ConsecutiveMinistryTitles);
            yield return Fact("yearsSinceMinistryTitleDecision", FactGroup.History, "awardHistory[CSTD_BO_TINH].decisionDate", "ngày quyết định công nhận Chiến sĩ thi đua cấp bộ, tỉnh", "decision date of the ministry/provincial emulation fighter title",
                c => c.Dossier.AwardHistory != null && (c.History.LatestMinistryTitle() is not AwardRecord a || a.DecisionDate != null), c => c.History.YearsSinceMinistryTitleDecision);
            yield return Fact("ballotApprovalPercent", FactGroup.Record, "periods[{period}].ballots", "kết quả bỏ phiếu kín của Hội đồng thi đua - khen thưởng", "the emulation council's secret ballot",
                c => c.Record.Ballot() != null, c => c.Record.BallotApprovalPercent);
            yield return Fact("sameAwardForPeriod", FactGroup.History, "awardHistory", "các danh hiệu, hình thức khen thưởng đã được tặng (ghi [] nếu chưa có)", "titles and awards already received (write [] if none)",
                c => c.Dossier.AwardHistory != null, c => c.History.SameAwardForPeriod);
            yield return Fact("workingDaysAbsent", FactGroup.Record, "periods[{period}].workingDaysAbsent", "số ngày làm việc nghỉ trong kỳ (không tính nghỉ thai sản, điều trị do bị thương khi dũng cảm cứu người, đi học)", "working days absent in the period (maternity, brave-act injury treatment and training not counted)",
                c => c.PeriodRecord?.WorkingDaysAbsent != null, c => c.Record.WorkingDaysAbsent);
            yield return Fact("periodAfterPreviousDecision", FactGroup.History, "awardHistory[].decisionDate", "ngày quyết định của các lần được tặng danh hiệu này trước đây", "decision dates of the earlier awards of this title",
                c => c.History.DecisionDatesKnown(), c => c.History.PeriodAfterPreviousDecision);
            yield return Fact("consecutiveGrassrootsTitlesSinceDecision", FactGroup.History, "awardHistory (CSTD_BO_TINH: decisionDate)", "các danh hiệu đã được tặng và ngày quyết định Chiến sĩ thi đua cấp bộ, tỉnh gần nhất (ghi [] nếu chưa có)", "titles already received and the decision date of the latest ministry/provincial title (write [] if none)",
                c => c.Dossier.AwardHistory != null && (c.History.LatestMinistryTitle() is not AwardRecord a || a.DecisionDate != null), c => c.History.ConsecutiveGrassrootsTitlesSinceDecision);
            yield return Fact("periodAfterPreviousAward", FactGroup.History, "awardHistory", "các danh hiệu, hình thức khen thưởng đã được tặng (ghi [] nếu chưa có)", "titles and awards already received (write [] if none)",
                c => c.Dossier.AwardHistory != null, c => c.History.PeriodAfterPreviousAward);
        }

        private static FactDescriptor Fact(string name, FactGroup group, string field, string vi, string en, Func<AwardCheck, bool> isKnown, Func<AwardCheck, object> value)
            => new FactDescriptor(name, group, field, new LocalizedText(vi, en), isKnown, value);

        /// <summary>
        /// A host setting on an open point of law, needed by a rule as a fact: "missing" (so the condition is Unknown)
        /// while the host has not chosen and the case arises. Its field names the option, not a dossier field.
        /// </summary>
        private static FactDescriptor Setting(string name, FactGroup group, string option, string vi, string en, Func<AwardCheck, bool> needed, Func<AwardCheck, object> value)
            => new FactDescriptor(
                name,
                group,
                OpenPointSettings.MissingFactPrefix + char.ToLowerInvariant(option[0]) + option.Substring(1),
                new LocalizedText("thiết lập của đơn vị (không văn bản trung ương nào quy định): " + vi, "host setting (no national text settles it): " + en),
                c => !needed(c),
                value);

        /// <summary>
        /// Whether a host setting is still needed: it is unset and the dossier shows the case it decides (its count fact
        /// is known and not zero). An unset point asks nothing of people it does not concern, and while the dossier
        /// leaves the case open the clerk is asked for the dossier's fact first.
        /// </summary>
        private static bool SettingNeeded(OpenPointTreatment treatment, bool countKnown, int count) => treatment == OpenPointTreatment.Unknown && countKnown && count > 0;

        private static FactDescriptor Attestation(string name, string vi, string en, Func<CouncilAttestations, bool?> read, Func<PeriodRecordFacts, object> value)
            => new FactDescriptor(
                name,
                FactGroup.Record,
                "periods[{period}].attestations." + name,
                new LocalizedText("nhận xét của Hội đồng thi đua - khen thưởng: " + vi, "emulation council's finding: " + en),
                c => c.PeriodRecord?.Attestations is CouncilAttestations a && read(a) != null,
                c => value(c.Record));
    }
}
