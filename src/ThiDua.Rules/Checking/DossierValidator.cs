using System;
using System.Globalization;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Rejects impossible values (months worked 13, a year outside 1945–2100, an award code no regime knows) and
    /// impossible combinations (a period or an award of one period listed twice, a decision before the period it
    /// rewards began, a proceeding closed before it opened), naming each offending value by its JSON path, before any
    /// rule runs. Also refuses requests that cannot be checked (no dossier, a consideration date before the period).
    /// </summary>
    internal static partial class DossierValidator
    {
        public static void ThrowIfInvalid(IndividualDossier dossier, IAwardCatalog catalog, ThiDuaLimits limits)
        {
            var problems = Validate(dossier, catalog, limits);
            if (problems.Count > 0)
            {
                throw new InvalidDossierException(problems);
            }
        }

        /// <summary>
        /// Refuses a request that cannot be checked: one whose award or dossier was set to null after construction
        /// (<c>request with { Dossier = null }</c>), one with no period, and one considered before its period began.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="parameterName">The name the request was passed as.</param>
        public static void ThrowIfInvalidRequest(EligibilityRequest request, string parameterName)
            => ThrowIfInvalidRequest(nameof(EligibilityRequest), request.Dossier, nameof(EligibilityRequest.Dossier), "dossier", request.Award, request.Period, request.ConsideredOn, parameterName);

        /// <summary>The same refusals for a request of type <paramref name="type"/> whose subject is <paramref name="subject"/>.</summary>
        public static void ThrowIfInvalidRequest(string type, object? subject, string subjectProperty, string subjectNoun, string? award, AssessmentPeriod period, DateTime? consideredOn, string parameterName)
        {
            if (subject == null)
            {
                throw new ArgumentException($"The request has no {subjectNoun} ({type}.{subjectProperty} is null); give the {subjectNoun} to check.", parameterName);
            }

            if (award == null)
            {
                throw new ArgumentException($"The request names no award ({type}.Award is null); give an award code such as \"LDTT\".", parameterName);
            }

            if (period.StartYear == 0)
            {
                throw new ArgumentException($"The request has no assessment period ({type}.Period is the default value); give one such as AssessmentPeriod.CalendarYear(2021).", parameterName);
            }

            ThrowIfConsideredBeforePeriod(consideredOn, period, type + ".ConsideredOn", parameterName);
        }

        /// <summary>Refuses a consideration date before the period starts: a council considers a period only once it has begun.</summary>
        /// <param name="consideredOn">The consideration date, if any.</param>
        /// <param name="period">The assessment period.</param>
        /// <param name="member">Where the date was given, for the message.</param>
        /// <param name="parameterName">The name the value was passed as.</param>
        public static void ThrowIfConsideredBeforePeriod(DateTime? consideredOn, AssessmentPeriod period, string member, string parameterName)
        {
            if (consideredOn is DateTime on && period.StartYear != 0 && on.Date < period.Start)
            {
                throw new ArgumentException(
                    $"The consideration date {Day(on)} ({member}) is before {Day(period.Start)}, the start of the period {period}: "
                    + "a council considers a nomination for a period only once the period has begun.",
                    parameterName);
            }
        }

        public static IReadOnlyList<DossierProblem> Validate(IndividualDossier dossier, IAwardCatalog catalog, ThiDuaLimits limits)
        {
            // Allocated on the first problem: nearly every dossier is valid, and this runs on every check.
            List<DossierProblem>? problems = null;

            // The reader enforces the same limits on JSON; a dossier built in code is held to them here, before any
            // rule walks its lists.
            if (OverLimits(dossier, limits, ref problems))
            {
                return problems!;
            }

            Defined(dossier.Category, JsonPath.Root("category"), ref problems);
            Date(dossier.RecruitmentDate, JsonPath.Root("recruitmentDate"), ref problems);

            var firstPeriods = FirstIndexes<AssessmentPeriod>(dossier.Periods?.Count ?? 0);
            for (var i = 0; i < (dossier.Periods?.Count ?? 0); i++)
            {
                var record = dossier.Periods![i];
                var path = JsonPath.Item("periods", i);
                if (record == null)
                {
                    Add(ref problems, path, "a period record cannot be null");
                    continue;
                }

                if (Period(record.Period, path.Field("period"), ref problems) && AppearsEarlier(dossier.Periods, i, record.Period, firstPeriods))
                {
                    Add(ref problems, path.Field("period"), $"period {record.Period} appears more than once");
                }

                Months(record.MonthsWorked, path.Field("monthsWorked"), ref problems);
                if (record.WorkingDaysAbsent is int absent && (absent < 0 || absent > MaxWorkingDaysInPeriod))
                {
                    Add(ref problems, path.Field("workingDaysAbsent"), $"{absent} is not a number of working days within a period (0 to {MaxWorkingDaysInPeriod})");
                }

                Defined(record.TaskRating, path.Field("taskRating"), ref problems);
                var leaveMonths = 0;
                for (var j = 0; j < (record.Leaves?.Count ?? 0); j++)
                {
                    var leave = record.Leaves![j];
                    var leavePath = path.Child("leaves", j);
                    if (leave == null)
                    {
                        Add(ref problems, leavePath, "a leave record cannot be null");
                        continue;
                    }

                    Defined(leave.Kind, leavePath.Field("kind"), ref problems);
                    Defined(leave.Result, leavePath.Field("result"), ref problems);
                    Months(leave.Months, leavePath.Field("months"), ref problems);
                    leaveMonths += leave.Months ?? 0;
                    if (leave.CourseMonths is int course && (course < 1 || course > 120))
                    {
                        Add(ref problems, leavePath.Field("courseMonths"), $"{course} is not a course length in months (1 to 120)");
                    }
                }

                if ((record.MonthsWorked ?? 0) + leaveMonths > 12)
                {
                    Add(ref problems, path, record.MonthsWorked == null
                        ? $"the months of leave ({leaveMonths}) add up to more than the 12 months of a period"
                        : $"months worked ({record.MonthsWorked}) and months of leave ({leaveMonths}) add up to more than the 12 months of a period");
                }

                if (record.Transfer != null)
                {
                    Months(record.Transfer.MonthsAtPreviousUnit, path.Field("transfer.monthsAtPreviousUnit"), ref problems);
                }

                for (var j = 0; j < (record.Ballots?.Count ?? 0); j++)
                {
                    var ballot = record.Ballots![j];
                    var ballotPath = path.Child("ballots", j);
                    if (ballot == null)
                    {
                        Add(ref problems, ballotPath, "a ballot cannot be null");
                        continue;
                    }

                    Code(ballot.Award, ballotPath.Field("award"), catalog, ref problems);
                    if (ballot.CouncilMembers < 1)
                    {
                        Add(ref problems, ballotPath.Field("councilMembers"), "a council has at least one member");
                    }
                    else if (ballot.VotesInFavour < 0 || ballot.VotesInFavour > ballot.CouncilMembers)
                    {
                        Add(ref problems, ballotPath.Field("votesInFavour"), $"{ballot.VotesInFavour} votes in favour is impossible with {ballot.CouncilMembers} council members");
                    }
                }
            }

            var firstAwards = FirstIndexes<(string?, AssessmentPeriod)>(dossier.AwardHistory?.Count ?? 0);
            for (var i = 0; i < (dossier.AwardHistory?.Count ?? 0); i++)
            {
                var award = dossier.AwardHistory![i];
                var path = JsonPath.Item("awardHistory", i);
                if (award == null)
                {
                    Add(ref problems, path, "an award record cannot be null");
                    continue;
                }

                Code(award.Code, path.Field("code"), catalog, ref problems);
                Period(award.Period, path.Field("period"), ref problems);
                if (award.FirstPeriod is AssessmentPeriod first && Period(first, path.Field("firstPeriod"), ref problems)
                    && (first.Kind != award.Period.Kind || first.StartYear > award.Period.StartYear))
                {
                    Add(ref problems, path.Field("firstPeriod"), $"the first period {first} must be of the same kind as, and not after, the period {award.Period}");
                }

                Date(award.DecisionDate, path.Field("decisionDate"), ref problems);
                if (award.DecisionDate is DateTime decided && award.Period.StartYear != 0 && decided.Date < award.Period.Start)
                {
                    // A decision rewards an achievement of its period; it cannot be taken before that period began.
                    Add(ref problems, path.Field("decisionDate"), $"the decision date {Day(decided)} is before {Day(award.Period.Start)}, the start of the period {award.Period} it rewards");
                }

                if (award.Period.StartYear != 0 && SameAwardEarlier(dossier.AwardHistory!, i, award, firstAwards) is int earlier)
                {
                    // Decree 91/2017 Điều 50 khoản 1: a title is given once for a period, so a second record is a copy or a mistake.
                    Add(ref problems, path.Field("period"), $"{award.Code} for the period {award.Period} is listed twice (first at $.awardHistory[{earlier.ToString(System.Globalization.CultureInfo.InvariantCulture)}]); a title is given once for a period");
                }
            }

            Each(dossier.Disciplines, "disciplines", "a discipline record", CheckDiscipline, ref problems);
            Each(dossier.CriminalSentences, "criminalSentences", "a criminal sentence record", CheckSentence, ref problems);
            Each(dossier.EmploymentBreaks, "employmentBreaks", "an employment break", CheckBreak, ref problems);
            BreaksInOrder(dossier, ref problems);
            Each(dossier.Proceedings, "proceedings", "a proceeding record", CheckProceeding, ref problems);
            Each(dossier.Initiatives, "initiatives", "an initiative record", CheckInitiative, ref problems);
            CheckFormHistory(dossier, ref problems);

            return (IReadOnlyList<DossierProblem>?)problems ?? Array.Empty<DossierProblem>();
        }

        /// <summary>Whether a list or a text of the dossier exceeds <paramref name="limits"/>; each excess is a problem naming the limit.</summary>
        private static bool OverLimits(IndividualDossier dossier, ThiDuaLimits limits, ref List<DossierProblem>? problems)
        {
            var before = problems?.Count ?? 0;
            Count(dossier.Periods?.Count, limits.MaxPeriods, nameof(ThiDuaLimits.MaxPeriods), JsonPath.Root("periods"), ref problems);
            Count(dossier.AwardHistory?.Count, limits.MaxAwardHistoryEntries, nameof(ThiDuaLimits.MaxAwardHistoryEntries), JsonPath.Root("awardHistory"), ref problems);
            Count(dossier.Initiatives?.Count, limits.MaxInitiatives, nameof(ThiDuaLimits.MaxInitiatives), JsonPath.Root("initiatives"), ref problems);
            Count(dossier.Disciplines?.Count, limits.MaxDisciplines, nameof(ThiDuaLimits.MaxDisciplines), JsonPath.Root("disciplines"), ref problems);
            Count(dossier.Proceedings?.Count, limits.MaxProceedings, nameof(ThiDuaLimits.MaxProceedings), JsonPath.Root("proceedings"), ref problems);
            Count(dossier.CriminalSentences?.Count, limits.MaxCriminalSentences, nameof(ThiDuaLimits.MaxCriminalSentences), JsonPath.Root("criminalSentences"), ref problems);
            Count(dossier.EmploymentBreaks?.Count, limits.MaxEmploymentBreaks, nameof(ThiDuaLimits.MaxEmploymentBreaks), JsonPath.Root("employmentBreaks"), ref problems);
            Count(dossier.Positions?.Count, limits.MaxPositions, nameof(ThiDuaLimits.MaxPositions), JsonPath.Root("positions"), ref problems);
            Text(dossier.Id, limits, JsonPath.Root("id"), ref problems);
            Text(dossier.FullName, limits, JsonPath.Root("fullName"), ref problems);
            for (var i = 0; i < (dossier.Periods?.Count ?? 0) && i < limits.MaxPeriods; i++)
            {
                var record = dossier.Periods![i];
                Count(record?.Leaves?.Count, limits.MaxLeavesPerPeriod, nameof(ThiDuaLimits.MaxLeavesPerPeriod), JsonPath.Item("periods", i).Field("leaves"), ref problems);
                Count(record?.Ballots?.Count, limits.MaxBallotsPerPeriod, nameof(ThiDuaLimits.MaxBallotsPerPeriod), JsonPath.Item("periods", i).Field("ballots"), ref problems);
            }

            for (var i = 0; i < (dossier.AwardHistory?.Count ?? 0) && i < limits.MaxAwardHistoryEntries; i++)
            {
                Text(dossier.AwardHistory![i]?.DecisionNumber, limits, JsonPath.Item("awardHistory", i).Field("decisionNumber"), ref problems);
            }

            return (problems?.Count ?? 0) > before;
        }

        private static void Count(int? count, int max, string limit, JsonPath path, ref List<DossierProblem>? problems)
        {
            if (count > max)
            {
                Add(ref problems, path, $"the list has {count.Value.ToString(CultureInfo.InvariantCulture)} entries, more than {ThiDuaLimits.Named(limit, max)}");
            }
        }

        private static void Text(string? text, ThiDuaLimits limits, JsonPath path, ref List<DossierProblem>? problems)
        {
            if (text != null && text.Length > limits.MaxStringLength)
            {
                Add(ref problems, path, limits.TextTooLong(text.Length));
            }
        }

        private delegate void RecordCheck<in T>(T record, JsonPath path, ref List<DossierProblem>? problems);

        /// <summary>Checks each entry of a list of records: a null entry is a problem, any other goes to <paramref name="check"/>.</summary>
        private static void Each<T>(IReadOnlyList<T>? records, string field, string noun, RecordCheck<T> check, ref List<DossierProblem>? problems)
            where T : class
        {
            for (var i = 0; i < (records?.Count ?? 0); i++)
            {
                var path = JsonPath.Item(field, i);
                if (records![i] is T record)
                {
                    check(record, path, ref problems);
                }
                else
                {
                    Add(ref problems, path, noun + " cannot be null");
                }
            }
        }

        private static void CheckDiscipline(DisciplineRecord discipline, JsonPath path, ref List<DossierProblem>? problems)
        {
            Defined(discipline.Form, path.Field("form"), ref problems);
            RequiredDate(discipline.DecisionDate, path.Field("decisionDate"), ref problems);
            NotBefore(discipline.LiftedOn, discipline.DecisionDate, path.Field("liftedOn"), "a discipline cannot be lifted before it was decided", ref problems);
            NotBefore(discipline.InForceUntil, discipline.DecisionDate, path.Field("inForceUntil"), "a discipline cannot end before it was decided", ref problems);
        }

        private static void CheckSentence(CriminalSentenceRecord sentence, JsonPath path, ref List<DossierProblem>? problems)
            => KindAndSpan(sentence.Kind, sentence.JudgmentDate, (sentence.ServedUntil, "servedUntil"), path, ("kind", "judgmentDate", "a sentence cannot end before the judgment that imposed it"), ref problems);

        private static void CheckBreak(EmploymentBreak gap, JsonPath path, ref List<DossierProblem>? problems)
        {
            RequiredDate(gap.From, path.Field("from"), ref problems);
            NotBefore(gap.To, gap.From, path.Field("to"), "a break cannot end before it began", ref problems);
        }

        /// <summary>Breaks in employment come after the first recruitment, in order, without overlapping.</summary>
        private static void BreaksInOrder(IndividualDossier dossier, ref List<DossierProblem>? problems)
        {
            var breaks = dossier.EmploymentBreaks;
            for (var i = 0; i < (breaks?.Count ?? 0); i++)
            {
                var gap = breaks![i];
                if (gap == null)
                {
                    continue;
                }

                if (dossier.RecruitmentDate is DateTime recruited && gap.From.Date <= recruited.Date)
                {
                    Add(ref problems, JsonPath.Item("employmentBreaks", i).Field("from"), $"a break in employment begins after the first recruitment ({Day(recruited)})");
                }
                else if (i > 0 && breaks[i - 1] is EmploymentBreak previous && gap.From.Date <= previous.To.Date)
                {
                    Add(ref problems, JsonPath.Item("employmentBreaks", i).Field("from"), "breaks are listed in order and do not overlap: this one begins on or before the end of the previous one");
                }
            }
        }

        private static void CheckProceeding(ProceedingRecord proceeding, JsonPath path, ref List<DossierProblem>? problems)
            => KindAndSpan(proceeding.Kind, proceeding.OpenedOn, (proceeding.ClosedOn, "closedOn"), path, ("kind", "openedOn", "a proceeding cannot close before it opened"), ref problems);

        /// <summary>
        /// A record of a kind with a required start date and an optional end that may not come before it (a sentence,
        /// a proceeding): the kind is defined, the start is given, the end is not earlier.
        /// </summary>
        private static void KindAndSpan<TKind>(TKind kind, DateTime start, (DateTime? Date, string Field) end, JsonPath path, (string Kind, string Start, string EndTooEarly) words, ref List<DossierProblem>? problems)
            where TKind : struct, Enum
        {
            Defined(kind, path.Field(words.Kind), ref problems);
            RequiredDate(start, path.Field(words.Start), ref problems);
            NotBefore(end.Date, start, path.Field(end.Field), words.EndTooEarly, ref problems);
        }

        private static void CheckInitiative(InitiativeRecord initiative, JsonPath path, ref List<DossierProblem>? problems)
        {
            Defined(initiative.Kind, path.Field("kind"), ref problems);
            Defined(initiative.Scope, path.Field("scope"), ref problems);
            Period(initiative.Period, path.Field("period"), ref problems);
        }

        /// <summary>A date of the dossier (valid as a date) that may not come before the date it follows.</summary>
        private static void NotBefore(DateTime? date, DateTime earliest, JsonPath path, string reason, ref List<DossierProblem>? problems)
        {
            Date(date, path, ref problems);
            if (date < earliest)
            {
                Add(ref problems, path, reason);
            }
        }

        /// <summary>
        /// Refuses a dossier that cannot be checked for <paramref name="period"/>: one whose first recruitment comes after
        /// the period ended (the person was not employed in it; counting it as "0 months" would hide a wrong date or period).
        /// </summary>
        public static void ThrowIfInvalidForPeriod(IndividualDossier dossier, AssessmentPeriod period)
        {
            if (dossier.RecruitmentDate is DateTime recruited && recruited.Date > period.End)
            {
                throw new InvalidDossierException(new[]
                {
                    new DossierProblem(JsonPath.Root("recruitmentDate").ToString(), $"the first recruitment ({Day(recruited)}) is after the end of the period checked ({period}, ending {Day(period.End)}): the person was not employed in it"),
                });
            }
        }

        private static void Add(ref List<DossierProblem>? problems, JsonPath path, string reason)
            => (problems ??= new List<DossierProblem>()).Add(new DossierProblem(path.ToString(), reason));

        private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>
        /// For a long list, a table of each key's first index, so that finding repeats stays linear; short lists (nearly
        /// every dossier) are scanned without allocating.
        /// </summary>
        private static Dictionary<TKey, int>? FirstIndexes<TKey>(int count)
            where TKey : notnull
            => count > 32 ? new Dictionary<TKey, int>() : null;

        private static int? SameAwardEarlier(IReadOnlyList<AwardRecord> records, int index, AwardRecord award, Dictionary<(string?, AssessmentPeriod), int>? firstIndexes)
        {
            if (firstIndexes != null)
            {
                var key = (award.Code, award.Period);
                if (firstIndexes.TryGetValue(key, out var first))
                {
                    return first;
                }

                firstIndexes.Add(key, index);
                return null;
            }

            for (var k = 0; k < index; k++)
            {
                if (records[k] != null && records[k].Period == award.Period && string.Equals(records[k].Code, award.Code, StringComparison.Ordinal))
                {
                    return k;
                }
            }

            return null;
        }

        private static bool AppearsEarlier(IReadOnlyList<PeriodRecord> records, int index, AssessmentPeriod period, Dictionary<AssessmentPeriod, int>? firstIndexes)
        {
            if (firstIndexes != null)
            {
                if (firstIndexes.ContainsKey(period))
                {
                    return true;
                }

                firstIndexes.Add(period, index);
                return false;
            }

            for (var k = 0; k < index; k++)
            {
                if (records[k] != null && records[k].Period == period)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Period(AssessmentPeriod period, JsonPath path, ref List<DossierProblem>? problems)
        {
            if (period.StartYear == 0)
            {
                Add(ref problems, path, "the assessment period is required (\"2021\" or \"2021-2022\")");
                return false;
            }

            return true;
        }

        /// <summary>A period is at most a leap year: no count of working days in it can be larger.</summary>
        private const int MaxWorkingDaysInPeriod = 366;

        private static void Months(int? months, JsonPath path, ref List<DossierProblem>? problems)
        {
            if (months is int m && (m < 0 || m > 12))
            {
                Add(ref problems, path, $"{m} is not a number of months within a period (0 to 12)");
            }
        }

        private static void Date(DateTime? date, JsonPath path, ref List<DossierProblem>? problems)
        {
            if (date is DateTime d && (d.Year < AssessmentPeriod.MinYear || d.Year > AssessmentPeriod.MaxYear + 1))
            {
                Add(ref problems, path, $"year {d.Year} is outside the years this library accepts ({AssessmentPeriod.MinYear} to {AssessmentPeriod.MaxYear + 1})");
            }
        }

        private static void RequiredDate(DateTime date, JsonPath path, ref List<DossierProblem>? problems)
        {
            if (date == default)
            {
                Add(ref problems, path, "the date is required");
            }
            else
            {
                Date(date, path, ref problems);
            }
        }

        private static void Code(string? code, JsonPath path, IAwardCatalog catalog, ref List<DossierProblem>? problems)
        {
            if (string.IsNullOrEmpty(code) || !catalog.IsKnownCode(code!))
            {
                var known = catalog.Regimes.SelectMany(r => catalog.GetAwards(r.Id)).Select(a => a.Code).Distinct();
                Add(ref problems, path, $"unknown award code '{code}'; known codes: {string.Join(", ", known)}");
            }
        }

        private static void Defined<T>(T? value, JsonPath path, ref List<DossierProblem>? problems)
            where T : struct, Enum
        {
            if (value is T v && !IsDefined(v))
            {
                Add(ref problems, path, $"{Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} is not a valid {typeof(T).Name}");
            }
        }

        private static bool IsDefined<T>(T value)
            where T : struct, Enum
#if NET5_0_OR_GREATER
            => Enum.IsDefined(value);
#else
            => Enum.IsDefined(typeof(T), value);
#endif

        private static void Defined<T>(T value, JsonPath path, ref List<DossierProblem>? problems)
            where T : struct, Enum
            => Defined((T?)value, path, ref problems);
    }
}
