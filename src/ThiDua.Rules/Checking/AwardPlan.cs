using System;
using System.Linq;
using System.Threading;
using NRules;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Hosting;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// An award's rules, each prepared for checking (see <see cref="RulePlan"/>), with what the engine needs to reach
    /// them from a check: the award's routing bucket and, for each condition of the regime, its slot in the check.
    /// </summary>
    internal sealed class AwardPlan
    {
        private Lazy<ISessionFactory>? _sessions;

        public AwardPlan(RegimeRuntime regime, CompiledAward award, int routeBucket, HostConditionSet hostConditions)
        {
            Regime = regime;
            Award = award;
            RouteBucket = routeBucket;
            HostConditions = hostConditions;
            Rules = award.Rules.Select(rule => new RulePlan(regime.Compiled, award, rule)).ToArray();
            SlotByCondition = Enumerable.Repeat(-1, regime.ConditionCount).ToArray();
            for (var slot = 0; slot < Rules.Length; slot++)
            {
                SlotByCondition[regime.ConditionNumber(Rules[slot].Rule.Id)] = slot;
            }
        }

        public RegimeRuntime Regime { get; }

        public CompiledAward Award { get; }

        public string Code => Award.Code;

        /// <summary>The award's routing bucket (see <see cref="Facts.AwardCheck"/>).</summary>
        public int RouteBucket { get; }

        /// <summary>The host conditions declared for this award, and how host rules record their outcomes.</summary>
        public HostConditionSet HostConditions { get; }

        /// <summary>The award's rules in rule-file order (own rules, then included groups); a check has one outcome slot per rule.</summary>
        public RulePlan[] Rules { get; }

        /// <summary>For each condition number of the regime, the slot of this award's rule for it, or -1.</summary>
        public int[] SlotByCondition { get; }

        /// <summary>
        /// The rules of this award and of the awards it may require, compiled on their own, for checks of this award
        /// alone: compiled by the first check that needs them (see <see cref="CompileOnFirstUse"/>).
        /// </summary>
        /// <remarks>
        /// Why not the regime's factory: a new NRules session activates the first join of every distinct first pattern
        /// in its network, so with every award in one network each check would pay for every award (measured with 50
        /// awards: 84 µs and 157 KB per LDTT check instead of 16 µs and 28 KB).
        /// </remarks>
        public ISessionFactory Sessions => (_sessions ?? throw new InvalidOperationException("The award's rules have not been compiled.")).Value;

        /// <summary>Sets how <see cref="Sessions"/> is compiled; it runs once, on the first check of the award alone, whichever thread asks first.</summary>
        public void CompileOnFirstUse(Func<ISessionFactory> compile)
            => _sessions = new Lazy<ISessionFactory>(compile, LazyThreadSafetyMode.ExecutionAndPublication);
    }
}
