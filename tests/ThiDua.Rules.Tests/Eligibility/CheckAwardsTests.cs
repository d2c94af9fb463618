using ThiDua.Rules.Json;
using ThiDua.Rules.Tests.Cli;
using ThiDua.Rules.Tests.Collectives;
using Xunit;

namespace ThiDua.Rules.Tests.Eligibility;

/// <summary>CheckAwards: a chosen set of awards in one run, with the same answers CheckAll gives for them.</summary>
public sealed class CheckAwardsTests
{
    private static readonly AssessmentPeriod Year2021 = AssessmentPeriod.CalendarYear(2021);

    private static IndividualDossier Dossier() => CollectiveBuilder.Member(0, grassrootsFighter: true);

    [Fact]
    public void CheckAwards_NamedAwards_SameResultsAsCheckAllInCatalogueOrder()
    {
        var dossier = Dossier();

        var some = ThiDuaRules.Default.CheckAwards(dossier, Year2021, new[] { AwardCodes.GrassrootsEmulationFighter, AwardCodes.AdvancedWorker, AwardCodes.GrassrootsEmulationFighter });
        var all = ThiDuaRules.Default.CheckAll(dossier, Year2021);

        Assert.Equal(new[] { AwardCodes.AdvancedWorker, AwardCodes.GrassrootsEmulationFighter }, some.Select(r => r.Award));
        Assert.Equal(Verdict.Eligible, some[1].Verdict);
        foreach (var result in some)
        {
            Assert.Equal(ThiDuaJson.Write(all.Single(r => r.Award == result.Award)), ThiDuaJson.Write(result));
        }
    }

    [Theory]
    [InlineData("eligible-civil-servant.json", 2021)]
    [InlineData("not-eligible-worker.json", 2021)]
    [InlineData("form-hcld-long-service.json", 2016)]
    [InlineData("eligible-civil-servant-2015.json", 2015)]
    [InlineData("armed-forces-cstt.json", 2021)]
    public void CheckAwards_EachAwardAlone_SameResultAsCheckAll(string sample, int year)
    {
        // One award alone runs in the award's own session factory (its rules and its prerequisites' standards), a set
        // in the factory of every individual award: the answers must not depend on which.
        var dossier = ThiDuaJson.ReadDossier(SampleData.Read(sample));
        var period = AssessmentPeriod.CalendarYear(year);
        var all = ThiDuaRules.Default.CheckAll(dossier, period);

        Assert.NotEmpty(all);
        foreach (var expected in all)
        {
            var alone = Assert.Single(ThiDuaRules.Default.CheckAwards(dossier, period, new[] { expected.Award }));
            Assert.Equal(ThiDuaJson.Write(expected), ThiDuaJson.Write(alone));
        }
    }

    [Fact]
    public void CheckAwards_AwardForAnotherCategory_IsStillChecked()
    {
        // CheckAll leaves Chiến sĩ tiên tiến out for a civil servant; a host that names it gets its answer, as Check gives it.
        var result = Assert.Single(ThiDuaRules.Default.CheckAwards(Dossier(), Year2021, new[] { AwardCodes.AdvancedSoldier }));

        Assert.Equal(Verdict.NotEligible, result.Verdict);
    }

    [Fact]
    public void CheckAwards_UnknownCode_RefusedWithTheCodesTheRegimeHas()
    {
        var e = Assert.Throws<UnknownAwardException>(() => ThiDuaRules.Default.CheckAwards(Dossier(), Year2021, new[] { AwardCodes.AdvancedWorker, "NO_SUCH_AWARD" }));

        Assert.Equal("NO_SUCH_AWARD", e.Code);
        Assert.Contains("Known awards: LDTT", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAwards_CollectiveAward_RefusedNamingItsCheck()
    {
        var e = Assert.Throws<AwardSubjectMismatchException>(() => ThiDuaRules.Default.CheckAwards(Dossier(), Year2021, new[] { AwardCodes.ExcellentLabourCollective }));

        Assert.Contains("CheckCollective", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAwards_NoAward_Refused()
        => Assert.Throws<ArgumentException>(() => ThiDuaRules.Default.CheckAwards(Dossier(), Year2021, Array.Empty<string>()));
}
