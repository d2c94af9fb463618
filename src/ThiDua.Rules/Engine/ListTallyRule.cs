using System;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// The NRules rule that aggregates a nomination list: each nomination's result is added to the list's tally when it
    /// is inserted, and taken out when it is retracted (a withdrawn nomination), before the list's rules read the
    /// tally. Its priority puts it above every condition rule.
    /// </summary>
    internal static class ListTallyRule
    {
        public const string Name = "LIST.TALLY";

        public static IRuleDefinition Build(string regimeId)
        {
            var builder = new RuleBuilder();
            builder.Name(Name);
            builder.Description("Keeps the list's tally of its nominations' results.");
            builder.Tag("regime:" + regimeId);
            builder.Priority(MemberTallyRule.Priority);
            var outcome = builder.LeftHandSide().Pattern(typeof(NomineeOutcome), "outcome");
            var o = Expression.Parameter(typeof(NomineeOutcome), outcome.Declaration.Name);
            var context = Expression.Parameter(typeof(IContext), "context");
            var actions = builder.RightHandSide();
            actions.Action(Expression.Lambda(Expression.Call(Method(nameof(Add)), o), context, o), ActionTrigger.Activated);
            actions.Action(Expression.Lambda(Expression.Call(Method(nameof(Remove)), o), context, o), ActionTrigger.Deactivated);
            return builder.Build();
        }

        public static void Add(NomineeOutcome outcome) => Tally(outcome).Add(outcome);

        public static void Remove(NomineeOutcome outcome) => Tally(outcome).Remove(outcome);

        private static ListTally Tally(NomineeOutcome outcome)
            => outcome.List.ListTally ?? throw new InvalidOperationException($"A nomination was inserted for {outcome.List}, which has no list tally.");

        private static System.Reflection.MethodInfo Method(string name)
            => typeof(ListTallyRule).GetMethod(name) ?? throw new InvalidOperationException($"ListTallyRule.{name} is missing.");
    }
}
