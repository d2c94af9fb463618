using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>validate-list</c> on the bundled sample list: every violation shown, exit code as for one check.</summary>
public sealed class ValidateListCommandTests
{
    [Fact]
    public void Run_SampleList_ShowsEveryViolationAndExitsNotEligible()
    {
        var run = CliRun.Of("validate-list", SampleData.Path("nomination-list.json"));

        run.AssertSucceeded(ExitCodes.NotEligible);
        Assert.Contains("✗ LIST.GRASSROOTS_FIGHTER_CAP", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("4 đề nghị Chiến sĩ thi đua cơ sở; tối đa 3: 15% của 20", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("✗ LIST.EXCLUSIVE_TITLES", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("✗ LIST.NOT_TWICE", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("✗ LIST.ONE_STATE_FORM_PER_YEAR", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("NV-0001 (BK_TTG, +1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("✗ PHONG-TCCB TTLDXS", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SampleListAsJson_RoundTripsToTheSameVerdict()
    {
        var run = CliRun.Of("validate-list", SampleData.Path("nomination-list.json"), "--format", "json", "--lang", "en");

        run.AssertSucceeded(ExitCodes.NotEligible);
        var result = ThiDuaJson.Read<NominationListResultShape>(run.Stdout);
        Assert.Equal("notEligible", result.Verdict);
        Assert.Equal(5, result.ListConditions.Count);
        Assert.NotNull(result.Selection);
    }

    [Fact]
    public void Run_MissingFile_Exit66()
        => CliRun.Of("validate-list", SampleData.Path("no-such-list.json")).AssertFailed(ExitCodes.FileNotFound);

    [Fact]
    public void Run_ListWithUnknownField_Exit65WithPath()
    {
        using var file = new TempFile("{ \"period\": \"2021\", \"nominationz\": [] }");
        var run = CliRun.Of("validate-list", file.Path);

        run.AssertFailed(ExitCodes.InvalidData);
        Assert.Contains("nominationz", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Just the parts of the JSON result the test reads.</summary>
    private sealed record NominationListResultShape
    {
        public string Verdict { get; init; } = string.Empty;

        public List<object> ListConditions { get; init; } = new();

        public string? UnitId { get; init; }

        public string? Period { get; init; }

        public string? RegimeId { get; init; }

        public List<object>? Nominations { get; init; }

        public object? Selection { get; init; }
    }
}
