using RulesEngine.Models;
using ThiDua.Rules.Engine;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Benchmarks.Verification;

/// <summary>
/// The engine's error path, which no shipped rule reaches: a rule set whose new-recruit rule divides by the number
/// of disciplines (zero for the sample dossier), so evaluating it throws. The library must report the error exactly
/// as RulesEngine's <c>ExecuteAllRulesAsync</c> words it for the same expression and facts.
/// </summary>
internal static class EngineErrorCheck
{
    private const string Expression = "person.MonthsSinceRecruitment / discipline.DisciplinesInPeriod >= 10";

    public static int Run()
    {
        var files = RuleSetSource.Embedded.ReadFiles()
            .Select(f => f.Key.EndsWith("shared/advanced-standard.json", StringComparison.Ordinal)
                ? new KeyValuePair<string, string>(f.Key, f.Value
                    .Replace("\"needs\": [\"monthsSinceRecruitment\"]", "\"needs\": [\"monthsSinceRecruitment\", \"disciplinesInPeriod\"]")
                    .Replace("person.MonthsSinceRecruitment >= $minMonths", Expression))
                : f)
            .ToList();
        var checker = ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = RuleSetSource.FromFiles("division test", files) });
        string library;
        try
        {
            checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, SampleDossiers.EligibleCivilServant, SampleDossiers.Year));
            library = "(no exception)";
        }
        catch (RuleEvaluationException e)
        {
            library = e.Message;
        }

        const string ruleId = "STD.NEW_RECRUIT_10_MONTHS";
        var workflow = new Workflow
        {
            WorkflowName = "w",
            Rules = new List<Rule> { new Rule { RuleName = ruleId, Expression = Expression, RuleExpressionType = RuleExpressionType.LambdaExpression } },
        };
        var facts = new RuleFacts(SampleDossiers.EligibleCivilServant, AwardCodes.AdvancedWorker, SampleDossiers.Year, SampleDossiers.Year.End);
        var engine = new RulesEngine.RulesEngine(new[] { workflow }, RulesEngineAdapter.Settings)
            .ExecuteAllRulesAsync("w", new RuleParameter(ExpressionChecker.FactsParameterName, facts)).GetAwaiter().GetResult()[0].ExceptionMessage;
        var expected = $"Rule '{ruleId}' failed to evaluate: {engine}";
        Console.WriteLine($"library: {library}");
        Console.WriteLine($"engine:  {expected}");
        Console.WriteLine(library == expected ? "same wording" : "DIFFERENT wording");
        return library == expected ? 0 : 1;
    }
}
