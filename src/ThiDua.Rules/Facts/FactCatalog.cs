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
    internal static partial class FactCatalog
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
            // Never supplied by a dossier: for a text whose exclusions are known to exist but are not encoded (Decree
            // 42/2010 and Circular 02/2011 in vn-2013-nd42), so that the gap always reads Unknown, never Met.
            yield return Fact("exclusionsCheckedByHand", FactGroup.Person, "(no dossier field: check by hand the exclusions the rule's notes name)", "kiểm tra thủ công các trường hợp không xét tặng nêu trong ghi chú của điều kiện (thư viện chưa mã hóa)", "a check by hand of the exclusions the condition's notes name (not encoded in the library)",
                c => false, c => c.Person.ExclusionsCheckedByHand);
            yield return Fact("disciplinesInPeriod", FactGroup.Discipline, "disciplines", "các quyết định kỷ luật (ghi [] nếu không có)", "disciplinary decisions (write [] if none)",
                c => c.Dossier.Disciplines != null, c => c.Discipline.DisciplinesInPeriod);
            yield return Fact("disciplinesInForceFromEarlier", FactGroup.Discipline, "disciplines", "ngày xóa kỷ luật hoặc ngày hết hiệu lực của các quyết định kỷ luật trước kỳ (ghi [] nếu không có kỷ luật)", "when disciplines decided before the period were lifted or lapsed (write [] if none)",
                c => c.Discipline.EarlierDisciplinesDecidable(), c => c.Discipline.DisciplinesInForceFromEarlier);
            yield return Setting("earlierDisciplineTreatment", FactGroup.Discipline, nameof(OpenPointSettings.DisciplineInForceFromEarlierPeriod), "cách xử lý kỷ luật quyết định trước kỳ còn hiệu lực trong kỳ", "how to treat a discipline decided before the period and still in force in it",
                c => SettingNeeded(c.Discipline.EarlierDisciplineTreatment, c.Discipline.EarlierDisciplinesDecidable(), c.Discipline.DisciplinesInForceFromEarlier), c => c.Discipline.EarlierDisciplineTreatment);
            yield return Fact("disciplinesInForceDuringPeriod", FactGroup.Discipline, "disciplines", "các quyết định kỷ luật, với ngày hết hiệu lực hoặc ngày xóa kỷ luật của quyết định trước kỳ (ghi [] nếu không có)", "disciplinary decisions, with the end or lifting date of those decided before the period (write [] if none)",
                c => c.Discipline.DisciplinesDuringPeriodDecidable(), c => c.Discipline.DisciplinesInForceDuringPeriod);
            yield return Setting("disciplineDuringPeriodTreatment", FactGroup.Discipline, nameof(OpenPointSettings.DisciplineInForceDuringPeriod), "cách xử lý kỷ luật còn hiệu lực trong kỳ theo Luật 2022", "how to treat a discipline in force during the period under the 2022 Law",
                c => SettingNeeded(c.Discipline.DisciplineDuringPeriodTreatment, c.Discipline.DisciplinesDuringPeriodDecidable(), c.Discipline.DisciplinesInForceDuringPeriod), c => c.Discipline.DisciplineDuringPeriodTreatment);
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
            foreach (var fact in CollectiveFactsCatalog().Concat(ListFactsCatalog()).Concat(CommunityFactsCatalog()).Concat(FormFactsCatalog()).Concat(HonoraryFactsCatalog())
                .Concat(LongServiceFacts()).Concat(Orders2022Findings()).Concat(Honours2022Findings()).Concat(Titles2022Findings()).Concat(Armed2013Findings()).Concat(Honours2013Findings()).Concat(Forms2013Findings()))
            {
                yield return fact;
            }
        }

        private static IEnumerable<FactDescriptor> ListFactsCatalog()
        {
            yield return ListFact("grassrootsFightersProposed", "nominations", "số đề nghị Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighter nominations", c => true, c => c.List.GrassrootsFightersProposed);
            yield return ListFact("advancedTitleHolders", "nominations (LDTT, CSTT)", "số người đạt Lao động tiên tiến / Chiến sĩ tiên tiến trong danh sách", "people on the list reaching Advanced Worker / Advanced Soldier",
                c => c.ListTally != null && c.ListTally.Undecided(AwardCodes.AdvancedWorker) + c.ListTally.Undecided(AwardCodes.AdvancedSoldier) == 0, c => c.List.AdvancedTitleHolders);
            yield return ListFact("grassrootsFighterCeilingPercent", "grassrootsFighterCeilingPercent", "tỷ lệ Chiến sĩ thi đua cơ sở của bộ, ngành, tỉnh", "the ministry's or province's Grassroots Emulation Fighter ratio", c => true, c => c.List.GrassrootsFighterCeilingPercent);
            yield return ListFact("grassrootsFightersAllowed", "nominations (LDTT, CSTT)", "số Chiến sĩ thi đua cơ sở tối đa", "the most Grassroots Emulation Fighter nominations allowed",
                c => c.ListTally != null && c.ListTally.Undecided(AwardCodes.AdvancedWorker) + c.ListTally.Undecided(AwardCodes.AdvancedSoldier) == 0, c => c.List.GrassrootsFightersAllowed);
            yield return ListFact("governmentFlagsProposed", "collectives", "số đề nghị Cờ thi đua của Chính phủ", "Government Emulation Flag nominations", c => true, c => c.List.GovernmentFlagsProposed);
            yield return ListFact("governmentFlagPool", "governmentFlagPool", "số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, tỉnh", "collectives meeting the ministry/provincial flag standard",
                c => c.ListTally?.GovernmentFlagPool != null || c.List.GovernmentFlagsProposed == 0, c => c.List.GovernmentFlagPool);
            yield return ListFact("exclusiveNominations", "nominations", "số cặp danh hiệu loại trừ nhau của cùng một người", "pairs of mutually exclusive nominations of one person", c => true, c => c.List.ExclusiveNominations);
            yield return ListFact("exclusiveNominees", "nominations", "người được đề nghị hai danh hiệu loại trừ nhau", "people proposed for two titles that exclude each other", c => true, c => c.List.ExclusiveNominees);
            yield return ListFact("repeatedNominations", "nominations", "số đề nghị lặp lại", "repeated nominations", c => true, c => c.List.RepeatedNominations);
            yield return ListFact("repeatedNominees", "nominations", "đối tượng được đề nghị lặp lại", "nominees proposed twice for one title", c => true, c => c.List.RepeatedNominees);
            yield return ListFact("stateFormConflicts", "nominations", "số người được đề nghị từ hai hình thức khen thưởng cấp Nhà nước trở lên trong năm", "people proposed for two or more State-level forms in the year",
                c => c.List.StateFormConflicts > 0 || c.List.StateFormUndetermined == 0, c => c.List.StateFormConflicts);
            yield return ListFact("stateFormUndetermined", "nominations", "số người chưa xác định được vì thiếu cơ sở khen thưởng", "people the limit cannot decide until a basis is stated", c => true, c => c.List.StateFormUndetermined);
            yield return ListFact("stateFormNominees", "nominations", "người được đề nghị nhiều hình thức khen thưởng cấp Nhà nước trong năm", "people proposed for several State-level forms in the year", c => true, c => c.List.StateFormNominees);
        }

        private static FactDescriptor ListFact(string name, string field, string vi, string en, Func<AwardCheck, bool> isKnown, Func<AwardCheck, object> value)
            => new FactDescriptor(name, FactGroup.List, field, new LocalizedText(vi, en), isKnown, value);

        private static IEnumerable<FactDescriptor> CollectiveFactsCatalog()
        {
            yield return Fact("collectiveKind", FactGroup.Collective, "kind", "tập thể dân sự, đơn vị lực lượng vũ trang hay đơn vị hành chính cấp xã", "civilian collective, armed-forces unit or commune-level administrative unit",
                c => c.CollectiveDossier?.Kind != null, c => c.Collective.CollectiveKind);
            yield return Fact("collectiveTaskRating", FactGroup.Collective, "periods[{period}].taskRating", "kết quả hoàn thành nhiệm vụ, kế hoạch của tập thể", "the collective's task rating",
                c => c.CollectiveRecord?.TaskRating != null, c => c.Collective.CollectiveTaskRating);
            yield return CollectiveAttestation("effectiveEmulationMovement", "phong trào thi đua thường xuyên, thiết thực, hiệu quả", "regular, practical and effective emulation movement", a => a.EffectiveEmulationMovement, f => f.EffectiveEmulationMovement);
            yield return CollectiveAttestation("unityAndCompliance", "nội bộ đoàn kết, chấp hành chủ trương, chính sách, pháp luật", "internal unity and compliance with policy and law", a => a.UnityAndCompliance, f => f.UnityAndCompliance);
            yield return CollectiveAttestation("creativeAndFulfilledObligations", "sáng tạo, vượt khó, thực hiện tốt nghĩa vụ với Nhà nước", "creative, resilient, fulfilled its obligations to the State", a => a.CreativeAndFulfilledObligations, f => f.CreativeAndFulfilledObligations);
            yield return CollectiveAttestation("exceededTargets", "hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao", "exceeded the emulation targets and assigned tasks", a => a.ExceededTargets, f => f.ExceededTargets);
            yield return CollectiveAttestation("outstandingInMinistryOrProvince", "tập thể tiêu biểu xuất sắc của bộ, ngành, tỉnh", "typical, outstanding collective of the ministry or province", a => a.OutstandingInMinistryOrProvince, f => f.OutstandingInMinistryOrProvince);
            yield return CollectiveAttestation("newFactorsOrModels", "có nhân tố mới, mô hình mới để các tập thể khác học tập", "new factors or models for others to learn from", a => a.NewFactorsOrModels, f => f.NewFactorsOrModels);
            yield return CollectiveAttestation("thriftAndFightingWaste", "thực hành tiết kiệm, chống lãng phí, tham nhũng và tệ nạn xã hội", "thrift, fighting waste, corruption and social evils", a => a.ThriftAndFightingWaste, f => f.ThriftAndFightingWaste);
            yield return CollectiveAttestation("chosenInClusterRating", "được suy tôn qua bình xét của cụm, khối thi đua", "chosen by the emulation cluster's or block's rating", a => a.ChosenInClusterRating, f => f.ChosenInClusterRating);
            yield return CollectiveAttestation("outstandingNationwide", "tập thể tiêu biểu xuất sắc toàn quốc", "typical, outstanding collective nationwide", a => a.OutstandingNationwide, f => f.OutstandingNationwide);
            yield return CollectiveAttestation("mostOutstandingInMovement", "tập thể tiêu biểu xuất sắc nhất trong phong trào thi đua của bộ, ngành, tỉnh", "the most outstanding collective of the ministry's or province's movement", a => a.MostOutstandingInMovement, f => f.MostOutstandingInMovement);
            yield return CollectiveAttestation("outstandingAmongClusterLeaders", "tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh", "typical, outstanding among the collectives leading the ministry's or province's clusters and blocks", a => a.OutstandingAmongClusterLeaders, f => f.OutstandingAmongClusterLeaders);
            yield return CollectiveAttestation("partyAndMassOrganisationsStrong", "tổ chức đảng, đoàn thể trong sạch, vững mạnh", "clean and strong Party and mass organisations", a => a.PartyAndMassOrganisationsStrong, f => f.PartyAndMassOrganisationsStrong);
            yield return CollectiveAttestation("governmentFlagDecreeDetailMet", "đạt các điều kiện Chính phủ quy định chi tiết cho Cờ thi đua của Chính phủ", "meets the conditions the Government's decree sets for the Government flag", a => a.MetGovernmentFlagDecreeDetail, f => f.GovernmentFlagDecreeDetailMet);
            yield return CollectiveAttestation("leadsDistrictMovement", "xã, phường, thị trấn dẫn đầu phong trào thi đua cấp huyện", "the commune leads its district's emulation movement", a => a.LeadsDistrictMovement, f => f.LeadsDistrictMovement);
            yield return CollectiveAttestation("metProvincialLeadershipTest", "xã, phường, đặc khu đạt yêu cầu dẫn đầu phong trào thi đua theo quy định hiện hành của tỉnh (không còn cấp huyện)", "the commune meets the movement-leadership test of its province's rule in force (no district level)", a => a.MetProvincialLeadershipTest, f => f.MetProvincialLeadershipTest);
            yield return CollectiveAttestation("socioEconomicAndSecurityTasksDone", "thực hiện tốt nhiệm vụ kinh tế - xã hội, quốc phòng, an ninh, trật tự, an toàn xã hội được giao", "socio-economic, defence, security and public-order tasks done well", a => a.SocioEconomicAndSecurityTasksDone, f => f.SocioEconomicAndSecurityTasksDone);
            yield return CollectiveAttestation("stableDevelopingEconomy", "đời sống kinh tế ổn định và từng bước phát triển", "a stable economic life developing step by step", a => a.StableDevelopingEconomy, f => f.StableDevelopingEconomy);
            yield return CollectiveAttestation("healthyCommuneCulturalLife", "đời sống văn hóa, tinh thần lành mạnh, phong phú của xã", "a healthy, rich cultural and spiritual life in the commune", a => a.HealthyCommuneCulturalLife, f => f.HealthyCommuneCulturalLife);
            yield return CollectiveAttestation("safeCleanEnvironment", "môi trường an toàn, thân thiện, cảnh quan sạch đẹp", "a safe, friendly environment and clean landscape", a => a.SafeCleanEnvironment, f => f.SafeCleanEnvironment);
            yield return CollectiveAttestation("compliesWithPartyAndStatePolicy", "chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước", "complies well with Party guidelines and State policy and law", a => a.CompliesWithPartyAndStatePolicy, f => f.CompliesWithPartyAndStatePolicy);
            yield return CollectiveAttestation("metProvincialCommuneStandard", "đạt tiêu chuẩn chi tiết danh hiệu xã tiêu biểu do Ủy ban nhân dân tỉnh quy định", "meets the province's detailed standard for the model-commune title", a => a.MetProvincialCommuneStandard, f => f.MetProvincialCommuneStandard);
            yield return CollectiveAttestation("leadsCentralCouncilCluster", "tập thể dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức", "the leading collective of a cluster or block organised by the Central Emulation and Commendation Council", a => a.LeadsCentralCouncilCluster, f => f.LeadsCentralCouncilCluster);
            yield return CollectiveAttestation("leadsPrimeMinisterMovementAtReview", "tập thể dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động có thời gian từ 05 năm trở lên, khi sơ kết, tổng kết phong trào", "the collective leading a Prime Minister's movement of five years or more, at its interim or final review", a => a.LeadsPrimeMinisterMovementAtReview, f => f.LeadsPrimeMinisterMovementAtReview);
            yield return CollectiveAttestation("metArmedUnitMemberStandard", "đơn vị lực lượng vũ trang đạt phần tiêu chuẩn về cá nhân của danh hiệu Đơn vị quyết thắng", "an armed-forces unit meeting the member part of the Determined-to-Win Unit standard", a => a.MetArmedUnitMemberStandard, f => f.MetArmedUnitMemberStandard);
            yield return CollectiveAttestation("metAdvancedUnitStandard", "đơn vị lực lượng vũ trang đạt tiêu chuẩn danh hiệu Đơn vị tiên tiến", "an armed-forces unit meeting the Advanced Unit standard", a => a.MetAdvancedUnitStandard, f => f.MetAdvancedUnitStandard);
            yield return Fact("ministryFlagStandardMet", FactGroup.Collective, "awardHistory[CO_THI_DUA_BO_TINH] / periods[{period}].attestations.metMinistryFlagStandard", "quyết định tặng Cờ thi đua cấp bộ, tỉnh cho kỳ này, hoặc nhận xét tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, tỉnh", "the decision awarding the ministry/provincial flag for the period, or the finding that the collective met its standard",
                c => c.Collective.MinistryFlagsForPeriod > 0 || c.CollectiveRecord?.Attestations?.MetMinistryFlagStandard != null, c => c.Collective.MinistryFlagStandardMet);
            yield return Setting("advancedCollectiveMinMemberPercent", FactGroup.Collective, nameof(OpenPointSettings.AdvancedCollectiveMinMemberPercent), "tỷ lệ thành viên đạt Lao động tiên tiến cần cho Tập thể lao động tiên tiến theo Luật 2022 (theo quy định của ngành, địa phương)", "the share of members holding Advanced Worker needed for Advanced Labour Collective under the 2022 Law (from the sector's or province's text)",
                c => c.Plan.Regime.OpenPoints.AdvancedCollectiveMinMemberPercent == null, c => c.Collective.AdvancedCollectiveMinMemberPercent);
            yield return Fact("memberSource", FactGroup.Collective, "periods[{period}].members / memberCounts", "danh sách thành viên hoặc số liệu thành viên", "member dossiers or member counts",
                c => c.Collective.MembersGiven, c => c.Collective.MemberSource);
            yield return Fact("memberCount", FactGroup.Collective, "periods[{period}].members / memberCounts.total", "số thành viên của tập thể", "number of members",
                c => c.Collective.MembersGiven, c => c.Collective.MemberCount);
            yield return MemberMeasure("membersCompletedTasks", "memberCounts.completedTasks", "số thành viên hoàn thành nhiệm vụ", "members who completed their tasks", t => t.CompletedTasks, m => m.CompletedTasks, f => f.MembersCompletedTasks);
            yield return MemberMeasure("completedTasksPercent", "memberCounts.completedTasks", "tỷ lệ thành viên hoàn thành nhiệm vụ", "share of members who completed their tasks", t => t.CompletedTasks, m => m.CompletedTasks, f => f.CompletedTasksPercent);
            yield return MemberMeasure("advancedTitleMembers", "memberCounts.advancedTitle", "số thành viên đạt Lao động tiên tiến / Chiến sĩ tiên tiến", "members holding Advanced Worker / Advanced Soldier", t => t.AdvancedTitle, m => m.AdvancedTitle, f => f.AdvancedTitleMembers);
            yield return MemberMeasure("advancedTitlePercent", "memberCounts.advancedTitle", "tỷ lệ thành viên đạt Lao động tiên tiến / Chiến sĩ tiên tiến", "share of members holding Advanced Worker / Advanced Soldier", t => t.AdvancedTitle, m => m.AdvancedTitle, f => f.AdvancedTitlePercent);
            yield return MemberMeasure("grassrootsFighterMembers", "memberCounts.grassrootsFighters", "số thành viên đạt Chiến sĩ thi đua cơ sở", "members holding Grassroots Emulation Fighter", t => t.GrassrootsFighter, m => m.GrassrootsFighters, f => f.GrassrootsFighterMembers);
            yield return MemberMeasure("membersDisciplinedWarningOrAbove", "memberCounts.disciplinedWarningOrAbove", "số thành viên bị kỷ luật từ cảnh cáo trở lên", "members disciplined at warning or above", t => t.DisciplinedWarningOrAbove, m => m.DisciplinedWarningOrAbove, f => f.MembersDisciplinedWarningOrAbove);
        }

        private static FactDescriptor CollectiveAttestation(string name, string vi, string en, Func<CollectiveAttestations, bool?> read, Func<CollectiveFacts, object> value)
            => new FactDescriptor(
                name,
                FactGroup.Collective,
                "periods[{period}].attestations." + name,
                new LocalizedText("nhận xét của Hội đồng thi đua - khen thưởng về tập thể: " + vi, "emulation council's finding on the collective: " + en),
                c => c.CollectiveRecord?.Attestations is CollectiveAttestations a && read(a) != null,
                c => value(c.Collective));

        private static FactDescriptor MemberMeasure(string name, string countField, string vi, string en, Func<MemberTally, MemberTally.Count> fromMembers, Func<MemberCounts, int?> fromCounts, Func<CollectiveFacts, object> value)
            => new FactDescriptor(
                name,
                FactGroup.Collective,
                "periods[{period}].members (or " + countField + ")",
                new LocalizedText(vi, en),
                c => c.Collective.MeasureKnown(fromMembers, fromCounts),
                c => value(c.Collective));

        private static FactDescriptor Fact(string name, FactGroup group, string field, string vi, string en, Func<AwardCheck, bool> isKnown, Func<AwardCheck, object> value)
            => new FactDescriptor(name, group, field, new LocalizedText(vi, en), isKnown, value);

        /// <summary>A count that stays a lower bound while unsettled, whenever <paramref name="isLowerBound"/> holds (see <see cref="FactDescriptor.IsLowerBound"/>).</summary>
        private static FactDescriptor Count(string name, FactGroup group, string field, string vi, string en, Func<AwardCheck, bool> isKnown, Func<AwardCheck, object> value, Func<AwardCheck, bool> isLowerBound)
            => new FactDescriptor(name, group, field, new LocalizedText(vi, en), isKnown, value, isLowerBound);

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
