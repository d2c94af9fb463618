using System.Globalization;
using System.Text.Json.Nodes;
using ThiDua.Rules.Tests.Cli;
using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Award histories that reach back to the earliest year a period may start in (<see cref="AssessmentPeriod.MinYear"/>):
/// the windows and chains that step back from a title must end there, not throw. Such a dossier passes validation, so
/// a throw would be a crash on valid input (CLI exit code 70).
/// </summary>
public sealed class HistoryRobustnessTests
{
    private const string TwoTitles = "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES";
    private const string NationalInitiative = "CSTD_TOAN_QUOC.NATIONAL_INITIATIVE";

    [Theory]
    [InlineData("1945", 1)]
    [InlineData("1946", 1)]
    [InlineData("1947", 1)]
    [InlineData("1946 1949", 2)]
    [InlineData("1945 1948 1951", 3)]
    [InlineData("1945 1946", 1)]
    public void CheckNationalFighter_MinistryTitlesReachingBackTo1945_CountsTheChainWithoutThrowing(string ministryYears, int expectedChain)
    {
        var dossier = DossierBuilder.CivilServant("2021");
        foreach (var year in ministryYears.Split(' '))
        {
            dossier.WithAward(AwardCodes.MinistryEmulationFighter, year, new DateTime(int.Parse(year, CultureInfo.InvariantCulture) + 1, 3, 1));
        }

        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.NationalEmulationFighter, dossier.Build(), dossier.Period));

        var two = result.Conditions.Single(c => c.ConditionId == TwoTitles);
        Assert.Equal(expectedChain.ToString(CultureInfo.InvariantCulture), two.Values["consecutiveMinistryTitles"]);
        Assert.Contains(result.Conditions, c => c.ConditionId == NationalInitiative);
    }

    [Fact]
    public void CheckNationalFighter_TitleWhoseFirstPeriodIs1945_EndsTheChainThere()
    {
        // The 1946 title covers 1945-1946; nothing can precede 1945, so the earlier-listed 1945 title cannot extend it.
        var dossier = DossierBuilder.CivilServant("2021")
            .WithAward(AwardCodes.MinistryEmulationFighter, "1946", new DateTime(1947, 3, 1), firstPeriod: "1945")
            .WithAward(AwardCodes.MinistryEmulationFighter, "1945", new DateTime(1946, 3, 1));

        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.NationalEmulationFighter, dossier.Build(), dossier.Period));

        Assert.Equal("1", result.Conditions.Single(c => c.ConditionId == TwoTitles).Values["consecutiveMinistryTitles"]);
    }

    [Fact]
    public void CheckNationalFighter_NationalTitleAfterA1945MinistryTitle_LeavesTheUsedTitleOut()
    {
        // With a national title in the history every ministry title's window is compared with it: 1945's too.
        var dossier = DossierBuilder.CivilServant("2021")
            .WithAward(AwardCodes.MinistryEmulationFighter, "1945", new DateTime(1946, 3, 1))
            .WithAward(AwardCodes.NationalEmulationFighter, "1946", new DateTime(1947, 3, 1));

        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.NationalEmulationFighter, dossier.Build(), dossier.Period));

        Assert.Equal("0", result.Conditions.Single(c => c.ConditionId == TwoTitles).Values["consecutiveMinistryTitles"]);
    }

    [Fact]
    public void CheckAll_HistoryFrom1945_AnswersEveryAward()
    {
        var dossier = DossierBuilder.CivilServant("2021")
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "1945", new DateTime(1946, 1, 20))
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "1946", new DateTime(1947, 1, 20))
            .WithAward(AwardCodes.MinistryEmulationFighter, "1946", new DateTime(1947, 3, 1))
            .WithAward(AwardCodes.MinistryEmulationFighter, "1945", new DateTime(1946, 3, 1));

        var results = ThiDuaRules.Default.CheckAll(dossier.Build(), dossier.Period);

        Assert.Contains(results, r => r.Award == AwardCodes.NationalEmulationFighter);
    }

    [Fact]
    public void Cli_CheckNationalFighterWith1945MinistryTitle_GivesAVerdictNotAnInternalError()
    {
        var dossier = JsonNode.Parse(SampleData.Read("eligible-civil-servant.json"))!.AsObject();
        var history = dossier["awardHistory"] as JsonArray ?? new JsonArray();
        dossier["awardHistory"] = history;
        history.Add(new JsonObject { ["code"] = AwardCodes.MinistryEmulationFighter, ["period"] = "1945", ["decisionDate"] = "1946-03-01" });
        using var file = new TempFile(dossier.ToJsonString());

        var run = CliRun.Of("check", file.Path, "--award", AwardCodes.NationalEmulationFighter, "--year", "2021");

        Assert.True(run.ExitCode is 0 or 1 or 2, $"exit code {run.ExitCode}; stderr: {run.Stderr}");
        Assert.Equal(string.Empty, run.Stderr);
    }
}
