using System;
using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The facts of the household and village culture titles.</summary>
    internal static partial class FactCatalog
    {
        private static IEnumerable<FactDescriptor> CommunityFactsCatalog()
        {
            yield return Fact("householdRegistered", FactGroup.Community, "periods[{period}].emulationRegistered", "bản đăng ký tham gia thi đua xây dựng Gia đình văn hóa của hộ", "the household's registration for the cultured-family movement",
                c => c.Community.Record?.EmulationRegistered != null, c => c.Community.HouseholdRegistered);
            yield return CommunityAttestation("compliantAndActive", "gương mẫu chấp hành chủ trương, chính sách, pháp luật; tích cực tham gia phong trào thi đua nơi cư trú", "exemplary in following policy and law, active in local movements", a => a.CompliantAndActive, f => f.CompliantAndActive);
            yield return CommunityAttestation("harmoniousAndHelpful", "gia đình hòa thuận, hạnh phúc, tiến bộ; tương trợ giúp đỡ cộng đồng", "harmonious, happy, progressive family helping the community", a => a.HarmoniousAndHelpful, f => f.HarmoniousAndHelpful);
            yield return CommunityAttestation("productiveWorkAndStudy", "lao động, sản xuất, kinh doanh, công tác, học tập đạt năng suất, hiệu quả", "productive work, production, business and study", a => a.ProductiveWorkAndStudy, f => f.ProductiveWorkAndStudy);
            yield return CommunityAttestation("compliesWithPolicyAndLaw", "các thành viên chấp hành tốt chủ trương, chính sách, pháp luật", "members follow policy and law well", a => a.CompliesWithPolicyAndLaw, f => f.CompliesWithPolicyAndLaw);
            yield return CommunityAttestation("activeInLocalMovements", "tích cực tham gia phong trào thi đua lao động, sản xuất, học tập, bảo vệ an ninh trật tự của địa phương", "active in the local labour, production, study and security movements", a => a.ActiveInLocalMovements, f => f.ActiveInLocalMovements);
            yield return CommunityAttestation("prosperousHappyFamily", "gia đình no ấm, tiến bộ, hạnh phúc, văn minh; đoàn kết, tương trợ trong cộng đồng", "prosperous, progressive, happy, civilised family, close to the community", a => a.ProsperousHappyFamily, f => f.ProsperousHappyFamily);
            yield return CommunityAttestation("stableEconomy", "đời sống kinh tế ổn định và phát triển", "stable and developing economic life", a => a.StableEconomy, f => f.StableEconomy);
            yield return CommunityAttestation("healthyCulturalLife", "đời sống văn hóa, tinh thần lành mạnh, phong phú", "healthy and rich cultural and spiritual life", a => a.HealthyCulturalLife, f => f.HealthyCulturalLife);
            yield return CommunityAttestation("cleanEnvironment", "môi trường, cảnh quan sạch đẹp", "clean environment and landscape", a => a.CleanEnvironment, f => f.CleanEnvironment);
            yield return CommunityAttestation("observesPolicyAndLaw", "chấp hành chủ trương, chính sách, pháp luật, giữ gìn trật tự, tích cực thi đua", "policy, law and order observed, active in emulation", a => a.ObservesPolicyAndLaw, f => f.ObservesPolicyAndLaw);
            yield return CommunityAttestation("communitySolidarity", "đoàn kết, tương trợ trong cộng đồng", "solidarity and mutual help in the community", a => a.CommunitySolidarity, f => f.CommunitySolidarity);
            yield return MeetingFact("meetingInvited", "invited", "số người được triệu tập dự họp bình xét", "people invited to the review meeting", m => m.Invited != null, f => f.MeetingInvited);
            yield return MeetingFact("meetingAttended", "attended", "số người dự họp bình xét", "people who attended the review meeting", m => m.Attended != null, f => f.MeetingAttended);
            yield return MeetingFact("meetingInFavour", "inFavour", "số người dự họp đồng ý đề nghị", "attendees who agreed", m => m.InFavour != null, f => f.MeetingInFavour);
            yield return MeetingFact("meetingAttendancePercent", "attended", "tỷ lệ người dự họp trên số người được triệu tập", "attendance as a share of those invited", m => m.Invited != null && m.Attended != null, f => f.MeetingAttendancePercent);
            yield return MeetingFact("meetingApprovalPercent", "inFavour", "tỷ lệ người đồng ý trên số người dự họp", "agreement as a share of attendees", m => m.Attended != null && m.InFavour != null, f => f.MeetingApprovalPercent);
        }

        private static FactDescriptor CommunityAttestation(string name, string vi, string en, Func<CommunityAttestations, bool?> read, Func<CommunityFacts, object> value)
            => new FactDescriptor(
                name,
                FactGroup.Community,
                "periods[{period}].attestations." + name,
                new LocalizedText("nhận xét của cuộc họp bình xét: " + vi, "the review's finding: " + en),
                c => c.Community.Attestations is CommunityAttestations a && read(a) != null,
                c => value(c.Community));

        private static FactDescriptor MeetingFact(string name, string field, string vi, string en, Func<ReviewMeeting, bool> known, Func<CommunityFacts, object> value)
            => new FactDescriptor(
                name,
                FactGroup.Community,
                "periods[{period}].meeting." + field,
                new LocalizedText(vi, en),
                c => c.Community.Meeting is ReviewMeeting m && known(m),
                c => value(c.Community));
    }
}
