using System;
using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The facts of the forms of commendation (group <c>forms</c>).</summary>
    internal static partial class FactCatalog
    {
        private const string HistoryWithBasis = "awardHistory (BK_BO_TINH, BK_TTG, HCLD_HANG_BA: basis)";

        /// <summary>
        /// A count over the years after the latest merit decision of <paramref name="baseCode"/>: a lower bound while the
        /// years are unsettled, as long as that decision is settled (<see cref="FormFacts.BaseKnown"/>).
        /// </summary>
        private static FactDescriptor AfterBase(string baseCode, string name, string field, string vi, string en, Func<AwardCheck, bool> isKnown, Func<AwardCheck, object> value)
            => Count(name, FactGroup.Forms, field, vi, en, isKnown, value, c => c.Forms.BaseKnown(baseCode));

        private static IEnumerable<FactDescriptor> FormFactsCatalog()
        {
            yield return Fact("exemplaryPolicyCompliance", FactGroup.Forms, "periods[{period}].attestations.exemplaryPolicyCompliance", "nhận xét của Hội đồng thi đua - khen thưởng: gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật", "emulation council's finding: exemplary compliance with policy and law",
                c => c.PeriodRecord?.Attestations?.ExemplaryPolicyCompliance != null, c => c.Forms.ExemplaryPolicyCompliance);
            yield return Fact("metLetterOfCommendationLawStandard", FactGroup.Forms, "periods[{period}].attestations.metLetterOfCommendationLawStandard", "nhận xét của Hội đồng thi đua - khen thưởng: đạt tiêu chuẩn Giấy khen theo Luật Thi đua, khen thưởng 2022 (Điều 75)", "emulation council's finding: meets the 2022 Law's standard for the Letter of Commendation (Điều 75)",
                c => c.PeriodRecord?.Attestations?.MetLetterOfCommendationLawStandard != null, c => c.Forms.MetLetterOfCommendationLawStandard);
            yield return Fact("metIssuerLetterOfCommendationCriteria", FactGroup.Forms, "periods[{period}].attestations.metIssuerLetterOfCommendationCriteria", "nhận xét của Hội đồng thi đua - khen thưởng: đạt tiêu chuẩn cụ thể của bộ, ngành, tỉnh hoặc cơ quan, đơn vị tặng Giấy khen", "emulation council's finding: meets the detailed criteria of the ministry, sector, province or unit issuing the Letter of Commendation",
                c => c.PeriodRecord?.Attestations?.MetIssuerLetterOfCommendationCriteria != null, c => c.Forms.MetIssuerLetterOfCommendationCriteria);
            yield return Fact("metLabourOrderFirstClassStandard", FactGroup.Forms, "periods[{period}].attestations.metLabourOrderFirstClassStandard", "nhận xét của Hội đồng thi đua - khen thưởng: đạt tiêu chuẩn Huân chương Lao động hạng Nhất cho cá nhân (Luật 2022 Điều 42)", "emulation council's finding: meets the individual standard for the Labour Order, First Class (Law 2022 Điều 42)",
                c => c.PeriodRecord?.Attestations?.MetLabourOrderFirstClassStandard != null, c => c.Forms.MetLabourOrderFirstClassStandard);
            yield return Fact("metFriendshipOrderStandard", FactGroup.Forms, "periods[{period}].attestations.metFriendshipOrderStandard", "nhận xét của Hội đồng thi đua - khen thưởng: đạt tiêu chuẩn Huân chương Hữu nghị (Luật 2022 Điều 53 khoản 1)", "emulation council's finding: meets the Friendship Order standard (Law 2022 Điều 53 khoản 1)",
                c => c.PeriodRecord?.Attestations?.MetFriendshipOrderStandard != null, c => c.Forms.MetFriendshipOrderStandard);
            yield return Fact("metFriendshipOrderDecreeDetail", FactGroup.Forms, "periods[{period}].attestations.metFriendshipOrderDecreeDetail", "nhận xét của Hội đồng thi đua - khen thưởng: đạt quy định chi tiết của Chính phủ về Huân chương Hữu nghị (Luật 2022 Điều 53 khoản 2)", "emulation council's finding: meets the Government's detailed rules on the Friendship Order (Law 2022 Điều 53 khoản 2)",
                c => c.PeriodRecord?.Attestations?.MetFriendshipOrderDecreeDetail != null, c => c.Forms.MetFriendshipOrderDecreeDetail);
            yield return Fact("compliesWellWithPolicyAndLaw", FactGroup.Forms, "periods[{period}].attestations.compliesWellWithPolicyAndLaw", "nhận xét của Hội đồng thi đua - khen thưởng: chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước", "emulation council's finding: complies well with Party guidelines and State policy and law",
                c => c.PeriodRecord?.Attestations?.CompliesWellWithPolicyAndLaw != null, c => c.Forms.CompliesWellWithPolicyAndLaw);
            yield return Fact("nationwideOutstandingAchievements", FactGroup.Forms, "periods[{period}].attestations.nationwideOutstandingAchievements", "nhận xét của Hội đồng thi đua - khen thưởng: có nhiều thành tích đặc biệt xuất sắc, có phạm vi ảnh hưởng và nêu gương trong toàn quốc", "emulation council's finding: many especially outstanding achievements with nationwide influence and example",
                c => c.PeriodRecord?.Attestations?.NationwideOutstandingAchievements != null, c => c.Forms.NationwideOutstandingAchievements);
            yield return Fact("ministryCertificateHeld", FactGroup.Forms, HistoryWithBasis, "các Bằng khen cấp bộ, ngành, tỉnh đã được tặng, ghi rõ loại khen thưởng (công trạng, đột xuất, chuyên đề)", "ministry/provincial certificates of merit received, with what each rewarded (merit, one-off, thematic)",
                c => c.Forms.Base(AwardCodes.MinistryCertificateOfMerit).Known, c => c.Forms.MinistryCertificateHeld);
            yield return Fact("primeMinisterCertificateHeld", FactGroup.Forms, HistoryWithBasis, "các Bằng khen của Thủ tướng Chính phủ đã được tặng, ghi rõ loại khen thưởng", "Prime Minister's certificates of merit received, with what each rewarded",
                c => c.Forms.Base(AwardCodes.PrimeMinisterCertificateOfMerit).Known, c => c.Forms.PrimeMinisterCertificateHeld);
            yield return AfterBase(AwardCodes.MinistryCertificateOfMerit, "wellRatedYearsAfterMinistryCertificate", "periods[].taskRating (từng năm sau Bằng khen cấp bộ, tỉnh / each year since the ministry/provincial certificate)", "xếp loại từng năm kể từ sau Bằng khen cấp bộ, tỉnh gần nhất", "the task rating of each year since the latest ministry/provincial certificate",
                c => c.Forms.RunAfterKnown(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedWell), c => c.Forms.WellRatedYearsAfterMinistryCertificate);
            yield return AfterBase(AwardCodes.MinistryCertificateOfMerit, "excellentYearsAfterMinistryCertificate", "periods[].taskRating (từng năm sau Bằng khen cấp bộ, tỉnh / each year since the ministry/provincial certificate)", "xếp loại từng năm kể từ sau Bằng khen cấp bộ, tỉnh gần nhất", "the task rating of each year since the latest ministry/provincial certificate",
                c => c.Forms.RunAfterKnown(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedExcellently), c => c.Forms.ExcellentYearsAfterMinistryCertificate);
            yield return AfterBase(AwardCodes.MinistryCertificateOfMerit, "grassrootsTitlesAfterMinistryCertificate", "awardHistory (CSTDCS), periods[].taskRating", "các danh hiệu Chiến sĩ thi đua cơ sở và xếp loại từng năm kể từ sau Bằng khen cấp bộ, tỉnh", "grassroots emulation fighter titles and yearly ratings since the ministry/provincial certificate",
                c => c.Forms.TitlesInRunKnown(AwardCodes.MinistryCertificateOfMerit), c => c.Forms.GrassrootsTitlesAfterMinistryCertificate);
            yield return AfterBase(AwardCodes.MinistryCertificateOfMerit, "grassrootsInitiativesAfterMinistryCertificate", "initiatives, periods[].taskRating", "các sáng kiến được công nhận và xếp loại từng năm kể từ sau Bằng khen cấp bộ, tỉnh (ghi [] nếu không có sáng kiến)", "recognised initiatives and yearly ratings since the ministry/provincial certificate (write [] if no initiative)",
                c => c.Forms.InitiativesAfterMinistryCertificateKnown(), c => c.Forms.GrassrootsInitiativesAfterMinistryCertificate);
            yield return AfterBase(AwardCodes.PrimeMinisterCertificateOfMerit, "wellRatedYearsAfterPrimeMinisterCertificate", "periods[].taskRating (từng năm sau Bằng khen Thủ tướng / each year since the Prime Minister's certificate)", "xếp loại từng năm kể từ sau Bằng khen của Thủ tướng Chính phủ gần nhất", "the task rating of each year since the latest Prime Minister's certificate",
                c => c.Forms.RunAfterKnown(AwardCodes.PrimeMinisterCertificateOfMerit, TaskRating.CompletedWell), c => c.Forms.WellRatedYearsAfterPrimeMinisterCertificate);
            yield return AfterBase(AwardCodes.PrimeMinisterCertificateOfMerit, "excellentYearsAfterPrimeMinisterCertificate", "periods[].taskRating (từng năm sau Bằng khen Thủ tướng / each year since the Prime Minister's certificate)", "xếp loại từng năm kể từ sau Bằng khen của Thủ tướng Chính phủ", "the task rating of each year since the Prime Minister's certificate",
                c => c.Forms.ExcellentInRunKnown(AwardCodes.PrimeMinisterCertificateOfMerit), c => c.Forms.ExcellentYearsAfterPrimeMinisterCertificate);
            yield return AfterBase(AwardCodes.PrimeMinisterCertificateOfMerit, "grassrootsTitlesAfterPrimeMinisterCertificate", "awardHistory (CSTDCS), periods[].taskRating", "các danh hiệu Chiến sĩ thi đua cơ sở và xếp loại từng năm kể từ sau Bằng khen của Thủ tướng Chính phủ", "grassroots emulation fighter titles and yearly ratings since the Prime Minister's certificate",
                c => c.Forms.TitlesInRunKnown(AwardCodes.PrimeMinisterCertificateOfMerit), c => c.Forms.GrassrootsTitlesAfterPrimeMinisterCertificate);
            yield return AfterBase(AwardCodes.MinistryCertificateOfMerit, "certificateRunYears", "periods[].taskRating, awardHistory (CSTDCS, BK_BO_TINH)", "xếp loại từng năm và các danh hiệu Chiến sĩ thi đua cơ sở kể từ sau Bằng khen cấp bộ, tỉnh gần nhất", "yearly ratings and grassroots emulation fighter titles since the latest ministry/provincial certificate",
                c => c.Forms.CertificateRunKnown(), c => c.Forms.CertificateRunYears);
            yield return AfterBase(AwardCodes.MinistryCertificateOfMerit, "grassrootsInitiativesInCertificateRun", "initiatives", "các sáng kiến được cơ sở công nhận trong các năm làm căn cứ (ghi [] nếu không có)", "initiatives recognised at grassroots level in the qualifying years (write [] if none)",
                c => c.Forms.CertificateRunInitiativesKnown(InitiativeKind.Initiative), c => c.Forms.GrassrootsInitiativesInCertificateRun);
            yield return AfterBase(AwardCodes.MinistryCertificateOfMerit, "grassrootsTopicsInCertificateRun", "initiatives (researchTopic: acceptedAndApplied)", "các đề tài, đề án khoa học đã nghiệm thu và áp dụng trong các năm làm căn cứ (ghi [] nếu không có)", "research topics accepted and applied in the qualifying years (write [] if none)",
                c => c.Forms.CertificateRunInitiativesKnown(InitiativeKind.ResearchTopic), c => c.Forms.GrassrootsTopicsInCertificateRun);
            yield return Fact("labourOrderThirdClassHeld", FactGroup.Forms, HistoryWithBasis, "các Huân chương Lao động hạng Ba đã được tặng, ghi rõ loại khen thưởng", "Labour Orders, Third Class, received, with what each rewarded",
                c => c.Forms.Base(AwardCodes.LabourOrderThirdClass).Known, c => c.Forms.LabourOrderThirdClassHeld);
            yield return AfterBase(AwardCodes.LabourOrderThirdClass, "wellRatedYearsAfterLabourOrderThirdClass", "periods[].taskRating (từng năm sau Huân chương Lao động hạng Ba / each year since the Labour Order, Third Class)", "xếp loại từng năm kể từ sau Huân chương Lao động hạng Ba gần nhất", "the task rating of each year since the latest Labour Order, Third Class",
                c => c.Forms.RunAfterKnown(AwardCodes.LabourOrderThirdClass, TaskRating.CompletedWell), c => c.Forms.WellRatedYearsAfterLabourOrderThirdClass);
            yield return AfterBase(AwardCodes.LabourOrderThirdClass, "excellentYearsAfterLabourOrderThirdClass", "periods[].taskRating (từng năm sau Huân chương Lao động hạng Ba / each year since the Labour Order, Third Class)", "xếp loại từng năm kể từ sau Huân chương Lao động hạng Ba", "the task rating of each year since the Labour Order, Third Class",
                c => c.Forms.ExcellentInRunKnown(AwardCodes.LabourOrderThirdClass), c => c.Forms.ExcellentYearsAfterLabourOrderThirdClass);
            yield return AfterBase(AwardCodes.LabourOrderThirdClass, "ministryTitlesAfterLabourOrderThirdClass", "awardHistory (CSTD_BO_TINH), periods[].taskRating", "các danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh và xếp loại từng năm kể từ sau Huân chương Lao động hạng Ba", "ministry/provincial emulation fighter titles and yearly ratings since the Labour Order, Third Class",
                c => c.Forms.TitlesInRunKnown(AwardCodes.LabourOrderThirdClass), c => c.Forms.MinistryTitlesAfterLabourOrderThirdClass);
            yield return Fact("ministryCertificateHeldOpenBasis", FactGroup.Forms, HistoryWithBasis, "các Bằng khen cấp bộ, ngành, tỉnh đã được tặng, ghi rõ loại khen thưởng (công trạng, đột xuất, chuyên đề); chưa xác định được Bằng khen đột xuất, chuyên đề có làm căn cứ trước năm 2024 hay không", "ministry/provincial certificates of merit received, with what each rewarded; whether a one-off or thematic one served as a base before 2024 is not settled",
                c => c.Forms.HeldOpenBasis(AwardCodes.MinistryCertificateOfMerit).Known, c => c.Forms.MinistryCertificateHeldOpenBasis);
            yield return Fact("excellentYearsAfterMinistryCertificateOpenBasis", FactGroup.Forms, "periods[].taskRating, awardHistory (BK_BO_TINH)", "xếp loại từng năm kể từ sau Bằng khen cấp bộ, tỉnh; khi có nhiều Bằng khen cấp bộ, tỉnh cho số năm khác nhau thì chưa xác định được tính từ Bằng khen nào", "the task rating of each year since the ministry/provincial certificate; when several certificates give different counts, which one the years follow is not settled",
                c => c.Forms.RunAfterOpenBasis(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedExcellently).Known, c => c.Forms.ExcellentYearsAfterMinistryCertificateOpenBasis);
            yield return Fact("grassrootsInitiativesAfterMinistryCertificateOpenBasis", FactGroup.Forms, "initiatives, periods[].taskRating", "các sáng kiến được công nhận trong các năm hoàn thành xuất sắc nhiệm vụ kể từ sau Bằng khen cấp bộ, tỉnh (ghi [] nếu không có sáng kiến)", "recognised initiatives in the excellent years since the ministry/provincial certificate (write [] if no initiative)",
                c => c.Forms.InitiativesAfterOpenBasisKnown(AwardCodes.MinistryCertificateOfMerit), c => c.Forms.GrassrootsInitiativesAfterMinistryCertificateOpenBasis);
            yield return Fact("combatLettersAfterMinistryCertificate", FactGroup.Forms, "(no dossier field: the letters of commendation for combat or combat support since the ministry/provincial certificate, checked by hand)", "các Giấy khen vì mưu trí, dũng cảm, sáng tạo trong chiến đấu, phục vụ chiến đấu kể từ sau Bằng khen cấp bộ, tỉnh (kiểm tra thủ công)", "letters of commendation for resourcefulness, bravery or creativity in combat or combat support since the ministry/provincial certificate (checked by hand)",
                c => false, c => c.Forms.CombatLettersAfterMinistryCertificate);
        }
    }
}
