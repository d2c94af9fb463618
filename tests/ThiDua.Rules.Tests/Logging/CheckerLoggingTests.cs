using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThiDua.Rules.Logging;
using ThiDua.Rules.Tests.Engine.HostRules;
using ThiDua.Rules.Tests.Overlays;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Logging;

public sealed class CheckerLoggingTests
{
    private static readonly AssessmentPeriod Year = AssessmentPeriod.CalendarYear(2021);

    private static EligibilityRequest SampleRequest()
        => new(AwardCodes.AdvancedWorker, SampleDossiers.Read("samples/data/eligible-civil-servant.json"), Year);

    private static (IEligibilityChecker Checker, RecordingLoggerProvider Log) Create(LogLevel level, ThiDuaRulesOptions? options = null)
    {
        var log = new RecordingLoggerProvider(level);
        var factory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        return (ThiDuaRules.CreateChecker(options, factory), log);
    }

    [Fact]
    public void CreateChecker_Information_LogsTheRuleDataLoadedUnderTheLibrarysCategory()
    {
        var (_, log) = Create(LogLevel.Information);

        var loaded = Assert.Single(log.Of("RuleDataLoaded"));
        Assert.Equal(ThiDuaRules.LogCategory, loaded.Category);
        Assert.Equal(LogLevel.Information, loaded.Level);
        Assert.Contains("embedded rule sets", loaded.Text, StringComparison.Ordinal);
        Assert.Contains("vn-2013 (data ", loaded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateChecker_Information_LogsNoTimingsAndChecksLogNothing()
    {
        var (checker, log) = Create(LogLevel.Information);

        checker.Check(SampleRequest());
        checker.CheckAll(SampleRequest().Dossier, Year);

        Assert.DoesNotContain(log.Messages, m => m.Level < LogLevel.Information);
        Assert.Empty(log.Of("RegimeChosen"));
        Assert.Empty(log.Of("HostRulesAdded"));
    }

    [Fact]
    public void CreateChecker_Debug_LogsEachStepsTime()
    {
        var (_, log) = Create(LogLevel.Debug);

        var timings = Assert.Single(log.Of("CheckerTimings"));
        Assert.Equal(LogLevel.Debug, timings.Level);
        Assert.Matches(@"^Checker created in \d+ ms: rule data loaded and validated in \d+ ms, overlays in \d+ ms, host rules in \d+ ms, NRules compiled in \d+ ms$", timings.Text);
    }

    [Fact]
    public void CreateChecker_HostRules_LogsTheClassesAdded()
    {
        var (_, log) = Create(LogLevel.Information, new ThiDuaRulesOptions().WithExample());

        var added = Assert.Single(log.Of("HostRulesAdded"));
        Assert.Contains(typeof(ProvincialBallotRule).FullName!, added.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateChecker_Overlays_LogsTheOverlaysApplied()
    {
        var (_, log) = Create(LogLevel.Information, new ThiDuaRulesOptions().AddOverlay(OverlaySource.FromDirectory(OverlayFile.SampleFolder)));

        var applied = Assert.Single(log.Of("OverlaysApplied"));
        Assert.StartsWith("Applied 1 overlay source(s) of local regulations: overlays in ", applied.Text, StringComparison.Ordinal);
        Assert.Contains("example-unit", applied.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateChecker_NoOverlays_LogsNoOverlayMessage()
    {
        var (_, log) = Create(LogLevel.Information);

        Assert.Empty(log.Of("OverlaysApplied"));
    }

    /// <summary>The RegimeChosen text for a result: the log says what the result's selection says.</summary>
    private static string ChosenText(EligibilityResult result)
    {
        var selection = result.Selection!;
        return $"Regime {selection.RegimeId} chosen for period {result.Period} ({selection.Basis}): {selection.Reason.En} Warnings: {selection.Warnings.Count}";
    }

    [Fact]
    public void Check_Debug_LogsTheRegimeSelectionOncePerCheck()
    {
        var (checker, log) = Create(LogLevel.Debug);

        var byPeriod = checker.Check(SampleRequest());
        var named = checker.Check(SampleRequest() with { RegimeId = "vn-2013" });
        var all = checker.CheckAll(SampleRequest().Dossier, Year);

        var chosen = log.Of("RegimeChosen");
        Assert.Equal(3, chosen.Count);
        Assert.StartsWith("Regime vn-2013 chosen for period 2021 (PeriodEnd): ", chosen[0].Text, StringComparison.Ordinal);
        Assert.Equal(ChosenText(byPeriod), chosen[0].Text);
        Assert.StartsWith("Regime vn-2013 chosen for period 2021 (Named): ", chosen[1].Text, StringComparison.Ordinal);
        Assert.Equal(ChosenText(named), chosen[1].Text);
        Assert.Equal(ChosenText(all[0]), chosen[2].Text);
    }

    [Fact]
    public void Check_ConsideredOnInTheNextLaw_LogsTheConsiderationDateAsTheBasis()
    {
        var (checker, log) = Create(LogLevel.Debug);

        var result = checker.Check(SampleRequest() with { ConsideredOn = new DateTime(2024, 3, 1) });

        var chosen = Assert.Single(log.Of("RegimeChosen"));
        Assert.NotEqual("vn-2013", result.Selection!.RegimeId);
        Assert.StartsWith($"Regime {result.Selection.RegimeId} chosen for period 2021 (ConsideredOn): ", chosen.Text, StringComparison.Ordinal);
        Assert.Equal(ChosenText(result), chosen.Text);
    }

    [Fact]
    public void Check_PinnedRegime_LogsThePinAtStartAndAsTheBasis()
    {
        var (checker, log) = Create(LogLevel.Debug, new ThiDuaRulesOptions { PinnedRegimeId = "vn-2013" });

        var result = checker.Check(SampleRequest());

        Assert.Equal("Requests that name no regime use the pinned regime vn-2013", Assert.Single(log.Of("RegimePinned")).Text);
        var chosen = Assert.Single(log.Of("RegimeChosen")).Text;
        Assert.StartsWith("Regime vn-2013 chosen for period 2021 (Pinned): ", chosen, StringComparison.Ordinal);
        Assert.Equal(ChosenText(result), chosen);
    }

    [Fact]
    public void ValidateList_Debug_LogsTheListsRegime()
    {
        var (checker, log) = Create(LogLevel.Debug);
        var list = ThiDuaJson.ReadNominationList(File.ReadAllText(Path.Combine(RepositoryLayout.SampleData, "nomination-list.json")));

        checker.ValidateList(list);

        Assert.Contains(log.Of("RegimeChosen"), m => m.Text.StartsWith($"Regime vn-2013 chosen for period {list.Period} (PeriodEnd): ", StringComparison.Ordinal));
    }

    [Fact]
    public void RegimeChosen_DebugDisabled_AllocatesNothing()
    {
        var logger = new RecordingLoggerProvider(LogLevel.Information).CreateLogger(ThiDuaRules.LogCategory);
        var selection = ThiDuaRules.Default.Check(SampleRequest()).Selection!;
        ThiDuaLog.RegimeChosen(logger, Year, selection);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            ThiDuaLog.RegimeChosen(logger, Year, selection);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void AddThiDuaRules_WithLogging_LogsThroughTheContainersLoggerFactory()
    {
        var log = new RecordingLoggerProvider(LogLevel.Debug);
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug))
            .AddThiDuaRules()
            .BuildServiceProvider();

        provider.GetRequiredService<IEligibilityChecker>().Check(SampleRequest());

        Assert.Single(log.Of("RuleDataLoaded"));
        Assert.Single(log.Of("RegimeChosen"));
    }
}
