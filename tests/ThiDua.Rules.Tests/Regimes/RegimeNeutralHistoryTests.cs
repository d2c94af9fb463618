using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

/// <summary>
/// Titles count whatever regime granted them: Law 2022 Điều 95 keeps titles granted before 2024 recognised, and
/// practice counts a 2022 grassroots title toward a run that ends under the 2022 Law.
/// </summary>
public sealed class RegimeNeutralHistoryTests
{
    private static DossierBuilder ProvincialFighter2024()
        => DossierBuilder.CivilServant("2024")
            .WithoutInitiatives()
            .WithRating(TaskRating.CompletedExcellently)
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "2023", new DateTime(2024, 1, 20))
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "2024", new DateTime(2025, 1, 20))
            .WithInitiative(InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince, "2023")
            .WithAttestations(a => a with { OutstandingAmongPeers = true });

    [Fact]
    public void Check_RunFrom2022To2024_CountsTheTitleGrantedUnderThe2013Law()
    {
        var dossier = ProvincialFighter2024().WithAward(AwardCodes.GrassrootsEmulationFighter, "2022", new DateTime(2023, 1, 20)).Build();

        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.MinistryEmulationFighter, dossier, AssessmentPeriod.CalendarYear(2024)));

        Assert.Equal("vn-2022", result.RegimeId);
        Assert.Equal("vn-2013", ThiDuaRules.Default.Catalog.ResolveRegime(AssessmentPeriod.CalendarYear(2022)).Id);
        var run = result.Conditions.Single(c => c.ConditionId == "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS");
        Assert.Equal(ConditionOutcome.Met, run.Outcome);
        Assert.Equal("3", run.Values["consecutiveGrassrootsTitles"]);
        Assert.Equal(Verdict.Eligible, result.Verdict);
    }

    [Fact]
    public void Check_RunFrom2023To2024Only_IsShortOfThree()
    {
        var dossier = ProvincialFighter2024().Build();

        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.MinistryEmulationFighter, dossier, AssessmentPeriod.CalendarYear(2024)));

        var run = result.Conditions.Single(c => c.ConditionId == "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS");
        Assert.Equal(ConditionOutcome.NotMet, run.Outcome);
        Assert.Equal("2", run.Values["consecutiveGrassrootsTitles"]);
    }
}
