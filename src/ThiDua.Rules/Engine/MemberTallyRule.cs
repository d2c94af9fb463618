using System;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// The NRules rule that aggregates a collective's members: each member's standing, found by the checker from the
    /// member's own dossier, is added to its collective check's tally before any condition of the collective award
    /// reads the tally. An accumulator rather than a <c>Collect</c> (../shared/DESIGN.md: cheaper, and every standing
    /// is inserted before the session fires).
    /// </summary>
    internal static class MemberTallyRule
    {
        /// <summary>The rule's name.</summary>
        public const string Name = "COLLECTIVE.MEMBER_TALLY";

        /// <summary>Above every condition rule (priority 0) so the tally is complete when they read it.</summary>
        public const int Priority = 100;

        public static IRuleDefinition Build(string regimeId)
        {
            var builder = new RuleBuilder();
            builder.Name(Name);
            builder.Description("Adds each member's standing to its collective's tally.");
            builder.Tag("regime:" + regimeId);
            builder.Priority(Priority);
            var member = builder.LeftHandSide().Pattern(typeof(MemberStanding), "member");
            var m = Expression.Parameter(typeof(MemberStanding), member.Declaration.Name);
            var context = Expression.Parameter(typeof(IContext), "context");
            var add = typeof(MemberTallyRule).GetMethod(nameof(Add)) ?? throw new InvalidOperationException("MemberTallyRule.Add is missing.");
            builder.RightHandSide().Action(Expression.Lambda(Expression.Call(add, m), context, m));
            return builder.Build();
        }

        /// <summary>Adds one member's standing to the tally of its collective's check.</summary>
        public static void Add(MemberStanding member)
            => (member.Collective.Tally ?? throw new InvalidOperationException($"A member standing was inserted for {member.Collective}, which has no tally.")).Add(member);
    }
}
