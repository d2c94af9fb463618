using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace ThiDua.Rules.Json
{
    /// <summary>What a JSON value of the dossier format may be.</summary>
    internal enum JsonValueShape
    {
        Text,
        WholeNumber,
        Boolean,
        Date,
        Period,
        Enum,
        Object,
        List,
    }

    /// <summary>One member of an object of the dossier format: its JSON name and what its value may be.</summary>
    internal sealed class DossierField
    {
        public DossierField(string name, JsonValueShape shape, bool nullable, string[]? enumNames, DossierShape? item, Func<ThiDuaLimits, int>? maxItems, string? limitName)
        {
            Name = name;
            Shape = shape;
            Nullable = nullable;
            EnumNames = enumNames;
            Item = item;
            MaxItems = maxItems;
            LimitName = limitName;
        }

        public string Name { get; }

        public JsonValueShape Shape { get; }

        /// <summary>Whether <c>null</c> is accepted (it then means unknown, or none for events).</summary>
        public bool Nullable { get; }

        /// <summary>For an enum, its camel-case names in the order of their values.</summary>
        public string[]? EnumNames { get; }

        /// <summary>For an object, its shape; for a list, the shape of its entries.</summary>
        public DossierShape? Item { get; }

        /// <summary>For a list, the limit on its number of entries.</summary>
        public Func<ThiDuaLimits, int>? MaxItems { get; }

        /// <summary>For a list, the name of that limit.</summary>
        public string? LimitName { get; }

        /// <summary>What is expected here, in the words of the format.</summary>
        public string Expected => Shape switch
        {
            JsonValueShape.Text => "expected text (a JSON string)",
            JsonValueShape.WholeNumber => "expected a whole number",
            JsonValueShape.Boolean => "expected true or false",
            JsonValueShape.Date => "expected a date written as a string \"yyyy-MM-dd\"",
            JsonValueShape.Period => "expected a period written as a string such as \"2021\" or \"2021-2022\"",
            JsonValueShape.Enum => "expected one of: " + string.Join(", ", EnumNames!),
            JsonValueShape.Object => $"expected {Item!.Noun} as an object {{ … }}",
            _ => $"expected a list [ … ] of {Item!.Plural} (write [] for none)",
        };
    }

    /// <summary>
    /// The shape of an object of the dossier format, derived from the model types as the serializer sees them
    /// (camel-case names, the members <see cref="RequiredMembers"/> marks required), so that a reader pass can check
    /// a document completely before it is deserialized.
    /// </summary>
    internal sealed class DossierShape
    {
        private static readonly Dictionary<string, (Func<ThiDuaLimits, int> Max, string Name)> ListLimits = new Dictionary<string, (Func<ThiDuaLimits, int>, string)>(StringComparer.Ordinal)
        {
            ["periods"] = (l => l.MaxPeriods, nameof(ThiDuaLimits.MaxPeriods)),
            ["awardHistory"] = (l => l.MaxAwardHistoryEntries, nameof(ThiDuaLimits.MaxAwardHistoryEntries)),
            ["initiatives"] = (l => l.MaxInitiatives, nameof(ThiDuaLimits.MaxInitiatives)),
            ["disciplines"] = (l => l.MaxDisciplines, nameof(ThiDuaLimits.MaxDisciplines)),
            ["proceedings"] = (l => l.MaxProceedings, nameof(ThiDuaLimits.MaxProceedings)),
            ["criminalSentences"] = (l => l.MaxCriminalSentences, nameof(ThiDuaLimits.MaxCriminalSentences)),
            ["employmentBreaks"] = (l => l.MaxEmploymentBreaks, nameof(ThiDuaLimits.MaxEmploymentBreaks)),
            ["positions"] = (l => l.MaxPositions, nameof(ThiDuaLimits.MaxPositions)),
            ["leaves"] = (l => l.MaxLeavesPerPeriod, nameof(ThiDuaLimits.MaxLeavesPerPeriod)),
            ["ballots"] = (l => l.MaxBallotsPerPeriod, nameof(ThiDuaLimits.MaxBallotsPerPeriod)),
            ["members"] = (l => l.MaxMembers, nameof(ThiDuaLimits.MaxMembers)),
            ["nominations"] = (l => l.MaxNominations, nameof(ThiDuaLimits.MaxNominations)),
            ["collectives"] = (l => l.MaxNominations, nameof(ThiDuaLimits.MaxNominations)),
        };

        private static readonly Dictionary<Type, (string Noun, string Plural)> Nouns = new Dictionary<Type, (string, string)>
        {
            [typeof(IndividualDossier)] = ("a dossier", "dossiers"),
            [typeof(PeriodRecord)] = ("a period record", "period records"),
            [typeof(CouncilAttestations)] = ("the council's findings", "council findings"),
            [typeof(LeaveRecord)] = ("a leave record", "leave records"),
            [typeof(TransferRecord)] = ("a transfer record", "transfer records"),
            [typeof(CouncilBallot)] = ("a ballot", "ballots"),
            [typeof(AwardRecord)] = ("an award record", "award records"),
            [typeof(DisciplineRecord)] = ("a discipline record", "discipline records"),
            [typeof(ProceedingRecord)] = ("a proceeding record", "proceeding records"),
            [typeof(CriminalSentenceRecord)] = ("a criminal sentence record", "criminal sentence records"),
            [typeof(EmploymentBreak)] = ("an employment break", "employment breaks"),
            [typeof(InitiativeRecord)] = ("an initiative record", "initiative records"),
            [typeof(PositionRecord)] = ("a position record", "position records"),
            [typeof(HonoraryServiceRecord)] = ("the honorary service record", "honorary service records"),
            [typeof(CollectiveDossier)] = ("a collective's dossier", "collective dossiers"),
            [typeof(CollectivePeriodRecord)] = ("a collective's period record", "collective period records"),
            [typeof(CollectiveAttestations)] = ("the council's findings on the collective", "council findings"),
            [typeof(MemberCounts)] = ("member counts", "member counts"),
            [typeof(NominationList)] = ("a nomination list", "nomination lists"),
            [typeof(Nomination)] = ("a nomination", "nominations"),
            [typeof(CollectiveNomination)] = ("a collective nomination", "collective nominations"),
            [typeof(CommunityDossier)] = ("a household's or village's dossier", "household or village dossiers"),
            [typeof(CommunityPeriodRecord)] = ("a household's or village's period record", "household or village period records"),
            [typeof(CommunityAttestations)] = ("the findings on the household or village", "findings"),
            [typeof(ReviewMeeting)] = ("a review meeting", "review meetings"),
        };

        private DossierShape(Type type)
        {
            if (!Nouns.TryGetValue(type, out var noun))
            {
                throw new InvalidOperationException($"The dossier format has no wording for {type.Name}.");
            }

            Noun = noun.Noun;
            Plural = noun.Plural;
            Fields = new Dictionary<string, DossierField>(StringComparer.Ordinal);
            Required = Array.Empty<string>();
        }

        /// <summary>The shape of a whole dossier.</summary>
        public static DossierShape Root { get; } = Build(typeof(IndividualDossier), new Dictionary<Type, DossierShape>());

        /// <summary>The shape of a collective's dossier (its members are dossiers of <see cref="Root"/>'s shape).</summary>
        public static DossierShape Collective { get; } = Build(typeof(CollectiveDossier), new Dictionary<Type, DossierShape>());

        /// <summary>The shape of a household's or village's dossier.</summary>
        public static DossierShape Community { get; } = Build(typeof(CommunityDossier), new Dictionary<Type, DossierShape>());

        /// <summary>The shape of a nomination list (its members are dossiers, its collectives collective dossiers).</summary>
        public static DossierShape List { get; } = Build(typeof(NominationList), new Dictionary<Type, DossierShape>());

        public string Noun { get; }

        public string Plural { get; }

        public Dictionary<string, DossierField> Fields { get; }

        /// <summary>The JSON names of the members that must be written.</summary>
        public string[] Required { get; private set; }

        private static DossierShape Build(Type type, Dictionary<Type, DossierShape> built)
        {
            if (built.TryGetValue(type, out var existing))
            {
                return existing;
            }

            var shape = new DossierShape(type);
            built[type] = shape;
            var required = RequiredMembers.For(type);
            var requiredNames = new List<string>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                var isRequired = Array.IndexOf(required, property.Name) >= 0;
                shape.Fields[name] = Field(name, property.PropertyType, !isRequired, built);
                if (isRequired)
                {
                    requiredNames.Add(name);
                }
            }

            shape.Required = requiredNames.ToArray();
            return shape;
        }

        /// <summary>The field of a member; <paramref name="mayBeNull"/> is false for a required member, whose null would read as a default.</summary>
        private static DossierField Field(string name, Type type, bool mayBeNull, Dictionary<Type, DossierShape> built)
        {
            var underlying = System.Nullable.GetUnderlyingType(type);
            var nullable = mayBeNull && (underlying != null || !type.IsValueType);
            var value = underlying ?? type;
            if (value == typeof(string))
            {
                return new DossierField(name, JsonValueShape.Text, nullable, null, null, null, null);
            }

            if (value == typeof(int))
            {
                return new DossierField(name, JsonValueShape.WholeNumber, nullable, null, null, null, null);
            }

            if (value == typeof(bool))
            {
                return new DossierField(name, JsonValueShape.Boolean, nullable, null, null, null, null);
            }

            if (value == typeof(DateTime))
            {
                return new DossierField(name, JsonValueShape.Date, nullable, null, null, null, null);
            }

            if (value == typeof(AssessmentPeriod))
            {
                return new DossierField(name, JsonValueShape.Period, nullable, null, null, null, null);
            }

            if (value.IsEnum)
            {
                return new DossierField(name, JsonValueShape.Enum, nullable, EnumNames.Of(value), null, null, null);
            }

            if (value.IsGenericType && value.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                if (!ListLimits.TryGetValue(name, out var limit))
                {
                    throw new InvalidOperationException($"The dossier list '{name}' has no limit in {nameof(ThiDuaLimits)}.");
                }

                return new DossierField(name, JsonValueShape.List, nullable, null, Build(value.GetGenericArguments()[0], built), limit.Max, limit.Name);
            }

            if (value.IsClass)
            {
                return new DossierField(name, JsonValueShape.Object, nullable, null, Build(value, built), null, null);
            }

            throw new InvalidOperationException($"The dossier format has no JSON shape for {value.Name} ({name}).");
        }
    }

    /// <summary>The camel-case JSON names of enum members, as the format writes them.</summary>
    internal static class EnumNames
    {
        public static string[] Of(Type enumType)
            => Enum.GetValues(enumType).Cast<object>().Select(v => CamelCase(v.ToString()!)).ToArray();

        public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
