using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>check-collective</c> and <c>check-community</c>: the library's result for a collective or a household/village, as <c>check</c> shows a person's.</summary>
public sealed class CheckGroupCommandTests
{
    private static readonly AssessmentPeriod Year2021 = AssessmentPeriod.CalendarYear(2021);

    [Fact]
    public void CheckCollective_SampleAsJson_IsTheLibrarysResultAndExitCode()
    {
        var expected = ThiDuaRules.Default.CheckCollective(new CollectiveEligibilityRequest(
            "TTLDXS", ThiDuaJson.ReadCollective(File.ReadAllText(SampleData.Path("collective-ttldxs.json"))), Year2021));

        var run = CliRun.Of("check-collective", SampleData.Path("collective-ttldxs.json"), "--award", "TTLDXS", "--year", "2021", "--format", "json");

        run.AssertSucceeded(ExitCodes.For(expected.Verdict));
        Assert.Equal(ThiDuaJson.Write(expected), run.Stdout.TrimEnd());
    }

    [Fact]
    public void CheckCollective_SampleAsTable_NamesTheCollectiveAndEveryCondition()
    {
        var expected = ThiDuaRules.Default.CheckCollective(new CollectiveEligibilityRequest(
            "TTLDXS", ThiDuaJson.ReadCollective(File.ReadAllText(SampleData.Path("collective-ttldxs.json"))), Year2021));

        var run = CliRun.Of("check-collective", SampleData.Path("collective-ttldxs.json"), "--award", "TTLDXS", "--year", "2021", "--lang", "en");

        var lines = run.Stdout.Split(Environment.NewLine);
        Assert.StartsWith("Collective: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("Award: Excellent Labour Collective (TTLDXS)", lines[1]);
        Assert.All(expected.Conditions, c => Assert.Contains(lines, l => l.EndsWith(" " + c.ConditionId, StringComparison.Ordinal)));
    }

    [Fact]
    public void CheckCollective_CommuneSample_IsEligibleUnderTheCurrentRegime()
    {
        var run = CliRun.Of("check-collective", SampleData.Path("commune-xa-tieu-bieu.json"), "--award", "XA_TIEU_BIEU", "--year", "2025", "--format", "json");

        run.AssertSucceeded(ExitCodes.Eligible);
        Assert.Contains("\"regimeId\": \"vn-2022-nd152\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("XA_TB22.LEADS_MOVEMENT_NO_DISTRICT", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCommunity_SampleAsJson_IsTheLibrarysResultAndExitCode()
    {
        var expected = ThiDuaRules.Default.CheckCommunity(new CommunityEligibilityRequest(
            "GDVH", ThiDuaJson.ReadCommunity(File.ReadAllText(SampleData.Path("household-gdvh.json"))), Year2021));

        var run = CliRun.Of("check-community", SampleData.Path("household-gdvh.json"), "--award", "GDVH", "--year", "2021", "--format", "json");

        run.AssertSucceeded(ExitCodes.For(expected.Verdict));
        Assert.Equal(ThiDuaJson.Write(expected), run.Stdout.TrimEnd());
    }

    [Theory]
    [InlineData("check-collective")]
    [InlineData("check-community")]
    public void CheckGroup_MissingFile_Exits66(string command)
        => CliRun.Of(command, Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".json"), "--award", "X", "--year", "2021").AssertFailed(ExitCodes.FileNotFound);

    [Theory]
    [InlineData("check-collective", "{\"id\":\"T\",\"nickname\":1}")]
    [InlineData("check-community", "{\"id\":\"H\",")]
    public void CheckGroup_BadDossier_Exits65WithTheReadersProblem(string command, string json)
    {
        using var file = new TempFile(json);

        var run = CliRun.Of(command, file.Path, "--award", "TTLDXS", "--year", "2021");

        run.AssertFailed(ExitCodes.InvalidData);
    }

    [Fact]
    public void CheckCollective_BadYear_IsAUsageErrorBeforeTheFileIsRead()
        => CliRun.Of("check-collective", "no-such-file.json", "--award", "TTLDXS", "--year", "twenty").AssertFailed(ExitCodes.Usage);

    [Fact]
    public void CheckCollective_UnknownAward_Exits67()
    {
        var run = CliRun.Of("check-collective", SampleData.Path("collective-ttldxs.json"), "--award", "NO_SUCH", "--year", "2021");

        run.AssertFailed(ExitCodes.UnknownAwardOrRegime);
    }

    [Theory]
    [InlineData("check", "eligible-civil-servant.json", "TTLDXS", "check-collective")]
    [InlineData("check-collective", "collective-ttldxs.json", "LDTT", "CLI: check)")]
    [InlineData("check-community", "household-gdvh.json", "TTLDXS", "check-collective")]
    public void Check_AwardOfAnotherKindOfSubject_Exits67NamingTheCommandThatTakesIt(string command, string sample, string award, string named)
    {
        var run = CliRun.Of(command, SampleData.Path(sample), "--award", award, "--year", "2021");

        run.AssertFailed(ExitCodes.UnknownAwardOrRegime);
        Assert.Contains(named, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
    }
}
