using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.DependencyInjection;

public sealed class AddThiDuaRulesTests
{
    private static EligibilityRequest SampleRequest()
        => new(AwardCodes.AdvancedWorker, SampleDossiers.Read("samples/data/eligible-civil-servant.json"), AssessmentPeriod.CalendarYear(2021));

    [Fact]
    public void AddThiDuaRules_Services_ReturnsTheSameCollection()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddThiDuaRules());
        Assert.Same(services, services.AddThiDuaRules(o => o.PinnedRegimeId = "vn-2013"));
    }

    [Fact]
    public void AddThiDuaRules_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ThiDuaRulesServiceCollectionExtensions.AddThiDuaRules(null!));
    }

    [Fact]
    public void AddThiDuaRules_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddThiDuaRules().AddThiDuaRules(o => o.PinnedRegimeId = "vn-2013");

        Assert.Single(services, d => d.ServiceType == typeof(IEligibilityChecker));
        Assert.Single(services, d => d.ServiceType == typeof(IAwardCatalog));
        // Two validators, once each: the options' own values, and the checker created from them at start.
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IValidateOptions<ThiDuaRulesOptions>)));
        Assert.All(services.Where(d => d.ServiceType == typeof(IEligibilityChecker) || d.ServiceType == typeof(IAwardCatalog)), d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
    }

    [Fact]
    public void AddThiDuaRules_CalledTwice_AppliesBothConfigurations()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        using var provider = new ServiceCollection()
            .AddThiDuaRules(o => o.Source = workspace.Source)
            .AddThiDuaRules(o => o.PinnedRegimeId = "vn-2013")
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value;

        Assert.Contains(workspace.Root, options.Source.Description, StringComparison.Ordinal);
        Assert.Equal("vn-2013", options.PinnedRegimeId);
    }

    [Fact]
    public void GetService_Checker_IsASingletonThatWorks()
    {
        using var provider = new ServiceCollection().AddThiDuaRules().BuildServiceProvider();

        var first = provider.GetRequiredService<IEligibilityChecker>();
        using var scope = provider.CreateScope();
        var second = scope.ServiceProvider.GetRequiredService<IEligibilityChecker>();

        Assert.Same(first, second);
        var result = first.Check(SampleRequest());
        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Equal("vn-2013", result.RegimeId);
    }

    [Fact]
    public void GetService_Catalog_IsTheCheckersCatalog()
    {
        using var provider = new ServiceCollection().AddThiDuaRules().BuildServiceProvider();

        var catalog = provider.GetRequiredService<IAwardCatalog>();

        Assert.Same(provider.GetRequiredService<IEligibilityChecker>().Catalog, catalog);
        Assert.Contains(catalog.Regimes, r => r.Id == "vn-2013");
    }

    [Fact]
    public void GetService_PinnedRegimeFromCallback_IsApplied()
    {
        // Two regimes: vn-2013 and a copy covering 2024 onwards. Unpinned, 2024 selects the copy; pinned to
        // vn-2013, the same request must fail because vn-2013 does not cover 2024.
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .WithoutRegime("vn-2022")
            .WithoutRegime("vn-2022-nd152")
            .CopyRegime("vn-2013", "vn-2099")
            .WithoutAward("vn-2099", AwardCodes.CulturedFamily)
            .WithoutAward("vn-2099", AwardCodes.CulturedVillage)
            .WithoutDatedRules("vn-2099")
            .WithoutAward("vn-2099", AwardCodes.MeritoriousArtist)
            .WithoutAward("vn-2099", AwardCodes.PeoplesArtist)
            .Edit("vn-2099/regime.json", file =>
            {
                file["id"] = "vn-2099";
                file["periodsEnding"] = new JsonObject { ["from"] = "2024-01-01", ["to"] = "2030-12-31" };
            });
        var request = SampleRequest() with { Period = AssessmentPeriod.CalendarYear(2024) };
        using var unpinned = new ServiceCollection().AddThiDuaRules(o => o.Source = workspace.Source).BuildServiceProvider();
        using var pinned = new ServiceCollection()
            .AddThiDuaRules(o =>
            {
                o.Source = workspace.Source;
                o.PinnedRegimeId = "vn-2013";
            })
            .BuildServiceProvider();

        Assert.Equal("vn-2099", unpinned.GetRequiredService<IEligibilityChecker>().Check(request).RegimeId);
        Assert.Throws<PeriodNotCoveredException>(() => pinned.GetRequiredService<IEligibilityChecker>().Check(request));
        Assert.Equal("vn-2013", pinned.GetRequiredService<IEligibilityChecker>().Check(SampleRequest()).RegimeId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("vn-1999")]
    public void GetService_InvalidPinnedRegime_ThrowsOptionsValidationException(string pinned)
    {
        using var provider = new ServiceCollection().AddThiDuaRules(o => o.PinnedRegimeId = pinned).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IEligibilityChecker>());

        Assert.Contains(error.Failures, f => f.Contains("PinnedRegimeId", StringComparison.Ordinal));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IAwardCatalog>());
    }

    [Fact]
    public void StartupValidation_BlankPinnedRegime_ThrowsOptionsValidationException()
    {
        using var provider = new ServiceCollection().AddThiDuaRules(o => o.PinnedRegimeId = " ").BuildServiceProvider();

        var validator = provider.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(() => validator.Validate());
    }

    [Fact]
    public void GetService_BrokenRuleSetFolder_ThrowsRuleSetValidationException()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped().Delete("vn-2013/awards/CSTT.json");
        using var provider = new ServiceCollection().AddThiDuaRules(o => o.Source = workspace.Source).BuildServiceProvider();

        Assert.Throws<RuleSetValidationException>(() => provider.GetRequiredService<IEligibilityChecker>());
    }
}
