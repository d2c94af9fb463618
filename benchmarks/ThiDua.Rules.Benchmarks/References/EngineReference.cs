using RulesEngine.Models;
using ThiDua.Rules.Engine;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Benchmarks.References;

/// <summary>
/// Reference (1), the engine's own cost: the expressions of the shipped rules, taken from the loaded rule set,
/// registered as plain RulesEngine workflows (one per award, same settings as the library's adapter) and executed
/// with <c>ExecuteAllRulesAsync</c> on a fresh <see cref="RuleFacts"/>. Nothing else: no dossier validation, no
/// Unknown handling, no messages, values or citations. What the library spends on top of this is its overhead.
/// </summary>
internal sealed class EngineReference
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly CompiledRegime _regime;

    public EngineReference()
    {
        _regime = new RuleSetLoader(new RulesEngineAdapter()).Load(RuleSetSource.Embedded).Single();
        var workflows = _regime.Awards.Select(award => new Workflow
        {
            WorkflowName = award.Code,
            Rules = award.ExpressionRules.Select(rule => new Rule
            {
                RuleName = rule.Id,
                Expression = rule.Expression,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
            }).ToList(),
        }).ToArray();
        _engine = new RulesEngine.RulesEngine(workflows, RulesEngineAdapter.Settings);

        // Compile every workflow now, as the library does at load time.
        foreach (var award in _regime.Awards)
        {
            Execute(award.Code, SampleDossiers.EligibleCivilServant, SampleDossiers.Year);
        }
    }

    /// <summary>Executes one award's workflow; returns how many rules held (so that nothing is optimised away).</summary>
    public int Execute(string awardCode, IndividualDossier dossier, AssessmentPeriod period)
    {
        var facts = new RuleFacts(dossier, awardCode, period, period.End);
        var results = _engine.ExecuteAllRulesAsync(awardCode, new RuleParameter(ExpressionChecker.FactsParameterName, facts)).GetAwaiter().GetResult();
        var held = 0;
        foreach (var result in results)
        {
            held += result.IsSuccess ? 1 : 0;
        }

        return held;
    }

    /// <summary>
    /// CSTDCS as the library evaluates it: its own workflow, then the workflow of the LDTT/CSTT prerequisite
    /// unless the award history already holds that title for the period.
    /// </summary>
    public int ExecuteWithPrerequisite(string awardCode, IndividualDossier dossier, AssessmentPeriod period)
    {
        var held = Execute(awardCode, dossier, period);
        var award = _regime.ByCode[awardCode];
        foreach (var rule in award.Rules)
        {
            if (!rule.Definition.IsPrerequisite || dossier.Category is not PersonnelCategory category)
            {
                continue;
            }

            var candidates = rule.Definition.PrerequisiteAwards.Select(code => _regime.ByCode[code]).ToList();
            var required = candidates.FirstOrDefault(c => c.Definition.IsFor(category)) ?? candidates[0];
            if (dossier.AwardHistory?.Any(a => a.Code == required.Code && a.Period == period) != true)
            {
                held += Execute(required.Code, dossier, period);
            }
        }

        return held;
    }

    /// <summary>The same workflows the library runs for every applicable individual award.</summary>
    public int ExecuteAll(IndividualDossier dossier, AssessmentPeriod period)
    {
        var held = 0;
        foreach (var award in _regime.Awards)
        {
            if (award.Definition.Subject == AwardSubject.Individual && (dossier.Category == null || award.Definition.IsFor(dossier.Category.Value)))
            {
                held += ExecuteWithPrerequisite(award.Code, dossier, period);
            }
        }

        return held;
    }
}
