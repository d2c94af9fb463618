using ThiDua.Rules.Checking;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

/// <summary>
/// Which rule tests may be decided on a count's lower bound: only those that can go from false to true, never back, as
/// the count grows. A wrong "yes" would turn an unsettled count into a Met that more of the dossier could undo.
/// </summary>
public class LowerBoundTestTests
{
    private const string Years = "wellRatedYearsAfterMinistryCertificate";
    private const string Titles = "grassrootsTitlesAfterMinistryCertificate";

    [Theory]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate >= 5")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate > 4")]
    [InlineData("5 <= forms.WellRatedYearsAfterMinistryCertificate")]
    [InlineData("4 < forms.WellRatedYearsAfterMinistryCertificate")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate >= 5 && forms.GrassrootsTitlesAfterMinistryCertificate >= 3")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate >= 5 || forms.ExemplaryPolicyCompliance")]
    [InlineData("forms.ExemplaryPolicyCompliance && (forms.WellRatedYearsAfterMinistryCertificate >= 5 || forms.GrassrootsTitlesAfterMinistryCertificate >= 3)")]
    public void GrowingTests_MayUseTheBound(string expression)
        => Assert.True(LowerBoundTest.IsNonDecreasingIn(Parse(expression), Fact(Years)));

    [Theory]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate == 5")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate != 5")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate <= 5")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate < 5")]
    [InlineData("5 >= forms.WellRatedYearsAfterMinistryCertificate")]
    [InlineData("!(forms.WellRatedYearsAfterMinistryCertificate >= 5)")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate - 1 >= 4")]
    [InlineData("forms.GrassrootsTitlesAfterMinistryCertificate >= forms.WellRatedYearsAfterMinistryCertificate")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate >= forms.WellRatedYearsAfterMinistryCertificate")]
    [InlineData("forms.WellRatedYearsAfterMinistryCertificate >= 5 || forms.WellRatedYearsAfterMinistryCertificate < 2")]
    public void OtherTests_StayUnknown(string expression)
        => Assert.False(LowerBoundTest.IsNonDecreasingIn(Parse(expression), Fact(Years)));

    [Fact]
    public void ATestThatDoesNotReadTheFact_IsUnaffectedByIt()
        => Assert.True(LowerBoundTest.IsNonDecreasingIn(Parse("forms.GrassrootsTitlesAfterMinistryCertificate == 3"), Fact(Years)));

    [Fact]
    public void EachFactIsJudgedOnItsOwn()
    {
        var test = Parse("forms.WellRatedYearsAfterMinistryCertificate >= 5 && forms.GrassrootsTitlesAfterMinistryCertificate == 3");

        Assert.True(LowerBoundTest.IsNonDecreasingIn(test, Fact(Years)));
        Assert.False(LowerBoundTest.IsNonDecreasingIn(test, Fact(Titles)));
    }

    private static FactDescriptor Fact(string name)
    {
        Assert.True(FactCatalog.TryGet(name, out var fact), name);
        return fact;
    }

    private static System.Linq.Expressions.Expression<System.Func<AwardCheck, bool>> Parse(string expression)
    {
        var problems = ExpressionChecker.Check(expression, new ThiDuaLimits(), out _, out var test);
        Assert.True(problems.Count == 0, string.Join("; ", problems));
        return test!;
    }
}
