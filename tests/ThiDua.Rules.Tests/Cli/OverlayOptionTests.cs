using Xunit;
using ThiDua.Rules.Cli;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>--overlay</c>: the sample overlay changes a result as the samples README says; a bad overlay is a configuration error.</summary>
public sealed class OverlayOptionTests
{
    private static string SampleOverlay => Overlays.OverlayFile.SampleFolder;

    [Fact]
    public void The_sample_overlay_changes_the_new_recruits_verdict()
    {
        var law = CliRun.Of("check", SampleData.Path("new-recruit-2021.json"), "--award", "LDTT", "--year", "2021");
        var local = CliRun.Of("check", SampleData.Path("new-recruit-2021.json"), "--award", "LDTT", "--year", "2021", "--overlay", SampleOverlay);

        law.AssertSucceeded(ExitCodes.Eligible);
        local.AssertSucceeded(ExitCodes.NotEligible);
        Assert.Contains("STD.NEW_RECRUIT_10_MONTHS [siết chặt bởi quy định địa phương: example-unit-2021]", local.Stdout, StringComparison.Ordinal);
        Assert.Contains("Quyết định 01/2021/QĐ-VD", local.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_works_on_every_command()
    {
        var explain = CliRun.Of("explain", "CSTDCS", "--regime", "vn-2013", "--overlay", SampleOverlay, "--lang", "en");
        var all = CliRun.Of("check-all", SampleData.Path("eligible-civil-servant.json"), "--year", "2021", "--overlay", SampleOverlay, "--format", "json");

        explain.AssertSucceeded(ExitCodes.Eligible);
        Assert.Contains("LOCAL.CSTDCS_EXCELLENT_RATING [local regulation: example-unit-2021]", explain.Stdout, StringComparison.Ordinal);
        Assert.Contains("LOCAL.CSTDCS_EXCELLENT_RATING", all.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlay_that_loosens_the_law_is_a_configuration_error_naming_the_condition()
    {
        using var folder = new TempFolder();
        var overlay = Overlays.OverlayFile.Sample();
        Overlays.OverlayFile.Override(overlay)["values"]!["minMonths"] = 6;
        File.WriteAllText(Path.Combine(folder.Path, "loose.json"), overlay.ToJsonString());

        var run = CliRun.Of("check", SampleData.Path("new-recruit-2021.json"), "--award", "LDTT", "--year", "2021", "--overlay", folder.Path);

        run.AssertFailed(ExitCodes.InvalidOverlay);
        Assert.Contains(run.ErrorLines, l => l.Contains("[STD.NEW_RECRUIT_10_MONTHS]", StringComparison.Ordinal) && l.Contains("loosens", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_overlay_folder_is_a_configuration_error()
    {
        var run = CliRun.Of("check", SampleData.Path("new-recruit-2021.json"), "--award", "LDTT", "--year", "2021", "--overlay", "no/such/folder");

        run.AssertFailed(ExitCodes.InvalidOverlay);
    }

    /// <summary>A temporary folder, deleted afterwards.</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("thidua-overlay-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
