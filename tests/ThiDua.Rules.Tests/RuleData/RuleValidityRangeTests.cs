using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

/// <summary>
/// A rule's own <c>periodsEnding</c>: a condition that changed inside its regime's range (Circular 07/2014 from
/// 2014-10-15 inside the Decree 65/2014 regime) applies only to periods ending within it, and the loader refuses a
/// range that is malformed, reaches outside the regime, or merely repeats it.
/// </summary>
public sealed class RuleValidityRangeTests
{
    private const string File = "vn-2013-nd65/awards/CSTD_TOAN_QUOC.json";
    private const string RuleId = "CSTD_TOAN_QUOC.PROPOSAL_YEAR";

    private static RuleSetValidationException LoadWithRange(string from, string to)
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(File, RuleId, rule => rule["periodsEnding"] = new JsonObject { ["from"] = from, ["to"] = to });
        return workspace.LoadFailure();
    }

    [Fact]
    public void CreateChecker_RangeBeyondTheRegime_ReportsTheRegimeRange()
    {
        var failure = LoadWithRange("2014-10-15", "2017-10-31");

        ProblemAssert.Has(failure, File, RuleId, "within the regime's range", "2014-08-20 to 2017-09-30");
        ProblemAssert.OnlyIn(failure, File);
    }

    [Fact]
    public void CreateChecker_RangeEndingBeforeItStarts_IsRefused()
    {
        var failure = LoadWithRange("2016-01-01", "2015-12-31");

        ProblemAssert.Has(failure, File, RuleId, "'periodsEnding.from' is after 'periodsEnding.to'");
    }

    [Fact]
    public void CreateChecker_RangeRepeatingTheRegime_IsRefused()
    {
        var failure = LoadWithRange("2014-08-20", "2017-09-30");

        ProblemAssert.Has(failure, File, RuleId, "repeats the regime's whole range");
    }

    [Fact]
    public void CreateChecker_RangeWithoutADate_NamesTheMember()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(File, RuleId, rule => rule["periodsEnding"] = new JsonObject { ["from"] = "2014-10-15" });

        ProblemAssert.Has(workspace.LoadFailure(), File, RuleId, "'periodsEnding.to' must be a date");
    }

    [Fact]
    public void CreateChecker_ThrowingExpressionOfARuleWithItsOwnRange_IsRefusedAtLoad()
    {
        // The load-time probe also checks a period inside the rule's range, not only the regime's last year.
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(File, RuleId, rule => rule["expression"] = "history.YearsSinceMinistryTitleDecision / history.YearsSinceMinistryTitleDecision == $yearsAfterDecision");

        ProblemAssert.Has(workspace.LoadFailure(), File, RuleId, "throws", "DivideByZeroException");
    }

    [Fact]
    public void Catalog_ConditionWithItsOwnRange_ShowsIt()
    {
        var conditions = ThiDuaRules.Default.Catalog.GetAward("vn-2013-nd65", AwardCodes.NationalEmulationFighter).Conditions;

        var adjacent = conditions.Single(c => c.Id == RuleId);
        Assert.Equal((new DateTime(2014, 10, 15), new DateTime(2017, 9, 30)), (adjacent.PeriodsEndingFrom, adjacent.PeriodsEndingTo));
        var after = conditions.Single(c => c.Id == "CSTD_TOAN_QUOC.PROPOSAL_AFTER_YEAR");
        Assert.Equal((new DateTime(2014, 8, 20), new DateTime(2014, 10, 14)), (after.PeriodsEndingFrom, after.PeriodsEndingTo));
        Assert.All(conditions.Where(c => c != adjacent && c != after), c => Assert.Null(c.PeriodsEndingFrom));
    }

    [Theory]
    [InlineData("2013-2014@10", "CSTD_TOAN_QUOC.PROPOSAL_AFTER_YEAR")] // ends 2014-09-30
    [InlineData("2013-2014@11", "CSTD_TOAN_QUOC.PROPOSAL_YEAR")]       // ends 2014-10-31
    [InlineData("2015", "CSTD_TOAN_QUOC.PROPOSAL_YEAR")]
    public void Check_Decree65Regime_AppliesTheProposalRuleOfThePeriodsEndDate(string period, string applies)
    {
        var dossier = new IndividualDossier { Category = PersonnelCategory.CivilServant };
        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.NationalEmulationFighter, dossier, AssessmentPeriod.Parse(period)));

        var proposalRules = result.Conditions.Select(c => c.ConditionId).Where(id => id.StartsWith("CSTD_TOAN_QUOC.PROPOSAL", StringComparison.Ordinal));
        Assert.Equal(new[] { applies }, proposalRules);
    }
}
