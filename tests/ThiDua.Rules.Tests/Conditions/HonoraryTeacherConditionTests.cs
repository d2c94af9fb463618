using ThiDua.Rules.Tests.Cases;
using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Nhà giáo ưu tú and Nhà giáo nhân dân under Decree 27/2015/NĐ-CP Điều 9 and Điều 8 (vn-2013): every condition met and
/// not met, asserted on the worked examples under Cases/vn-2013/NGUT and Cases/vn-2013/NGND.
/// </summary>
public sealed class HonoraryTeacherConditionTests
{
    private const string UT01 = "vn-2013/NGUT/01-teacher-exactly-fifteen-years.json";
    private const string UT02 = "vn-2013/NGUT/02-teacher-fourteen-years.json";
    private const string UT03 = "vn-2013/NGUT/03-difficult-area-five-titles.json";
    private const string UT04 = "vn-2013/NGUT/04-six-titles-outside-difficult-area.json";
    private const string UT05 = "vn-2013/NGUT/05-manager-exactly-twenty-sector-years.json";
    private const string UT06 = "vn-2013/NGUT/06-manager-nineteen-sector-years.json";
    private const string UT07 = "vn-2013/NGUT/07-service-record-and-finding-not-stated.json";
    private const string ND01 = "vn-2013/NGND/01-teacher-exactly-twenty-years.json";
    private const string ND02 = "vn-2013/NGND/02-teacher-nineteen-years.json";
    private const string ND03 = "vn-2013/NGND/03-not-a-meritorious-teacher.json";
    private const string ND04 = "vn-2013/NGND/04-manager-twenty-five-and-fifteen-years.json";
    private const string ND05 = "vn-2013/NGND/05-manager-twenty-four-and-fourteen-years.json";
    private const string ND06 = "vn-2013/NGND/06-findings-and-years-not-stated.json";

    private static readonly Cite[] Art9 = { new("ND27_2015", 9) };
    private static readonly Cite[] Art8 = { new("ND27_2015", 8) };

    private const string UtQualities = "NGUT.QUALITIES";

    [Fact]
    [Covers(UtQualities, ConditionOutcome.Met)]
    public void UtQualities_Met_UT01()
        => ExpectCase(UT01, UtQualities, ConditionOutcome.Met, Art9, new[] { "xác nhận", "2023" });

    [Fact]
    [Covers(UtQualities, ConditionOutcome.NotMet)]
    public void UtQualities_NotMet_UT04()
        => ExpectCase(UT04, UtQualities, ConditionOutcome.NotMet, Art9, new[] { "không xác nhận" });

    [Fact]
    [Covers(UtQualities, ConditionOutcome.Unknown)]
    public void UtQualities_Unknown_UT07()
        => ExpectCase(UT07, UtQualities, ConditionOutcome.Unknown, Art9, Array.Empty<string>());

    private const string UtTitles = "NGUT.GRASSROOTS_TITLES";

    [Fact]
    [Covers(UtTitles, ConditionOutcome.Met)]
    public void UtTitles_Met_UT01()
        => ExpectCase(UT01, UtTitles, ConditionOutcome.Met, Art9, new[] { "Có 7 lần" });

    [Fact]
    [Covers(UtTitles, ConditionOutcome.Met)]
    public void UtTitles_Met_UT03()
        => ExpectCase(UT03, UtTitles, ConditionOutcome.Met, Art9, new[] { "Có 5 lần" });

    [Fact]
    [Covers(UtTitles, ConditionOutcome.NotMet)]
    public void UtTitles_NotMet_UT04()
        => ExpectCase(UT04, UtTitles, ConditionOutcome.NotMet, Art9, new[] { "Chỉ có 6", "chưa đủ 7" });

    [Fact]
    [Covers(UtTitles, ConditionOutcome.Unknown)]
    public void UtTitles_Unknown_UT07()
        => ExpectCase(UT07, UtTitles, ConditionOutcome.Unknown, Art9, Array.Empty<string>());

    private const string UtAdjacent = "NGUT.TITLE_IN_YEAR_BEFORE_PROPOSAL";

    [Fact]
    [Covers(UtAdjacent, ConditionOutcome.Met)]
    public void UtAdjacent_Met_UT01()
        => ExpectCase(UT01, UtAdjacent, ConditionOutcome.Met, Art9, new[] { "năm liền kề" });

    [Fact]
    [Covers(UtAdjacent, ConditionOutcome.NotMet)]
    public void UtAdjacent_NotMet_UT04()
        => ExpectCase(UT04, UtAdjacent, ConditionOutcome.NotMet, Art9, new[] { "Không có danh hiệu" });

    private const string UtMinistryTitle = "NGUT.MINISTRY_TITLE";

    [Fact]
    [Covers(UtMinistryTitle, ConditionOutcome.Met)]
    public void UtMinistryTitle_Met_UT01()
        => ExpectCase(UT01, UtMinistryTitle, ConditionOutcome.Met, Art9, new[] { "Có 1 lần" });

