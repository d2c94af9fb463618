using System;
using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>A run of consecutive periods counted back from a last period, and whether the dossier settles its length.</summary>
    internal readonly struct PeriodRun
    {
        public PeriodRun(int count, bool known, AssessmentPeriod last)
        {
            Count = count;
            Known = known;
            Last = last;
        }

        /// <summary>The periods in the run (0 when the last period itself does not qualify).</summary>
        public int Count { get; }

        /// <summary>
        /// Whether the run's start is settled: it met a period that does not qualify, the boundary it may not cross, or
        /// the earliest year. False when it met a period the dossier says nothing about.
        /// </summary>
        public bool Known { get; }

        /// <summary>The last period of the run (the period counted back from).</summary>
        public AssessmentPeriod Last { get; }

        /// <summary>The first period of the run; equal to <see cref="Last"/>'s successor when the run is empty.</summary>
        public AssessmentPeriod First => Step(Last, -(Count - 1));

        internal static AssessmentPeriod Step(AssessmentPeriod period, int periods)
        {
            var year = period.StartYear + periods;
            year = Math.Max(AssessmentPeriod.MinYear, Math.Min(AssessmentPeriod.MaxYear, year));
            return period.Kind == AssessmentPeriodKind.CalendarYear
                ? AssessmentPeriod.CalendarYear(year)
                : AssessmentPeriod.SchoolYear(year, period.StartMonth);
        }
    }

    /// <summary>From what date the law of a period counts the wait for the next award of a kind.</summary>
    internal enum WaitingClock
    {
        /// <summary>From the end of the achievement period the earlier decision names (Circular 08/2017 from 2017-12-15; Decree 98/2023).</summary>
        AchievementPeriod,

        /// <summary>From the date of the earlier decision (Decree 65/2014 Điều 2 khoản 4).</summary>
        DecisionDate,
    }

    /// <summary>
    /// The time arithmetic the forms of commendation share: N consecutive years with a rating or a title, "after form X,
    /// the following N years", counts of initiatives, ratings and titles within a window, and the wait since the last
    /// award of a kind. Pure functions over the dossier's lists; each says whether the dossier settles the answer, so
    /// the facts built on them can report Unknown rather than a count that only looks final.
    /// </summary>
    internal static class CommendationTime
    {
        /// <summary>
        /// Consecutive periods ending with <paramref name="last"/> rated at least <paramref name="minimum"/>, not reaching
        /// back to or before <paramref name="after"/>. A period with no record or no rating ends the run unsettled.
        /// </summary>
        public static PeriodRun RatingRun(IReadOnlyList<PeriodRecord>? records, AssessmentPeriod last, AssessmentPeriod? after, TaskRating minimum)
            => Run(last, after, p =>
            {
                var rating = RecordFor(records, p)?.TaskRating;
                return rating == null ? (bool?)null : rating >= minimum;
            });

        /// <summary>
        /// Consecutive periods ending with <paramref name="last"/> in which the person received <paramref name="code"/>,
        /// not reaching back to or before <paramref name="after"/>. Unsettled only when the history is not stated.
        /// </summary>
        public static PeriodRun TitleRun(IReadOnlyList<AwardRecord>? history, string code, AssessmentPeriod last, AssessmentPeriod? after)
            => history == null
                ? new PeriodRun(0, false, last)
                : Run(last, after, p => HasTitle(history, code, p));

        /// <summary>
        /// The latest merit decision of <paramref name="code"/> whose achievement period ends before <paramref name="before"/>
        /// starts. Unsettled when the history is not stated, or when a decision of that code later than the one found
        /// does not say what it rewarded (it may be the merit one).
        /// </summary>
        public static (AwardRecord? Latest, bool Known) LatestMerit(IReadOnlyList<AwardRecord>? history, string code, AssessmentPeriod before)
        {
            if (history == null)
            {
                return (null, false);
            }

            AwardRecord? latest = null;
            AwardRecord? latestUnstated = null;
            foreach (var award in history)
            {
                if (award == null || !string.Equals(award.Code, code, StringComparison.Ordinal) || award.Period.End >= before.Start)
                {
                    continue;
                }

                if (award.Basis == null)
                {
                    latestUnstated = Later(latestUnstated, award);
                }
                else if (award.Basis == CommendationBasis.Merit)
                {
                    latest = Later(latest, award);
                }
            }

            var known = latestUnstated == null || (latest != null && latest.Period.End >= latestUnstated.Period.End);
            return (latest, known);
        }

        /// <summary>Periods from <paramref name="from"/> to <paramref name="to"/> rated <paramref name="rating"/> or better; unsettled when one is not rated.</summary>
        public static (int Count, bool Known) RatingsIn(IReadOnlyList<PeriodRecord>? records, AssessmentPeriod from, AssessmentPeriod to, TaskRating rating)
        {
            var count = 0;
            var known = true;
            for (var p = from; p.StartYear <= to.StartYear; p = p.Next)
            {
                var found = RecordFor(records, p)?.TaskRating;
                if (found == null)
                {
                    known = false;
                }
                else if (found >= rating)
                {
                    count++;
                }

                if (p.StartYear == AssessmentPeriod.MaxYear)
                {
                    break;
                }
            }

            return (count, known);
        }

        /// <summary>Decisions of <paramref name="code"/> for periods from <paramref name="from"/> to <paramref name="to"/>; -1 when the history is not stated.</summary>
        public static int TitlesIn(IReadOnlyList<AwardRecord>? history, string code, AssessmentPeriod from, AssessmentPeriod to)
        {
            if (history == null)
            {
                return -1;
            }

            var count = 0;
            foreach (var award in history)
            {
                if (award != null && string.Equals(award.Code, code, StringComparison.Ordinal) && award.Period.Kind == to.Kind
                    && award.Period.StartYear >= from.StartYear && award.Period.StartYear <= to.StartYear)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>
        /// Initiatives of <paramref name="kind"/> recognised at <paramref name="minimumScope"/> or above for periods from
        /// <paramref name="from"/> to <paramref name="to"/>; research topics count only when accepted and applied (an
        /// unstated acceptance makes the count unsettled). -1 when the initiatives are not stated.
        /// </summary>
        public static (int Count, bool Known) InitiativesIn(IReadOnlyList<InitiativeRecord>? initiatives, InitiativeKind kind, InitiativeScope minimumScope, AssessmentPeriod from, AssessmentPeriod to)
        {
            if (initiatives == null)
            {
                return (-1, false);
            }

            var count = 0;
            var known = true;
            foreach (var initiative in initiatives)
            {
                if (initiative == null || initiative.Kind != kind || Rank(initiative.Scope) < Rank(minimumScope)
                    || initiative.Period.Kind != to.Kind || initiative.Period.StartYear < from.StartYear || initiative.Period.StartYear > to.StartYear)
                {
                    continue;
                }

                if (kind != InitiativeKind.ResearchTopic || initiative.AcceptedAndApplied == true)
                {
                    count++;
                }
                else if (initiative.AcceptedAndApplied == null)
                {
                    known = false;
                }
            }

            return (count, known);
        }

        /// <summary>
        /// Periods of <paramref name="period"/>'s kind, up to and including it, that fall wholly after the moment
        /// <paramref name="clock"/> starts for <paramref name="earlier"/>; null when that moment is not stated.
        /// </summary>
        public static int? PeriodsWaited(AwardRecord earlier, AssessmentPeriod period, WaitingClock clock)
        {
            DateTime start;
            if (clock == WaitingClock.AchievementPeriod)
            {
                start = earlier.Period.End;
            }
            else if (earlier.DecisionDate is DateTime decided)
            {
                start = decided.Date;
            }
            else
            {
                return null;
            }

            var count = 0;
            for (var p = period; p.Start > start; p = p.Previous)
            {
                count++;
                if (p.StartYear == AssessmentPeriod.MinYear)
                {
                    break;
                }
            }

            return count;
        }

        /// <summary>The order of recognising levels: unit, district, ministry or province, national (the enum's values are not in that order).</summary>
        public static int Rank(InitiativeScope scope) => scope switch
        {
            InitiativeScope.Unit => 0,
            InitiativeScope.District => 1,
            InitiativeScope.MinistryOrProvince => 2,
            _ => 3,
        };

        private static PeriodRun Run(AssessmentPeriod last, AssessmentPeriod? after, Func<AssessmentPeriod, bool?> qualifies)
        {
            var count = 0;
            for (var p = last; ; p = p.Previous)
            {
                if (after is AssessmentPeriod boundary && p.StartYear <= boundary.StartYear)
                {
                    return new PeriodRun(count, true, last);
                }

                var verdict = qualifies(p);
                if (verdict != true)
                {
                    return new PeriodRun(count, verdict == false, last);
                }

                count++;
                if (p.StartYear == AssessmentPeriod.MinYear)
                {
                    return new PeriodRun(count, true, last);
                }
            }
        }

        private static bool HasTitle(IReadOnlyList<AwardRecord> history, string code, AssessmentPeriod period)
        {
            foreach (var award in history)
            {
                if (award != null && award.Period == period && string.Equals(award.Code, code, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static PeriodRecord? RecordFor(IReadOnlyList<PeriodRecord>? records, AssessmentPeriod period)
        {
            for (var i = 0; i < (records?.Count ?? 0); i++)
            {
                if (records![i] is PeriodRecord record && record.Period == period)
                {
                    return record;
                }
            }

            return null;
        }

        private static AwardRecord Later(AwardRecord? current, AwardRecord candidate)
            => current == null || candidate.Period.End > current.Period.End ? candidate : current;
    }
}
