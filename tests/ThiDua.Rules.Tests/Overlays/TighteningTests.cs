using Xunit;
using ThiDua.Rules.Overlays;

namespace ThiDua.Rules.Tests.Overlays;

/// <summary>Which way of changing a parameter makes a condition stricter, read from the expression's shape.</summary>
public sealed class TighteningTests
{
    [Theory]
    [InlineData("person.MonthsSinceRecruitment >= $n", true)]
    [InlineData("person.MonthsSinceRecruitment > $n", true)]
    [InlineData("record.X <= $n", false)]
    [InlineData("record.X < $n", false)]
    [InlineData("$n <= record.X", true)]
    [InlineData("$n > record.X", false)]
    [InlineData("record.A >= $n && record.B", true)]
    [InlineData("(record.A >= $n) || record.B", true)]
    [InlineData("record.A >= $n && record.B >= $n", true)]
    public void Plain_comparisons_have_a_stricter_side(string expression, bool largerIsStricter)
        => Assert.Equal(largerIsStricter, Tightening.LargerIsStricter(expression, "n"));

    [Theory]
    [InlineData("record.A == $n")]
    [InlineData("record.A != $n")]
    [InlineData("!(record.A >= $n)")]
    [InlineData("not (record.A >= $n)")]
    [InlineData("record.A >= $n * -1")]
    [InlineData("record.A >= 10 - $n")]
    [InlineData("(record.A >= $n) == false")]
    [InlineData("record.A >= $n && record.B <= $n")]
    [InlineData("record.A ? record.B >= $n : true")]
    [InlineData("record.A >= $nn")]
    public void Other_shapes_cannot_be_told_and_are_never_overridden(string expression)
        => Assert.Null(Tightening.LargerIsStricter(expression, "n"));
}
