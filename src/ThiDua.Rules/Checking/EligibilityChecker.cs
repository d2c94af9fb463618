using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Facts;
using ThiDua.Rules.Logging;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Checks dossiers: validates the input, chooses the regime, lets the regime's NRules rules decide every condition
    /// in one short-lived session, and composes the verdict from the outcomes they recorded. Immutable after
    /// construction apart from the rule plans' caches of messages and condition results, which are thread-safe, so
    /// one instance serves every thread; it never reads the clock.
    /// </summary>
    internal sealed partial class EligibilityChecker : IEligibilityChecker
    {
        private readonly AwardCatalog _catalog;
        private readonly RuleEngine _engine;
        private readonly string? _pinnedRegimeId;
        private readonly ThiDuaLimits _limits;
        private readonly ILogger _logger;

        public EligibilityChecker(AwardCatalog catalog, RuleEngine engine, string? pinnedRegimeId, ThiDuaLimits limits, ILogger logger)
        {
            _logger = logger;
            _catalog = catalog;
            _engine = engine;
            _pinnedRegimeId = pinnedRegimeId;
            _limits = limits;
        }

        public IAwardCatalog Catalog => _catalog;

        public EligibilityResult Check(EligibilityRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            DossierValidator.ThrowIfInvalidRequest(request, nameof(request));
            return Run(Prepare(request));
        }

        /// <summary>
        /// <see cref="CheckAll(IndividualDossier, AssessmentPeriod, string?)"/> without validating the dossier first,
        /// optionally limited to <paramref name="awards"/>. For the tests and benchmarks of the algorithms over a dossier's
        /// lists: the validator refuses lists longer than the limits and titles repeated for a period, so no valid dossier
        /// reaches them with 100 000 history entries, yet they must stay linear.
        /// </summary>
        internal IReadOnlyList<EligibilityResult> CheckAllUnvalidated(IndividualDossier dossier, AssessmentPeriod period, params string[] awards)
            => RunAll(dossier, period, Select(period, null, null), awards);

        /// <summary>The checker's entry point for an award of a subject, named in a subject-mismatch message.</summary>
        private static string CheckFor(AwardSubject subject) => subject switch
        {
            AwardSubject.Individual => "Check (CLI: check)",
            AwardSubject.Collective => "CheckCollective (CLI: check-collective)",
            AwardSubject.Household or AwardSubject.Village => "CheckCommunity (CLI: check-community)",
            AwardSubject.NominationList => "ValidateList (CLI: validate-list)",
            _ => "the check for a " + ValueFormatter.CamelCase(subject.ToString()),
        };

        /// <summary>Refuses an award that is not for a person, naming the check that takes it.</summary>
        private static void ThrowIfNotForAPerson(AwardDefinition award)
        {
            if (award.Subject != AwardSubject.Individual)
            {
                throw new AwardSubjectMismatchException(award.Code, award.Subject, $"{award.Code} is an award for a {ValueFormatter.CamelCase(award.Subject.ToString())}, not a person: check it with {CheckFor(award.Subject)}.");
            }
        }

        /// <summary>Validates the request and builds its check, ready to insert into a session.</summary>
        internal AwardCheck Prepare(EligibilityRequest request)
        {
            DossierValidator.ThrowIfInvalid(request.Dossier, _catalog, _limits);
            // The period's regime first: for a period no regime covers, that is the problem to report, not the dates in the dossier.
            var selected = Select(request.Period, request.ConsideredOn, request.RegimeId);
            DossierValidator.ThrowIfInvalidForPeriod(request.Dossier, request.Period);
            var check = Prepared(request, selected);
            ThrowIfNotForAPerson(check.Plan.Award.Definition);
            return check;
        }

        public IReadOnlyList<EligibilityResult> CheckAll(IndividualDossier dossier, AssessmentPeriod period, string? regimeId)
            => CheckAll(dossier, period, regimeId, null);

        public IReadOnlyList<EligibilityResult> CheckAll(IndividualDossier dossier, AssessmentPeriod period, string? regimeId = null, DateTime? consideredOn = null)
        {
            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            DossierValidator.ThrowIfConsideredBeforePeriod(consideredOn, period, "consideredOn", nameof(consideredOn));
            DossierValidator.ThrowIfInvalid(dossier, _catalog, _limits);
            var selected = Select(period, consideredOn, regimeId);
            DossierValidator.ThrowIfInvalidForPeriod(dossier, period);
            return RunAll(dossier, period, selected, Array.Empty<string>(), consideredOn);
        }

        public IReadOnlyList<EligibilityResult> CheckAwards(IndividualDossier dossier, AssessmentPeriod period, IReadOnlyCollection<string> awards, string? regimeId = null, DateTime? consideredOn = null)
        {
            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            if (awards == null)
            {
                throw new ArgumentNullException(nameof(awards));
            }

            if (awards.Count == 0)
            {
                throw new ArgumentException("Name at least one award to check; CheckAll checks every award that applies.", nameof(awards));
            }

            DossierValidator.ThrowIfConsideredBeforePeriod(consideredOn, period, "consideredOn", nameof(consideredOn));
            DossierValidator.ThrowIfInvalid(dossier, _catalog, _limits);
            var selected = Select(period, consideredOn, regimeId);
            var runtime = _engine.Runtime(selected.Regime.Regime.Id);
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var code in awards)
            {
                // PlanFor refuses a code the regime does not define, with the codes it does.
                ThrowIfNotForAPerson(runtime.PlanFor(code).Award.Definition);
                named.Add(code);
            }

            DossierValidator.ThrowIfInvalidForPeriod(dossier, period);
            return RunAll(dossier, period, selected, named, consideredOn);
        }

        public RegimeComparison Compare(EligibilityRequest request, string firstRegimeId, string secondRegimeId)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            DossierValidator.ThrowIfInvalidRequest(request, nameof(request));
            DossierValidator.ThrowIfInvalid(request.Dossier, _catalog, _limits);
            DossierValidator.ThrowIfInvalidForPeriod(request.Dossier, request.Period);
            var first = Run(Prepared(request, Logged(request.Period, _catalog.Named(firstRegimeId ?? throw new ArgumentNullException(nameof(firstRegimeId)), request.Period, request.ConsideredOn))));
            var second = Run(Prepared(request, Logged(request.Period, _catalog.Named(secondRegimeId ?? throw new ArgumentNullException(nameof(secondRegimeId)), request.Period, request.ConsideredOn))));
            return RegimeComparer.Compare(_catalog, first, second);
        }

        /// <summary>
        /// The regime for a period and consideration date: named by the request, else pinned by the host, else chosen by
        /// date. The choice and its reason are logged at Debug.
        /// </summary>
        private (CompiledRegime Regime, RegimeSelection Selection) Select(AssessmentPeriod period, DateTime? consideredOn, string? requestedRegimeId)
            => Logged(period, requestedRegimeId != null ? _catalog.Select(period, consideredOn, requestedRegimeId, RegimeSelectionBasis.Named)
             : _pinnedRegimeId != null ? _catalog.Select(period, consideredOn, _pinnedRegimeId, RegimeSelectionBasis.Pinned)
             : _catalog.Select(period, consideredOn, null, RegimeSelectionBasis.Named));

        private (CompiledRegime Regime, RegimeSelection Selection) Logged(AssessmentPeriod period, (CompiledRegime Regime, RegimeSelection Selection) selected)
        {
            ThiDuaLog.RegimeChosen(_logger, period, selected.Selection);
            return selected;
        }

        private AwardCheck Prepared(EligibilityRequest request, (CompiledRegime Regime, RegimeSelection Selection) selected)
        {
            var runtime = _engine.Runtime(selected.Regime.Regime.Id);
            return new AwardCheck(request.Dossier, runtime.PlanFor(request.Award), request.Period, request.ConsideredOn ?? request.Period.End) { Selection = selected.Selection };
        }

        private static EligibilityResult Run(AwardCheck check)
        {
            RuleEngine.Run(check);
            return ResultComposer.Compose(check);
        }

        /// <summary>
        /// Checks every individual award of the period's regime open to the dossier's category (or only
        /// <paramref name="awards"/>, when any are named) in one session.
        /// </summary>
        private IReadOnlyList<EligibilityResult> RunAll(IndividualDossier dossier, AssessmentPeriod period, (CompiledRegime Regime, RegimeSelection Selection) selected, IReadOnlyCollection<string> awards, DateTime? consideredOn = null)
        {
            var runtime = _engine.Runtime(selected.Regime.Regime.Id);
            var checks = new List<AwardCheck>(runtime.Plans.Count);
            foreach (var plan in runtime.Plans)
            {
                var award = plan.Award.Definition;
                var wanted = awards.Count > 0
                    ? awards.Contains(plan.Code)
                    : award.Subject == AwardSubject.Individual && (dossier.Category == null || award.IsFor(dossier.Category.Value));
                if (wanted)
                {
                    checks.Add(new AwardCheck(dossier, plan, period, consideredOn ?? period.End) { Selection = selected.Selection });
                }
            }

            // One session for the dossier's awards: one session costs less than several, and a prerequisite can read the
            // standard of an award that is checked anyway instead of checking it again.
            foreach (var check in checks)
            {
                check.Siblings = checks;
            }

            // The smallest factory that holds every rule the checks need: a session costs more for every rule its factory
            // holds. One award alone (a batch screening for one title) takes the award's own factory, as Check does; a
            // set of individual awards takes the individual awards' rules, without the collective and list rules,
            // which would never match.
            var sessions = checks.Count == 1 && checks[0].Plan.Award.Definition.Subject == AwardSubject.Individual ? checks[0].Plan.Sessions
                : checks.TrueForAll(c => c.Plan.Award.Definition.Subject == AwardSubject.Individual) ? runtime.IndividualSessions
                : runtime.Sessions;
            RuleEngine.Run(sessions, checks);
            var results = new List<EligibilityResult>(checks.Count);
            foreach (var check in checks)
            {
                results.Add(ResultComposer.Compose(check));
            }

            return results;
        }
    }
}
