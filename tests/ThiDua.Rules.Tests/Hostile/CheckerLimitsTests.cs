using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>The checker holds dossiers built in code to the same list and text limits the JSON reader enforces.</summary>
public sealed class CheckerLimitsTests
{
    private static readonly AssessmentPeriod Year = AssessmentPeriod.CalendarYear(2021);

    private static IndividualDossier WithHistory(int entries)
    {
        var dossier = DossierBuilder.CivilServant().Build();
        var history = Enumerable.Range(0, entries)
            .Select(i => new AwardRecord { Code = AwardCodes.AdvancedWorker, Period = AssessmentPeriod.CalendarYear(AssessmentPeriod.MinYear + (i % 70)), DecisionNumber = "QĐ " + i })
            .ToList();
        return dossier with { AwardHistory = history };
    }

    [Fact]
    public void Check_HistoryLongerThanTheLimit_IsRefusedNamingTheLimit()
    {
        var checker = ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Limits = new ThiDuaLimits { MaxAwardHistoryEntries = 10 } });

        var error = Assert.Throws<InvalidDossierException>(() => checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, WithHistory(11), Year)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.awardHistory", problem.Path);
        Assert.Contains("ThiDuaLimits.MaxAwardHistoryEntries (10)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LimitsChangedAfterTheCheckerWasCreated_KeepTheCheckersCopy()
    {
        var options = new ThiDuaRulesOptions { Limits = new ThiDuaLimits { MaxStringLength = 20 } };
        var checker = ThiDuaRules.CreateChecker(options);
        options.Limits.MaxStringLength = 1000;
        var dossier = DossierBuilder.CivilServant().Build() with { FullName = new string('x', 21) };

        var error = Assert.Throws<InvalidDossierException>(() => checker.CheckAll(dossier, Year));

        Assert.Contains(error.Problems, p => p.Path == "$.fullName" && p.Reason.Contains("ThiDuaLimits.MaxStringLength (20)", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ListsWithinTheLimits_AreChecked()
    {
        var checker = ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Limits = new ThiDuaLimits { MaxAwardHistoryEntries = 10 } });

        var result = checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().Build(), Year));

        Assert.Equal(Verdict.Eligible, result.Verdict);
    }
}

/// <summary>Validation of long lists stays linear when a host raises the limits: repeats are found with a table, not a scan per entry.</summary>
public sealed class ValidatorScalingTests
{
    [Fact]
    public void Validate_HundredThousandRepeatedTitles_ReadsEachEntryAFixedNumberOfTimes()
    {
        const int entries = 100_000;
        var records = Enumerable.Range(0, entries)
            .Select(i => new AwardRecord { Code = AwardCodes.AdvancedWorker, Period = AssessmentPeriod.CalendarYear(2000 + (i % 20)), DecisionNumber = "QĐ" })
            .ToArray();
        var history = new HistoryScalingTests.CountingList<AwardRecord>(records);
        var dossier = ThiDua.Rules.Tests.Conditions.DossierBuilder.CivilServant().Build() with { AwardHistory = history };
        var limits = new ThiDuaLimits { MaxAwardHistoryEntries = entries };

        var problems = ThiDua.Rules.Checking.DossierValidator.Validate(dossier, ThiDuaRules.Default.Catalog, limits);

        Assert.Equal(entries - 20, problems.Count(p => p.Reason.Contains("listed twice", StringComparison.Ordinal)));
        Assert.True(history.Reads <= 8L * entries, $"{history.Reads} reads of a {entries}-entry history; a scan per entry would need billions");
    }
}
