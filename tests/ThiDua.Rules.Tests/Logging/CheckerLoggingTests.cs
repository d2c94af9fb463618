using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThiDua.Rules.Logging;
using ThiDua.Rules.Tests.Engine.HostRules;
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
        Assert.Matches(@"^Checker created in \d+ ms: rule data loaded and validated in \d+ ms, host rules in \d+ ms, NRules compiled in \d+ ms$", timings.Text);
    }

    [Fact]
    public void CreateChecker_HostRules_LogsTheClassesAdded()
    {
        var (_, log) = Create(LogLevel.Information, new ThiDuaRulesOptions().WithExample());

        var added = Assert.Single(log.Of("HostRulesAdded"));
        Assert.Contains(typeof(ProvincialBallotRule).FullName!, added.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Debug_LogsTheRegimeChosenOncePerCheckWithTheReason()
    {
        var (checker, log) = Create(LogLevel.Debug);

        checker.Check(SampleRequest());
        checker.Check(SampleRequest() with { RegimeId = "vn-2013" });
        checker.CheckAll(SampleRequest().Dossier, Year);

        var chosen = log.Of("RegimeChosen");
        Assert.Equal(3, chosen.Count);
        Assert.Equal("Regime vn-2013 chosen for period 2021 (selected by the period's end date)", chosen[0].Text);
        Assert.Equal("Regime vn-2013 chosen for period 2021 (named by the request)", chosen[1].Text);
        Assert.Equal("Regime vn-2013 chosen for period 2021 (selected by the period's end date)", chosen[2].Text);
    }

    [Fact]
    public void Check_PinnedRegime_LogsThePinAtStartAndAsTheReason()
    {
        var (checker, log) = Create(LogLevel.Debug, new ThiDuaRulesOptions { PinnedRegimeId = "vn-2013" });

        checker.Check(SampleRequest());

        Assert.Equal("Requests that name no regime use the pinned regime vn-2013", Assert.Single(log.Of("RegimePinned")).Text);
        Assert.EndsWith("(pinned by the options)", Assert.Single(log.Of("RegimeChosen")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RegimeChosen_DebugDisabled_AllocatesNothing()
    {
        var logger = new RecordingLoggerProvider(LogLevel.Information).CreateLogger(ThiDuaRules.LogCategory);
        ThiDuaLog.RegimeChosen(logger, "vn-2013", Year, null, null);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            ThiDuaLog.RegimeChosen(logger, "vn-2013", Year, null, "vn-2013");
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
