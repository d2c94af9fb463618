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

        /// <summary>
        /// A council finding read from the period's attestations (<c>periods[].attestations.NAME</c>): known when the
        /// council stated it either way, Unknown otherwise.
        /// </summary>
        private static FactDescriptor Finding(string name, string vi, string en, Func<CouncilAttestations, bool?> read, Func<AwardCheck, bool> value)
            => Fact(name, FactGroup.Forms, "periods[{period}].attestations." + name,
                "nhận xét của Hội đồng thi đua - khen thưởng: " + vi, "emulation council's finding: " + en,
                c => c.PeriodRecord?.Attestations is { } attestations && read(attestations) != null, c => value(c));

        private static IEnumerable<FactDescriptor> FormFactsCatalog()
        {
            yield return Finding("exemplaryPolicyCompliance",
                "gương mẫu chấp hành tốt chủ trương, chính sách, pháp luật",
                "exemplary compliance with policy and law",
                a => a.ExemplaryPolicyCompliance, c => c.Forms.ExemplaryPolicyCompliance);
            yield return Finding("outstandingInMinistryMovement",
                "thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ngành, tỉnh phát động",
                "outstanding achievements assessed in a movement the ministry or province launched",
                a => a.OutstandingInMinistryMovement, c => c.Forms.OutstandingInMinistryMovement);
            yield return Finding("achievementInMinistryField",
                "thành tích, kể cả đột xuất, có phạm vi ảnh hưởng trong một lĩnh vực thuộc bộ, ngành, tỉnh",
                "an achievement, one-off ones included, influencing a field the ministry or province manages",
                a => a.AchievementInMinistryField, c => c.Forms.AchievementInMinistryField);
            yield return Finding("largeContribution",
                "có nhiều đóng góp vào phát triển kinh tế - xã hội, ứng dụng tiến bộ khoa học, công nghệ, hoạt động xã hội, từ thiện nhân đạo",
                "large contributions to socio-economic development, science and technology, social work or charity",
                a => a.LargeContribution, c => c.Forms.LargeContribution);
            yield return Finding("metLetterOfCommendationLawStandard",
                "đạt tiêu chuẩn Giấy khen theo Luật Thi đua, khen thưởng 2022 (Điều 75)",
                "meets the 2022 Law's standard for the Letter of Commendation (Điều 75)",
                a => a.MetLetterOfCommendationLawStandard, c => c.Forms.MetLetterOfCommendationLawStandard);
            yield return Finding("metIssuerLetterOfCommendationCriteria",
                "đạt tiêu chuẩn cụ thể của bộ, ngành, tỉnh hoặc cơ quan, đơn vị tặng Giấy khen",
                "meets the detailed criteria of the ministry, sector, province or unit issuing the Letter of Commendation",
                a => a.MetIssuerLetterOfCommendationCriteria, c => c.Forms.MetIssuerLetterOfCommendationCriteria);
            yield return Finding("metLabourOrderFirstClassStandard",
                "đạt tiêu chuẩn Huân chương Lao động hạng Nhất cho cá nhân (Luật 2022 Điều 42)",
                "meets the individual standard for the Labour Order, First Class (Law 2022 Điều 42)",
                a => a.MetLabourOrderFirstClassStandard, c => c.Forms.MetLabourOrderFirstClassStandard);
            yield return Finding("metFriendshipOrderDecreeDetail",
                "đạt quy định chi tiết của Chính phủ về Huân chương Hữu nghị (Luật 2022 Điều 53 khoản 2)",
                "meets the Government's detailed rules on the Friendship Order (Law 2022 Điều 53 khoản 2)",
                a => a.MetFriendshipOrderDecreeDetail, c => c.Forms.MetFriendshipOrderDecreeDetail);
            yield return Finding("compliesWellWithPolicyAndLaw",
                "chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
                "complies well with Party guidelines and State policy and law",
                a => a.CompliesWellWithPolicyAndLaw, c => c.Forms.CompliesWellWithPolicyAndLaw);
            yield return Finding("nationwideOutstandingAchievements",
                "có nhiều thành tích đặc biệt xuất sắc, có phạm vi ảnh hưởng và nêu gương trong toàn quốc",
                "many especially outstanding achievements with nationwide influence and example",
                a => a.NationwideOutstandingAchievements, c => c.Forms.NationwideOutstandingAchievements);
            yield return Finding("foreignFriendshipContributor",
                "là người nước ngoài có đóng góp to lớn trong xây dựng, củng cố, phát triển tình hữu nghị với Việt Nam",
                "a foreigner with a great contribution to building, consolidating and developing friendship with Viet Nam",
                a => a.ForeignFriendshipContributor, c => c.Forms.ForeignFriendshipContributor);
            yield return Finding("friendshipSolidarityAndRespect",
                "có tinh thần đoàn kết hữu nghị, tôn trọng độc lập, chủ quyền, thống nhất, toàn vẹn lãnh thổ, luật pháp, phong tục, tập quán tốt đẹp của Việt Nam",
                "solidarity and friendship; respect for Viet Nam's independence, sovereignty, unity, territorial integrity, laws and good customs",
                a => a.FriendshipSolidarityAndRespect, c => c.Forms.FriendshipSolidarityAndRespect);
            yield return Finding("greatContributionToVietnam",
                "có đóng góp to lớn cho Việt Nam và đóng góp tích cực vào quan hệ hữu nghị, hợp tác, được bộ, ban, ngành, tỉnh công nhận và đề nghị",
                "a great contribution to Viet Nam and an active contribution to friendship and cooperation, recognised and proposed by a ministry, sector or province",
                a => a.GreatContributionToVietnam, c => c.Forms.GreatContributionToVietnam);
            yield return Finding("foreignerContributedToVietnam",
                "là người nước ngoài có nhiều đóng góp trong xây dựng và bảo vệ Tổ quốc Việt Nam",
                "a foreigner with many contributions to building and defending Viet Nam",
                a => a.ForeignerContributedToVietnam, c => c.Forms.ForeignerContributedToVietnam);
            yield return Finding("metFriendshipMedalStandard",
                "đạt tiêu chuẩn Huy chương Hữu nghị theo Luật Thi đua, khen thưởng 2022",
                "meets the Friendship Medal standard of the 2022 Law",
                a => a.MetFriendshipMedalStandard, c => c.Forms.MetFriendshipMedalStandard);
            yield return Finding("goldStarRevolutionaryMerit",
                "có nhiều công lao to lớn, đặc biệt xuất sắc trong sự nghiệp cách mạng của Đảng, của dân tộc (Huân chương Sao vàng, Luật 2022 Điều 34 khoản 2 điểm a)",
                "many great, especially outstanding merits in the revolutionary cause of the Party and the nation (Gold Star Order, Law 2022 Điều 34 khoản 2 điểm a)",
                a => a.GoldStarRevolutionaryMerit, c => c.Forms.GoldStarRevolutionaryMerit);
            yield return Finding("goldStarMeritToCountry",
                "có nhiều công lao to lớn, đặc biệt xuất sắc đối với đất nước trong một lĩnh vực (Huân chương Sao vàng, Luật 2022 Điều 34 khoản 2 điểm b)",
                "many great, especially outstanding merits to the country in one field (Gold Star Order, Law 2022 Điều 34 khoản 2 điểm b)",
                a => a.GoldStarMeritToCountry, c => c.Forms.GoldStarMeritToCountry);
            yield return Finding("metGoldStarOrderStandard", "đạt tiêu chuẩn Huân chương Sao vàng cho cá nhân", "meets the Gold Star Order standard for individuals",
                a => a.MetGoldStarOrderStandard, c => c.Forms.MetGoldStarOrderStandard);
            yield return Finding("metHoChiMinhOrderStandard",
                "đạt tiêu chuẩn Huân chương Hồ Chí Minh cho cá nhân theo Luật 2003 (sửa đổi 2013)",
                "meets the Ho Chi Minh Order standard for individuals under the 2003 Law (amended 2013)",
                a => a.MetHoChiMinhOrderStandard, c => c.Forms.MetHoChiMinhOrderStandard);
            yield return Finding("metIndependenceOrderFirstClassStandard",
                "đạt một trong các tiêu chuẩn Huân chương Độc lập hạng Nhất cho cá nhân",
                "meets one of the individual standards of the Independence Order, First Class",
                a => a.MetIndependenceOrderFirstClassStandard, c => c.Forms.MetIndependenceOrderFirstClassStandard);
            yield return Finding("metIndependenceOrderSecondClassStandard",
                "đạt một trong các tiêu chuẩn Huân chương Độc lập hạng Nhì cho cá nhân",
                "meets one of the individual standards of the Independence Order, Second Class",
                a => a.MetIndependenceOrderSecondClassStandard, c => c.Forms.MetIndependenceOrderSecondClassStandard);
            yield return Finding("metIndependenceOrderThirdClassStandard",
                "đạt một trong các tiêu chuẩn Huân chương Độc lập hạng Ba cho cá nhân",
                "meets one of the individual standards of the Independence Order, Third Class",
                a => a.MetIndependenceOrderThirdClassStandard, c => c.Forms.MetIndependenceOrderThirdClassStandard);
            yield return Finding("metFriendshipOrderStandard",
                "đạt các tiêu chuẩn chi tiết của Huân chương Hữu nghị theo văn bản hướng dẫn Luật 2003 (sửa đổi 2013)",
                "meets the detailed Friendship Order standards of the texts guiding the 2003 Law (amended 2013)",
                a => a.MetFriendshipOrderStandard, c => c.Forms.MetFriendshipOrderStandard);
            yield return Finding("friendshipCooperationContribution",
                "có đóng góp tích cực xây dựng, củng cố, phát triển quan hệ hữu nghị, hợp tác giữa Việt Nam với các nước, tổ chức quốc tế (Huy chương Hữu nghị, Nghị định 65/2014)",
                "an active contribution to building, consolidating and developing friendship and cooperation between Viet Nam and other countries or international organisations (Friendship Medal, Decree 65/2014)",
                a => a.FriendshipCooperationContribution, c => c.Forms.FriendshipCooperationContribution);
            yield return Finding("metFriendshipMedalDetailedStandard",
                "đạt các tiêu chuẩn chi tiết của Huy chương Hữu nghị theo Nghị định 91/2017",
                "meets the detailed Friendship Medal standards of Decree 91/2017",
                a => a.MetFriendshipMedalDetailedStandard, c => c.Forms.MetFriendshipMedalDetailedStandard);
            yield return Finding("metLabourHeroStandard",
                "đạt các tiêu chuẩn danh hiệu Anh hùng Lao động cho cá nhân",
                "meets the individual standards of the Labour Hero title",
                a => a.MetLabourHeroStandard, c => c.Forms.MetLabourHeroStandard);
            yield return Finding("braveActRescue",
                "không sợ hy sinh, dũng cảm cứu người, cứu tài sản hoặc chống tội phạm, có tác dụng nêu gương trong phạm vi tỉnh, khu vực trở lên (Nghị định 91/2017 Điều 32 khoản 1)",
                "without fear for their life, bravely saved people or property or stood up to criminals, with an example set at provincial or regional level or above (Decree 91/2017 Điều 32 khoản 1)",
                a => a.BraveActRescue, c => c.Forms.BraveActRescue);
            yield return Finding("diedHeroicallyRescuing",
                "đã hy sinh anh dũng khi cứu người, cứu tài sản của Nhà nước, của Nhân dân, được nêu gương (Nghị định 91/2017 Điều 32 khoản 2)",
                "died heroically saving people or State or citizens' property and is held up as an example (Decree 91/2017 Điều 32 khoản 2)",
                a => a.DiedHeroicallyRescuing, c => c.Forms.DiedHeroicallyRescuing);
            yield return Finding("metBraveryOrderStandard",
                "có hành động dũng cảm cứu người, cứu tài sản của Nhà nước, của Nhân dân đạt tiêu chuẩn Huân chương Dũng cảm",
                "a brave act saving people or State or citizens' property that meets the Bravery Order standard",
                a => a.MetBraveryOrderStandard, c => c.Forms.MetBraveryOrderStandard);
            yield return Finding("peoplesArmyPersonnel",
                "là quân nhân, công nhân, công chức, viên chức quốc phòng thuộc Quân đội nhân dân",
                "a service member, defence worker, civil servant or public employee of the People's Army",
                a => a.PeoplesArmyPersonnel, c => c.Forms.PeoplesArmyPersonnel);
            yield return Finding("victoryBannerServiceLength",
                "có quá trình công tác liên tục trong Quân đội nhân dân đủ số năm Luật 2022 Điều 55 quy định cho Huy chương Quân kỳ quyết thắng (từ 25 năm trở lên)",
                "continuous service in the People's Army for the years Law 2022 Điều 55 sets for the Victory Banner Medal (25 or more)",
                a => a.VictoryBannerServiceLength, c => c.Forms.VictoryBannerServiceLength);
            yield return Finding("completedTasksWellOverService",
                "hoàn thành tốt nhiệm vụ được giao trong quá trình công tác (huy chương theo niên hạn của lực lượng vũ trang)",
                "completed the assigned tasks well over the service (armed forces' length-of-service medals)",
                a => a.CompletedTasksWellOverService, c => c.Forms.CompletedTasksWellOverService);
            yield return Finding("metSecurityMedalStandard",
                "đạt tiêu chuẩn Huy chương Vì an ninh Tổ quốc theo Luật 2022 Điều 56",
                "meets the For National Security Medal standard of Law 2022 Điều 56",
                a => a.MetSecurityMedalStandard, c => c.Forms.MetSecurityMedalStandard);
            yield return Finding("outstandingInThreeYearMovementReview",
                "có thành tích xuất sắc tiêu biểu được bình xét khi sơ kết, tổng kết phong trào thi đua từ 03 năm trở lên (Bằng khen Thủ tướng, Nghị định 91/2017)",
                "an outstanding, typical achievement singled out at the review of an emulation movement of three years or more (Prime Minister's certificate, Decree 91/2017)",
                a => a.OutstandingInThreeYearMovementReview, c => c.Forms.OutstandingInThreeYearMovementReview);
            yield return Finding("ministryWideAchievements",
                "lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh (Bằng khen Thủ tướng, Nghị định 91/2017)",
                "many achievements or a one-off one with influence across the ministry, sector or province (Prime Minister's certificate, Decree 91/2017)",
                a => a.MinistryWideAchievements, c => c.Forms.MinistryWideAchievements);
            yield return Finding("metMinistryCertificateMeritStandard",
                "đạt tiêu chuẩn theo công trạng (các năm hoàn thành xuất sắc nhiệm vụ và sáng kiến) của khoản 1 Điều 39 Nghị định 91/2017 (Bằng khen cấp bộ, tỉnh)",
                "meets the merit standard (excellent years with initiatives) of Decree 91/2017 Điều 39 khoản 1 (ministry/provincial certificate)",
                a => a.MetMinistryCertificateMeritStandard, c => c.Forms.MetMinistryCertificateMeritStandard);
            yield return Finding("labourOrderThirdClassOneOffOrWork",
                "có thành tích xuất sắc đột xuất, hoặc công trình khoa học, nghệ thuật, sáng kiến được Hội đồng cấp bộ, tỉnh đánh giá xuất sắc (Huân chương Lao động hạng Ba, Luật 2013)",
                "a one-off outstanding achievement, or a work or initiative rated excellent by a ministry or provincial council (Labour Order, Third Class, 2013 Law)",
                a => a.LabourOrderThirdClassOneOffOrWork, c => c.Forms.LabourOrderThirdClassOneOffOrWork);
            yield return Finding("labourOrderSecondClassOneOffOrWork",
                "có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao trong bộ, ngành, địa phương, hoặc công trình, tác phẩm xuất sắc cấp bộ, tỉnh (Huân chương Lao động hạng Nhì, Luật 2013)",
                "an especially outstanding one-off achievement, an invention or initiative of high effect in the ministry or locality, or an outstanding ministry-level work (Labour Order, Second Class, 2013 Law)",
                a => a.LabourOrderSecondClassOneOffOrWork, c => c.Forms.LabourOrderSecondClassOneOffOrWork);
            yield return Finding("labourOrderFirstClassOneOffOrWork",
                "có thành tích đặc biệt xuất sắc đột xuất, hoặc phát minh, sáng chế, sáng kiến hiệu quả cao có phạm vi ảnh hưởng toàn quốc, hoặc công trình, tác phẩm xuất sắc cấp nhà nước (Huân chương Lao động hạng Nhất, Luật 2013)",
                "an especially outstanding one-off achievement, an invention or initiative of high effect with nationwide influence, or an outstanding State-level work (Labour Order, First Class, 2013 Law)",
                a => a.LabourOrderFirstClassOneOffOrWork, c => c.Forms.LabourOrderFirstClassOneOffOrWork);
            yield return Finding("longServiceForLabourOrderThirdClass",
                "có quá trình cống hiến lâu dài, liên tục, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (Huân chương Lao động hạng Ba, Luật 2013)",
                "long, continuous service with the posts and years in post the decree requires (Labour Order, Third Class, 2013 Law)",
                a => a.LongServiceForLabourOrderThirdClass, c => c.Forms.LongServiceForLabourOrderThirdClass);
            yield return Finding("longServiceForLabourOrderSecondClass",
                "có quá trình cống hiến lâu dài, liên tục, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (Huân chương Lao động hạng Nhì, Luật 2013)",
                "long, continuous service with the posts and years in post the decree requires (Labour Order, Second Class, 2013 Law)",
                a => a.LongServiceForLabourOrderSecondClass, c => c.Forms.LongServiceForLabourOrderSecondClass);
            yield return Finding("longServiceForLabourOrderFirstClass",
                "có quá trình cống hiến lâu dài, liên tục, chức vụ và thời gian giữ chức vụ đạt tiêu chuẩn của nghị định (Huân chương Lao động hạng Nhất, Luật 2013)",
                "long, continuous service with the posts and years in post the decree requires (Labour Order, First Class, 2013 Law)",
                a => a.LongServiceForLabourOrderFirstClass, c => c.Forms.LongServiceForLabourOrderFirstClass);
            yield return Finding("workerStandardForLabourOrderThirdClass",
                "là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (Huân chương Lao động hạng Ba, Luật 2013)",
                "a worker, farmer or labourer whose initiatives or production model meet the decree's own standard (Labour Order, Third Class, 2013 Law)",
                a => a.WorkerStandardForLabourOrderThirdClass, c => c.Forms.WorkerStandardForLabourOrderThirdClass);
            yield return Finding("workerStandardForLabourOrderSecondClass",
                "là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (Huân chương Lao động hạng Nhì, Luật 2013)",
                "a worker, farmer or labourer whose initiatives or production model meet the decree's own standard (Labour Order, Second Class, 2013 Law)",
                a => a.WorkerStandardForLabourOrderSecondClass, c => c.Forms.WorkerStandardForLabourOrderSecondClass);
            yield return Finding("workerStandardForLabourOrderFirstClass",
                "là công nhân, nông dân, người lao động có sáng kiến hoặc mô hình sản xuất đạt tiêu chuẩn riêng của nghị định (Huân chương Lao động hạng Nhất, Luật 2013)",
                "a worker, farmer or labourer whose initiatives or production model meet the decree's own standard (Labour Order, First Class, 2013 Law)",
                a => a.WorkerStandardForLabourOrderFirstClass, c => c.Forms.WorkerStandardForLabourOrderFirstClass);
            yield return Finding("labourOrderSecondClassMeritFinding",
                "các năm tiếp theo sau Huân chương Lao động hạng Ba liên tục lập được thành tích xuất sắc có phạm vi ảnh hưởng và nêu gương trong bộ, ngành, tỉnh theo nghị định (Huân chương Lao động hạng Nhì, Luật 2013)",
                "in the years after the Labour Order, Third Class, outstanding achievements with influence across the ministry or province as the decree details them (Labour Order, Second Class, 2013 Law)",
                a => a.LabourOrderSecondClassMeritFinding, c => c.Forms.LabourOrderSecondClassMeritFinding);
            yield return Finding("labourOrderFirstClassMeritFinding",
                "các năm tiếp theo sau Huân chương Lao động hạng Nhì liên tục lập được thành tích xuất sắc có phạm vi ảnh hưởng và nêu gương trong toàn quốc theo nghị định (Huân chương Lao động hạng Nhất, Luật 2013)",
                "in the years after the Labour Order, Second Class, outstanding achievements with nationwide influence as the decree details them (Labour Order, First Class, 2013 Law)",
                a => a.LabourOrderFirstClassMeritFinding, c => c.Forms.LabourOrderFirstClassMeritFinding);
            yield return Finding("outstandingInEmulationMovement",
                "có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua (Bằng khen Thủ tướng)",
                "typical outstanding achievements assessed in an emulation movement (Prime Minister's certificate)",
                a => a.OutstandingInEmulationMovement, c => c.Forms.OutstandingInEmulationMovement);
            yield return Finding("ministryWideAchievementsOrRegionalPrize",
                "lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh, hoặc được giải thưởng ở khu vực (Bằng khen Thủ tướng)",
                "many achievements or a one-off one with influence across the ministry, sector or province, or a regional prize (Prime Minister's certificate)",
                a => a.MinistryWideAchievementsOrRegionalPrize, c => c.Forms.MinistryWideAchievementsOrRegionalPrize);
            yield return Finding("contributionToNationalDevelopment",
                "có đóng góp vào sự phát triển kinh tế - xã hội theo điểm d khoản 1 Điều 73 (Bằng khen Thủ tướng)",
                "contributions to socio-economic development under Điều 73 khoản 1 điểm d (Prime Minister's certificate)",
                a => a.ContributionToNationalDevelopment, c => c.Forms.ContributionToNationalDevelopment);
            yield return Finding("metPrimeMinisterCertificateWorkerStandard",
                "là công nhân, nông dân, người lao động đạt một tiêu chuẩn của khoản 2 Điều 73 (Bằng khen Thủ tướng)",
                "a worker, farmer or labourer meeting one standard of Điều 73 khoản 2 (Prime Minister's certificate)",
                a => a.MetPrimeMinisterCertificateWorkerStandard, c => c.Forms.MetPrimeMinisterCertificateWorkerStandard);
            yield return Finding("metLabourOrderThirdClassOtherPoint",
                "đạt một trong các điểm a đến đ khoản 1 Điều 44 (Huân chương Lao động hạng Ba)",
                "meets one of points a to đ of Điều 44 khoản 1 (Labour Order, Third Class)",
                a => a.MetLabourOrderThirdClassOtherPoint, c => c.Forms.MetLabourOrderThirdClassOtherPoint);
            yield return Finding("labourOrderThirdClassLongService",
                "có quá trình cống hiến lâu dài đạt tiêu chuẩn điểm g khoản 1 Điều 44 và nghị định quy định chi tiết (Huân chương Lao động hạng Ba)",
                "long service meeting Điều 44 khoản 1 điểm g and the detailing decree (Labour Order, Third Class)",
                a => a.LabourOrderThirdClassLongService, c => c.Forms.LabourOrderThirdClassLongService);
            yield return Finding("metLabourOrderThirdClassWorkerStandard",
                "là công nhân, nông dân đạt một tiêu chuẩn của khoản 2 Điều 44 (Huân chương Lao động hạng Ba)",
                "a worker or farmer meeting one standard of Điều 44 khoản 2 (Labour Order, Third Class)",
                a => a.MetLabourOrderThirdClassWorkerStandard, c => c.Forms.MetLabourOrderThirdClassWorkerStandard);
            yield return Finding("oneOffAchievementMinistryWide",
                "lập được thành tích xuất sắc đột xuất có phạm vi ảnh hưởng và nêu gương trong bộ, ngành, tỉnh (Huân chương Lao động hạng Nhì)",
                "an outstanding one-off achievement with influence and example across the ministry, sector or province (Labour Order, Second Class)",
                a => a.OneOffAchievementMinistryWide, c => c.Forms.OneOffAchievementMinistryWide);
            yield return Finding("highestRegionalInternationalPrize",
                "được giải thưởng quốc tế cao nhất của khu vực (Huân chương Lao động hạng Nhì)",
                "the highest international prize of the region (Labour Order, Second Class)",
                a => a.HighestRegionalInternationalPrize, c => c.Forms.HighestRegionalInternationalPrize);
            yield return Finding("ministryLevelInventionOrWork",
                "có phát minh, sáng chế hiệu quả cao, có phạm vi ảnh hưởng trong bộ, ngành, tỉnh, hoặc công trình khoa học, công nghệ, tác phẩm xuất sắc cấp bộ, tỉnh (Huân chương Lao động hạng Nhì)",
                "a highly effective invention influential across the ministry or province, or an outstanding scientific work or creative work at ministry or provincial level (Labour Order, Second Class)",
                a => a.MinistryLevelInventionOrWork, c => c.Forms.MinistryLevelInventionOrWork);
            yield return Finding("largeContributionToDevelopment",
                "có đóng góp lớn vào phát triển kinh tế - xã hội, an sinh xã hội, từ thiện nhân đạo, ứng dụng tiến bộ khoa học, kỹ thuật (Huân chương Lao động hạng Nhì)",
                "a large contribution to socio-economic development, social security, charity or applied science (Labour Order, Second Class)",
                a => a.LargeContributionToDevelopment, c => c.Forms.LargeContributionToDevelopment);
            yield return Finding("labourOrderSecondClassLongService",
                "có quá trình cống hiến lâu dài đạt tiêu chuẩn của nghị định quy định chi tiết (Huân chương Lao động hạng Nhì)",
                "long service meeting the detailing decree's standard (Labour Order, Second Class)",
                a => a.LabourOrderSecondClassLongService, c => c.Forms.LabourOrderSecondClassLongService);
            yield return Finding("metLabourOrderSecondClassWorkerStandard",
                "là công nhân, nông dân đạt một tiêu chuẩn của khoản 2 Điều 43 (Huân chương Lao động hạng Nhì)",
                "a worker or farmer meeting one standard of Điều 43 khoản 2 (Labour Order, Second Class)",
                a => a.MetLabourOrderSecondClassWorkerStandard, c => c.Forms.MetLabourOrderSecondClassWorkerStandard);
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
            yield return Fact("primeMinisterCertificateHeldOpenBasis", FactGroup.Forms, "awardHistory (BK_TTG: basis)", "các Bằng khen của Thủ tướng Chính phủ đã được tặng, ghi rõ loại khen thưởng; trước năm 2024 chưa xác định được quyết định đột xuất, chuyên đề, cống hiến có làm căn cứ hay không", "Prime Minister's certificate of merits received, with what each rewarded; whether a one-off, thematic or long-service one served as a base before 2024 is not settled",
                c => c.Forms.HeldOpenBasis(AwardCodes.PrimeMinisterCertificateOfMerit).Known, c => c.Forms.PrimeMinisterCertificateHeldOpenBasis);
            yield return Fact("excellentYearsAfterPrimeMinisterCertificateOpenBasis", FactGroup.Forms, "periods[].taskRating, awardHistory (BK_TTG)", "xếp loại từng năm kể từ sau Bằng khen của Thủ tướng Chính phủ; khi có nhiều quyết định cho số năm khác nhau thì chưa xác định được tính từ quyết định nào", "the task rating of each year since the Prime Minister's certificate of merit; when several decisions give different counts, which one the years follow is not settled",
                c => c.Forms.RunAfterOpenBasis(AwardCodes.PrimeMinisterCertificateOfMerit, TaskRating.CompletedExcellently).Known, c => c.Forms.ExcellentYearsAfterPrimeMinisterCertificateOpenBasis);
            yield return Fact("ministryInitiativesAfterPrimeMinisterCertificateOpenBasis", FactGroup.Forms, "initiatives (scope ministryOrProvince or national), periods[].taskRating", "các sáng kiến được bộ, ngành, tỉnh (hoặc cấp cao hơn) công nhận trong các năm hoàn thành xuất sắc nhiệm vụ kể từ sau Bằng khen của Thủ tướng Chính phủ (ghi [] nếu không có sáng kiến)", "initiatives recognised by a ministry or province (or higher) in the excellent years since the Prime Minister's certificate of merit (write [] if no initiative)",
                c => c.Forms.MinistryInitiativesAfterOpenBasisKnown(AwardCodes.PrimeMinisterCertificateOfMerit), c => c.Forms.MinistryInitiativesAfterPrimeMinisterCertificateOpenBasis);
            yield return Fact("labourOrderThirdClassHeldOpenBasis", FactGroup.Forms, "awardHistory (HCLD_HANG_BA: basis)", "các Huân chương Lao động hạng Ba đã được tặng, ghi rõ loại khen thưởng; trước năm 2024 chưa xác định được quyết định đột xuất, chuyên đề, cống hiến có làm căn cứ hay không", "Labour Orders, Third Class, received, with what each rewarded; whether a one-off, thematic or long-service one served as a base before 2024 is not settled",
                c => c.Forms.HeldOpenBasis(AwardCodes.LabourOrderThirdClass).Known, c => c.Forms.LabourOrderThirdClassHeldOpenBasis);
            yield return Fact("excellentYearsAfterLabourOrderThirdClassOpenBasis", FactGroup.Forms, "periods[].taskRating, awardHistory (HCLD_HANG_BA)", "xếp loại từng năm kể từ sau Huân chương Lao động hạng Ba; khi có nhiều quyết định cho số năm khác nhau thì chưa xác định được tính từ quyết định nào", "the task rating of each year since the Labour Order, Third Class; when several decisions give different counts, which one the years follow is not settled",
                c => c.Forms.RunAfterOpenBasis(AwardCodes.LabourOrderThirdClass, TaskRating.CompletedExcellently).Known, c => c.Forms.ExcellentYearsAfterLabourOrderThirdClassOpenBasis);
            yield return Fact("ministryInitiativesAfterLabourOrderThirdClassOpenBasis", FactGroup.Forms, "initiatives (scope ministryOrProvince or national), periods[].taskRating", "các sáng kiến được bộ, ngành, tỉnh (hoặc cấp cao hơn) công nhận trong các năm hoàn thành xuất sắc nhiệm vụ kể từ sau Huân chương Lao động hạng Ba (ghi [] nếu không có sáng kiến)", "initiatives recognised by a ministry or province (or higher) in the excellent years since the Labour Order, Third Class (write [] if no initiative)",
                c => c.Forms.MinistryInitiativesAfterOpenBasisKnown(AwardCodes.LabourOrderThirdClass), c => c.Forms.MinistryInitiativesAfterLabourOrderThirdClassOpenBasis);
            yield return Fact("labourOrderSecondClassHeldOpenBasis", FactGroup.Forms, "awardHistory (HCLD_HANG_NHI: basis)", "các Huân chương Lao động hạng Nhì đã được tặng, ghi rõ loại khen thưởng; trước năm 2024 chưa xác định được quyết định đột xuất, chuyên đề, cống hiến có làm căn cứ hay không", "Labour Orders, Second Class, received, with what each rewarded; whether a one-off, thematic or long-service one served as a base before 2024 is not settled",
                c => c.Forms.HeldOpenBasis(AwardCodes.LabourOrderSecondClass).Known, c => c.Forms.LabourOrderSecondClassHeldOpenBasis);
            yield return Fact("excellentYearsAfterLabourOrderSecondClassOpenBasis", FactGroup.Forms, "periods[].taskRating, awardHistory (HCLD_HANG_NHI)", "xếp loại từng năm kể từ sau Huân chương Lao động hạng Nhì; khi có nhiều quyết định cho số năm khác nhau thì chưa xác định được tính từ quyết định nào", "the task rating of each year since the Labour Order, Second Class; when several decisions give different counts, which one the years follow is not settled",
                c => c.Forms.RunAfterOpenBasis(AwardCodes.LabourOrderSecondClass, TaskRating.CompletedExcellently).Known, c => c.Forms.ExcellentYearsAfterLabourOrderSecondClassOpenBasis);
            yield return Fact("ministryInitiativesAfterLabourOrderSecondClassOpenBasis", FactGroup.Forms, "initiatives (scope ministryOrProvince or national), periods[].taskRating", "các sáng kiến được bộ, ngành, tỉnh (hoặc cấp cao hơn) công nhận trong các năm hoàn thành xuất sắc nhiệm vụ kể từ sau Huân chương Lao động hạng Nhì (ghi [] nếu không có sáng kiến)", "initiatives recognised by a ministry or province (or higher) in the excellent years since the Labour Order, Second Class (write [] if no initiative)",
                c => c.Forms.MinistryInitiativesAfterOpenBasisKnown(AwardCodes.LabourOrderSecondClass), c => c.Forms.MinistryInitiativesAfterLabourOrderSecondClassOpenBasis);
            yield return Fact("combatLettersAfterMinistryCertificate", FactGroup.Forms, "(no dossier field: the letters of commendation for combat or combat support since the ministry/provincial certificate, checked by hand)", "các Giấy khen vì mưu trí, dũng cảm, sáng tạo trong chiến đấu, phục vụ chiến đấu kể từ sau Bằng khen cấp bộ, tỉnh (kiểm tra thủ công)", "letters of commendation for resourcefulness, bravery or creativity in combat or combat support since the ministry/provincial certificate (checked by hand)",
                c => false, c => c.Forms.CombatLettersAfterMinistryCertificate);
        }
    }
}
