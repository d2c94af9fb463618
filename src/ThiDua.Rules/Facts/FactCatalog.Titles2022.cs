using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2022 Law's physician and artist titles added for issue 11 (area Titles2022).</summary>
    internal static partial class FactCatalog
    {
        private static IEnumerable<FactDescriptor> Titles2022Findings()
        {
            yield return Finding("peoplesPhysicianMeritUnderLaw2022", "có phẩm chất đạo đức tốt, tận tụy với nghề, hết lòng thương yêu người bệnh, có tài năng; có nhiều thành tích xuất sắc trong phòng bệnh, chữa bệnh, phát triển khoa học, kỹ thuật y tế; có nhiều cống hiến cho sức khỏe Nhân dân, có ảnh hưởng rộng rãi, được người bệnh và đồng nghiệp tin cậy, kính trọng (Thầy thuốc nhân dân, Luật 2022 Điều 65 khoản 2 điểm b)", "good ethics, devotion to the profession and to patients, talent; many outstanding achievements in preventing and curing disease and in medical science; many contributions to the people's health, wide influence, trusted and respected by patients and colleagues (People's Physician, Law 2022 Điều 65 khoản 2 điểm b)",
                a => a.PeoplesPhysicianMeritUnderLaw2022, c => c.Forms.PeoplesPhysicianMeritUnderLaw2022);
            yield return Finding("peoplesPhysicianYearsUnderLaw2022", "đủ thời gian công tác của Thầy thuốc nhân dân theo Luật 2022 Điều 65 khoản 2 điểm c (từ 20 năm trực tiếp làm chuyên môn kỹ thuật trong ngành y tế; cán bộ quản lý y tế: từ 25 năm trong ngành, trong đó từ 15 năm trực tiếp làm chuyên môn kỹ thuật)", "the People's Physician's years under Law 2022 Điều 65 khoản 2 điểm c (20 years or more of direct professional work in the health sector; health managers: 25 years or more in the sector, 15 of them in direct professional work)",
                a => a.PeoplesPhysicianYearsUnderLaw2022, c => c.Forms.PeoplesPhysicianYearsUnderLaw2022);
            yield return Finding("metPeoplesPhysicianDecree25Criteria", "đã được Chủ tịch nước phong tặng Thầy thuốc ưu tú và đạt một trong các tiêu chuẩn về tài năng nghiên cứu, phát triển khoa học, kỹ thuật, công nghệ y tế của Nghị định 25/2024/NĐ-CP (ví dụ: chủ nhiệm ít nhất 01 nhiệm vụ khoa học và công nghệ cấp bộ, tỉnh đã nghiệm thu đạt trở lên; số điều của Nghị định chưa đọc được)", "already a Meritorious Physician conferred by the State President, and meets one of the criteria of outstanding talent in medical research and technology of Decree 25/2024/NĐ-CP (for example leading at least one ministry- or province-level science and technology task accepted at 'pass' or above; the decree's article was not read)",
                a => a.MetPeoplesPhysicianDecree25Criteria, c => c.Forms.MetPeoplesPhysicianDecree25Criteria);
            yield return Finding("metMeritoriousPhysicianStandardUnderLaw2022", "đạt các tiêu chuẩn danh hiệu Thầy thuốc ưu tú theo Luật 2022 Điều 65 và Nghị định 25/2024/NĐ-CP (khoản của Điều 65 và điều của Nghị định cho danh hiệu này chưa đọc được)", "meets the Meritorious Physician standards of Law 2022 Điều 65 and Decree 25/2024/NĐ-CP (the clause of Điều 65 and the decree's article for this title were not read)",
                a => a.MetMeritoriousPhysicianStandardUnderLaw2022, c => c.Forms.MetMeritoriousPhysicianStandardUnderLaw2022);
            yield return Finding("metMeritoriousArtistStandardUnderLaw2022", "đạt các tiêu chuẩn danh hiệu Nghệ sĩ ưu tú theo Luật 2022 Điều 66 và Nghị định 61/2024/NĐ-CP: trong đó có phẩm chất đạo đức, tài năng, uy tín nghề nghiệp; từ 15 năm hoạt động văn hóa, nghệ thuật chuyên nghiệp liên tục hoặc cộng dồn (xiếc, múa từ 10 năm); một trong các tiêu chí giải thưởng (khoản của Điều 66 và điều của Nghị định cho danh hiệu này chưa đọc được)", "meets the Meritorious Artist standards of Law 2022 Điều 66 and Decree 61/2024/NĐ-CP: among them good ethics, talent and professional standing; 15 years or more of professional cultural and artistic activity, continuous or cumulative (circus and dance: 10); one of the prize criteria (the clause of Điều 66 and the decree's article for this title were not read)",
                a => a.MetMeritoriousArtistStandardUnderLaw2022, c => c.Forms.MetMeritoriousArtistStandardUnderLaw2022);
        }
    }
}
