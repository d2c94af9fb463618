using System;
using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What the award history says about the award being checked: runs of earlier titles, decisions already made for
    /// this period, the next-award clock (parameter <c>history</c>).
    /// </summary>
    /// <remarks>
    /// Counted with plain indexed loops rather than LINQ: facts are read several times per check (whether they are
    /// known, by the rule, for the explanation), and loops give the same answers without allocating per read.
    /// </remarks>
    public sealed class AwardHistoryFacts
    {
        private readonly AwardCheck _check;

        internal AwardHistoryFacts(AwardCheck check)
        {
            _check = check;
        }

        private IReadOnlyList<AwardRecord>? History => _check.Dossier.AwardHistory;

        private AssessmentPeriod Period => _check.Period;

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

        /// <summary>Decisions already giving this award for this period (fact <c>sameAwardForPeriod</c>).</summary>
        public int SameAwardForPeriod
        {
            get
            {
                var history = History;
                var count = 0;
                for (var i = 0; i < (history?.Count ?? 0); i++)
                {
                    count += history![i].Code == _check.Award && history[i].Period == Period ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>
        /// Whether this period starts after the achievement period of every earlier decision for this award
        /// (fact <c>periodAfterPreviousAward</c>).
        /// </summary>
        public bool PeriodAfterPreviousAward
        {
            get
            {
                var history = History;
                for (var i = 0; i < (history?.Count ?? 0); i++)
                {
                    var award = history![i];
                    if (award.Code == _check.Award && award.Period.Kind == Period.Kind && award.Period != Period && !(award.Period.End < Period.Start))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>
        /// The first of the three periods a ministry/provincial title is considered for (Decree 91/2017 Điều 9 khoản 2),
        /// moved later when an earlier title already covers some of them. Independent of gaps in the grassroots run,
        /// so a missing year fails the run condition alone.
        /// </summary>
        internal AssessmentPeriod MinistryTitleWindowStart
        {
            get
            {
                var start = Period.Previous.Previous;
                var usedUpTo = LatestYearOf(AwardCodes.MinistryEmulationFighter);
                while (usedUpTo != null && start.StartYear <= usedUpTo && start != Period)
                {
                    start = start.Next;
                }

                return start;
            }
        }

        /// <summary>The grassroots titles of the run ending with this period, latest first.</summary>
        internal List<AssessmentPeriod> GrassrootsRun()
        {
            var run = new List<AssessmentPeriod>();
            var history = History;
            if (history == null)
            {
                return run;
            }

            // Years already behind a ministry/provincial title are not counted again (Circular 12/2019 Điều 2 khoản 6).
            var usedUpTo = LatestYearOf(AwardCodes.MinistryEmulationFighter);

            var current = Period;
            while ((usedUpTo == null || current.StartYear > usedUpTo) && Holds(history, AwardCodes.GrassrootsEmulationFighter, current))
            {
                run.Add(current);
                if (current.StartYear <= AssessmentPeriod.MinYear)
                {
                    break;
                }

                current = current.Previous;
            }

            return run;
        }

        /// <summary>The ministry/provincial titles of the latest unbroken chain before this proposal year, latest first.</summary>
        internal List<AwardRecord> MinistryRun()
        {
            var chain = new List<AwardRecord>();
            var history = History;
            if (history == null)
            {
                return chain;
            }

            // Ministry titles already behind a national title are not counted again, including one recorded with its
            // proposal year.
            var usedUpTo = LatestYearOf(AwardCodes.NationalEmulationFighter);

            // Latest first; titles of the same year keep their history order (a stable sort, as OrderByDescending).
            var titles = new List<AwardRecord>();
            for (var i = 0; i < history.Count; i++)
            {
                var award = history[i];
                if (award.Code == AwardCodes.MinistryEmulationFighter && award.Period.Kind == Period.Kind && award.Period.StartYear < Period.StartYear
                    && (usedUpTo == null || MinistryWindowStart(award).StartYear > usedUpTo))
                {
                    var at = 0;
                    while (at < titles.Count && titles[at].Period.StartYear >= award.Period.StartYear)
                    {
                        at++;
                    }

                    titles.Insert(at, award);
                }
            }

            foreach (var title in titles)
            {
                if (chain.Count > 0 && title.Period != MinistryWindowStart(chain[chain.Count - 1]).Previous)
                {
                    break;
                }

                chain.Add(title);
            }

            return chain;
        }

        /// <summary>The ministry/provincial title of the latest year before this one (the first listed, if several).</summary>
        internal AwardRecord? LatestMinistryTitle()
        {
            var history = History;
            AwardRecord? latest = null;
            for (var i = 0; i < (history?.Count ?? 0); i++)
            {
                var award = history![i];
                if (award.Code == AwardCodes.MinistryEmulationFighter && award.Period.Kind == Period.Kind && award.Period.StartYear < Period.StartYear
                    && (latest == null || award.Period.StartYear > latest.Period.StartYear))
                {
                    latest = award;
                }
            }

            return latest;
        }

        /// <summary>A ministry/provincial title rewards three consecutive grassroots years unless the record says otherwise.</summary>
        internal static AssessmentPeriod MinistryWindowStart(AwardRecord title) => title.FirstPeriod ?? title.Period.Previous.Previous;

        /// <summary>The latest period (start year) up to and including this one in which <paramref name="code"/> was awarded.</summary>
        private int? LatestYearOf(string code)
        {
            var history = History;
            int? latest = null;
            for (var i = 0; i < (history?.Count ?? 0); i++)
            {
                var award = history![i];
                if (award.Code == code && award.Period.Kind == Period.Kind && award.Period.StartYear <= Period.StartYear
                    && (latest == null || award.Period.StartYear > latest))
                {
                    latest = award.Period.StartYear;
                }
            }

            return latest;
        }

        private static bool Holds(IReadOnlyList<AwardRecord> history, string code, AssessmentPeriod period)
        {
            for (var i = 0; i < history.Count; i++)
            {
                if (history[i].Code == code && history[i].Period == period)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
