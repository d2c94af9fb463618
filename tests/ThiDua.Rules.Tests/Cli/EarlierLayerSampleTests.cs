using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>check</c> and <c>check-all</c> on the samples of the 2014–2017 layers (vn-2013-nd65).</summary>
public sealed class EarlierLayerSampleTests
{
    [Fact]
    public void Run_CheckReprimandFrom2016_SchoolYear2016To2017_AsksWhetherItWasStillInForce()
    {
        // The reprimand of 10/05/2016 predates the school year 2016-2017 (ending 31/08/2017, Decree 65/2014): with
        // neither liftedOn nor inForceUntil, whether it was in force in the period cannot be told (Điều 5 khoản 6).
        var run = CliRun.Of("check", SampleData.Path("earlier-discipline-2017.json"), "--award", "LDTT", "--year", "2016-2017", "--lang", "en");

        run.AssertSucceeded(ExitCodes.NeedsInformation);
        run.AssertStdoutContains("vn-2013-nd65", "STD.NO_DISCIPLINE_IN_FORCE_FROM_EARLIER", "disciplines");
    }

    [Fact]
    public void Run_CheckAllReprimandFrom2016_NoAwardIsDecided()
    {
        var run = CliRun.Of("check-all", SampleData.Path("earlier-discipline-2017.json"), "--year", "2016-2017");

        run.AssertSucceeded(ExitCodes.NeedsInformation);
    }
}
