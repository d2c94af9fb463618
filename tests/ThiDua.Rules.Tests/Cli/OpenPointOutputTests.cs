using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary>The table view lists undecided open points of law apart from the dossier fields a clerk can collect.</summary>
public sealed class OpenPointOutputTests
{
    [Fact]
    public void Run_CheckNotRegistered_ListsTheSettingApartFromDossierFields()
    {
        var json = File.ReadAllText(SampleData.Path("eligible-civil-servant.json"))
            .Replace("\"emulationRegistered\": true", "\"emulationRegistered\": false", StringComparison.Ordinal)
            .Replace("\"disciplines\": [],", string.Empty, StringComparison.Ordinal);
        using var file = new TempFile(json);

        var run = CliRun.Of("check", file.Path, "--award", "LDTT", "--year", "2021", "--lang", "en");

        var lines = run.Stdout.Split(Environment.NewLine).ToList();
        var fields = lines.IndexOf("Missing facts (dossier fields to collect):");
        var settings = lines.IndexOf("Open points of law for the host to decide (ThiDuaRulesOptions.OpenPoints):");
        Assert.True(fields >= 0 && settings > fields, run.Stdout);
        Assert.Equal("  - disciplines", lines[fields + 1]);
        Assert.Equal("  - options.openPoints.notRegisteredForEmulation", lines[settings + 1]);
        Assert.Equal(2, run.ExitCode);
    }
}
