using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;

namespace ThiDua.Rules.Checking
{
    /// <summary>Formats fact values: invariantly for <see cref="ConditionResult.Values"/>, and for people in messages.</summary>
    internal static class ValueFormatter
    {
        private static readonly Dictionary<Enum, LocalizedText> EnumLabels = new Dictionary<Enum, LocalizedText>
        {
            [PersonnelCategory.CivilServant] = new LocalizedText("cán bộ, công chức, viên chức", "cadre, civil servant or public employee"),
            [PersonnelCategory.Worker] = new LocalizedText("công nhân, nông dân, người lao động", "worker, farmer or labourer"),
            [PersonnelCategory.ArmedForces] = new LocalizedText("sĩ quan, hạ sĩ quan, chiến sĩ lực lượng vũ trang", "officer, NCO or soldier of the armed forces"),
            [TaskRating.NotCompleted] = new LocalizedText("không hoàn thành nhiệm vụ", "did not complete tasks"),
            [TaskRating.Completed] = new LocalizedText("hoàn thành nhiệm vụ", "completed tasks"),
            [TaskRating.CompletedWell] = new LocalizedText("hoàn thành tốt nhiệm vụ", "completed tasks well"),
            [TaskRating.CompletedExcellently] = new LocalizedText("hoàn thành xuất sắc nhiệm vụ", "completed tasks excellently"),
            [CollectiveKind.Civilian] = new LocalizedText("tập thể dân sự", "civilian collective"),
            [CollectiveKind.ArmedForces] = new LocalizedText("đơn vị thuộc lực lượng vũ trang nhân dân", "armed-forces unit"),
            [CollectiveKind.Commune] = new LocalizedText("đơn vị hành chính cấp xã", "commune-level administrative unit"),
            [MemberDataSource.MemberDossiers] = new LocalizedText("theo hồ sơ từng thành viên", "from the members' dossiers"),
            [MemberDataSource.HostCounts] = new LocalizedText("theo số liệu đơn vị cung cấp", "from the counts the unit supplied"),
        };

        // Camel-case enum names, computed once per value: every check formats the category and the task rating,
        // and ToString plus CamelCase allocated two strings each time. Bounded in case of undefined numeric values.
        private static readonly ConcurrentDictionary<Enum, string> EnumNames = new ConcurrentDictionary<Enum, string>();

        /// <summary>The invariant form: enum names in camel case (as in JSON), true/false, invariant numbers.</summary>
        public static string Invariant(object value) => value switch
        {
            bool b => b ? "true" : "false",
            Enum e => EnumName(e),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        /// <summary>The form for people in <paramref name="language"/>.</summary>
        public static string ForPeople(object value, Language language)
        {
            var english = language == Language.English;
            switch (value)
            {
                case bool b:
                    return english ? (b ? "yes" : "no") : (b ? "có" : "không");
                case Enum e when EnumLabels.TryGetValue(e, out var label):
                    return label.Get(language);
                case decimal d:
                    var text = d.ToString("0.##", CultureInfo.InvariantCulture);
                    return english ? text : text.Replace('.', ',');
                default:
                    return Invariant(value);
            }
        }

        private static string EnumName(Enum value)
        {
            if (EnumNames.TryGetValue(value, out var name))
            {
                return name;
            }

            name = CamelCase(value.ToString());
            if (EnumNames.Count < 256)
            {
                EnumNames.TryAdd(value, name);
            }

            return name;
        }

        public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
