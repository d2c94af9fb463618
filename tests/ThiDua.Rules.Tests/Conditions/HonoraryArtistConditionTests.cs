using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Nghệ sĩ ưu tú and Nghệ sĩ nhân dân under Decree 89/2014/NĐ-CP Điều 9 and Điều 8 (vn-2013-nd65: the 2014 text from 15 Nov 2014;
/// vn-2013: the 2014 text until 14 May 2021, then the council's finding on the standards as Decree 40/2021 amended them): every
/// condition met and not met, asserted on the worked examples under Cases/vn-2013-nd65 and Cases/vn-2013 (NSUT, NSND).
/// </summary>
public sealed class HonoraryArtistConditionTests
{
    private const string UT65_01 = "vn-2013-nd65/NSUT/01-actor-exactly-fifteen-years-two-golds.json";
    private const string UT65_02 = "vn-2013-nd65/NSUT/02-actor-fourteen-years.json";
    private const string UT65_03 = "vn-2013-nd65/NSUT/03-dancer-ten-years-one-gold-two-silvers.json";
    private const string UT65_04 = "vn-2013-nd65/NSUT/04-one-gold-one-silver-council-says-no.json";
    private const string UT65_05 = "vn-2013-nd65/NSUT/05-nothing-stated.json";
    private const string UT65_06 = "vn-2013-nd65/NSUT/06-period-before-decree-89.json";
    private const string ND65_01 = "vn-2013-nd65/NSND/01-actor-exactly-twenty-years-two-golds-after.json";
    private const string ND65_02 = "vn-2013-nd65/NSND/02-actor-nineteen-years.json";
    private const string ND65_03 = "vn-2013-nd65/NSND/03-circus-fifteen-years.json";
    private const string ND65_04 = "vn-2013-nd65/NSND/04-no-meritorious-artist-one-gold.json";
    private const string ND65_05 = "vn-2013-nd65/NSND/05-nothing-stated.json";
    private const string ND65_06 = "vn-2013-nd65/NSND/06-period-before-decree-89.json";
    private const string UT13_01 = "vn-2013/NSUT/01-2019-round-actor-met.json";
    private const string UT13_02 = "vn-2013/NSUT/02-2019-round-circus-nine-years.json";
    private const string UT13_03 = "vn-2013/NSUT/03-2023-amended-standards-met.json";
    private const string UT13_04 = "vn-2013/NSUT/04-2023-amended-standards-not-met.json";
    private const string UT13_05 = "vn-2013/NSUT/05-2023-finding-not-stated.json";
    private const string UT13_06 = "vn-2013/NSUT/06-2019-round-one-gold-one-silver-council-says-no.json";
    private const string ND13_01 = "vn-2013/NSND/01-2019-round-met.json";
    private const string ND13_02 = "vn-2013/NSND/02-2019-round-one-gold-after.json";
    private const string ND13_03 = "vn-2013/NSND/03-2023-amended-standards-met.json";
    private const string ND13_04 = "vn-2013/NSND/04-2023-no-meritorious-artist.json";
    private const string ND13_05 = "vn-2013/NSND/05-2023-findings-not-stated.json";
    private const string ND13_06 = "vn-2013/NSND/06-2019-round-nineteen-years-council-says-no.json";

    private static readonly Cite[] Art9 = { new("ND89_2014", 9) };
    private static readonly Cite[] Art8 = { new("ND89_2014", 8) };

    private const string UtQualities = "NSUT.QUALITIES";

    [Fact]
    [Covers(UtQualities, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void UtQualities_Met_UT65_01()
        => ExpectCase(UT65_01, UtQualities, ConditionOutcome.Met, Art9, new[] { "xác nhận" });

    [Fact]
    [Covers(UtQualities, ConditionOutcome.NotMet, Regime = "vn-2013-nd65")]
    public void UtQualities_NotMet_UT65_04()
        => ExpectCase(UT65_04, UtQualities, ConditionOutcome.NotMet, Art9, new[] { "không xác nhận" });

    [Fact]
    [Covers(UtQualities, ConditionOutcome.Unknown, Regime = "vn-2013-nd65")]
    public void UtQualities_Unknown_UT65_05()
        => ExpectCase(UT65_05, UtQualities, ConditionOutcome.Unknown, Art9, Array.Empty<string>());

    [Fact]
    [Covers(UtQualities, ConditionOutcome.Met)]
    public void UtQualities_Met_UT13_01()
        => ExpectCase(UT13_01, UtQualities, ConditionOutcome.Met, Art9, new[] { "xác nhận" });

    [Fact]
    [Covers(UtQualities, ConditionOutcome.NotMet)]
    public void UtQualities_NotMet_UT13_06()
        => ExpectCase(UT13_06, UtQualities, ConditionOutcome.NotMet, Art9, new[] { "không xác nhận" });

    private const string UtYears = "NSUT.ART_YEARS";

    [Fact]
    [Covers(UtYears, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void UtYears_Met_UT65_01()
        => ExpectCase(UT65_01, UtYears, ConditionOutcome.Met, Art9, new[] { "Có 15 năm" });

    [Fact]
    [Covers(UtYears, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void UtYears_Met_UT65_03()
        => ExpectCase(UT65_03, UtYears, ConditionOutcome.Met, Art9, new[] { "Có 10 năm" });

    [Fact]
    [Covers(UtYears, ConditionOutcome.NotMet, Regime = "vn-2013-nd65")]
    public void UtYears_NotMet_UT65_02()
        => ExpectCase(UT65_02, UtYears, ConditionOutcome.NotMet, Art9, new[] { "Chỉ có 14 năm" });

    [Fact]
    [Covers(UtYears, ConditionOutcome.Met)]
    public void UtYears_Met_UT13_01()
        => ExpectCase(UT13_01, UtYears, ConditionOutcome.Met, Art9, new[] { "Có 16 năm" });

    [Fact]
    [Covers(UtYears, ConditionOutcome.NotMet)]
    public void UtYears_NotMet_UT13_02()
        => ExpectCase(UT13_02, UtYears, ConditionOutcome.NotMet, Art9, new[] { "Chỉ có 9 năm" });

    private const string UtPrizes = "NSUT.NATIONAL_PRIZES";

    [Fact]
    [Covers(UtPrizes, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void UtPrizes_Met_UT65_01()
        => ExpectCase(UT65_01, UtPrizes, ConditionOutcome.Met, Art9, new[] { "2 giải Vàng" });

    [Fact]
    [Covers(UtPrizes, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void UtPrizes_Met_UT65_03()
        => ExpectCase(UT65_03, UtPrizes, ConditionOutcome.Met, Art9, new[] { "1 giải Vàng và 2 giải Bạc" });

    [Fact]
    [Covers(UtPrizes, ConditionOutcome.NotMet, Regime = "vn-2013-nd65")]
    public void UtPrizes_NotMet_UT65_04()
        => ExpectCase(UT65_04, UtPrizes, ConditionOutcome.NotMet, Art9, new[] { "Chỉ có 1 giải Vàng và 1 giải Bạc" });

    [Fact]
    [Covers(UtPrizes, ConditionOutcome.Met)]
    public void UtPrizes_Met_UT13_01()
        => ExpectCase(UT13_01, UtPrizes, ConditionOutcome.Met, Art9, new[] { "2 giải Vàng" });

    [Fact]
    [Covers(UtPrizes, ConditionOutcome.NotMet)]
    public void UtPrizes_NotMet_UT13_06()
        => ExpectCase(UT13_06, UtPrizes, ConditionOutcome.NotMet, Art9, new[] { "Chỉ có 1 giải Vàng" });

    private const string UtAmended = "NSUT.AMENDED_YEARS_AND_PRIZES";

    [Fact]
    [Covers(UtAmended, ConditionOutcome.Met)]
    public void UtAmended_Met_UT13_03()
        => ExpectCase(UT13_03, UtAmended, ConditionOutcome.Met, Art9, new[] { "Nghị định 40/2021" });

    [Fact]
    [Covers(UtAmended, ConditionOutcome.NotMet)]
    public void UtAmended_NotMet_UT13_04()
        => ExpectCase(UT13_04, UtAmended, ConditionOutcome.NotMet, Art9, new[] { "không xác nhận" });

    [Fact]
    [Covers(UtAmended, ConditionOutcome.Unknown)]
    public void UtAmended_Unknown_UT13_05()
        => ExpectCase(UT13_05, UtAmended, ConditionOutcome.Unknown, Art9, Array.Empty<string>());

    private const string UtGuard = "NSUT.BEFORE_DECREE_89";

    [Fact]
    [Covers(UtGuard, ConditionOutcome.Unknown, Regime = "vn-2013-nd65")]
    public void UtGuard_Unknown_UT65_06()
        => ExpectCase(UT65_06, UtGuard, ConditionOutcome.Unknown, Art9, Array.Empty<string>());

    private const string NdHolds = "NSND.HOLDS_MERITORIOUS_ARTIST";

    [Fact]
    [Covers(NdHolds, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void NdHolds_Met_ND65_01()
        => ExpectCase(ND65_01, NdHolds, ConditionOutcome.Met, Art8, new[] { "Đã có danh hiệu Nghệ sĩ ưu tú" });

    [Fact]
    [Covers(NdHolds, ConditionOutcome.NotMet, Regime = "vn-2013-nd65")]
    public void NdHolds_NotMet_ND65_04()
        => ExpectCase(ND65_04, NdHolds, ConditionOutcome.NotMet, Art8, new[] { "Chưa có danh hiệu Nghệ sĩ ưu tú" });

    [Fact]
    [Covers(NdHolds, ConditionOutcome.Met)]
    public void NdHolds_Met_ND13_03()
        => ExpectCase(ND13_03, NdHolds, ConditionOutcome.Met, Art8, new[] { "Đã có" });

    [Fact]
    [Covers(NdHolds, ConditionOutcome.NotMet)]
    public void NdHolds_NotMet_ND13_04()
        => ExpectCase(ND13_04, NdHolds, ConditionOutcome.NotMet, Art8, new[] { "Chưa có" });

    private const string NdQualities = "NSND.QUALITIES";

    [Fact]
    [Covers(NdQualities, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void NdQualities_Met_ND65_01()
        => ExpectCase(ND65_01, NdQualities, ConditionOutcome.Met, Art8, new[] { "xác nhận" });

    [Fact]
    [Covers(NdQualities, ConditionOutcome.NotMet, Regime = "vn-2013-nd65")]
    public void NdQualities_NotMet_ND65_04()
        => ExpectCase(ND65_04, NdQualities, ConditionOutcome.NotMet, Art8, new[] { "không xác nhận" });

    [Fact]
    [Covers(NdQualities, ConditionOutcome.Unknown, Regime = "vn-2013-nd65")]
    public void NdQualities_Unknown_ND65_05()
        => ExpectCase(ND65_05, NdQualities, ConditionOutcome.Unknown, Art8, Array.Empty<string>());

    [Fact]
    [Covers(NdQualities, ConditionOutcome.Met)]
    public void NdQualities_Met_ND13_01()
        => ExpectCase(ND13_01, NdQualities, ConditionOutcome.Met, Art8, new[] { "xác nhận" });

    [Fact]
    [Covers(NdQualities, ConditionOutcome.NotMet)]
    public void NdQualities_NotMet_ND13_06()
        => ExpectCase(ND13_06, NdQualities, ConditionOutcome.NotMet, Art8, new[] { "không xác nhận" });

    private const string NdYears = "NSND.ART_YEARS";

    [Fact]
    [Covers(NdYears, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void NdYears_Met_ND65_01()
        => ExpectCase(ND65_01, NdYears, ConditionOutcome.Met, Art8, new[] { "Có 20 năm" });

    [Fact]
    [Covers(NdYears, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void NdYears_Met_ND65_03()
        => ExpectCase(ND65_03, NdYears, ConditionOutcome.Met, Art8, new[] { "Có 15 năm" });

    [Fact]
    [Covers(NdYears, ConditionOutcome.NotMet, Regime = "vn-2013-nd65")]
    public void NdYears_NotMet_ND65_02()
        => ExpectCase(ND65_02, NdYears, ConditionOutcome.NotMet, Art8, new[] { "Chỉ có 19 năm" });

    [Fact]
    [Covers(NdYears, ConditionOutcome.Met)]
    public void NdYears_Met_ND13_01()
        => ExpectCase(ND13_01, NdYears, ConditionOutcome.Met, Art8, new[] { "Có 22 năm" });

    [Fact]
    [Covers(NdYears, ConditionOutcome.NotMet)]
    public void NdYears_NotMet_ND13_06()
        => ExpectCase(ND13_06, NdYears, ConditionOutcome.NotMet, Art8, new[] { "Chỉ có 19 năm" });

    private const string NdGolds = "NSND.GOLD_PRIZES_AFTER_MERITORIOUS_ARTIST";

    [Fact]
    [Covers(NdGolds, ConditionOutcome.Met, Regime = "vn-2013-nd65")]
    public void NdGolds_Met_ND65_01()
        => ExpectCase(ND65_01, NdGolds, ConditionOutcome.Met, Art8, new[] { "Có 2 giải Vàng" });

    [Fact]
    [Covers(NdGolds, ConditionOutcome.NotMet, Regime = "vn-2013-nd65")]
    public void NdGolds_NotMet_ND65_04()
        => ExpectCase(ND65_04, NdGolds, ConditionOutcome.NotMet, Art8, new[] { "Chỉ có 1 giải Vàng" });

    [Fact]
    [Covers(NdGolds, ConditionOutcome.Met)]
    public void NdGolds_Met_ND13_01()
        => ExpectCase(ND13_01, NdGolds, ConditionOutcome.Met, Art8, new[] { "Có 2 giải Vàng" });

    [Fact]
    [Covers(NdGolds, ConditionOutcome.NotMet)]
    public void NdGolds_NotMet_ND13_02()
        => ExpectCase(ND13_02, NdGolds, ConditionOutcome.NotMet, Art8, new[] { "Chỉ có 1 giải Vàng" });

    private const string NdAmended = "NSND.AMENDED_YEARS_AND_PRIZES";

    [Fact]
    [Covers(NdAmended, ConditionOutcome.Met)]
    public void NdAmended_Met_ND13_03()
        => ExpectCase(ND13_03, NdAmended, ConditionOutcome.Met, Art8, new[] { "Nghị định 40/2021" });

    [Fact]
    [Covers(NdAmended, ConditionOutcome.NotMet)]
    public void NdAmended_NotMet_ND13_04()
        => ExpectCase(ND13_04, NdAmended, ConditionOutcome.NotMet, Art8, new[] { "không xác nhận" });

    [Fact]
    [Covers(NdAmended, ConditionOutcome.Unknown)]
    public void NdAmended_Unknown_ND13_05()
        => ExpectCase(ND13_05, NdAmended, ConditionOutcome.Unknown, Art8, Array.Empty<string>());

    private const string NdGuard = "NSND.BEFORE_DECREE_89";

    [Fact]
    [Covers(NdGuard, ConditionOutcome.Unknown, Regime = "vn-2013-nd65")]
    public void NdGuard_Unknown_ND65_06()
        => ExpectCase(ND65_06, NdGuard, ConditionOutcome.Unknown, Art8, Array.Empty<string>());
}
