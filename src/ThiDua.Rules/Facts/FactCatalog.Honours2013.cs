using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2013 Law's honorary titles, Giấy khen and the vn-2013-nd42 forms added for issue 11.</summary>
    internal static partial class FactCatalog
    {
        private static IEnumerable<FactDescriptor> Honours2013Findings()
        {
            yield return Finding("metArmedForcesHeroStandard", "đạt các tiêu chuẩn danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho cá nhân (Luật 39/2013 Điều 1 khoản 30)", "meets the individual standards of the Hero of the People's Armed Forces title (Law 39/2013 Điều 1 khoản 30)",
                a => a.MetArmedForcesHeroStandard, c => c.Forms.MetArmedForcesHeroStandard);
            yield return Finding("metHeroicMotherStandard", "bà mẹ thuộc một trong các trường hợp được tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng (Pháp lệnh, Điều 2)", "the mother falls within one of the cases of the Heroic Vietnamese Mother title (Ordinance, Điều 2)",
                a => a.MetHeroicMotherStandard, c => c.Forms.MetHeroicMotherStandard);
            yield return Finding("metMeritoriousPhysicianStandard", "đạt tiêu chuẩn danh hiệu Thầy thuốc ưu tú theo Nghị định 41/2015/NĐ-CP", "meets the Meritorious Physician standards of Decree 41/2015/NĐ-CP",
                a => a.MetMeritoriousPhysicianStandard, c => c.Forms.MetMeritoriousPhysicianStandard);
            yield return Finding("metPeoplesPhysicianStandard", "đạt tiêu chuẩn danh hiệu Thầy thuốc nhân dân theo Nghị định 41/2015/NĐ-CP", "meets the People's Physician standards of Decree 41/2015/NĐ-CP",
                a => a.MetPeoplesPhysicianStandard, c => c.Forms.MetPeoplesPhysicianStandard);
            yield return Finding("metMeritoriousArtisanHandicraftStandard", "đạt tiêu chuẩn danh hiệu Nghệ nhân ưu tú trong lĩnh vực nghề thủ công mỹ nghệ (Nghị định 123/2014/NĐ-CP Điều 6)", "meets the Meritorious Artisan standards for handicrafts (Decree 123/2014/NĐ-CP Điều 6)",
                a => a.MetMeritoriousArtisanHandicraftStandard, c => c.Forms.MetMeritoriousArtisanHandicraftStandard);
            yield return Finding("metPeoplesArtisanHandicraftStandard", "đạt tiêu chuẩn danh hiệu Nghệ nhân nhân dân trong lĩnh vực nghề thủ công mỹ nghệ (Nghị định 123/2014/NĐ-CP Điều 5)", "meets the People's Artisan standards for handicrafts (Decree 123/2014/NĐ-CP Điều 5)",
                a => a.MetPeoplesArtisanHandicraftStandard, c => c.Forms.MetPeoplesArtisanHandicraftStandard);
            yield return Finding("metMeritoriousArtisanHeritageStandard", "đạt tiêu chuẩn danh hiệu Nghệ nhân ưu tú trong lĩnh vực di sản văn hóa phi vật thể (Nghị định 62/2014/NĐ-CP)", "meets the Meritorious Artisan standards for intangible cultural heritage (Decree 62/2014/NĐ-CP)",
                a => a.MetMeritoriousArtisanHeritageStandard, c => c.Forms.MetMeritoriousArtisanHeritageStandard);
            yield return Finding("metPeoplesArtisanHeritageStandard", "đạt tiêu chuẩn danh hiệu Nghệ nhân nhân dân trong lĩnh vực di sản văn hóa phi vật thể (Nghị định 62/2014/NĐ-CP)", "meets the People's Artisan standards for intangible cultural heritage (Decree 62/2014/NĐ-CP)",
                a => a.MetPeoplesArtisanHeritageStandard, c => c.Forms.MetPeoplesArtisanHeritageStandard);
            yield return Finding("labourOrderThirdClassMeritFinding", "sau Bằng khen của Thủ tướng Chính phủ, các năm tiếp theo lập được thành tích xuất sắc với số sáng kiến nghị định khi đó yêu cầu (Huân chương Lao động hạng Ba, Luật 2013)", "after the Prime Minister's certificate, the following years of outstanding achievement with the initiatives the decree then in force requires (Labour Order, Third Class, 2013 Law)",
                a => a.LabourOrderThirdClassMeritFinding, c => c.Forms.LabourOrderThirdClassMeritFinding);
            yield return Finding("metMinistryCertificateDecreeRoute", "đạt tiêu chuẩn khác của nghị định hướng dẫn khi đó về Bằng khen cấp bộ, ngành, tỉnh cho cá nhân (Nghị định 42/2010/NĐ-CP, sửa đổi bởi Nghị định 39/2012/NĐ-CP)", "meets a further standard of the decree then in force for the ministry or provincial certificate of merit (Decree 42/2010/NĐ-CP as amended by Decree 39/2012/NĐ-CP)",
                a => a.MetMinistryCertificateDecreeRoute, c => c.Forms.MetMinistryCertificateDecreeRoute);
        }
    }
}
