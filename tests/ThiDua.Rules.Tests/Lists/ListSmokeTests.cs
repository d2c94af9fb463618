using Xunit;
using Xunit.Abstractions;

namespace ThiDua.Rules.Tests.Lists;

public sealed class ListSmokeTests
{
    private readonly ITestOutputHelper _out;

    public ListSmokeTests(ITestOutputHelper output) => _out = output;

    [Fact]
    public void Smoke()
    {
        var list = ListBuilder.WithMembers(20, fighters: 4).ProposeFighters(4).Propose(5, AwardCodes.AdvancedSoldier).Propose(6, AwardCodes.AdvancedWorker).Build();
        using var session = ThiDuaRules.Default.OpenList(list);
        Print(session.Result);
        Print(session.Withdraw(ListBuilder.Id(3), AwardCodes.GrassrootsEmulationFighter));
        Print(session.Add(new Nomination { PersonId = ListBuilder.Id(3), Award = AwardCodes.GrassrootsEmulationFighter }));
    }

    private void Print(NominationListResult r)
    {
        _out.WriteLine($"{r.Verdict} {r.Nominations.Count}");
        foreach (var c in r.ListConditions)
        {
            _out.WriteLine($"  {c.ConditionId} {c.Outcome} {c.Message.En}");
        }
    }
}
