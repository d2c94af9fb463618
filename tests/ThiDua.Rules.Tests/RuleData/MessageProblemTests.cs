using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

public sealed class MessageProblemTests
{
    private const string AdvancedStandard = "vn-2013/shared/advanced-standard.json";

    [Fact]
    public void CreateChecker_MessagePlaceholderThatIsNoFactOrParameter_ReportsThePlaceholder()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NO_DISCIPLINE", rule =>
            {
                rule["messages"]!["met"]!["vi"] = "Không có quyết định kỷ luật nào trong kỳ {period} ({shoeSize}).";
                rule["messages"]!["met"]!["en"] = "No disciplinary decision in {period} ({shoeSize}).";
            });

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NO_DISCIPLINE", "messages.met", "{shoeSize}");
    }

    [Fact]
    public void CreateChecker_VietnameseAndEnglishPlaceholdersDiffer_ReportsTheMismatch()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NO_DISCIPLINE", rule =>
                rule["messages"]!["notMet"]!["en"] = "Disciplinary decision(s) (reprimand or above) in {period}.");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NO_DISCIPLINE", "messages.notMet", "same placeholders", "disciplinesInPeriod");
    }
}
