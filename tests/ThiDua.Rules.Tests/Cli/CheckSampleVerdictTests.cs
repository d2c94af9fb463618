using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>check</c> on the bundled samples: the verdict each sample was written to illustrate, as an exit code.</summary>
public sealed class CheckSampleVerdictTests
{
    [Theory]
    [InlineData("eligible-civil-servant.json", "CSTDCS", "2021", ExitCodes.Eligible)]
    [InlineData("eligible-civil-servant.json", "LDTT", "2021", ExitCodes.Eligible)]
    [InlineData("not-eligible-worker.json", "LDTT", "2021", ExitCodes.NotEligible)]
    [InlineData("needs-information.json", "LDTT", "2021", ExitCodes.NeedsInformation)]
    [InlineData("armed-forces-cstt.json", "CSTT", "2021", ExitCodes.Eligible)]
    [InlineData("cstd-bo-tinh.json", "CSTD_BO_TINH", "2021", ExitCodes.Eligible)]
    [InlineData("school-year-teacher.json", "CSTDCS", "2021-2022", ExitCodes.Eligible)]
    [InlineData("school-year-teacher.json", "LDTT", "2021-2022", ExitCodes.Eligible)]
    [InlineData("eligible-civil-servant-2015.json", "LDTT", "2015", ExitCodes.Eligible)]
    [InlineData("eligible-civil-servant-2015.json", "CSTDCS", "2015", ExitCodes.Eligible)]
    [InlineData("long-absence-2016.json", "LDTT", "2016", ExitCodes.NotEligible)]
    [InlineData("new-recruit-2026.json", "LDTT", "2026", ExitCodes.Eligible)]
    [InlineData("form-hcld-hang-ba.json", "HCLD_HANG_BA", "2024", ExitCodes.Eligible)]
    [InlineData("form-hcld-hang-ba.json", "HCLD_HANG_BA", "2025", ExitCodes.NeedsInformation)]
    [InlineData("form-hcld-long-service.json", "HCLD_HANG_BA", "2016", ExitCodes.Eligible)]
    [InlineData("form-hcld-long-service.json", "HCLD_HANG_NHI", "2016", ExitCodes.NeedsInformation)]
    public void Run_CheckSample_ExitsWithVerdictCode(string sample, string award, string year, int expected)
    {
        var run = CliRun.Of("check", SampleData.Path(sample), "--award", award, "--year", year);

        run.AssertSucceeded(expected);
    }

    [Fact]
    public void Run_CheckWorkerDisciplinedIn2021_ShowsDisciplineConditionNotMet()
    {
        var run = CliRun.Of("check", SampleData.Path("not-eligible-worker.json"), "--award", "LDTT", "--year", "2021");

        Assert.Contains("✗ STD.NO_DISCIPLINE", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Kết luận: ✗ KHÔNG ĐỦ ĐIỀU KIỆN", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckLongAbsenceIn2016_ShowsDecree65AbsenceConditionNotMet()
    {
        var run = CliRun.Of("check", SampleData.Path("long-absence-2016.json"), "--award", "LDTT", "--year", "2016");

        Assert.Contains("✗ STD.ABSENCE_40_WORKING_DAYS", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("khoản 6 Điều 5 Nghị định 65/2014/NĐ-CP", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckWorkerWithOtherAward_IsNotEligibleForArmedForcesTitle()
    {
        // CSTT is for the armed forces only (Law Điều 24 khoản 2 as amended in 2013).
        var run = CliRun.Of("check", SampleData.Path("not-eligible-worker.json"), "--award", "CSTT", "--year", "2021");

        run.AssertSucceeded(ExitCodes.NotEligible);
        Assert.Contains("✗ CSTT.SUBJECT_GROUP", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckDossierWithoutAttestationsOrDisciplines_ListsFieldsToCollect()
    {
        var run = CliRun.Of("check", SampleData.Path("needs-information.json"), "--award", "LDTT", "--year", "2021", "--lang", "en");

        run.AssertSucceeded(ExitCodes.NeedsInformation);
        var missing = run.Stdout.Substring(run.Stdout.IndexOf("Missing facts", StringComparison.Ordinal));
        Assert.Contains("  - disciplines", missing, StringComparison.Ordinal);
        Assert.Contains("  - periods[2021].attestations.activeStudy", missing, StringComparison.Ordinal);
        Assert.Contains("? STD.NO_DISCIPLINE", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckStandardInDossierPeriodMissing_NeedsInformation()
    {
        // The civil servant's dossier has a 2021 calendar-year record only, so the 2021-2022 school year is unknown.
        var run = CliRun.Of("check", SampleData.Path("eligible-civil-servant.json"), "--award", "LDTT", "--year", "2021-2022");

        run.AssertSucceeded(ExitCodes.NeedsInformation);
        Assert.Contains("periods[2021-2022].taskRating", run.Stdout, StringComparison.Ordinal);
    }
}
