using System;
using NRules.RuleModel;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// The NRules rule that aggregates a collective's members: each member's standing, found by the checker from the
    /// member's own dossier, is added to its collective check's tally before any condition of the collective award
    /// reads the tally.
    /// </summary>
    internal static class MemberTallyRule
    {
        public const string Name = "COLLECTIVE.MEMBER_TALLY";

        public static IRuleDefinition Build(string regimeId)
            => TallyRule.Build(Name, "Adds each member's standing to its collective's tally.", regimeId, typeof(MemberStanding), TallyRule.Method(typeof(MemberTallyRule), nameof(Add)), null);

        /// <summary>Adds one member's standing to the tally of its collective's check.</summary>
        public static void Add(MemberStanding member)
            => (member.Collective.Tally ?? throw new InvalidOperationException($"A member standing was inserted for {member.Collective}, which has no tally.")).Add(member);
    }
}
