using System;
using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// Builds the aggregation rules (a collective's members, a nomination list's nominations): one pattern on the
    /// per-member or per-nomination fact, an action that adds it to its check's tally and, where facts can be retracted,
    /// one that takes it out. Their priority puts them above every condition rule, so a tally is complete before any
    /// condition reads it (an accumulator, not a <c>Collect</c>: ../shared/DESIGN.md).
    /// </summary>
    internal static class TallyRule
    {
        /// <summary>Above every condition rule (priority 0).</summary>
        public const int Priority = 100;

        public static IRuleDefinition Build(string name, string description, string regimeId, Type factType, MethodInfo add, MethodInfo? remove)
        {
            var builder = new RuleBuilder();
            builder.Name(name);
            builder.Description(description);
            builder.Tag("regime:" + regimeId);
            builder.Priority(Priority);
            var pattern = builder.LeftHandSide().Pattern(factType, "fact");
            var fact = Expression.Parameter(factType, pattern.Declaration.Name);
            var context = Expression.Parameter(typeof(IContext), "context");
            var actions = builder.RightHandSide();
            actions.Action(Expression.Lambda(Expression.Call(add, fact), context, fact), ActionTrigger.Activated);
            if (remove != null)
            {
                actions.Action(Expression.Lambda(Expression.Call(remove, fact), context, fact), ActionTrigger.Deactivated);
            }

            return builder.Build();
        }

        public static MethodInfo Method(Type type, string name)
            => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"{type.Name}.{name} is missing.");
    }
}
