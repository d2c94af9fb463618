using System.Collections.Generic;
using System.Globalization;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Refuses a household's or village's dossier that cannot be checked: lists beyond the limits, a year recorded
    /// twice, and impossible meeting figures (a negative count, more attendees than invitees, more in favour than
    /// attendees), each problem with its JSON path.
    /// </summary>
    internal static class CommunityValidator
    {
        public static void ThrowIfInvalid(CommunityDossier community, IAwardCatalog catalog, ThiDuaLimits limits)
        {
            var problems = Validate(community, catalog, limits, "$");
            if (problems.Count > 0)
            {
                throw new InvalidDossierException(problems);
            }
        }

        /// <summary>Every problem of <paramref name="community"/>, its paths starting at <paramref name="root"/>.</summary>
        public static List<DossierProblem> Validate(CommunityDossier community, IAwardCatalog catalog, ThiDuaLimits limits, string root)
        {
            var problems = new List<DossierProblem>();
            void Add(string path, string reason) => problems.Add(new DossierProblem(root + path, reason));
            if (community.Periods?.Count > limits.MaxPeriods)
            {
                Add(".periods", $"the list has {community.Periods.Count.ToString(CultureInfo.InvariantCulture)} entries, more than {ThiDuaLimits.Named(nameof(ThiDuaLimits.MaxPeriods), limits.MaxPeriods)}");
                return problems;
            }

            // The award history is validated as a dossier's is (limits, codes, a title recorded twice for a period).
            var standIn = new IndividualDossier { Id = community.Id, FullName = community.Name, AwardHistory = community.AwardHistory };
            foreach (var problem in DossierValidator.Validate(standIn, catalog, limits))
            {
                Add(problem.Path.Substring(1), problem.Reason);
            }

            var seen = new HashSet<AssessmentPeriod>();
            for (var i = 0; i < (community.Periods?.Count ?? 0); i++)
            {
                var record = community.Periods![i];
                var path = ".periods[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (record == null)
                {
                    Add(path, "a period record cannot be null");
                    continue;
                }

                if (!seen.Add(record.Period))
                {
                    Add(path + ".period", $"the period {record.Period} is recorded twice");
                }

                Meeting(record.Meeting, path + ".meeting", Add);
            }

            return problems;
        }

        private static void Meeting(ReviewMeeting? meeting, string path, System.Action<string, string> add)
        {
            if (meeting == null)
            {
                return;
            }

            void Part(int? value, string field, int? whole, string wholeNoun)
            {
                if (value < 0)
                {
                    add(path + "." + field, "a count cannot be negative");
                }
                else if (value != null && whole >= 0 && value > whole)
                {
                    add(path + "." + field, $"{value.Value.ToString(CultureInfo.InvariantCulture)} is more than the {whole.Value.ToString(CultureInfo.InvariantCulture)} {wholeNoun}");
                }
            }

            Part(meeting.Invited, "invited", null, string.Empty);
            Part(meeting.Attended, "attended", meeting.Invited, "people invited");
            Part(meeting.InFavour, "inFavour", meeting.Attended, "people who attended");
        }
    }
}
