using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary>The honorary-title sample of samples/data gives the verdict and exit code its README states.</summary>
public sealed class HonorarySampleTests
{
    [Fact]
    public void Run_CheckMeritoriousTeacherSample_IsEligibleOnTheTeachersRoute()
    {
        var run = CliRun.Of("check", SampleData.Path("honorary-ngut-teacher.json"), "--award", AwardCodes.MeritoriousTeacher, "--year", "2023", "--lang", "en");

        run.AssertSucceeded(ExitCodes.Eligible);
        Assert.Contains("NGUT.TEACHING_YEARS", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckMeritoriousTeacherSampleForPeoplesTeacher_IsNotEligibleWithoutTheMeritoriousTeacherTitle()
    {
        var run = CliRun.Of("check", SampleData.Path("honorary-ngut-teacher.json"), "--award", AwardCodes.PeoplesTeacher, "--year", "2023", "--lang", "en");

        run.AssertSucceeded(ExitCodes.NotEligible);
        Assert.Contains("NGND.HOLDS_MERITORIOUS_TEACHER", run.Stdout, StringComparison.Ordinal);
    }
}
