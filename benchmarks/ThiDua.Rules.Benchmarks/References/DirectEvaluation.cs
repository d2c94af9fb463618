using ThiDua.Rules.Checking;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Benchmarks.References;

/// <summary>What direct evaluation says: the verdict and the outcomes of the conditions that apply, in the library's order.</summary>
public readonly struct DirectResult
{
    public DirectResult(Verdict verdict, ConditionOutcome[] outcomes, int count)
    {
        Verdict = verdict;
        Outcomes = outcomes;
        Count = count;
    }

    public Verdict Verdict { get; }

    /// <summary>The outcomes; only the first <see cref="Count"/> are set (conditions that do not apply leave no outcome).</summary>
    public ConditionOutcome[] Outcomes { get; }

    public int Count { get; }
}

/// <summary>
/// Reference (1), the same rules without any engine: every rule's <see cref="CompiledRule.Test"/> (the expression
/// from the rule data, loaded with <see cref="RuleSetLoader"/>) compiled once to a delegate and called directly on
/// the library's <see cref="AwardCheck"/>, with the library's Unknown handling (<see cref="RulePlan.Missing"/>, an
/// unknown category turning a failed category-specific criterion into Unknown) and prerequisites evaluated the
/// same way. Validation and the check are the library's (<c>Prepare</c>); no NRules session, no messages, values,
/// citations or result objects. What the library spends on top of this is the engine plus result composition.
/// </summary>
internal sealed class DirectEvaluation
{
    private readonly EligibilityChecker _checker;
    private readonly IReadOnlyList<AwardPlan> _plans;
    private readonly Dictionary<AwardPlan, Func<AwardCheck, bool>?[]> _tests = new Dictionary<AwardPlan, Func<AwardCheck, bool>?[]>();

    public DirectEvaluation(IEligibilityChecker checker)
    {
        _checker = (EligibilityChecker)checker;
        // The regime the sample's period selects: the embedded data holds several regimes since the 2014-2017 and 2022 ones.
        var sample = _checker.Prepare(new EligibilityRequest(AwardCodes.AdvancedWorker, SampleDossiers.EligibleCivilServant, SampleDossiers.Year));
        var regime = new RuleSetLoader().Load(RuleSetSource.Embedded).Single(r => r.Regime.Id == sample.Plan.Regime.Compiled.Regime.Id);
        var compiled = regime.Awards.SelectMany(a => a.Rules)
            .Where(r => r.Test != null)
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Test!.Compile(), StringComparer.Ordinal);

        // The library's plans for the regime (Missing, AppliesTo, prerequisites); each slot gets its compiled test.
        _plans = sample.Plan.Regime.Plans;
        foreach (var plan in _plans)
        {
            _tests.Add(plan, plan.Rules.Select(r => r.Rule.Test == null ? null : compiled[r.Rule.Id]).ToArray());
        }
    }

    private static readonly ThiDuaLimits Limits = new();

    /// <summary>One award, as <c>Check</c>: the library's validation and check, then every rule called directly.</summary>
    public DirectResult Check(EligibilityRequest request) => Evaluate(_checker.Prepare(request));

    /// <summary>Every applicable individual award, as <c>CheckAll</c> selects them.</summary>
    public DirectResult[] CheckAll(IndividualDossier dossier, AssessmentPeriod period)
    {
        DossierValidator.ThrowIfInvalid(dossier, _checker.Catalog, Limits);
        var results = new List<DirectResult>(_plans.Count);
        foreach (var plan in _plans)
        {
            var award = plan.Award.Definition;
            if (award.Subject == AwardSubject.Individual && (dossier.Category == null || award.IsFor(dossier.Category.Value)))
            {
                results.Add(Evaluate(new AwardCheck(dossier, plan, period, period.End)));
            }
        }

        return results.ToArray();
    }

    public DirectResult Evaluate(AwardCheck check)
    {
        var plan = check.Plan;
        var tests = _tests[plan];
        var outcomes = new ConditionOutcome[plan.Rules.Length];
        var count = 0;

        // Common conditions AND (OR over the award's alternative routes), three-valued: Met, Unknown, NotMet ranked
        // from best to worst, so AND is the worse and OR the better of two outcomes.
        var common = ConditionOutcome.Met;
        Dictionary<string, ConditionOutcome>? routes = null;
        for (var slot = 0; slot < plan.Rules.Length; slot++)
        {
            var rule = plan.Rules[slot];
            if (!rule.AppliesTo(check))
            {
                continue;
            }

            ConditionOutcome outcome;
            if (tests[slot] is { } test)
            {
                var missing = rule.Missing(check);
                outcome = missing != 0 && !(rule.MayTestLowerBounds(check, missing) && test(check)) ? ConditionOutcome.Unknown
                    : test(check) ? ConditionOutcome.Met
                    : check.Dossier.Category == null && rule.Rule.Definition.AppliesTo.Count > 0 ? ConditionOutcome.Unknown
                    : ConditionOutcome.NotMet;
            }
            else
            {
                outcome = Prerequisite(check, rule);
            }

            outcomes[count++] = outcome;
            if (rule.Rule.Definition.Route is { } route)
            {
                routes ??= new Dictionary<string, ConditionOutcome>(StringComparer.Ordinal);
                routes[route] = routes.TryGetValue(route, out var sofar) ? Worse(sofar, outcome) : outcome;
            }
            else
            {
                common = Worse(common, outcome);
            }
        }

        // A route none of whose conditions applies is left out of the OR; with no route left, the OR is NotMet.
        var total = plan.Award.Definition.Routes is not { Count: > 0 } ? common
            : Worse(common, (routes?.Values ?? Enumerable.Empty<ConditionOutcome>()).Aggregate(ConditionOutcome.NotMet, Better));
        var verdict = total switch
        {
            ConditionOutcome.Met => Verdict.Eligible,
            ConditionOutcome.NotMet => Verdict.NotEligible,
            _ => Verdict.NeedsInformation,
        };
        return new DirectResult(verdict, outcomes, count);
    }

    private static int Rank(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => 0,
        ConditionOutcome.Unknown => 1,
        _ => 2,
    };

    private static ConditionOutcome Worse(ConditionOutcome a, ConditionOutcome b) => Rank(a) >= Rank(b) ? a : b;

    private static ConditionOutcome Better(ConditionOutcome a, ConditionOutcome b) => Rank(a) <= Rank(b) ? a : b;

    private ConditionOutcome Prerequisite(AwardCheck check, RulePlan rule)
    {
        if (check.Dossier.Category is not PersonnelCategory category)
        {
            return ConditionOutcome.Unknown;
        }

        var candidates = rule.Rule.Definition.PrerequisiteAwards;
        var required = check.Plan.Regime.PlanFor(candidates[0]);
        foreach (var code in candidates)
        {
            var candidate = check.Plan.Regime.PlanFor(code);
            if (candidate.Award.Definition.IsFor(category))
            {
                required = candidate;
                break;
            }
        }

        var history = check.Dossier.AwardHistory;
        for (var i = 0; i < (history?.Count ?? 0); i++)
        {
            if (history![i].Code == required.Code && history[i].Period == check.Period)
            {
                return ConditionOutcome.Met;
            }
        }

        var standard = Evaluate(new AwardCheck(check.Dossier, required, check.Period, check.ConsideredOn, check));
        return standard.Verdict switch
        {
            Verdict.Eligible => ConditionOutcome.Met,
            Verdict.NotEligible => history == null ? ConditionOutcome.Unknown : ConditionOutcome.NotMet,
            _ => ConditionOutcome.Unknown,
        };
    }
}
