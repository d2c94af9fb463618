using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;

namespace ThiDua.Rules.Json
{
    /// <summary>
    /// Marks the dossier members that have no "unknown" state as required in JSON. Without this, an omitted enum
    /// or date would silently read as its default value (an initiative with no scope would become unit-level, a
    /// leave with no kind would become maternity leave) instead of being refused. The model stays free of
    /// serializer attributes; the rule lives here, next to the format.
    /// </summary>
    internal static class RequiredMembers
    {
        private static readonly Dictionary<Type, string[]> ByType = new Dictionary<Type, string[]>
        {
            [typeof(PeriodRecord)] = new[] { nameof(PeriodRecord.Period) },
            [typeof(LeaveRecord)] = new[] { nameof(LeaveRecord.Kind) },
            [typeof(CouncilBallot)] = new[] { nameof(CouncilBallot.Award), nameof(CouncilBallot.CouncilMembers), nameof(CouncilBallot.VotesInFavour) },
            [typeof(AwardRecord)] = new[] { nameof(AwardRecord.Code), nameof(AwardRecord.Period) },
            [typeof(DisciplineRecord)] = new[] { nameof(DisciplineRecord.Form), nameof(DisciplineRecord.DecisionDate) },
            [typeof(ProceedingRecord)] = new[] { nameof(ProceedingRecord.Kind), nameof(ProceedingRecord.OpenedOn) },
            [typeof(CriminalSentenceRecord)] = new[] { nameof(CriminalSentenceRecord.Kind), nameof(CriminalSentenceRecord.JudgmentDate) },
            [typeof(EmploymentBreak)] = new[] { nameof(EmploymentBreak.From), nameof(EmploymentBreak.To) },
            [typeof(CollectivePeriodRecord)] = new[] { nameof(CollectivePeriodRecord.Period) },
            [typeof(MemberCounts)] = new[] { nameof(MemberCounts.Total) },
            [typeof(CommunityPeriodRecord)] = new[] { nameof(CommunityPeriodRecord.Period) },
            [typeof(NominationList)] = new[] { nameof(NominationList.Period) },
            [typeof(Nomination)] = new[] { nameof(Nomination.PersonId), nameof(Nomination.Award) },
            [typeof(CollectiveNomination)] = new[] { nameof(CollectiveNomination.Award), nameof(CollectiveNomination.Collective) },
            [typeof(InitiativeRecord)] = new[] { nameof(InitiativeRecord.Kind), nameof(InitiativeRecord.Scope), nameof(InitiativeRecord.Period) },
            [typeof(PositionRecord)] = new[] { nameof(PositionRecord.Level), nameof(PositionRecord.From) },
        };

        /// <summary>The C# names of the members of <paramref name="type"/> that must be written in JSON.</summary>
        /// <param name="type">A model type.</param>
        /// <returns>The member names; empty when none is required.</returns>
        public static string[] For(Type type) => ByType.TryGetValue(type, out var required) ? required : Array.Empty<string>();

        public static void Apply(JsonTypeInfo typeInfo)
        {
            if (!ByType.TryGetValue(typeInfo.Type, out var required))
            {
                return;
            }

            foreach (var property in typeInfo.Properties)
            {
                if (property.AttributeProvider is System.Reflection.MemberInfo member && Array.IndexOf(required, member.Name) >= 0)
                {
                    property.IsRequired = true;
                }
            }
        }
    }
}
