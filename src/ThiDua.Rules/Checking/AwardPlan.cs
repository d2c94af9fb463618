using System.Linq;
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
    }
}
