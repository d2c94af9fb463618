using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>An award's rules, each prepared for checking (see <see cref="RulePlan"/>).</summary>
    internal sealed class AwardPlan
    {
        public AwardPlan(CompiledRegime regime, CompiledAward award)
        {
            Award = award;
            Rules = award.Rules.Select(rule => new RulePlan(regime, award, rule)).ToArray();
        }

        public CompiledAward Award { get; }

        public RulePlan[] Rules { get; }
    }
}