    [Fact]
    [Covers(UtMinistryTitle, ConditionOutcome.NotMet)]
    public void UtMinistryTitle_NotMet_UT04()
        => ExpectCase(UT04, UtMinistryTitle, ConditionOutcome.NotMet, Art9, new[] { "Chưa có đủ 1" });

    private const string UtCertificate = "NGUT.MINISTRY_CERTIFICATE";

    [Fact]
    [Covers(UtCertificate, ConditionOutcome.Met)]
    public void UtCertificate_Met_UT01()
        => ExpectCase(UT01, UtCertificate, ConditionOutcome.Met, Art9, new[] { "Có 1 Bằng khen" });

    [Fact]
    [Covers(UtCertificate, ConditionOutcome.NotMet)]
    public void UtCertificate_NotMet_UT04()
        => ExpectCase(UT04, UtCertificate, ConditionOutcome.NotMet, Art9, new[] { "Chưa có Bằng khen" });

    private const string UtTeacher = "NGUT.ROLE.TEACHER";

    [Fact]
    [Covers(UtTeacher, ConditionOutcome.Met)]
    public void UtTeacher_Met_UT01()
        => ExpectCase(UT01, UtTeacher, ConditionOutcome.Met, Art9, new[] { "nhà giáo" });

    [Fact]
    [Covers(UtTeacher, ConditionOutcome.NotMet)]
    public void UtTeacher_NotMet_UT05()
        => ExpectCase(UT05, UtTeacher, ConditionOutcome.NotMet, Art9, new[] { "cán bộ quản lý" });

    [Fact]
    [Covers(UtTeacher, ConditionOutcome.Unknown)]
    public void UtTeacher_Unknown_UT07()
        => ExpectCase(UT07, UtTeacher, ConditionOutcome.Unknown, Art9, Array.Empty<string>());

    private const string UtTeachingYears = "NGUT.TEACHING_YEARS";

    [Fact]
    [Covers(UtTeachingYears, ConditionOutcome.Met)]
    public void UtTeachingYears_Met_UT01()
        => ExpectCase(UT01, UtTeachingYears, ConditionOutcome.Met, Art9, new[] { "Có 15 năm", "cần 15" });

    [Fact]
    [Covers(UtTeachingYears, ConditionOutcome.NotMet)]
    public void UtTeachingYears_NotMet_UT02()
        => ExpectCase(UT02, UtTeachingYears, ConditionOutcome.NotMet, Art9, new[] { "Chỉ có 14 năm", "chưa đủ 15" });

    private const string UtManager = "NGUT.ROLE.MANAGER";

    [Fact]
    [Covers(UtManager, ConditionOutcome.Met)]
    public void UtManager_Met_UT05()
        => ExpectCase(UT05, UtManager, ConditionOutcome.Met, Art9, new[] { "cán bộ quản lý" });

    [Fact]
    [Covers(UtManager, ConditionOutcome.NotMet)]
    public void UtManager_NotMet_UT01()
        => ExpectCase(UT01, UtManager, ConditionOutcome.NotMet, Art9, new[] { "nhà giáo" });

    private const string UtSectorYears = "NGUT.SECTOR_YEARS";

    [Fact]
    [Covers(UtSectorYears, ConditionOutcome.Met)]
    public void UtSectorYears_Met_UT05()
        => ExpectCase(UT05, UtSectorYears, ConditionOutcome.Met, Art9, new[] { "Có 20 năm", "cần 20" });

    [Fact]
    [Covers(UtSectorYears, ConditionOutcome.NotMet)]
    public void UtSectorYears_NotMet_UT06()
        => ExpectCase(UT06, UtSectorYears, ConditionOutcome.NotMet, Art9, new[] { "Chỉ có 19 năm", "chưa đủ 20" });

    [Fact]
    [Covers(UtSectorYears, ConditionOutcome.Unknown)]
    public void UtSectorYears_Unknown_UT01()
        => ExpectCase(UT01, UtSectorYears, ConditionOutcome.Unknown, Art9, Array.Empty<string>());

    private const string NdHolds = "NGND.HOLDS_MERITORIOUS_TEACHER";

    [Fact]
    [Covers(NdHolds, ConditionOutcome.Met)]
    public void NdHolds_Met_ND01()
        => ExpectCase(ND01, NdHolds, ConditionOutcome.Met, Art8, new[] { "Đã có danh hiệu Nhà giáo ưu tú" });

    [Fact]
    [Covers(NdHolds, ConditionOutcome.NotMet)]
    public void NdHolds_NotMet_ND03()
        => ExpectCase(ND03, NdHolds, ConditionOutcome.NotMet, Art8, new[] { "Chưa có danh hiệu Nhà giáo ưu tú" });

    private const string NdQualities = "NGND.QUALITIES";

    [Fact]
    [Covers(NdQualities, ConditionOutcome.Met)]
    public void NdQualities_Met_ND01()
        => ExpectCase(ND01, NdQualities, ConditionOutcome.Met, Art8, new[] { "xác nhận" });

