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
    internal sealed class EligibilityChecker : IEligibilityChecker
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
            var check = Prepare(request);
            RuleEngine.Run(check);
            return ResultComposer.Compose(check);
        }

        /// <summary>
        /// <see cref="CheckAll"/> without validating the dossier first, optionally limited to <paramref name="awards"/>.
        /// For the tests and benchmarks of the algorithms over a dossier's lists: the validator refuses lists longer than
        /// the limits and titles repeated for a period, so no valid dossier reaches them with 100 000 history entries,
        /// yet they must stay linear.
        /// </summary>
        internal IReadOnlyList<EligibilityResult> CheckAllUnvalidated(IndividualDossier dossier, AssessmentPeriod period, params string[] awards)
            => RunAll(dossier, period, null, awards);

        /// <summary>Validates the request and builds its check, ready to insert into a session.</summary>
        internal AwardCheck Prepare(EligibilityRequest request)
        {
            DossierValidator.ThrowIfInvalid(request.Dossier, _catalog, _limits);
            var runtime = _engine.Runtime(Resolve(request.Period, request.RegimeId).Regime.Id);
            return new AwardCheck(request.Dossier, runtime.PlanFor(request.Award), request.Period, request.ConsideredOn ?? request.Period.End);
        }

        public IReadOnlyList<EligibilityResult> CheckAll(IndividualDossier dossier, AssessmentPeriod period, string? regimeId = null)
        {
            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            DossierValidator.ThrowIfInvalid(dossier, _catalog, _limits);
            return RunAll(dossier, period, regimeId, Array.Empty<string>());
        }

        /// <summary>The regime named by the request, else the pinned one, else the one covering the period; logged at Debug.</summary>
        private CompiledRegime Resolve(AssessmentPeriod period, string? requestedRegimeId)
        {
            var regime = _catalog.Resolve(period, requestedRegimeId ?? _pinnedRegimeId);
            ThiDuaLog.RegimeChosen(_logger, regime.Regime.Id, period, requestedRegimeId, _pinnedRegimeId);
            return regime;
        }

        /// <summary>
        /// Checks every individual award of the period's regime open to the dossier's category (or only
        /// <paramref name="awards"/>, when any are named) in one session.
        /// </summary>
        private IReadOnlyList<EligibilityResult> RunAll(IndividualDossier dossier, AssessmentPeriod period, string? requestedRegimeId, IReadOnlyCollection<string> awards)
        {
            var runtime = _engine.Runtime(Resolve(period, requestedRegimeId).Regime.Id);
            var checks = new List<AwardCheck>(runtime.Plans.Count);
            foreach (var plan in runtime.Plans)
            {
                var award = plan.Award.Definition;
                var wanted = awards.Count > 0
                    ? awards.Contains(plan.Code)
                    : award.Subject == AwardSubject.Individual && (dossier.Category == null || award.IsFor(dossier.Category.Value));
                if (wanted)
                {
                    checks.Add(new AwardCheck(dossier, plan, period, period.End));
                }
            }

            // One session for the dossier's awards: one session costs less than several, and a prerequisite can read the
            // standard of an award that is checked anyway instead of checking it again.
            foreach (var check in checks)
            {
                check.Siblings = checks;
            }

            RuleEngine.Run(runtime.Sessions, checks);
            var results = new List<EligibilityResult>(checks.Count);
            foreach (var check in checks)
            {
                results.Add(ResultComposer.Compose(check));
            }

            return results;
        }
    }
}
