using System.Collections.Generic;
using System.Globalization;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Refuses a collective's dossier that cannot be checked: lists beyond the limits, impossible member counts (a
    /// part larger than the whole, a negative count), and invalid member dossiers, each problem with its JSON path.
    /// </summary>
    internal static class CollectiveValidator
    {
        public static void ThrowIfInvalidRequest(CollectiveEligibilityRequest request, string parameterName)
            => DossierValidator.ThrowIfInvalidRequest(nameof(CollectiveEligibilityRequest), request.Collective, nameof(CollectiveEligibilityRequest.Collective), "collective's dossier", request.Award, request.Period, request.ConsideredOn, parameterName);

        public static void ThrowIfInvalid(CollectiveDossier collective, IAwardCatalog catalog, ThiDuaLimits limits)
        {
            var problems = Validate(collective, catalog, limits, "$");
            if (problems.Count > 0)
            {
                throw new InvalidDossierException(problems);
            }
        }

        /// <summary>Every problem of <paramref name="collective"/>, its paths starting at <paramref name="root"/>.</summary>
        public static List<DossierProblem> Validate(CollectiveDossier collective, IAwardCatalog catalog, ThiDuaLimits limits, string root)
        {
            var problems = new List<DossierProblem>();
            void Add(string path, string reason) => problems.Add(new DossierProblem(root + path, reason));
            Count(collective.Periods?.Count, limits.MaxPeriods, nameof(ThiDuaLimits.MaxPeriods), ".periods", Add);
            Count(collective.AwardHistory?.Count, limits.MaxAwardHistoryEntries, nameof(ThiDuaLimits.MaxAwardHistoryEntries), ".awardHistory", Add);
            Count(collective.Proceedings?.Count, limits.MaxProceedings, nameof(ThiDuaLimits.MaxProceedings), ".proceedings", Add);
            if (problems.Count > 0)
            {
                return problems;
            }

            // The collective's own history and proceedings are validated as a dossier's are.
            var standIn = new IndividualDossier { Id = collective.Id, FullName = collective.Name, AwardHistory = collective.AwardHistory, Proceedings = collective.Proceedings };
            foreach (var problem in DossierValidator.Validate(standIn, catalog, limits))
            {
                Add(problem.Path.Substring(1), problem.Reason);
            }

            if (collective.Kind is CollectiveKind kind && !System.Enum.IsDefined(typeof(CollectiveKind), kind))
            {
                Add(".kind", "not a defined kind of collective");
            }

            var seen = new HashSet<AssessmentPeriod>();
            for (var i = 0; i < (collective.Periods?.Count ?? 0); i++)
            {
                var record = collective.Periods![i];
                var path = ".periods[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (record == null)
                {
                    Add(path, "a collective's period record cannot be null");
                    continue;
                }

                if (!seen.Add(record.Period))
                {
                    Add(path + ".period", $"the period {record.Period} is recorded twice");
                }

                Counts(record.MemberCounts, path + ".memberCounts", Add);
                Count(record.Members?.Count, limits.MaxMembers, nameof(ThiDuaLimits.MaxMembers), path + ".members", Add);
                for (var j = 0; j < (record.Members?.Count ?? 0) && j < limits.MaxMembers; j++)
                {
                    var memberPath = path + ".members[" + j.ToString(CultureInfo.InvariantCulture) + "]";
                    var member = record.Members![j];
                    if (member == null)
                    {
                        Add(memberPath, "a member's dossier cannot be null");
                        continue;
                    }

                    foreach (var problem in DossierValidator.Validate(member, catalog, limits))
                    {
                        Add(memberPath + problem.Path.Substring(1), problem.Reason);
                    }
                }
            }

            return problems;
        }

        /// <summary>Counts are whole numbers from 0 to the total.</summary>
        private static void Counts(MemberCounts? counts, string path, System.Action<string, string> add)
        {
            if (counts == null)
            {
                return;
            }

            if (counts.Total < 0)
            {
                add(path + ".total", "a count cannot be negative");
                return;
            }

            void Part(int? value, string field)
            {
                if (value < 0)
                {
                    add(path + "." + field, "a count cannot be negative");
                }
                else if (value > counts.Total)
                {
                    add(path + "." + field, $"{value.Value.ToString(CultureInfo.InvariantCulture)} is more than the {counts.Total.ToString(CultureInfo.InvariantCulture)} members in total");
                }
            }

            Part(counts.CompletedTasks, "completedTasks");
            Part(counts.AdvancedTitle, "advancedTitle");
            Part(counts.GrassrootsFighters, "grassrootsFighters");
            Part(counts.DisciplinedWarningOrAbove, "disciplinedWarningOrAbove");
        }

        private static void Count(int? count, int max, string limit, string path, System.Action<string, string> add)
        {
            if (count > max)
            {
                add(path, $"the list has {count.Value.ToString(CultureInfo.InvariantCulture)} entries, more than {ThiDuaLimits.Named(limit, max)}");
            }
        }
    }
}