    [Fact]
    [Covers(NdQualities, ConditionOutcome.NotMet)]
    public void NdQualities_NotMet_ND03()
        => ExpectCase(ND03, NdQualities, ConditionOutcome.NotMet, Art8, new[] { "không xác nhận" });

    [Fact]
    [Covers(NdQualities, ConditionOutcome.Unknown)]
    public void NdQualities_Unknown_ND06()
        => ExpectCase(ND06, NdQualities, ConditionOutcome.Unknown, Art8, Array.Empty<string>());

    private const string NdAwards = "NGND.AWARD_REQUIREMENTS";

    [Fact]
    [Covers(NdAwards, ConditionOutcome.Met)]
    public void NdAwards_Met_ND01()
        => ExpectCase(ND01, NdAwards, ConditionOutcome.Met, Art8, new[] { "xác nhận đạt" });

    [Fact]
    [Covers(NdAwards, ConditionOutcome.NotMet)]
    public void NdAwards_NotMet_ND03()
        => ExpectCase(ND03, NdAwards, ConditionOutcome.NotMet, Art8, new[] { "không xác nhận" });

    [Fact]
    [Covers(NdAwards, ConditionOutcome.Unknown)]
    public void NdAwards_Unknown_ND06()
        => ExpectCase(ND06, NdAwards, ConditionOutcome.Unknown, Art8, Array.Empty<string>());

    private const string NdTeacher = "NGND.ROLE.TEACHER";

    [Fact]
    [Covers(NdTeacher, ConditionOutcome.Met)]
    public void NdTeacher_Met_ND01()
        => ExpectCase(ND01, NdTeacher, ConditionOutcome.Met, Art8, new[] { "nhà giáo" });

    [Fact]
    [Covers(NdTeacher, ConditionOutcome.NotMet)]
    public void NdTeacher_NotMet_ND04()
        => ExpectCase(ND04, NdTeacher, ConditionOutcome.NotMet, Art8, new[] { "cán bộ quản lý" });

    private const string NdTeachingYears = "NGND.TEACHING_YEARS";

    [Fact]
    [Covers(NdTeachingYears, ConditionOutcome.Met)]
    public void NdTeachingYears_Met_ND01()
        => ExpectCase(ND01, NdTeachingYears, ConditionOutcome.Met, Art8, new[] { "Có 20 năm" });

    [Fact]
    [Covers(NdTeachingYears, ConditionOutcome.NotMet)]
    public void NdTeachingYears_NotMet_ND02()
        => ExpectCase(ND02, NdTeachingYears, ConditionOutcome.NotMet, Art8, new[] { "Chỉ có 19 năm", "chưa đủ 20" });

    private const string NdManager = "NGND.ROLE.MANAGER";

    [Fact]
    [Covers(NdManager, ConditionOutcome.Met)]
    public void NdManager_Met_ND04()
        => ExpectCase(ND04, NdManager, ConditionOutcome.Met, Art8, new[] { "cán bộ quản lý" });

    [Fact]
    [Covers(NdManager, ConditionOutcome.NotMet)]
    public void NdManager_NotMet_ND01()
        => ExpectCase(ND01, NdManager, ConditionOutcome.NotMet, Art8, new[] { "nhà giáo" });

    private const string NdSectorYears = "NGND.SECTOR_YEARS";

    [Fact]
    [Covers(NdSectorYears, ConditionOutcome.Met)]
    public void NdSectorYears_Met_ND04()
        => ExpectCase(ND04, NdSectorYears, ConditionOutcome.Met, Art8, new[] { "Có 25 năm" });

    [Fact]
    [Covers(NdSectorYears, ConditionOutcome.NotMet)]
    public void NdSectorYears_NotMet_ND05()
        => ExpectCase(ND05, NdSectorYears, ConditionOutcome.NotMet, Art8, new[] { "Chỉ có 24 năm", "chưa đủ 25" });

    private const string NdManagerTeaching = "NGND.MANAGER_TEACHING_YEARS";

    [Fact]
    [Covers(NdManagerTeaching, ConditionOutcome.Met)]
    public void NdManagerTeaching_Met_ND04()
        => ExpectCase(ND04, NdManagerTeaching, ConditionOutcome.Met, Art8, new[] { "Có 15 năm" });

    [Fact]
    [Covers(NdManagerTeaching, ConditionOutcome.NotMet)]
    public void NdManagerTeaching_NotMet_ND05()
        => ExpectCase(ND05, NdManagerTeaching, ConditionOutcome.NotMet, Art8, new[] { "Chỉ có 14 năm", "chưa đủ 15" });

    [Fact]
    public void Verdict_NothingStated_AsksForTheServiceRecordAndTheFindingNeverNotEligible()
    {
        var result = ThiDuaRules.Default.Check(WorkedExampleLoader.ToRequest(WorkedExampleLoader.Load(UT07)));

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Contains("honoraryService.educationManager", result.MissingFacts);
        Assert.Contains("periods[2023].attestations.meritoriousTeacherQualities", result.MissingFacts);
    }
}
