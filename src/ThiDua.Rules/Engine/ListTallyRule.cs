using System;
using NRules.RuleModel;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// The NRules rule that aggregates a nomination list: each nomination's result is added to the list's tally when it
    /// is inserted, and taken out when it is retracted (a withdrawn nomination), before the list's rules read the tally.
    /// </summary>
    internal static class ListTallyRule
    {
        public const string Name = "LIST.TALLY";

        public static IRuleDefinition Build(string regimeId)
            => TallyRule.Build(Name, "Keeps the list's tally of its nominations' results.", regimeId, typeof(NomineeOutcome), TallyRule.Method(typeof(ListTallyRule), nameof(Add)), TallyRule.Method(typeof(ListTallyRule), nameof(Remove)));

        public static void Add(NomineeOutcome outcome) => Tally(outcome).Add(outcome);

        public static void Remove(NomineeOutcome outcome) => Tally(outcome).Remove(outcome);

        private static ListTally Tally(NomineeOutcome outcome)
            => outcome.List.ListTally ?? throw new InvalidOperationException($"A nomination was inserted for {outcome.List}, which has no list tally.");
    }
}
