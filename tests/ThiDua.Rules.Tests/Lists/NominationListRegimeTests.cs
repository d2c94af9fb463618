using Xunit;
using static ThiDua.Rules.ConditionOutcome;

namespace ThiDua.Rules.Tests.Lists;

/// <summary>
/// The list rules of the regimes other than vn-2013: under Decree 65/2014 the 15 % cap on Chiến sĩ thi đua cơ sở
/// comes from Circular 07/2014/TT-BNV Điều 5 and binds only lists of periods ending from 2014-10-15; the 2022 Law's
/// regimes and the Decree 42/2010 layer have no list rules (no national cap was found).
/// </summary>
public sealed class NominationListRegimeTests
{
    /// <summary>A 2015 list of 20 members fit for CSTĐ cơ sở, every one proposed for LĐTT and the first <paramref name="fighters"/> for CSTĐ cơ sở.</summary>
    private static ListBuilder Nd65List(string period, int fighters)
        => ListBuilder.WithMembers(20, fighters: 20, period: period).ProposeFighters(fighters);

    [Fact]
    public void Cap_Nd65PeriodFrom2014_10_15_3Of20_MetCitingCircular07()
    {
        var result = Nd65List("2015", 3).Validate();

        Assert.Equal("vn-2013-nd65", result.RegimeId);
        var cap = Assert.Single(result.ListConditions, c => c.ConditionId == "LIST.GRASSROOTS_FIGHTER_CAP");
        Assert.Equal(Met, cap.Outcome);
        Assert.Equal("TT07_2014", Assert.Single(cap.Citations).Document.Id);
        Assert.Equal(5, cap.Citations[0].Article);
    }

    [Fact]
    public void Cap_Nd65PeriodFrom2014_10_15_4Of20_NotMet()
    {
        var result = Nd65List("2015", 4).Validate();

        Assert.Equal(NotMet, Assert.Single(result.ListConditions, c => c.ConditionId == "LIST.GRASSROOTS_FIGHTER_CAP").Outcome);
        Assert.Equal(Verdict.NotEligible, result.Verdict);
    }

    [Fact]
    public void Cap_Nd65PeriodEndingBefore2014_10_15_NoCapCondition()
    {
        // A school year starting in October 2013 ends on 2014-09-30: Decree 65/2014 applies, Circular 07/2014 not yet.
        var result = Nd65List("2013-2014@10", 4).Validate();

        Assert.Equal("vn-2013-nd65", result.RegimeId);
        Assert.DoesNotContain(result.ListConditions, c => c.ConditionId == "LIST.GRASSROOTS_FIGHTER_CAP");
        Assert.Contains(result.ListConditions, c => c.ConditionId == "LIST.NOT_TWICE");
    }

    [Fact]
    public void Ceiling_Nd65PeriodEndingBefore2014_10_15_RefusedSinceNoRuleWouldCheckIt()
    {
        var error = Assert.Throws<InvalidDossierException>(() => Nd65List("2013-2014@10", 4).WithCeiling(20).Validate());

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.grassrootsFighterCeilingPercent", problem.Path);
        Assert.Contains("vn-2013-nd65", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("overlay", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024", "vn-2022")]
    [InlineData("2025", "vn-2022-nd152")]
    public void ValidateList_2022Law_ListRulesWithoutCap(string period, string regime)
    {
        // Five of five members proposed for CSTĐ cơ sở: the 2022 Law sets no national ratio, so no cap condition.
        var result = ListBuilder.WithMembers(5, fighters: 5, period: period).ProposeFighters(5).Validate();

        Assert.Equal(regime, result.RegimeId);
        Assert.Equal(new[] { "LIST.EXCLUSIVE_TITLES", "LIST.NOT_TWICE" }, result.ListConditions.Select(c => c.ConditionId));
        Assert.All(result.ListConditions, c => Assert.Equal(ConditionOutcome.Met, c.Outcome));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2025")]
    public void Ceiling_2022Law_RefusedSinceNoRuleWouldCheckIt(string period)
    {
        var error = Assert.Throws<InvalidDossierException>(() => ListBuilder.WithMembers(5, period: period).WithCeiling(15).Validate());

        Assert.Equal("$.grassrootsFighterCeilingPercent", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Ceiling_Nd65From2014_10_15_Above15_Refused()
    {
        var error = Assert.Throws<InvalidDossierException>(() => Nd65List("2015", 3).WithCeiling(20).Validate());

        Assert.Contains("$.grassrootsFighterCeilingPercent", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2013-2014@08")]
    public void ValidateList_RegimeWithoutListRules_RefusedNamingTheRegime(string period)
    {
        var error = Assert.Throws<UnknownAwardException>(() => ListBuilder.WithMembers(2, period: period).Validate());

        Assert.Contains("NOMINATION_LIST", error.Message, StringComparison.Ordinal);
    }
}
