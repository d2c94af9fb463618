using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2022 Law's orders (Huân chương) added for issue 11.</summary>
    internal static partial class FactCatalog
    {
        private static IEnumerable<FactDescriptor> Orders2022Findings()
        {
            yield return Finding("militaryExploitFirstClassLongService",
                "có quá trình cống hiến lâu dài trong lực lượng vũ trang nhân dân theo quy định chi tiết của Chính phủ (Huân chương Quân công hạng Nhất, Luật 2022 Điều 39 khoản 1 điểm a)",
                "long service in the people's armed forces as the Government details it (Military Exploit Order, First Class, Law 2022 Điều 39 khoản 1 điểm a)",
                a => a.MilitaryExploitFirstClassLongService, c => c.Forms.MilitaryExploitFirstClassLongService);
            yield return Finding("militaryExploitFirstClassAchievement",
                "lập được thành tích đặc biệt xuất sắc trong chiến đấu, phục vụ chiến đấu, huấn luyện, xây dựng lực lượng, củng cố quốc phòng toàn dân, an ninh nhân dân, được nêu gương trong toàn quốc (Huân chương Quân công hạng Nhất, Luật 2022 Điều 39 khoản 1 điểm b)",
                "an especially outstanding achievement in combat, combat service, training, force building or the consolidation of national defence and people's security, set as an example nationwide (Military Exploit Order, First Class, Law 2022 Điều 39 khoản 1 điểm b)",
                a => a.MilitaryExploitFirstClassAchievement, c => c.Forms.MilitaryExploitFirstClassAchievement);
            yield return Finding("metFatherlandDefenceOrderFirstClassStandard",
                "đạt một trong các tiêu chuẩn Huân chương Bảo vệ Tổ quốc hạng Nhất cho cá nhân (Luật 2022 Điều 45 khoản 1)",
                "meets one of the individual standards of the Fatherland Defence Order, First Class (Law 2022 Điều 45 khoản 1)",
                a => a.MetFatherlandDefenceOrderFirstClassStandard, c => c.Forms.MetFatherlandDefenceOrderFirstClassStandard);
            yield return Finding("loyalToFatherlandAndPeople",
                "trung thành với Tổ quốc, với Nhân dân (Huân chương Chiến công hạng Nhất, Luật 2022 Điều 48 khoản 1)",
                "loyal to the Fatherland and to the People (Feat Order, First Class, Law 2022 Điều 48 khoản 1)",
                a => a.LoyalToFatherlandAndPeople, c => c.Forms.LoyalToFatherlandAndPeople);
            yield return Finding("featOrderFirstClassExploit",
                "lập được chiến công đặc biệt xuất sắc trong chiến đấu, phục vụ chiến đấu, có phạm vi ảnh hưởng và nêu gương trong toàn quốc, được bộ, ban, ngành, tỉnh công nhận (Huân chương Chiến công hạng Nhất, Luật 2022 Điều 48 khoản 1 điểm a)",
                "an especially outstanding feat in combat or combat service with nationwide influence and example, recognised by a ministry, sector or province (Feat Order, First Class, Law 2022 Điều 48 khoản 1 điểm a)",
                a => a.FeatOrderFirstClassExploit, c => c.Forms.FeatOrderFirstClassExploit);
            yield return Finding("featOrderFirstClassCombatInitiative",
                "chủ động, sáng tạo, mưu trí, dũng cảm, đạt hiệu quả cao trong chiến đấu bảo vệ chủ quyền, an ninh quốc gia hoặc không quản hy sinh đấu tranh với tội phạm, cùng các yêu cầu còn lại của điểm này (Huân chương Chiến công hạng Nhất, Luật 2022 Điều 48 khoản 1 điểm b)",
                "initiative, ingenuity and courage with high effect in combat protecting sovereignty and national security, or fighting crime at the risk of life, with the rest of the point (Feat Order, First Class, Law 2022 Điều 48 khoản 1 điểm b)",
                a => a.FeatOrderFirstClassCombatInitiative, c => c.Forms.FeatOrderFirstClassCombatInitiative);
            yield return Finding("metBraveryOrderLawStandard",
                "đạt tiêu chuẩn Huân chương Dũng cảm theo Luật 2022 Điều 52",
                "meets the Bravery Order standard of Law 2022 Điều 52",
                a => a.MetBraveryOrderLawStandard, c => c.Forms.MetBraveryOrderLawStandard);
        }
    }
}
