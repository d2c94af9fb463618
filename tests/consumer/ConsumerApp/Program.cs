using FsCheck.Fluent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDua.Rules;
using ThiDua.Rules.Testing;

// Each step throws on a wrong answer; any exception (a missing rule file, a missing dependency) exits non-zero.
var dossierPath = args.Length > 0 ? args[0] : throw new ArgumentException("usage: ConsumerApp <dossier.json>");
var json = File.ReadAllText(dossierPath);

// 1. The netstandard2.0 library, through ThiDuaRules.Default (the embedded rule sets).
var screened = ConsumerLibrary.NominationScreen.Screen(json, AwardCodes.GrassrootsEmulationFighter, 2021);
Expect(screened.StartsWith("Eligible under vn-2013", StringComparison.Ordinal), "library path: " + screened);

// 2. The DI path, with options from appsettings.json validated at start and logging through the host's factory.
var configuration = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json").Build();
var log = new CountingLoggerProvider();
using (var provider = new ServiceCollection()
    .AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(log))
    .AddThiDuaRules(configuration.GetSection("ThiDuaRules"))
    .BuildServiceProvider())
{
    provider.GetRequiredService<IStartupValidator>().Validate();
    var options = provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value;
    Expect(options.PinnedRegimeId == "vn-2013" && options.Limits.MaxPeriods == 50 && options.OpenPoints.CriminalSentenceBeingServed == OpenPointTreatment.Excludes, "options bound from appsettings.json");
    var checker = provider.GetRequiredService<IEligibilityChecker>();
    var result = checker.Check(new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, ThiDuaJson.ReadDossier(json), AssessmentPeriod.CalendarYear(2021)));
    Expect(result.Verdict == Verdict.Eligible, "DI path: " + result.Verdict);
    Expect(log.Count("RuleDataLoaded") == 1 && log.Count("RegimeChosen") == 1, $"logging: {log.Count("RuleDataLoaded")} loaded, {log.Count("RegimeChosen")} regime messages");
}

// 3. A bad setting fails the start with the key named.
var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ThiDuaRules:Limits:MaxPeriods"] = "0" }).Build();
using (var provider = new ServiceCollection().AddThiDuaRules(bad.GetSection("ThiDuaRules")).BuildServiceProvider())
{
    try
    {
        provider.GetRequiredService<IStartupValidator>().Validate();
        Expect(false, "a bad setting passed the start");
    }
    catch (OptionsValidationException error)
    {
        Expect(error.Message.Contains("ThiDuaRules:Limits:MaxPeriods", StringComparison.Ordinal), "bad setting: " + error.Message);
    }
}

// 4. The testing package: five generated cases (size 10); its generators (and their FsCheck dependency) load, and their cases check.
var cases = ThiDuaArbitraries.Cases().Generator.Sample(5, 10);
foreach (var c in cases)
{
    ThiDuaRules.Default.Check(c.ToRequest());
}

Expect(cases.Length == 5, "testing package: " + cases.Length + " cases");
Console.WriteLine($"consumer check passed on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}: {screened}; DI, configuration, logging and the testing package work");
return 0;

static void Expect(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("Consumer check failed: " + what);
    }
}

/// <summary>Counts the library's log messages by event name.</summary>
internal sealed class CountingLoggerProvider : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _counts = new();

    public int Count(string eventName) => _counts.TryGetValue(eventName, out var n) ? n : 0;

    public ILogger CreateLogger(string categoryName) => new Counter(this);

    public void Dispose()
    {
    }

    private sealed class Counter(CountingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => owner._counts.AddOrUpdate(eventId.Name ?? string.Empty, 1, (_, n) => n + 1);
    }
}
