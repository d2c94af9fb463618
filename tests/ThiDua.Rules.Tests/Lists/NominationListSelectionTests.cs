using ThiDua.Rules.Tests.Collectives;
using Xunit;

namespace ThiDua.Rules.Tests.Lists;

/// <summary>A nomination list says which regime was applied and why, and every nomination on it carries the same choice.</summary>
public sealed class NominationListSelectionTests
{
    [Fact]
    public void ValidateList_ChosenByThePeriodsEnd_SaysSoOnTheListAndEveryNomination()
    {
        var result = ListBuilder.WithMembers(4, fighters: 1)
            .Propose(0, AwardCodes.GrassrootsEmulationFighter)
            .ProposeCollective(AwardCodes.AdvancedLabourCollective, CollectiveBuilder.Civilian().WithRating(TaskRating.CompletedWell), "T-LIST")
            .Validate();

        Assert.NotNull(result.Selection);
        Assert.Equal("vn-2013", result.Selection!.RegimeId);
        Assert.Equal(result.RegimeId, result.Selection.RegimeId);
        Assert.Equal(RegimeSelectionBasis.PeriodEnd, result.Selection.Basis);
        Assert.Equal(CollectiveBuilder.Period.End, result.Selection.KeyDate);
        Assert.Contains(result.Nominations, n => n.IsCollective);
        Assert.All(result.Nominations, n => Assert.Equal(result.Selection, n.Result.Selection));
    }

    [Fact]
    public void ValidateList_RegimeNamedByTheList_SaysItWasNamed()
    {
        var list = ListBuilder.WithMembers(2).Build() with { RegimeId = "vn-2013" };

        var result = ThiDuaRules.Default.ValidateList(list);

        Assert.Equal(RegimeSelectionBasis.Named, result.Selection!.Basis);
        Assert.All(result.Nominations, n => Assert.Equal(RegimeSelectionBasis.Named, n.Result.Selection!.Basis));
    }
}
