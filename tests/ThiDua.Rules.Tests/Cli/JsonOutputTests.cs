using System.Text.Json;
using ThiDua.Rules.Cli;
using ThiDua.Rules.Cli.Commands;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>--format json</c> writes the library's JSON format, which reads back with <see cref="ThiDuaJson"/>.</summary>
public sealed class JsonOutputTests
{
    [Fact]
    public void Run_CheckJson_ReadsBackAsEligibilityResult()
    {
        var run = CliRun.Of("check", SampleData.Path("eligible-civil-servant.json"), "--award", "CSTDCS", "--year", "2021", "--format", "json");

        run.AssertSucceeded(ExitCodes.Eligible);
        var result = ThiDuaJson.Read<EligibilityResult>(run.Stdout);
        Assert.Equal("CSTDCS", result.Award);
        Assert.Equal("NV-0001", result.DossierId);
        Assert.Equal(AssessmentPeriod.CalendarYear(2021), result.Period);
        Assert.Equal(Verdict.Eligible, result.Verdict);
        var prerequisite = Assert.Single(result.Conditions, c => c.ConditionId == "CSTDCS.MEETS_ADVANCED_STANDARD");
        Assert.Equal("LDTT", prerequisite.Prerequisite?.Award);
    }

    [Fact]
    public void Run_CheckJsonNeedsInformation_CarriesMissingFacts()
    {
        var run = CliRun.Of("check", SampleData.Path("needs-information.json"), "--award", "LDTT", "--year", "2021", "--format", "json");

        run.AssertSucceeded(ExitCodes.NeedsInformation);
        var result = ThiDuaJson.Read<EligibilityResult>(run.Stdout);
        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Contains("disciplines", result.MissingFacts);
    }

    [Fact]
    public void Run_CheckAllJson_IsAnArrayOfResults()
    {
        var run = CliRun.Of("check-all", SampleData.Path("armed-forces-cstt.json"), "--year", "2021", "--format", "json");

        run.AssertSucceeded(ExitCodes.Eligible);
        var results = ThiDuaJson.Read<List<EligibilityResult>>(run.Stdout);
        Assert.Contains(results, r => r.Award == "CSTT" && r.Verdict == Verdict.Eligible);
        Assert.DoesNotContain(results, r => r.Award == "LDTT");
    }

    [Fact]
    public void Run_CatalogJson_ReadsBackAsRegimesAndAwards()
    {
        var run = CliRun.Of("catalog", "--format", "json");

        run.AssertSucceeded(0);
        var catalog = ThiDuaJson.Read<CatalogDocument>(run.Stdout);
        var regime = Assert.Single(catalog.Regimes);
        Assert.Equal("vn-2013", regime.Id);
        Assert.Equal(new DateTime(2017, 10, 1), regime.PeriodsEndingFrom);
        Assert.Equal(new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC", "TTLDTT", "DVTT", "TTLDXS", "DVQT", "CO_THI_DUA_BO_TINH", "CO_THI_DUA_CP", "NOMINATION_LIST" }, catalog.Awards.Select(a => a.Code));
    }

    [Fact]
    public void Run_ExplainJson_ReadsBackAsAwardDefinition()
    {
        var run = CliRun.Of("explain", "CSTDCS", "--format", "json");

        run.AssertSucceeded(0);
        var award = ThiDuaJson.Read<AwardDefinition>(run.Stdout);
        Assert.Equal("CSTDCS", award.Code);
        Assert.Equal("vn-2013", award.RegimeId);
        Assert.Contains(award.Conditions, c => c.Id == "CSTDCS.UNIT_INITIATIVE" && c.RequiredFacts.Contains("unitInitiatives"));
        Assert.Equal(new[] { "LDTT", "CSTT" }, award.Prerequisites);
    }

    [Fact]
    public void Run_ExplainJson_IsOneJsonObject()
    {
        var run = CliRun.Of("explain", "LDTT", "--format", "json", "--lang", "en");

        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }
}
