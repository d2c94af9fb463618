using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What the award history says about the award being checked: runs of earlier titles, decisions already made for
    /// this period, the next-award clock (parameter <c>history</c>).
    /// </summary>
    /// <remarks>
    /// The history is read once per check, on the first read of any of these facts, into a summary that every fact
    /// then answers from; facts are read several times per check (whether they are known, by the rule, for the
    /// explanation). Everything over the history is linear in its length: one pass, one counting sort by year.
    /// Periods are never stepped back before <see cref="AssessmentPeriod.MinYear"/>: a window or a chain of titles
    /// that would reach further back ends there.
    /// </remarks>
    public sealed class AwardHistoryFacts
    {
        /// <summary>Up to this many titles are ordered by insertion, more by counting (see <see cref="LatestFirst"/>).</summary>
        private const int SmallSort = 16;

        private readonly AwardCheck _check;
        private Summary? _summary;
        private IReadOnlyList<AssessmentPeriod>? _grassrootsRun;
        private IReadOnlyList<AwardRecord>? _ministryRun;

        internal AwardHistoryFacts(AwardCheck check)
        {
            _check = check;
        }

        private IReadOnlyList<AwardRecord>? History => _check.Dossier.AwardHistory;

        private AssessmentPeriod Period => _check.Period;

        private Summary Read => _summary ??= Summary.Of(History, _check.Award, Period);

        /// <summary>
        /// Consecutive grassroots emulation fighter titles ending with this period, counting only periods after the
        /// achievement period of the last ministry/provincial title (fact <c>consecutiveGrassrootsTitles</c>).
        /// </summary>
        public int ConsecutiveGrassrootsTitles => GrassrootsRun().Count;

        /// <summary>
        /// Consecutive ministry/provincial emulation fighter titles, the latest before this proposal year, whose
        /// achievement periods follow each other without a gap, counted after the last national title
        /// (fact <c>consecutiveMinistryTitles</c>).
        /// </summary>
        public int ConsecutiveMinistryTitles => MinistryRun().Count;

        /// <summary>
        /// Years from the decision on the latest ministry/provincial emulation fighter title to this proposal year;
        /// 0 when there is none (fact <c>yearsSinceMinistryTitleDecision</c>).
        /// </summary>
        public int YearsSinceMinistryTitleDecision => LatestMinistryTitle()?.DecisionDate is DateTime decided
            ? Period.StartYear - decided.Year
            : 0;

        /// <summary>
        /// Under the decision-date clock of Decree 65/2014 Điều 2 khoản 4: the grassroots titles of the run ending with
        /// this period (<see cref="ConsecutiveGrassrootsTitles"/>) whose periods end after the decision on the latest
        /// earlier ministry/provincial title (fact <c>consecutiveGrassrootsTitlesSinceDecision</c>). Both cuts apply:
        /// a year already rewarded is not counted again, and nothing achieved before that decision counts.
        /// </summary>
        public int ConsecutiveGrassrootsTitlesSinceDecision
        {
            get
            {
                var run = GrassrootsRun();
                if (LatestMinistryTitle()?.DecisionDate is not DateTime decided)
                {
                    return run.Count;
                }

                var count = 0;
                while (count < run.Count && run[count].End > decided.Date)
                {
                    count++;
                }

                return count;
            }
        }

        /// <summary>
        /// Under the decision-date clock of Decree 65/2014 Điều 2 khoản 4: whether this period ends after the decision
        /// date of every other decision for this award on a period of the same kind (fact
        /// <c>periodAfterPreviousDecision</c>).
        /// </summary>
        public bool PeriodAfterPreviousDecision
        {
            get
            {
                var history = History;
                for (var i = 0; i < (history?.Count ?? 0); i++)
                {
                    if (IsOtherDecisionOnThisAward(history![i]) && !(history[i].DecisionDate?.Date < Period.End))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>Decisions already giving this award for this period (fact <c>sameAwardForPeriod</c>).</summary>
        public int SameAwardForPeriod => Read.SameAwardForPeriod;

        /// <summary>
        /// Whether this period starts after the achievement period of every earlier decision for this award
        /// (fact <c>periodAfterPreviousAward</c>).
        /// </summary>
        public bool PeriodAfterPreviousAward => Read.PeriodAfterPreviousAward;

        /// <summary>
        /// The first of the three periods a ministry/provincial title is considered for (Decree 91/2017 Điều 9 khoản 2),
        /// moved later when an earlier title already covers some of them. Independent of gaps in the grassroots run,
        /// so a missing year fails the run condition alone.
        /// </summary>
        internal AssessmentPeriod MinistryTitleWindowStart
        {
            get
            {
                var start = StepBack(Period, 2);
                var usedUpTo = Read.LatestMinistryYear;
                while (usedUpTo != null && start.StartYear <= usedUpTo && start != Period)
                {
                    start = start.Next;
                }

                return start;
            }
        }

        /// <summary>The grassroots titles of the run ending with this period, latest first.</summary>
        internal IReadOnlyList<AssessmentPeriod> GrassrootsRun() => _grassrootsRun ??= ComputeGrassrootsRun();

        /// <summary>The ministry/provincial titles of the latest unbroken chain before this proposal year, latest first.</summary>
        internal IReadOnlyList<AwardRecord> MinistryRun() => _ministryRun ??= ComputeMinistryRun();

        /// <summary>Whether every other decision for this award on a period of the same kind states its date (fact <c>periodAfterPreviousDecision</c> is known).</summary>
        internal bool DecisionDatesKnown()
        {
            var history = History;
            for (var i = 0; i < (history?.Count ?? 0); i++)
            {
                if (IsOtherDecisionOnThisAward(history![i]) && history[i].DecisionDate == null)
                {
                    return false;
                }
            }

            return history != null;
        }

        /// <summary>The ministry/provincial title of the latest year before this one (the first listed, if several).</summary>
        internal AwardRecord? LatestMinistryTitle() => Read.LatestMinistryTitle;

        /// <summary>
        /// A ministry/provincial title rewards three consecutive grassroots years unless the record says otherwise; a
        /// window that would start before <see cref="AssessmentPeriod.MinYear"/> starts there.
        /// </summary>
        internal static AssessmentPeriod MinistryWindowStart(AwardRecord title) => title.FirstPeriod ?? StepBack(title.Period, 2);

        /// <summary>
        /// The period <paramref name="periods"/> periods before <paramref name="period"/>, or the earliest one there is
        /// (<see cref="AssessmentPeriod.MinYear"/>) when that would be before it. <see cref="AssessmentPeriod.Previous"/>
        /// throws there; code over a dossier's history steps back only through this or <see cref="TryPrevious"/>.
        /// </summary>
        internal static AssessmentPeriod StepBack(AssessmentPeriod period, int periods)
        {
            for (var i = 0; i < periods && TryPrevious(period, out var previous); i++)
            {
                period = previous;
            }

            return period;
        }

        /// <summary>The period before <paramref name="period"/>; <see langword="false"/> when there is none (it starts in <see cref="AssessmentPeriod.MinYear"/>).</summary>
        internal static bool TryPrevious(AssessmentPeriod period, out AssessmentPeriod previous)
        {
            if (period.StartYear <= AssessmentPeriod.MinYear)
            {
                previous = period;
                return false;
            }

            previous = period.Previous;
            return true;
        }

        /// <summary>
        /// The titles latest first; titles of the same year keep their history order. A stable counting sort by start
        /// year, linear in the number of titles (years run from <see cref="AssessmentPeriod.MinYear"/> to
        /// <see cref="AssessmentPeriod.MaxYear"/>); a handful of titles are ordered by insertion.
        /// </summary>
        internal static AwardRecord[] LatestFirst(IReadOnlyList<AwardRecord> titles)
        {
            const int Years = AssessmentPeriod.MaxYear - AssessmentPeriod.MinYear + 1;
            if (titles.Count <= SmallSort)
            {
                // A real history holds a few titles: an insertion sort (stable) spares the buckets.
                var few = new AwardRecord[titles.Count];
                for (var i = 0; i < titles.Count; i++)
                {
                    var at = i;
                    while (at > 0 && few[at - 1].Period.StartYear < titles[i].Period.StartYear)
                    {
                        few[at] = few[at - 1];
                        at--;
                    }

                    few[at] = titles[i];
                }

                return few;
            }

            var starts = new int[Years + 1];
            for (var i = 0; i < titles.Count; i++)
            {
                var year = titles[i].Period.StartYear;
                if (year < AssessmentPeriod.MinYear || year > AssessmentPeriod.MaxYear)
                {
                    // Only an unvalidated record (a default period) gets here; a stable comparison sort still answers.
                    return titles.OrderByDescending(t => t.Period.StartYear).ToArray();
                }

                starts[AssessmentPeriod.MaxYear - year + 1]++;
            }

            for (var bucket = 1; bucket <= Years; bucket++)
            {
                starts[bucket] += starts[bucket - 1];
            }

            var sorted = new AwardRecord[titles.Count];
            for (var i = 0; i < titles.Count; i++)
            {
                sorted[starts[AssessmentPeriod.MaxYear - titles[i].Period.StartYear]++] = titles[i];
            }

            return sorted;
        }

        private bool IsOtherDecisionOnThisAward(AwardRecord record)
            => record.Code == _check.Award && record.Period.Kind == Period.Kind && record.Period != Period;

        private List<AssessmentPeriod> ComputeGrassrootsRun()
        {
            var run = new List<AssessmentPeriod>();
            if (History == null)
            {
                return run;
            }

            // Years already behind a ministry/provincial title are not counted again (Circular 12/2019 Điều 2 khoản 6).
            var summary = Read;
            var usedUpTo = summary.LatestMinistryYear;
            var current = Period;
            var held = summary.GrassrootsPeriods;
            while (held != null && (usedUpTo == null || current.StartYear > usedUpTo) && held.Contains(current))
            {
                run.Add(current);
                if (!TryPrevious(current, out current))
                {
                    break;
                }
            }

            return run;
        }

        private List<AwardRecord> ComputeMinistryRun()
        {
            var chain = new List<AwardRecord>();
            if (History == null)
            {
                return chain;
            }

            // Ministry titles already behind a national title are not counted again, including one recorded with its
            // proposal year.
            var summary = Read;
            var titles = summary.EarlierMinistryTitles;
            if (titles == null)
            {
                return chain;
            }

            var usedUpTo = summary.LatestNationalYear;
            var candidates = new List<AwardRecord>(titles.Count);
            foreach (var title in titles)
            {
                if (usedUpTo == null || MinistryWindowStart(title).StartYear > usedUpTo)
                {
                    candidates.Add(title);
                }
            }

            // Latest first; titles of the same year keep their history order (a stable sort, as OrderByDescending).
            foreach (var title in LatestFirst(candidates))
            {
                if (chain.Count > 0)
                {
                    // The chain continues with the title just before the window of the earliest one so far; a window
                    // that starts in the earliest year there is ends the chain.
                    if (!TryPrevious(MinistryWindowStart(chain[chain.Count - 1]), out var before) || title.Period != before)
                    {
                        break;
                    }
                }

                chain.Add(title);
            }

            return chain;
        }

        /// <summary>What one pass over the history finds for this award and period.</summary>
        private sealed class Summary
        {
            private Summary()
            {
            }

            /// <summary>Decisions giving this award for this very period.</summary>
            public int SameAwardForPeriod { get; private set; }

            /// <summary>No earlier decision for this award has an achievement period reaching into this one.</summary>
            public bool PeriodAfterPreviousAward { get; private set; } = true;

            /// <summary>The latest start year, up to and including this period's, of a ministry/provincial title of this kind of period.</summary>
            public int? LatestMinistryYear { get; private set; }

            /// <summary>The latest start year, up to and including this period's, of a national title of this kind of period.</summary>
            public int? LatestNationalYear { get; private set; }

            /// <summary>The ministry/provincial title of the latest year before this one, the first listed of that year.</summary>
            public AwardRecord? LatestMinistryTitle { get; private set; }

            /// <summary>Every period with a grassroots title; <see langword="null"/> when there is none (most checks allocate nothing).</summary>
            public HashSet<AssessmentPeriod>? GrassrootsPeriods { get; private set; }

            /// <summary>The ministry/provincial titles of this kind of period before this year, in history order; <see langword="null"/> when there is none.</summary>
            public List<AwardRecord>? EarlierMinistryTitles { get; private set; }

            public static Summary Of(IReadOnlyList<AwardRecord>? history, string award, AssessmentPeriod period)
            {
                var summary = new Summary();
                var count = history?.Count ?? 0;
                for (var i = 0; i < count; i++)
                {
                    summary.Add(history![i], award, period);
                }

                return summary;
            }

            private void Add(AwardRecord record, string award, AssessmentPeriod period)
            {
                var sameKind = record.Period.Kind == period.Kind;
                if (record.Code == award)
                {
                    SameAwardForPeriod += record.Period == period ? 1 : 0;
                    if (sameKind && record.Period != period && !(record.Period.End < period.Start))
                    {
                        PeriodAfterPreviousAward = false;
                    }
                }

                if (record.Code == AwardCodes.GrassrootsEmulationFighter)
                {
                    (GrassrootsPeriods ??= new HashSet<AssessmentPeriod>()).Add(record.Period);
                }

                if (!sameKind || record.Period.StartYear > period.StartYear)
                {
                    return;
                }

                var year = record.Period.StartYear;
                if (record.Code == AwardCodes.NationalEmulationFighter)
                {
                    LatestNationalYear = LatestNationalYear == null || year > LatestNationalYear ? year : LatestNationalYear;
                }
                else if (record.Code == AwardCodes.MinistryEmulationFighter)
                {
                    LatestMinistryYear = LatestMinistryYear == null || year > LatestMinistryYear ? year : LatestMinistryYear;
                    if (year < period.StartYear)
                    {
                        (EarlierMinistryTitles ??= new List<AwardRecord>()).Add(record);
                        if (LatestMinistryTitle == null || year > LatestMinistryTitle.Period.StartYear)
                        {
                            LatestMinistryTitle = record;
                        }
                    }
                }
            }
        }
    }
}
