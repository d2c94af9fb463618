using Microsoft.Extensions.Options;
using Xunit;

namespace ThiDua.Rules.Tests.DependencyInjection;

/// <summary>The host settings on open points of law: validated with the other options, copied when the checker is created.</summary>
public sealed class OpenPointOptionsTests
{
    private static IndividualDossier RegisteredNot()
        => Dossiers.ValidDossier.WithRecord(Dossiers.ValidDossier.Record() with { EmulationRegistered = false });

    [Fact]
    public void CreateChecker_UndefinedTreatment_ThrowsOptionsValidationExceptionNamingTheSetting()
    {
        var options = new ThiDuaRulesOptions { OpenPoints = new OpenPointSettings { CriminalSentenceBeingServed = (OpenPointTreatment)7 } };

        var error = Assert.Throws<OptionsValidationException>(() => ThiDuaRules.CreateChecker(options));

        Assert.Contains("OpenPoints.CriminalSentenceBeingServed", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown, Excludes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateChecker_NullOpenPoints_ThrowsOptionsValidationException()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { OpenPoints = null! }));

        Assert.Contains("OpenPoints", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SettingChangedAfterTheCheckerWasCreated_DoesNotReachIt()
    {
        var options = new ThiDuaRulesOptions();
        var checker = ThiDuaRules.CreateChecker(options);
        options.OpenPoints.NotRegisteredForEmulation = OpenPointTreatment.Excludes;

        var result = checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, RegisteredNot(), Dossiers.ValidDossier.Period));

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
    }

    [Fact]
    public void Default_EveryOpenPoint_IsUnknown()
    {
        var settings = new ThiDuaRulesOptions().OpenPoints;

        Assert.All(typeof(OpenPointSettings).GetProperties(), p => Assert.Equal(OpenPointTreatment.Unknown, p.GetValue(settings)));
    }
}
