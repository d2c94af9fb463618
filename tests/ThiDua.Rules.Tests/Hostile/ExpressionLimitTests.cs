using Microsoft.Extensions.Options;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Rule expressions that would overflow the parser's stack (and end the host process, which no catch can stop) are
/// refused by length and bracket depth before they are parsed.
/// </summary>
public sealed class ExpressionLimitTests
{
    private const string AdvancedStandard = "vn-2013/shared/advanced-standard.json";
    private const string Rule = "STD.NEW_RECRUIT_10_MONTHS";

    private static RuleSetValidationException Load(string expression, ThiDuaLimits? limits = null)
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped().EditRule(AdvancedStandard, Rule, rule => rule["expression"] = expression);
        return Assert.Throws<RuleSetValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = workspace.Source, Limits = limits ?? new ThiDuaLimits() }));
    }

    [Fact]
    public void CreateChecker_TwoThousandNestedBrackets_IsRefusedBeforeParsing()
    {
        var expression = new string('(', 2000) + "person.MonthsSinceRecruitment >= $minMonths" + new string(')', 2000);

        // The length limit would refuse it first; raised to its ceiling, the depth limit still stops it before the parser.
        var failure = Load(expression, new ThiDuaLimits { MaxExpressionLength = ThiDuaLimits.MaxExpressionLengthCeiling });

        ProblemAssert.Has(failure, AdvancedStandard, Rule, "ThiDuaLimits.MaxExpressionDepth");
    }

    [Fact]
    public void CreateChecker_TenThousandOrTerms_IsRefusedByLength()
    {
        var expression = string.Join(" || ", Enumerable.Repeat("person.MonthsSinceRecruitment >= $minMonths", 10_000));

        var failure = Load(expression);

        ProblemAssert.Has(failure, AdvancedStandard, Rule, "ThiDuaLimits.MaxExpressionLength (2000)");
    }

    [Fact]
    public void CreateChecker_HundredThousandOrTerms_IsRefusedByTheRuleFileSizeLimit()
    {
        var expression = string.Join(" || ", Enumerable.Repeat("person.MonthsSinceRecruitment >= $minMonths", 100_000));

        var failure = Load(expression);

        ProblemAssert.Has(failure, AdvancedStandard, null, "rule files may be at most");
    }

    [Fact]
    public void CreateChecker_HostLowersTheDepthLimit_RefusesAnExpressionTheDefaultAccepts()
    {
        var expression = "((person.MonthsSinceRecruitment >= $minMonths))";

        var failure = Load(expression, new ThiDuaLimits { MaxExpressionDepth = 1 });

        ProblemAssert.Has(failure, AdvancedStandard, Rule, "more than 1 deep");
    }

    [Fact]
    public void CreateChecker_DepthLimitAboveItsCeiling_IsAnOptionsError()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Limits = new ThiDuaLimits { MaxExpressionDepth = 5000 } }));

        Assert.Contains(error.Failures, f => f.Contains("MaxExpressionDepth", StringComparison.Ordinal));
    }
}
