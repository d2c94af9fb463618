using Xunit;
using Xunit.Abstractions;

namespace ThiDua.Rules.Tests.Collectives;

public sealed class CollectiveSmokeTests
{
    private readonly ITestOutputHelper _out;

    public CollectiveSmokeTests(ITestOutputHelper output) => _out = output;

    [Theory]
    [InlineData("TTLDTT")]
    [InlineData("TTLDXS")]
    [InlineData("CO_THI_DUA_BO_TINH")]
    [InlineData("CO_THI_DUA_CP")]
    public void Smoke(string award)
    {
        foreach (var builder in new[] { CollectiveBuilder.Civilian(), CollectiveBuilder.CivilianWithMembers(10) })
        {
            var result = builder.Check(award);
            _out.WriteLine(award + " " + result.Verdict);
            foreach (var c in result.Conditions)
            {
                _out.WriteLine($"  {c.ConditionId} {c.Outcome} {c.Message.En} [{string.Join(",", c.MissingFacts)}]");
            }
        }
    }
}
