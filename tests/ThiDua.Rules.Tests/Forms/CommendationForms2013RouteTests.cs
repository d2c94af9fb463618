using ThiDua.Rules.Tests.Cases;
using Xunit;

namespace ThiDua.Rules.Tests.Forms;

/// <summary>
/// The 2013 Law's forms under <c>vn-2013</c> and <c>vn-2013-nd65</c>: a merit route that fails while the council has not
/// stated the other routes needs information (never "not eligible"), the clerk is asked only for the findings of the
/// routes still open, and the workers' route applies to workers only.
/// </summary>
public sealed class CommendationForms2013RouteTests
{
    private static EligibilityResult Run(string caseFile)
        => ThiDuaRules.Default.Check(WorkedExampleLoader.ToRequest(WorkedExampleLoader.Load(caseFile)));

    [Theory]
    [InlineData("vn-2013/HCLD_HANG_BA/09-no-certificate-nothing-stated.json", "2021", "labourOrderThirdClassOneOffOrWork", "longServiceForLabourOrderThirdClass")]
    [InlineData("vn-2013/HCLD_HANG_BA/04-gap-year-breaks-the-run-others-open.json", "2021", "labourOrderThirdClassOneOffOrWork", "longServiceForLabourOrderThirdClass")]
    [InlineData("vn-2013-nd65/BK_BO_TINH/03-one-initiative-others-open.json", "2016", "outstandingInMinistryMovement", "achievementInMinistryField")]
    [InlineData("vn-2013-nd65/BK_TTG/04-gap-year-others-open.json", "2016", "outstandingInThreeYearMovementReview", "ministryWideAchievements")]
    [InlineData("vn-2013-nd65/HCLD_HANG_NHI/08-no-third-class-nothing-stated.json", "2016", "labourOrderSecondClassOneOffOrWork", "longContinuousServiceWithAchievements")]
    public void Verdict_MeritRouteFailsWithOtherRoutesOpen_NeedsInformationAndAsksForTheirFindings(string caseFile, string period, string first, string second)
    {
        var result = Run(caseFile);

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Contains(result.Routes!, r => r.Outcome == ConditionOutcome.NotMet);
        Assert.Contains($"periods[{period}].attestations.{first}", result.MissingFacts);
        Assert.Contains($"periods[{period}].attestations.{second}", result.MissingFacts);
    }

    [Theory]
    [InlineData("vn-2013/HCLD_HANG_BA/09-no-certificate-nothing-stated.json", "HCLD_HANG_BA.WORKER_STANDARD")]
    [InlineData("vn-2013-nd65/HCLD_HANG_NHI/08-no-third-class-nothing-stated.json", "HCLD_HANG_NHI.WORKER_STANDARD")]
    public void Conditions_CivilServant_LeaveOutTheWorkersRoute(string caseFile, string workerCondition)
    {
        var result = Run(caseFile);

        Assert.DoesNotContain(result.Conditions, c => c.ConditionId == workerCondition);
        Assert.DoesNotContain(result.Routes!, r => r.RouteId == "worker");
        Assert.DoesNotContain(result.MissingFacts, f => f.Contains("workerStandardFor", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("vn-2013/HCLD_HANG_BA/13-worker-every-route-denied.json")]
    [InlineData("vn-2013-nd65/HCLD_HANG_BA/09-worker-every-route-denied.json")]
    public void Verdict_WorkerWithEveryRouteDenied_NotEligible(string caseFile)
    {
        var result = Run(caseFile);

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.Contains(result.Routes!, r => r.RouteId == "worker" && r.Outcome == ConditionOutcome.NotMet);
        Assert.Empty(result.MissingFacts);
    }
}
