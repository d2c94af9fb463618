using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NRules;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Hosting;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// One regime as the engine runs it: its award plans, a number for each of its conditions (the rules' actions
    /// find a condition's slot in a check by it), and the NRules session factory compiled from its rules.
    /// </summary>
    /// <remarks>The session factory is thread-safe and shared by every check; each check opens its own short-lived session.</remarks>
    internal sealed class RegimeRuntime
    {
        /// <summary>
        /// Awards per routing bucket. NRules does not hash equality tests, so every sibling test on the award code is
        /// evaluated on each insert; testing a bucket first keeps that to a bucket's worth as awards multiply.
        /// </summary>
        public const int AwardsPerBucket = 8;

        private readonly Dictionary<string, int> _conditionNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, AwardPlan> _plans = new Dictionary<string, AwardPlan>(StringComparer.Ordinal);
        private ISessionFactory? _sessions;
        private Lazy<ISessionFactory>? _individualSessions;

        public RegimeRuntime(CompiledRegime compiled, HostConditionRegistry hosts, OpenPointSettings openPoints)
        {
            Compiled = compiled;
            OpenPoints = openPoints;
            foreach (var rule in compiled.Awards.SelectMany(a => a.Rules))
            {
                if (!_conditionNumbers.ContainsKey(rule.Id))
                {
                    _conditionNumbers.Add(rule.Id, _conditionNumbers.Count);
                }
            }

            for (var i = 0; i < compiled.Awards.Count; i++)
            {
                var award = compiled.Awards[i];
                _plans.Add(award.Code, new AwardPlan(this, award, i / AwardsPerBucket, hosts.For(compiled.Regime.Id, award.Code)));
            }

            Plans = compiled.Awards.Select(a => _plans[a.Code]).ToList();
        }

        public CompiledRegime Compiled { get; }

        /// <summary>The host's choices on open points of law (a copy taken when the checker was created).</summary>
        public OpenPointSettings OpenPoints { get; }

        /// <summary>Every award plan, in catalogue order.</summary>
        public IReadOnlyList<AwardPlan> Plans { get; }

        public int ConditionCount => _conditionNumbers.Count;

        /// <summary>Every rule of the regime, compiled; for checks of several awards at once (CheckAll). Set once by <see cref="RuleEngine"/>.</summary>
        public ISessionFactory Sessions
        {
            get => _sessions ?? throw new InvalidOperationException("The regime's rules have not been compiled.");
            set => _sessions = value;
        }

        /// <summary>
        /// The rules of the regime's individual awards only, compiled; for <c>CheckAll</c> of a person's dossier. A new
        /// session pays for every rule its factory holds, so the collective, household, village and list rules, which
        /// never match a person's checks, are left out. Compiled by the first check that needs them when
        /// <see cref="CompileOnFirstUse"/> was called, otherwise the regime's factory.
        /// </summary>
        public ISessionFactory IndividualSessions => _individualSessions?.Value ?? Sessions;

        /// <summary>Sets how <see cref="IndividualSessions"/> is compiled; it runs once, whichever thread asks first.</summary>
        public void CompileOnFirstUse(Func<ISessionFactory> compileIndividualSessions)
            => _individualSessions = new Lazy<ISessionFactory>(compileIndividualSessions, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The plans of the individual awards, in catalogue order.</summary>
        public IReadOnlyList<AwardPlan> IndividualPlans => Plans.Where(p => p.Award.Definition.Subject == AwardSubject.Individual).ToList();

        public int ConditionNumber(string ruleId) => _conditionNumbers[ruleId];

        /// <summary><paramref name="plan"/> and every award it may require as a prerequisite, directly or not, in catalogue order.</summary>
        public IReadOnlyList<AwardPlan> WithPrerequisites(AwardPlan plan)
        {
            var codes = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            pending.Push(plan.Code);
            while (pending.Count > 0)
            {
                var code = pending.Pop();
                if (codes.Add(code))
                {
                    foreach (var required in _plans[code].Award.Definition.Prerequisites)
                    {
                        pending.Push(required);
                    }
                }
            }

            return Plans.Where(p => codes.Contains(p.Code)).ToList();
        }

        /// <summary>The plan of award <paramref name="code"/>.</summary>
        /// <exception cref="UnknownAwardException">The regime has no such award.</exception>
        public AwardPlan PlanFor(string code)
            => code != null && _plans.TryGetValue(code, out var plan)
                ? plan
                : throw new UnknownAwardException(code ?? "(null)", Compiled.Regime.Id, Compiled.Awards.Select(a => a.Code));
    }
}
