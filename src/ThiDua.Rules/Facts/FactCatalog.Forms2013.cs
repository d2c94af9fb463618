using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the vn-2013-nd42 forms added by area Forms2013 (issue 11).</summary>
    internal static partial class FactCatalog
    {
        private static IEnumerable<FactDescriptor> Forms2013Findings()
        {
            yield return Finding("metPrimeMinisterCertificateLawStandard", "đạt tiêu chuẩn Bằng khen của Thủ tướng Chính phủ cho cá nhân theo Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013) và nghị định hướng dẫn trước Nghị định 65/2014", "meets the individual standard of the Prime Minister's Certificate of Merit under the 2003 Law (amended 2005 and 2013) and the decree guiding it before Decree 65/2014",
                a => a.MetPrimeMinisterCertificateLawStandard, c => c.Forms.MetPrimeMinisterCertificateLawStandard);
            yield return Finding("metFriendshipMedalGuidingStandard", "đạt các tiêu chuẩn chi tiết của Huy chương Hữu nghị theo văn bản hướng dẫn Luật 2003 trước Nghị định 65/2014", "meets the detailed Friendship Medal standards of the texts guiding the 2003 Law before Decree 65/2014",
                a => a.MetFriendshipMedalGuidingStandard, c => c.Forms.MetFriendshipMedalGuidingStandard);
        }
    }
}
