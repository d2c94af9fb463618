using System.Collections.Generic;
using System.Globalization;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Refuses a nomination list that cannot be checked, listing every problem with its JSON path: lists beyond the
    /// limits, members without ids or with the same id, nominations of people not on the list, awards the regime does
    /// not define or for the wrong kind of nominee, a ratio above the national ceiling, and invalid dossiers.
    /// </summary>
    internal static class NominationListValidator
    {
        public static void ThrowIfInvalid(NominationList list, RegimeRuntime runtime, IAwardCatalog catalog, ThiDuaLimits limits, int? nationalCeiling)
        {
            var problems = new List<DossierProblem>();
            void Add(string path, string reason) => problems.Add(new DossierProblem(path, reason));
            if (list.Period.StartYear == 0)
            {
                Add("$.period", "the list has no assessment period");
            }

            Limit(list.Members?.Count, limits.MaxMembers, nameof(ThiDuaLimits.MaxMembers), "$.members", Add);
            Limit((list.Nominations?.Count ?? 0) + (list.Collectives?.Count ?? 0), limits.MaxNominations, nameof(ThiDuaLimits.MaxNominations), "$.nominations", Add);
            if (problems.Count > 0)
            {
                throw new InvalidDossierException(problems);
            }

            if (list.GrassrootsFighterCeilingPercent is int && nationalCeiling == null)
            {
                Add("$.grassrootsFighterCeilingPercent", $"no rule of regime {runtime.Compiled.Regime.Id} caps Chiến sĩ thi đua cơ sở for period {list.Period}, so a unit's ceiling here would go unchecked: a ministry's or province's cap is a rule of the host's overlay, citing its own decision");
            }
            else if (list.GrassrootsFighterCeilingPercent is int ceiling && nationalCeiling is int national && (ceiling < 0 || ceiling > national))
            {
                Add("$.grassrootsFighterCeilingPercent", $"{ceiling.ToString(CultureInfo.InvariantCulture)} % is outside 0–{national.ToString(CultureInfo.InvariantCulture)} %: a ministry or province may set a lower ratio than the national ceiling of the regime's list rules, never a higher one");
            }

            if (list.GovernmentFlagPool < 0)
            {
                Add("$.governmentFlagPool", "a count cannot be negative");
            }

            var ids = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = 0; i < (list.Members?.Count ?? 0); i++)
            {
                var path = "$.members[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var member = list.Members![i];
                if (member == null)
                {
                    Add(path, "a dossier cannot be null");
                    continue;
                }

                if (string.IsNullOrEmpty(member.Id))
                {
                    Add(path + ".id", "a dossier on a list needs an id for nominations to refer to");
                }
                else if (!ids.Add(member.Id!))
                {
                    Add(path + ".id", $"the id '{member.Id}' is used by another dossier on the list");
                }

                foreach (var problem in DossierValidator.Validate(member, catalog, limits))
                {
                    Add(path + problem.Path.Substring(1), problem.Reason);
                }
            }

            for (var i = 0; i < (list.Nominations?.Count ?? 0); i++)
            {
                var path = "$.nominations[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var nomination = list.Nominations![i];
                if (nomination == null)
                {
                    Add(path, "a nomination cannot be null");
                    continue;
                }

                if (!ids.Contains(nomination.PersonId ?? string.Empty))
                {
                    Add(path + ".personId", $"no dossier on the list has the id '{nomination.PersonId}'");
                }

                Award(runtime, nomination.Award, AwardSubject.Individual, path + ".award", Add);
            }

            var collectiveIds = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = 0; i < (list.Collectives?.Count ?? 0); i++)
            {
                var path = "$.collectives[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var nomination = list.Collectives![i];
                if (nomination?.Collective == null)
                {
                    Add(path, "a collective nomination needs the collective's dossier");
                    continue;
                }

                Award(runtime, nomination.Award, AwardSubject.Collective, path + ".award", Add);
                if (string.IsNullOrEmpty(nomination.Collective.Id))
                {
                    Add(path + ".collective.id", "a collective on a list needs an id");
                }

                problems.AddRange(CollectiveValidator.Validate(nomination.Collective, catalog, limits, path + ".collective"));
            }

            if (problems.Count > 0)
            {
                throw new InvalidDossierException(problems);
            }
        }

        private static void Award(RegimeRuntime runtime, string? code, AwardSubject subject, string path, System.Action<string, string> add)
        {
            if (code == null || !runtime.Compiled.ByCode.TryGetValue(code, out var award))
            {
                add(path, $"'{code}' is not an award of the regime {runtime.Compiled.Regime.Id}");
            }
            else if (award.Definition.Subject != subject)
            {
                add(path, $"{code} is not an award for a {(subject == AwardSubject.Individual ? "person" : "collective")}");
            }
        }

        private static void Limit(int? count, int max, string limit, string path, System.Action<string, string> add)
        {
            if (count > max)
            {
                add(path, $"the list has {count.Value.ToString(CultureInfo.InvariantCulture)} entries, more than {ThiDuaLimits.Named(limit, max)}");
            }
        }
    }
}
