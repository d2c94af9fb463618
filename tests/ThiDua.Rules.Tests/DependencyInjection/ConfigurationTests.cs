using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDua.Rules.Tests.Logging;
using ThiDua.Rules.Tests.Overlays;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.DependencyInjection;

public sealed class ConfigurationTests
{
    /// <summary>The "ThiDuaRules" section of an appsettings.json whose section body is <paramref name="section"/>.</summary>
    private static IConfigurationSection Section(string section)
    {
        var json = "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } }, \"ThiDuaRules\": " + section + " }";
        return new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("ThiDuaRules");
    }

    private static ServiceProvider Provider(string section, RecordingLoggerProvider? log = null)
    {
        var services = new ServiceCollection();
        if (log != null)
        {
            services.AddLogging(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        }

        return services.AddThiDuaRules(Section(section)).BuildServiceProvider();
    }

    /// <summary>What a host's start does with options registered with ValidateOnStart.</summary>
    private static OptionsValidationException StartFails(ServiceProvider provider)
        => Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

    [Fact]
    public void AddThiDuaRules_Section_BindsEverySetting()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var folder = workspace.Root.Replace("\\", "\\\\", StringComparison.Ordinal);
        using var provider = Provider($$"""{ "RuleDirectory": "{{folder}}", "MaxRuleFileBytes": 65536, "PinnedRegimeId": "vn-2013", "Limits": { "MaxPeriods": 50, "maxstringlength": 300 } }""");

        var options = provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value;

        Assert.Contains(workspace.Root, options.Source.Description, StringComparison.Ordinal);
        Assert.Equal("vn-2013", options.PinnedRegimeId);
        Assert.Equal(50, options.Limits.MaxPeriods);
        Assert.Equal(300, options.Limits.MaxStringLength);
        Assert.Equal(new ThiDuaLimits().MaxInitiatives, options.Limits.MaxInitiatives);
        Assert.Equal("vn-2013", provider.GetRequiredService<IEligibilityChecker>().Check(
            new EligibilityRequest(AwardCodes.AdvancedWorker, SampleDossiers.Read("samples/data/eligible-civil-servant.json"), AssessmentPeriod.CalendarYear(2021))).RegimeId);
    }

    [Fact]
    public void AddThiDuaRules_EmptySection_UsesTheEmbeddedRuleSetsAndDefaults()
    {
        using var provider = Provider("{ }");

        var options = provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value;

        Assert.Same(RuleSetSource.Embedded, options.Source);
        Assert.Null(options.PinnedRegimeId);
        Assert.Equal(new ThiDuaLimits().MaxPeriods, options.Limits.MaxPeriods);
    }

    [Fact]
    public void Start_LimitOutOfRange_FailsNamingTheConfigurationKey()
    {
        using var provider = Provider("""{ "Limits": { "MaxPeriods": 0 } }""");

        var error = StartFails(provider);

        Assert.Equal("ThiDuaLimits.MaxPeriods (configuration key 'ThiDuaRules:Limits:MaxPeriods') is 0; it must be at least 1.", Assert.Single(error.Failures));
    }

