using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The facts of the State honorary titles (group <c>honorary</c>).</summary>
    internal static partial class FactCatalog
    {
        private static FactDescriptor Service(string name, string vi, string en, System.Func<HonoraryServiceRecord, object?> read, System.Func<HonoraryFacts, object> value)
            => Fact(name, FactGroup.Honorary, "honoraryService." + name, vi, en,
                c => c.Dossier.HonoraryService is HonoraryServiceRecord s && read(s) != null, c => value(c.Honorary));

        private static FactDescriptor HonoraryAttestation(string name, string vi, string en, System.Func<CouncilAttestations, bool?> read, System.Func<HonoraryFacts, object> value)
            => Fact(name, FactGroup.Honorary, "periods[{period}].attestations." + name, "nhận xét của Hội đồng xét tặng: " + vi, "the awarding council's finding: " + en,
                c => c.PeriodRecord?.Attestations is CouncilAttestations a && read(a) != null, c => value(c.Honorary));

        private static IEnumerable<FactDescriptor> HonoraryFactsCatalog()
        {
            yield return Service("educationManager", "được đề nghị với tư cách cán bộ quản lý giáo dục (true) hay nhà giáo (false)", "proposed as an education manager (true) or as a teacher (false)",
                s => s.EducationManager, h => h.EducationManager);
            yield return Service("directTeachingYears", "số năm trực tiếp nuôi dạy, giảng dạy tính đến năm đề nghị", "years of direct nurturing and teaching up to the proposal year",
                s => s.DirectTeachingYears, h => h.DirectTeachingYears);
            yield return Service("educationSectorYears", "số năm công tác trong ngành giáo dục tính đến năm đề nghị", "years of work in the education sector up to the proposal year",
                s => s.EducationSectorYears, h => h.EducationSectorYears);
            yield return Service("especiallyDifficultArea", "công tác ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn hay không", "whether the person works in an area with especially difficult socio-economic conditions",
                s => s.EspeciallyDifficultArea, h => h.EspeciallyDifficultArea);
            yield return Service("grassrootsOrExcellentTeacherTitles", "số lần được tặng Chiến sĩ thi đua cơ sở hoặc giáo viên, giảng viên dạy giỏi cấp cơ sở (cộng chung)", "times awarded Grassroots Emulation Fighter or the grassroots excellent teacher or lecturer title (counted together)",
                s => s.GrassrootsOrExcellentTeacherTitles, h => h.GrassrootsOrExcellentTeacherTitles);
            yield return Service("grassrootsTitleInYearBeforeProposal", "một trong các danh hiệu đó thuộc năm liền kề với năm đề nghị hay không", "whether one of those titles is for the year next to the proposal year",
                s => s.GrassrootsTitleInYearBeforeProposal, h => h.GrassrootsTitleInYearBeforeProposal);
            yield return Service("ministryOrExcellentTeacherTitles", "số lần được tặng Chiến sĩ thi đua cấp bộ, tỉnh hoặc giáo viên, giảng viên dạy giỏi cấp tỉnh, bộ (cộng chung)", "times awarded the ministry or provincial Emulation Fighter or the provincial or ministry excellent teacher title (counted together)",
                s => s.MinistryOrExcellentTeacherTitles, h => h.MinistryOrExcellentTeacherTitles);
            yield return Service("ministryCertificates", "số Bằng khen cấp bộ, tỉnh đã được tặng", "ministry or provincial certificates of merit received",
                s => s.MinistryCertificates, h => h.MinistryCertificates);
            yield return Fact("meritoriousTeacherHeld", FactGroup.Honorary, "awardHistory (NGUT)", "danh hiệu Nhà giáo ưu tú đã được phong tặng (ghi [] nếu chưa có danh hiệu, hình thức nào)", "the Meritorious Teacher title already conferred (write [] if no title or award)",
                c => c.Dossier.AwardHistory != null, c => c.Honorary.MeritoriousTeacherHeld);
            yield return Service("professionalArtYears", "số năm hoạt động nghệ thuật chuyên nghiệp tính đến khi đề nghị", "years of professional artistic activity up to the proposal",
                s => s.ProfessionalArtYears, h => h.ProfessionalArtYears);
            yield return Service("circusOrDance", "loại hình nghệ thuật là Xiếc hoặc Múa hay không", "whether the art form is circus or dance",
                s => s.CircusOrDance, h => h.CircusOrDance);
            yield return Service("nationalGoldPrizes", "số giải Vàng quốc gia đã đạt", "national gold prizes won",
                s => s.NationalGoldPrizes, h => h.NationalGoldPrizes);
            yield return Service("nationalSilverPrizes", "số giải Bạc quốc gia đã đạt", "national silver prizes won",
                s => s.NationalSilverPrizes, h => h.NationalSilverPrizes);
            yield return Service("nationalGoldPrizesAfterMeritoriousArtist", "số giải Vàng quốc gia đạt sau khi được tặng danh hiệu Nghệ sĩ ưu tú", "national gold prizes won after the Meritorious Artist title",
                s => s.NationalGoldPrizesAfterMeritoriousArtist, h => h.NationalGoldPrizesAfterMeritoriousArtist);
            yield return Fact("meritoriousArtistHeld", FactGroup.Honorary, "awardHistory (NSUT)", "danh hiệu Nghệ sĩ ưu tú đã được phong tặng (ghi [] nếu chưa có danh hiệu, hình thức nào)", "the Meritorious Artist title already conferred (write [] if no title or award)",
                c => c.Dossier.AwardHistory != null, c => c.Honorary.MeritoriousArtistHeld);
            yield return HonoraryAttestation("meritoriousArtistQualities", "trung thành, chấp hành chủ trương, chính sách, pháp luật và quy chế của cơ quan; đạo đức tốt, tận tụy với nghề, tài năng nghệ thuật xuất sắc, có uy tín nghề nghiệp (Nghệ sĩ ưu tú)", "loyalty and compliance with policy, law and the body's rules; good ethics, dedication, outstanding artistic talent and professional standing (Meritorious Artist)",
                a => a.MeritoriousArtistQualities, h => h.MeritoriousArtistQualities);
            yield return HonoraryAttestation("peoplesArtistQualities", "trung thành, chấp hành chủ trương, chính sách, pháp luật; đạo đức tốt, tài năng nghệ thuật đặc biệt xuất sắc, có uy tín nghề nghiệp (Nghệ sĩ nhân dân)", "loyalty and compliance with policy and law; good ethics, especially outstanding artistic talent and professional standing (People's Artist)",
                a => a.PeoplesArtistQualities, h => h.PeoplesArtistQualities);
            yield return HonoraryAttestation("metAmendedMeritoriousArtistStandards", "đạt tiêu chuẩn về thời gian hoạt động và giải thưởng của Nghệ sĩ ưu tú theo Nghị định 40/2021/NĐ-CP", "meets the Meritorious Artist's years and prizes as amended by Decree 40/2021/NĐ-CP",
                a => a.MetAmendedMeritoriousArtistStandards, h => h.MetAmendedMeritoriousArtistStandards);
            yield return HonoraryAttestation("metAmendedPeoplesArtistStandards", "đạt tiêu chuẩn về thời gian hoạt động và giải thưởng của Nghệ sĩ nhân dân theo Nghị định 40/2021/NĐ-CP", "meets the People's Artist's years and prizes as amended by Decree 40/2021/NĐ-CP",
                a => a.MetAmendedPeoplesArtistStandards, h => h.MetAmendedPeoplesArtistStandards);
            yield return HonoraryAttestation("meritoriousTeacherQualities", "trung thành, chấp hành tốt chủ trương, chính sách, pháp luật; đạo đức tốt, tâm huyết với nghề; tấm gương cho người học và đồng nghiệp; ảnh hưởng rộng rãi trong ngành và xã hội; đi đầu đổi mới (Nhà giáo ưu tú)", "loyalty and compliance with policy and law; good ethics and dedication; an example to learners and colleagues; wide influence in the sector and society; leading innovation (Meritorious Teacher)",
                a => a.MeritoriousTeacherQualities, h => h.MeritoriousTeacherQualities);
            yield return HonoraryAttestation("peoplesTeacherQualities", "các phẩm chất của Nhà giáo ưu tú và là tấm gương đặc biệt xuất sắc, tiêu biểu, có ảnh hưởng rộng rãi trong toàn quốc (Nhà giáo nhân dân)", "the Meritorious Teacher's qualities and an especially outstanding, typical example with nationwide influence (People's Teacher)",
                a => a.PeoplesTeacherQualities, h => h.PeoplesTeacherQualities);
            yield return HonoraryAttestation("metPeoplesTeacherAwardRequirements", "đạt yêu cầu về danh hiệu thi đua và Bằng khen của Nhà giáo nhân dân (Chiến sĩ thi đua hoặc dạy giỏi cấp tỉnh, bộ; Bằng khen Thủ tướng trở lên, hoặc hai Bằng khen cấp tỉnh, bộ với giáo viên mầm non, tiểu học, trung học cơ sở)", "meets the People's Teacher's title and certificate requirements (a provincial or ministry Emulation Fighter or excellent teacher title; a Prime Minister's certificate or higher, or two provincial or ministry certificates for preschool, primary and lower-secondary teachers)",
                a => a.MetPeoplesTeacherAwardRequirements, h => h.MetPeoplesTeacherAwardRequirements);
        }
    }
}
