using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The facts of the long-service (cống hiến) routes: posts by rank, the period served in, the women's reduction.</summary>
    internal static partial class FactCatalog
    {
        private const string PostsField = "positions (level, from, to)";

        private static IEnumerable<FactDescriptor> LongServiceFacts()
        {
            yield return Fact("monthsInDirectorPosts", FactGroup.Forms, PostsField, "các chức vụ đã giữ, cấp và thời gian (chức vụ Tổng cục trưởng, Phó Tổng cục trưởng cần ghi cấp tương đương theo bảng của nghị định)", "posts held with their rank and dates (a general department's head or deputy is recorded at the rank the decree's table treats as equivalent)",
                c => c.Forms.PostsPlaceable, c => c.Forms.MonthsInDirectorPosts);
            yield return Fact("monthsInDeputyDirectorPosts", FactGroup.Forms, PostsField, "các chức vụ đã giữ, cấp và thời gian (chức vụ Tổng cục trưởng, Phó Tổng cục trưởng cần ghi cấp tương đương theo bảng của nghị định)", "posts held with their rank and dates (a general department's head or deputy is recorded at the rank the decree's table treats as equivalent)",
                c => c.Forms.PostsPlaceable, c => c.Forms.MonthsInDeputyDirectorPosts);
            yield return Fact("monthsInDeputyMinisterPosts", FactGroup.Forms, PostsField, "các chức vụ đã giữ, cấp và thời gian (chức vụ Tổng cục trưởng, Phó Tổng cục trưởng cần ghi cấp tương đương theo bảng của nghị định)", "posts held with their rank and dates (a general department's head or deputy is recorded at the rank the decree's table treats as equivalent)",
                c => c.Forms.PostsPlaceable, c => c.Forms.MonthsInDeputyMinisterPosts);
            yield return Fact("monthsInMinisterPosts", FactGroup.Forms, PostsField, "các chức vụ đã giữ, cấp và thời gian (chức vụ Tổng cục trưởng, Phó Tổng cục trưởng cần ghi cấp tương đương theo bảng của nghị định)", "posts held with their rank and dates (a general department's head or deputy is recorded at the rank the decree's table treats as equivalent)",
                c => c.Forms.PostsPlaceable, c => c.Forms.MonthsInMinisterPosts);
            yield return Fact("heldDeputyPostOrAbove", FactGroup.Forms, PostsField, "các chức vụ đã giữ, cấp và thời gian", "posts held with their rank and dates",
                c => c.Dossier.Positions != null, c => c.Forms.HeldDeputyPostOrAbove);
            yield return Fact("womanInLeadership", FactGroup.Forms, "gender", "giới tính (nữ cán bộ lãnh đạo, quản lý được giảm thời gian giữ chức vụ)", "gender (women in leading posts need fewer years in post)",
                c => c.Dossier.Gender != null, c => c.Forms.WomanInLeadership);
            yield return Fact("servedInBothResistanceWars", FactGroup.Forms, "resistanceWars", "thời kỳ tham gia: hai cuộc kháng chiến, chỉ chống Pháp, chỉ chống Mỹ hoặc không tham gia kháng chiến", "period served: both resistance wars, only against the French, only against the United States, or neither",
                c => c.Dossier.ResistanceWars != null, c => c.Forms.ServedInBothResistanceWars);
            yield return Fact("servedAgainstUsOrInNationBuilding", FactGroup.Forms, "resistanceWars", "thời kỳ tham gia: hai cuộc kháng chiến, chỉ chống Pháp, chỉ chống Mỹ hoặc không tham gia kháng chiến", "period served: both resistance wars, only against the French, only against the United States, or neither",
                c => c.Dossier.ResistanceWars != null, c => c.Forms.ServedAgainstUsOrInNationBuilding);
            yield return Fact("recognisedPreUprisingCadre", FactGroup.Forms, "recognisedPreUprisingCadre", "có được công nhận là cán bộ tiền khởi nghĩa không", "whether the person is recognised as a pre-uprising cadre",
                c => c.Dossier.RecognisedPreUprisingCadre != null, c => c.Forms.RecognisedPreUprisingCadre);
            yield return Finding("longContinuousServiceWithAchievements", "có quá trình cống hiến lâu dài, liên tục trong cơ quan, tổ chức, đoàn thể và thành tích xuất sắc trong xây dựng Tổ quốc", "long, continuous service in agencies and organisations with excellent achievements in building the country",
                a => a.LongContinuousServiceWithAchievements, c => c.Forms.LongContinuousServiceWithAchievements);
        }
    }
}
