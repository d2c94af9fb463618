using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Rejects impossible values (months worked 13, a year outside 1945–2100, an award code no regime knows),
    /// naming each offending value by its JSON path, before any rule runs.
    /// </summary>
    internal static class DossierValidator
    {
        public static void ThrowIfInvalid(IndividualDossier dossier, IAwardCatalog catalog)
        {
            var problems = Validate(dossier, catalog);
            if (problems.Count > 0)
            {
                throw new InvalidDossierException(problems);
            }
        }

        public static IReadOnlyList<DossierProblem> Validate(IndividualDossier dossier, IAwardCatalog catalog)
        {
            var problems = new List<DossierProblem>();
            void Problem(string path, string reason) => problems.Add(new DossierProblem(path, reason));

            Defined(dossier.Category, "$.category", Problem);
            Date(dossier.RecruitmentDate, "$.recruitmentDate", Problem);

            var seen = new HashSet<AssessmentPeriod>();
            for (var i = 0; i < (dossier.Periods?.Count ?? 0); i++)
            {
                var record = dossier.Periods![i];
                var path = $"$.periods[{i}]";
                if (record == null)
                {
                    Problem(path, "a period record cannot be null");
                    continue;
                }

                if (Period(record.Period, path + ".period", Problem) && !seen.Add(record.Period))
                {
                    Problem(path + ".period", $"period {record.Period} appears more than once");
                }

                Months(record.MonthsWorked, path + ".monthsWorked", Problem);
                Defined(record.TaskRating, path + ".taskRating", Problem);
                var leaveMonths = 0;
                for (var j = 0; j < (record.Leaves?.Count ?? 0); j++)
                {
                    var leave = record.Leaves![j];
                    var leavePath = $"{path}.leaves[{j}]";
                    if (leave == null)
                    {
                        Problem(leavePath, "a leave record cannot be null");
                        continue;
                    }

                    Defined(leave.Kind, leavePath + ".kind", Problem);
                    Defined(leave.Result, leavePath + ".result", Problem);
                    Months(leave.Months, leavePath + ".months", Problem);
                    leaveMonths += leave.Months ?? 0;
                    if (leave.CourseMonths is int course && (course < 1 || course > 120))
                    {
                        Problem(leavePath + ".courseMonths", $"{course} is not a course length in months (1 to 120)");
                    }
                }

                if ((record.MonthsWorked ?? 0) + leaveMonths > 12)
                {
                    Problem(path, record.MonthsWorked == null
                        ? $"the months of leave ({leaveMonths}) add up to more than the 12 months of a period"
                        : $"months worked ({record.MonthsWorked}) and months of leave ({leaveMonths}) add up to more than the 12 months of a period");
                }

                if (record.Transfer != null)
                {
                    Months(record.Transfer.MonthsAtPreviousUnit, path + ".transfer.monthsAtPreviousUnit", Problem);
                }

                for (var j = 0; j < (record.Ballots?.Count ?? 0); j++)
                {
                    var ballot = record.Ballots![j];
                    var ballotPath = $"{path}.ballots[{j}]";
                    if (ballot == null)
                    {
                        Problem(ballotPath, "a ballot cannot be null");
                        continue;
                    }

                    Code(ballot.Award, ballotPath + ".award", catalog, Problem);
                    if (ballot.CouncilMembers < 1)
                    {
                        Problem(ballotPath + ".councilMembers", "a council has at least one member");
                    }
                    else if (ballot.VotesInFavour < 0 || ballot.VotesInFavour > ballot.CouncilMembers)
                    {
                        Problem(ballotPath + ".votesInFavour", $"{ballot.VotesInFavour} votes in favour is impossible with {ballot.CouncilMembers} council members");
                    }
                }
            }

            for (var i = 0; i < (dossier.AwardHistory?.Count ?? 0); i++)
            {
                var award = dossier.AwardHistory![i];
                var path = $"$.awardHistory[{i}]";
                if (award == null)
                {
                    Problem(path, "an award record cannot be null");
                    continue;
                }

                Code(award.Code, path + ".code", catalog, Problem);
                Period(award.Period, path + ".period", Problem);
                if (award.FirstPeriod is AssessmentPeriod first && Period(first, path + ".firstPeriod", Problem)
                    && (first.Kind != award.Period.Kind || first.StartYear > award.Period.StartYear))
                {
                    Problem(path + ".firstPeriod", $"the first period {first} must be of the same kind as, and not after, the period {award.Period}");
                }

                Date(award.DecisionDate, path + ".decisionDate", Problem);
            }

            for (var i = 0; i < (dossier.Disciplines?.Count ?? 0); i++)
            {
                var discipline = dossier.Disciplines![i];
                var path = $"$.disciplines[{i}]";
                if (discipline == null)
                {
                    Problem(path, "a discipline record cannot be null");
                    continue;
                }

                Defined(discipline.Form, path + ".form", Problem);
                RequiredDate(discipline.DecisionDate, path + ".decisionDate", Problem);
                Date(discipline.LiftedOn, path + ".liftedOn", Problem);
                if (discipline.LiftedOn < discipline.DecisionDate)
                {
                    Problem(path + ".liftedOn", "a discipline cannot be lifted before it was decided");
                }
            }

            for (var i = 0; i < (dossier.Proceedings?.Count ?? 0); i++)
            {
                var proceeding = dossier.Proceedings![i];
                var path = $"$.proceedings[{i}]";
                if (proceeding == null)
                {
                    Problem(path, "a proceeding record cannot be null");
                    continue;
                }

                Defined(proceeding.Kind, path + ".kind", Problem);
                RequiredDate(proceeding.OpenedOn, path + ".openedOn", Problem);
                Date(proceeding.ClosedOn, path + ".closedOn", Problem);
                if (proceeding.ClosedOn < proceeding.OpenedOn)
                {
                    Problem(path + ".closedOn", "a proceeding cannot close before it opened");
                }
            }

            for (var i = 0; i < (dossier.Initiatives?.Count ?? 0); i++)
            {
                var initiative = dossier.Initiatives![i];
                var path = $"$.initiatives[{i}]";
                if (initiative == null)
                {
                    Problem(path, "an initiative record cannot be null");
                    continue;
                }

                Defined(initiative.Kind, path + ".kind", Problem);
                Defined(initiative.Scope, path + ".scope", Problem);
                Period(initiative.Period, path + ".period", Problem);
            }

            return problems;
        }

        private static bool Period(AssessmentPeriod period, string path, Action<string, string> problem)
        {
            if (period.StartYear == 0)
            {
                problem(path, "the assessment period is required (\"2021\" or \"2021-2022\")");
                return false;
            }

            return true;
        }

        private static void Months(int? months, string path, Action<string, string> problem)
        {
            if (months is int m && (m < 0 || m > 12))
            {
                problem(path, $"{m} is not a number of months within a period (0 to 12)");
            }
        }

        private static void Date(DateTime? date, string path, Action<string, string> problem)
        {
            if (date is DateTime d && (d.Year < AssessmentPeriod.MinYear || d.Year > AssessmentPeriod.MaxYear + 1))
            {
                problem(path, $"year {d.Year} is outside the years this library accepts ({AssessmentPeriod.MinYear} to {AssessmentPeriod.MaxYear + 1})");
            }
        }

        private static void RequiredDate(DateTime date, string path, Action<string, string> problem)
        {
            if (date == default)
            {
                problem(path, "the date is required");
            }
            else
            {
                Date(date, path, problem);
            }
        }

        private static void Code(string? code, string path, IAwardCatalog catalog, Action<string, string> problem)
        {
            if (string.IsNullOrEmpty(code) || !catalog.IsKnownCode(code!))
            {
                var known = catalog.Regimes.SelectMany(r => catalog.GetAwards(r.Id)).Select(a => a.Code).Distinct();
                problem(path, $"unknown award code '{code}'; known codes: {string.Join(", ", known)}");
            }
        }

        private static void Defined<T>(T? value, string path, Action<string, string> problem)
            where T : struct, Enum
        {
            if (value is T v && !Enum.IsDefined(typeof(T), v))
            {
                problem(path, $"{Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} is not a valid {typeof(T).Name}");
            }
        }

        private static void Defined<T>(T value, string path, Action<string, string> problem)
            where T : struct, Enum
            => Defined((T?)value, path, problem);
    }
}
