using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// One kind of fact a rule expression may read, by what it describes: the expression names it as a parameter
    /// (<c>person</c>, <c>record</c>, <c>history</c>, <c>initiatives</c>, <c>discipline</c>, <c>collective</c>, <c>list</c>, <c>community</c>, <c>forms</c>, <c>honorary</c>) and the engine reads it
    /// from the <see cref="AwardCheck"/> property of the same name.
    /// </summary>
    internal sealed class FactGroup
    {
        public static readonly FactGroup Person = new FactGroup("person", typeof(PersonFacts), nameof(AwardCheck.Person));
        public static readonly FactGroup Record = new FactGroup("record", typeof(PeriodRecordFacts), nameof(AwardCheck.Record));
        public static readonly FactGroup History = new FactGroup("history", typeof(AwardHistoryFacts), nameof(AwardCheck.History));
        public static readonly FactGroup Initiatives = new FactGroup("initiatives", typeof(InitiativeFacts), nameof(AwardCheck.Initiatives));
        public static readonly FactGroup Discipline = new FactGroup("discipline", typeof(DisciplineFacts), nameof(AwardCheck.Discipline));
        public static readonly FactGroup Collective = new FactGroup("collective", typeof(CollectiveFacts), nameof(AwardCheck.Collective));
        public static readonly FactGroup List = new FactGroup("list", typeof(ListFacts), nameof(AwardCheck.List));
        public static readonly FactGroup Community = new FactGroup("community", typeof(CommunityFacts), nameof(AwardCheck.Community));

        public static readonly FactGroup Forms = new FactGroup("forms", typeof(FormFacts), nameof(AwardCheck.Forms));

        public static readonly FactGroup Honorary = new FactGroup("honorary", typeof(HonoraryFacts), nameof(AwardCheck.Honorary));

        public static readonly IReadOnlyList<FactGroup> All = new[] { Person, Record, History, Initiatives, Discipline, Collective, List, Community, Forms, Honorary };

        private FactGroup(string parameterName, Type type, string checkProperty)
        {
            ParameterName = parameterName;
            Type = type;
            CheckProperty = typeof(AwardCheck).GetProperty(checkProperty)
                ?? throw new InvalidOperationException($"AwardCheck has no property {checkProperty}.");
        }

        /// <summary>The parameter name rule expressions use for this group.</summary>
        public string ParameterName { get; }

        /// <summary>The public fact type.</summary>
        public Type Type { get; }

        /// <summary>The <see cref="AwardCheck"/> property that holds it.</summary>
        public PropertyInfo CheckProperty { get; }

        public static FactGroup? ForType(Type type) => All.FirstOrDefault(g => g.Type == type);
    }
}
