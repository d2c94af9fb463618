using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Facts;
using ThiDua.Rules.Hosting;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// Compiles each regime's rules (the law's and the host's) into NRules session factories, once: one for the whole
    /// regime (collectives, lists, and the load-time probe) at start-up; one for its individual awards (CheckAll of a
    /// person) and one per award with the awards it may require (see <see cref="AwardPlan.Sessions"/> for why) on first
    /// use. Runs the checks: one short-lived session per check (or per CheckAll
    /// of one dossier), never several dossiers in one session, since NRules joins are nested loops.
    /// </summary>
    internal sealed class RuleEngine
    {
        private readonly Dictionary<string, RegimeRuntime> _runtimes;

        private RuleEngine(Dictionary<string, RegimeRuntime> runtimes)
        {
            _runtimes = runtimes;
        }

        /// <summary>Compiles every regime, then runs each award once on a dossier with no data (see <see cref="Probe"/>).</summary>
        /// <exception cref="RuleSetValidationException">NRules refused a rule, or a rule throws on the probe.</exception>
        public static RuleEngine Compile(IReadOnlyList<CompiledRegime> regimes, HostConditionRegistry hosts, OpenPointSettings? openPoints = null)
        {
            var settings = openPoints ?? new OpenPointSettings();

            // Regimes share nothing they change, and NRules compilation is most of the start-up: one regime per core.
            // Problems are gathered per regime and listed in regime order, as a sequential compilation would.
            var results = new (RegimeRuntime? Runtime, List<RuleSetProblem> Problems)[regimes.Count];
            Parallel.For(0, regimes.Count, i => results[i] = CompileRegime(regimes[i], hosts, settings));
            var problems = results.SelectMany(r => r.Problems).ToList();
            if (problems.Count > 0)
            {
                throw new RuleSetValidationException(problems);
            }

            return new RuleEngine(results.ToDictionary(r => r.Runtime!.Compiled.Regime.Id, r => r.Runtime!, StringComparer.Ordinal));
        }

        private static (RegimeRuntime? Runtime, List<RuleSetProblem> Problems) CompileRegime(CompiledRegime regime, HostConditionRegistry hosts, OpenPointSettings openPoints)
        {
            var problems = new List<RuleSetProblem>();
            var runtime = new RegimeRuntime(regime, hosts, openPoints);
            var all = Compile(runtime, runtime.Plans, null, hosts, problems);
            if (all == null)
            {
                return (null, problems);
            }

            runtime.Sessions = all;
            Probe(runtime, problems);

            // The regime's factory holds every rule, and the probe has run them all: problems NRules or a rule could
            // raise show now. The smaller factories below hold subsets of the same rule definitions, so they are
            // compiled when first used (most runs use a few of them: about 80 compilations made start-up several
            // times slower). Should one fail all the same, the regime's factory gives the same results, only slower.
            var individual = runtime.IndividualPlans;
            if (individual.Count > 0 && individual.Count < runtime.Plans.Count)
            {
                runtime.CompileOnFirstUse(() => Compile(runtime, individual, null, hosts, new List<RuleSetProblem>()) ?? all);
            }

            foreach (var plan in runtime.Plans)
            {
                var awards = runtime.WithPrerequisites(plan);
                plan.CompileOnFirstUse(() => Compile(runtime, awards, awards.Where(a => a != plan).ToList(), hosts, new List<RuleSetProblem>()) ?? all);
            }

            return (runtime, problems);
        }

        public RegimeRuntime Runtime(string regimeId) => _runtimes[regimeId];

        /// <summary>
        /// The law's rules of <paramref name="awards"/> (without the procedural ones of <paramref name="standardOnly"/>)
        /// and the host rules added to them, as two rule sets of one NRules <see cref="RuleRepository"/>, compiled into
        /// one session factory.
        /// </summary>
        private static ISessionFactory? Compile(RegimeRuntime runtime, IReadOnlyList<AwardPlan> awards, IReadOnlyCollection<AwardPlan>? standardOnly, HostConditionRegistry hosts, List<RuleSetProblem> problems)
        {
            var regimeId = runtime.Compiled.Regime.Id;
            var codes = awards.Select(a => a.Code).ToList();
            var law = new RuleSet("law:" + regimeId);
            law.Add(LawRuleBuilder.Build(runtime, awards, standardOnly));
            if (awards.Any(a => a.Award.Definition.Subject == AwardSubject.Collective))
            {
                law.Add(new[] { MemberTallyRule.Build(regimeId) });
            }

            if (awards.Any(a => a.Award.Definition.Subject == AwardSubject.NominationList))
            {
                law.Add(new[] { ListTallyRule.Build(regimeId) });
            }
            var host = new RuleSet("host:" + regimeId);
            host.Add(hosts.RulesOf(regimeId, codes));
            var repository = new RuleRepository();
            repository.Add(law);
            repository.Add(host);
            try
            {
                return new RuleCompiler().Compile(repository.GetRuleSets());
            }
            catch (RuleCompilationException e)
            {
                problems.Add(new RuleSetProblem(runtime.Compiled.Regime.Id, e.RuleName, "NRules cannot compile the rule: " + (e.InnerException?.Message ?? e.Message)));
                return null;
            }
        }

        /// <summary>Inserts the checks into a new session and fires it; the outcomes are then in the checks.</summary>
        /// <exception cref="RuleEvaluationException">A rule failed: named by its id, never read as "not met".</exception>
        public static void Run(AwardCheck check) => Run(check.Plan.Sessions, new[] { check });

        /// <summary>Runs a collective's check with its members' standings, which the member tally rule aggregates first.</summary>
        /// <inheritdoc cref="Run(AwardCheck)"/>
        public static void Run(AwardCheck check, IReadOnlyList<MemberStanding> members) => Run(check.Plan.Sessions, new[] { check }, members);

        /// <inheritdoc cref="Run(AwardCheck)"/>
        public static void Run(ISessionFactory sessions, IReadOnlyList<AwardCheck> checks, IReadOnlyList<MemberStanding>? members = null)
        {
            var pool = SessionPool.Of(sessions);
            var session = pool.Rent();
            var fired = false;
            try
            {
                Fire(session, () =>
                {
                    // One batch: each node of the network is visited once for all the dossier's checks.
                    session.InsertAll(checks);
                    if (members != null && members.Count > 0)
                    {
                        session.InsertAll(members);
                    }
                });
                fired = true;
            }
            finally
            {
                pool.Return(session, fired);
            }
        }

        /// <summary>
        /// Changes the session's facts and fires it, turning a rule's failure into a <see cref="RuleEvaluationException"/>
        /// that names the rule, never a silent "not met".
        /// </summary>
        /// <exception cref="RuleEvaluationException">A rule failed.</exception>
        public static void Fire(ISession session, Action change)
        {
            try
            {
                change();
                session.Fire();
            }
            catch (RuleRhsExpressionEvaluationException e)
            {
                // A defect the library found inside an action (a doubled outcome) keeps its own wording.
                if (e.InnerException is RuleEvaluationException inner)
                {
                    throw inner;
                }

                throw new RuleEvaluationException(e.RuleName, Describe(e.InnerException ?? e));
            }
            catch (RuleLhsExpressionEvaluationException e)
            {
                // The law's rules only route on the check's own properties, which cannot throw: this is a host rule's condition.
                throw new RuleEvaluationException("(host rule condition)", $"`{e.Expression}`: {Describe(e.InnerException ?? e)}");
            }
        }

        /// <summary>
        /// Runs every award of the regime once on a dossier with no data, every fact treated as present (counts 0,
        /// findings false, no category, so every category's rules apply). A rule whose expression throws there (a
        /// division by a count, say) would fail real checks too: it is refused now, with its file and id, instead of
        /// failing every check later. The run also compiles each rule's delegates before the first real check.
        /// </summary>
        private static void Probe(RegimeRuntime runtime, List<RuleSetProblem> problems)
        {
            var files = runtime.Compiled.Awards.SelectMany(a => a.Rules).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().File, StringComparer.Ordinal);
            var session = runtime.Sessions.CreateSession();
            foreach (var period in ProbePeriods(runtime.Compiled))
            {
                foreach (var plan in runtime.Plans)
                {
                    session.Insert(new AwardCheck(new IndividualDossier(), plan, period, period.End, isProbe: true));
                }
            }

            var failed = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                try
                {
                    session.Fire();
                    return;
                }
                catch (RuleExecutionException e)
                {
                    var rule = (e as RuleRhsExpressionEvaluationException)?.RuleName;
                    if (rule == null || !failed.Add(rule))
                    {
                        problems.Add(new RuleSetProblem(runtime.Compiled.Regime.Id, rule, "the rule fails on a dossier with no data: " + Describe(e.InnerException ?? e)));
                        return;
                    }

                    var file = files.TryGetValue(rule, out var path) ? path : rule;
                    problems.Add(new RuleSetProblem(file, rule, "the expression throws on neutral facts (counts 0, findings false), so it would fail real checks: " + Describe(e.InnerException ?? e)));
                }
            }
        }

        /// <summary>
        /// The periods the probe checks: the calendar year of the regime's last date, and for every rule with a range
        /// of its own, the period ending on the last day of the month its range starts in, so that such a rule fires too.
        /// </summary>
        private static IEnumerable<AssessmentPeriod> ProbePeriods(CompiledRegime regime)
        {
            // The first year of the regime: an open-ended regime has no last one.
            var periods = new List<AssessmentPeriod> { AssessmentPeriod.CalendarYear(regime.Regime.PeriodsEndingFrom.Year) };
            foreach (var from in regime.Awards.SelectMany(a => a.Rules).Select(r => r.PeriodsEndingFrom).OfType<DateTime>().Distinct())
            {
                var period = from.Month == 12 ? AssessmentPeriod.CalendarYear(from.Year) : AssessmentPeriod.SchoolYear(from.Year - 1, from.Month + 1);
                if (!periods.Contains(period))
                {
                    periods.Add(period);
                }
            }

            return periods;
        }

        private static string Describe(Exception e) => e.GetType().Name + ": " + e.Message;
    }
}
