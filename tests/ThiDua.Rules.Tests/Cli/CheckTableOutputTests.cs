using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary>The table view of <c>check</c>: header, conditions with marks and citations, nested prerequisites, verdict.</summary>
public sealed class CheckTableOutputTests
{
    private static CliRun CheckCstdcs(params string[] extra)
        => CliRun.Of(new[] { "check", SampleData.Path("eligible-civil-servant.json"), "--award", "CSTDCS", "--year", "2021" }.Concat(extra).ToArray());

    [Fact]
    public void Run_CheckTable_HeaderNamesPersonAwardPeriodAndRegime()
    {
        var lines = CheckCstdcs().Stdout.Split(Environment.NewLine);

        Assert.StartsWith("Người được xét: Nguyễn Thị Lan (NV-0001", lines[0], StringComparison.Ordinal);
        Assert.Equal("Danh hiệu: Chiến sĩ thi đua cơ sở (CSTDCS)", lines[1]);
        Assert.Equal("Kỳ đánh giá: 2021", lines[2]);
        Assert.StartsWith("Chế độ pháp lý: vn-2013 (", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckTable_NestsPrerequisiteConditionsUnderTheirCondition()
    {
        var lines = CheckCstdcs().Stdout.Split(Environment.NewLine).ToList();

        var prerequisite = lines.FindIndex(l => l == "✓ CSTDCS.MEETS_ADVANCED_STANDARD");
        var nestedHeader = lines.FindIndex(l => l.TrimStart().StartsWith("↳ Lao động tiên tiến (LDTT)", StringComparison.Ordinal));
        var nestedCondition = lines.FindIndex(l => l.EndsWith("✓ STD.NO_DISCIPLINE", StringComparison.Ordinal));
        var nextTopLevel = lines.FindIndex(l => l == "✓ CSTDCS.UNIT_INITIATIVE");
        Assert.True(prerequisite >= 0 && prerequisite < nestedHeader && nestedHeader < nestedCondition && nestedCondition < nextTopLevel, string.Join("\n", lines));
        Assert.StartsWith("      ", lines[nestedCondition], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckTableInVietnamese_FormatsCitationsInVietnamese()
    {
        var run = CheckCstdcs();

        Assert.Contains("Căn cứ: khoản 1 Điều 23 Luật 15/2003/QH11; điểm a khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Kết luận: ✓ ĐỦ ĐIỀU KIỆN", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckTableInEnglish_WritesEnglishMessagesAndCitations()
    {
        var run = CheckCstdcs("--lang", "en");

        Assert.Contains("Award: Grassroots Emulation Fighter (CSTDCS)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("point a, clause 3, Article 9, Decree 91/2017/NĐ-CP", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: ✓ ELIGIBLE", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Kết luận", run.Stdout, StringComparison.Ordinal);
    }
}