    [Fact]
    public void Start_UnknownSetting_FailsNamingItAndTheKnownOnes()
    {
        using var provider = Provider("""{ "PinnedRegime": "vn-2013" }""");

        var failure = Assert.Single(StartFails(provider).Failures);

        Assert.StartsWith("'ThiDuaRules:PinnedRegime' is not a ThiDua.Rules setting;", failure, StringComparison.Ordinal);
        Assert.Contains("PinnedRegimeId", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownLimit_FailsNamingItAndTheKnownLimits()
    {
        using var provider = Provider("""{ "Limits": { "MaxPeriod": 10 } }""");

        var failure = Assert.Single(StartFails(provider).Failures);

        Assert.StartsWith("'ThiDuaRules:Limits:MaxPeriod' is not a limit of ThiDuaLimits;", failure, StringComparison.Ordinal);
        Assert.Contains("MaxPeriods", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"many\"")]
    [InlineData("2.5")]
    [InlineData("99999999999")]
    public void Start_LimitNotAWholeNumber_FailsNamingTheKey(string value)
    {
        using var provider = Provider("{ \"Limits\": { \"MaxDepth\": " + value + " } }");

        var failure = Assert.Single(StartFails(provider).Failures);

        Assert.StartsWith("'ThiDuaRules:Limits:MaxDepth' is '", failure, StringComparison.Ordinal);
        Assert.Contains("not a whole number", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_SeveralProblems_AreReportedTogether()
    {
        using var provider = Provider("""{ "Colour": "red", "PinnedRegimeId": " ", "MaxRuleFileBytes": 10, "Limits": { "MaxDepth": 2 } }""");

        var failures = StartFails(provider).Failures.ToList();

        string[] beginnings =
        [
            "'ThiDuaRules:Colour' is not a ThiDua.Rules setting",
            "'ThiDuaRules:MaxRuleFileBytes' applies only to rule files read from 'ThiDuaRules:RuleDirectory'",
            "ThiDuaRulesOptions.PinnedRegimeId (configuration key 'ThiDuaRules:PinnedRegimeId') is blank",
            "ThiDuaLimits.MaxDepth (configuration key 'ThiDuaRules:Limits:MaxDepth') is 2;",
        ];
        Assert.Equal(beginnings.Length, failures.Count);
        Assert.All(beginnings, beginning => Assert.Single(failures, f => f.StartsWith(beginning, StringComparison.Ordinal)));
    }

    [Fact]
    public void Start_PinnedRegimeTheRuleDataLacks_FailsAtStartNotOnFirstRequest()
    {
        using var provider = Provider("""{ "PinnedRegimeId": "vn-1999" }""");

        var failure = Assert.Single(StartFails(provider).Failures);

        Assert.StartsWith("PinnedRegimeId 'vn-1999' is not a regime of the embedded rule sets", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ValidSection_CreatesTheCheckerOnceAtStart()
    {
        var log = new RecordingLoggerProvider(LogLevel.Information);
        using var provider = Provider("""{ "PinnedRegimeId": "vn-2013" }""", log);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var loadedAtStart = log.Of("RuleDataLoaded").Count;
        var checker = provider.GetRequiredService<IEligibilityChecker>();

        Assert.Equal(1, loadedAtStart);
        Assert.Single(log.Of("RuleDataLoaded"));
        Assert.Same(checker, provider.GetRequiredService<IEligibilityChecker>());
    }

    [Fact]
    public void AddThiDuaRules_CodeAfterTheSection_AddsToAndOverridesIt()
    {
        using var provider = new ServiceCollection()
            .AddThiDuaRules(Section("""{ "PinnedRegimeId": "vn-2013", "Limits": { "MaxPeriods": 50 } }"""))
            .AddThiDuaRules(o => o.Limits.MaxPeriods = 60)
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value;

        Assert.Equal("vn-2013", options.PinnedRegimeId);
        Assert.Equal(60, options.Limits.MaxPeriods);
    }

    [Fact]
    public void AddThiDuaRules_OpenPoints_BindsTreatmentsByNameInAnyCase()
    {
        using var provider = Provider("""{ "OpenPoints": { "CriminalSentenceBeingServed": "Excludes", "notRegisteredForEmulation": "excludes" } }""");

        var openPoints = provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value.OpenPoints;

        Assert.Equal(OpenPointTreatment.Excludes, openPoints.CriminalSentenceBeingServed);
        Assert.Equal(OpenPointTreatment.Excludes, openPoints.NotRegisteredForEmulation);
        Assert.Equal(OpenPointTreatment.Unknown, openPoints.DisciplineInForceFromEarlierPeriod);
    }

    [Theory]
    [InlineData("\"Exclude\"")]
    [InlineData("1")]
    [InlineData("\"\"")]
    public void Start_OpenPointTreatmentNotANameOfOne_FailsNamingTheKeyAndTheTreatments(string value)
    {
        using var provider = Provider("{ \"OpenPoints\": { \"CriminalSentenceBeingServed\": " + value + " } }");

        var failure = Assert.Single(StartFails(provider).Failures);

        Assert.StartsWith("'ThiDuaRules:OpenPoints:CriminalSentenceBeingServed' is '", failure, StringComparison.Ordinal);
        Assert.EndsWith("which is not one of: Unknown, Excludes.", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownOpenPoint_FailsNamingItAndTheKnownOnes()
    {
        using var provider = Provider("""{ "OpenPoints": { "CriminalSentence": "Excludes" } }""");

        var failure = Assert.Single(StartFails(provider).Failures);

        Assert.StartsWith("'ThiDuaRules:OpenPoints:CriminalSentence' is not an open point of OpenPointSettings;", failure, StringComparison.Ordinal);
        Assert.Contains("CriminalSentenceBeingServed", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OpenPointsNotASection_Fails()
    {
        using var provider = Provider("""{ "OpenPoints": "Excludes" }""");

        Assert.StartsWith("'ThiDuaRules:OpenPoints' must be a section of open points", Assert.Single(StartFails(provider).Failures), StringComparison.Ordinal);
    }

    /// <summary>The sample overlay folder as a JSON string literal.</summary>
    private static string SampleOverlayFolder => "\"" + OverlayFile.SampleFolder.Replace("\\", "\\\\", StringComparison.Ordinal) + "\"";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AddThiDuaRules_OverlayDirectories_AppliesTheOverlaysOneFolderOrAList(bool asList)
    {
        var folders = asList ? "[ " + SampleOverlayFolder + " ]" : SampleOverlayFolder;
        using var provider = Provider("{ \"OverlayDirectories\": " + folders + " }");

        var options = provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value;
        var result = provider.GetRequiredService<IEligibilityChecker>().Check(
            new EligibilityRequest(AwardCodes.AdvancedWorker, SampleDossiers.Read("samples/data/new-recruit-2021.json"), AssessmentPeriod.CalendarYear(2021)));

        Assert.Contains("example-unit", Assert.Single(options.Overlays).Description, StringComparison.Ordinal);
        Assert.Equal(ConditionOrigin.TightenedLaw, result.Conditions.Single(c => c.ConditionId == "STD.NEW_RECRUIT_10_MONTHS").Origin);
    }

    [Fact]
    public void Start_OverlayDirectoryMissing_FailsAtStartWithTheRuleDataProblem()
    {
        var missing = Path.Combine(Path.GetTempPath(), "thidua-no-such-overlays-" + Guid.NewGuid().ToString("N"));
        using var provider = Provider("{ \"OverlayDirectories\": [ \"" + missing.Replace("\\", "\\\\", StringComparison.Ordinal) + "\" ] }");

        var error = Assert.Throws<RuleSetValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OverlayDirectoriesWithASection_FailsNamingTheKey()
    {
        using var provider = Provider("""{ "OverlayDirectories": [ { "Path": "overlays" } ] }""");

        Assert.Equal("'ThiDuaRules:OverlayDirectories:0' must be a folder of overlay files, not a section.", Assert.Single(StartFails(provider).Failures));
    }

    [Fact]
    public void AddThiDuaRules_NullConfiguration_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddThiDuaRules((IConfiguration)null!));
    }
}
