using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// The facts a rule expression can read about one dossier, for one award and one assessment period. Rule
    /// expressions see it as <c>f</c> (e.g. <c>f.MonthsSinceRecruitment &gt;= 10</c>) and may read nothing else.
    /// </summary>
    /// <remarks>
    /// Every property has a fact name (the camel-case property name) that rules list in <c>needs</c>. When the
    /// dossier lacks what a fact is computed from, the property returns a neutral value and the checker reports
    /// the condition as Unknown without using it, so a missing fact can never read as "not met".
    /// <para>
    /// Facts are read several times per check (whether they are known, by the engine, for the explanation), so
    /// they are computed with plain indexed loops rather than LINQ: the same answers without a closure or
    /// enumerator allocated per read (see benchmarks/README.md).
    /// </para>
    /// </remarks>
    public sealed class RuleFacts
    {
        private readonly IndividualDossier _dossier;
        private readonly PeriodRecord? _record;

        internal RuleFacts(IndividualDossier dossier, string awardCode, AssessmentPeriod period, DateTime consideredOn)
        {
            _dossier = dossier;
            AwardCode = awardCode;
            Period = period;
            ConsideredOn = consideredOn;
            _record = Find(dossier.Periods, period);
        }

        internal string AwardCode { get; }

        internal AssessmentPeriod Period { get; }

        internal DateTime ConsideredOn { get; }

        internal IndividualDossier Dossier => _dossier;

        internal PeriodRecord? Record => _record;

        /// <summary>The person's group under Law Điều 24 (fact <c>category</c>).</summary>
        public PersonnelCategory Category => _dossier.Category ?? PersonnelCategory.CivilServant;

        /// <summary>The task rating for the period (fact <c>taskRating</c>).</summary>
        public TaskRating TaskRating => _record?.TaskRating ?? TaskRating.NotCompleted;

        /// <summary>Council finding: policy compliance and solidarity (fact <c>policyComplianceAndSolidarity</c>).</summary>
        public bool PolicyComplianceAndSolidarity => _record?.Attestations?.PolicyComplianceAndSolidarity ?? false;

        /// <summary>Council finding: active study (fact <c>activeStudy</c>).</summary>
        public bool ActiveStudy => _record?.Attestations?.ActiveStudy ?? false;

        /// <summary>Council finding: ethics and lifestyle (fact <c>ethicsAndLifestyle</c>).</summary>
        public bool EthicsAndLifestyle => _record?.Attestations?.EthicsAndLifestyle ?? false;

        /// <summary>Council finding: productive work and emulation (fact <c>productiveWorkAndEmulation</c>).</summary>
        public bool ProductiveWorkAndEmulation => _record?.Attestations?.ProductiveWorkAndEmulation ?? false;

        /// <summary>Council finding: exemplary conduct (fact <c>exemplaryConduct</c>).</summary>
        public bool ExemplaryConduct => _record?.Attestations?.ExemplaryConduct ?? false;

        /// <summary>Council finding: among the outstanding of the ministry or province (fact <c>outstandingAmongPeers</c>).</summary>
        public bool OutstandingAmongPeers => _record?.Attestations?.OutstandingAmongPeers ?? false;

        /// <summary>Council finding: the most outstanding (fact <c>mostOutstandingAmongPeers</c>).</summary>
        public bool MostOutstandingAmongPeers => _record?.Attestations?.MostOutstandingAmongPeers ?? false;

        /// <summary>
        /// Whole months from the recruitment date to the end of the period (fact <c>monthsSinceRecruitment</c>); a
        /// person recruited before the period started counts twelve or more.
        /// </summary>
        public int MonthsSinceRecruitment
        {
            get
            {
                if (_dossier.RecruitmentDate is not DateTime recruited)
                {
                    return 0;
                }

                var end = Period.End.AddDays(1);
                var months = ((end.Year - recruited.Year) * 12) + end.Month - recruited.Month;
                if (end.Day < recruited.Day)
                {
                    months--;
                }

                return Math.Max(0, months);
            }
        }

        /// <summary>Disciplinary decisions dated within the period (fact <c>disciplinesInPeriod</c>); every form is reprimand or above.</summary>
        public int DisciplinesInPeriod
        {
            get
            {
                var disciplines = _dossier.Disciplines;
                var count = 0;
                for (var i = 0; i < (disciplines?.Count ?? 0); i++)
                {
                    count += Period.Contains(disciplines![i].DecisionDate) ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>Proceedings pending on the day of consideration (fact <c>pendingProceedings</c>).</summary>
        public int PendingProceedings
        {
            get
            {
                var proceedings = _dossier.Proceedings;
                var count = 0;
                for (var i = 0; i < (proceedings?.Count ?? 0); i++)
                {
                    count += proceedings![i].IsPendingOn(ConsideredOn) ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>
        /// Training of a year or more in the period: whether every such course was attended with the rules kept and
        /// a result of good (<c>khá</c>) or better; true when there was none (fact <c>longTrainingRequirementsMet</c>).
        /// </summary>
        public bool LongTrainingRequirementsMet
        {
            get
            {
                var leaves = _record?.Leaves;
                for (var i = 0; i < (leaves?.Count ?? 0); i++)
                {
                    var leave = leaves![i];
                    if (IsLongCourse(leave) && !(leave.CompliedWithRules == true && leave.Result >= StudyResult.Good))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>Number of training courses of a year or more in the period (fact <c>longTrainingCourses</c>).</summary>
        public int LongTrainingCourses
        {
            get
            {
                var leaves = _record?.Leaves;
                var count = 0;
                for (var i = 0; i < (leaves?.Count ?? 0); i++)
                {
                    count += IsLongCourse(leaves![i]) ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>
        /// After a transfer: whether the previous unit's comment is in the dossier when the person spent six months or
        /// more there; true when there was no transfer or a shorter stay (fact <c>transferRequirementMet</c>).
        /// </summary>
        public bool TransferRequirementMet => _record?.Transfer is not TransferRecord transfer
            || transfer.MonthsAtPreviousUnit < 6
            || transfer.PreviousUnitCommentProvided == true;

        /// <summary>Months at the previous unit after a transfer in the period; 0 without one (fact <c>monthsAtPreviousUnit</c>).</summary>
        public int MonthsAtPreviousUnit => _record?.Transfer?.MonthsAtPreviousUnit ?? 0;

        /// <summary>
        /// Initiatives recognised by the unit or higher for this period that can support the grassroots title
        /// (fact <c>unitInitiatives</c>): an initiative; a research topic accepted and applied; for the armed
        /// forces, combat creativity with excellent completion of duty.
        /// </summary>
        public int UnitInitiatives => CountQualifyingInitiatives(InitiativeScope.Unit, Period, Period, out _);

        /// <summary>
        /// Initiatives recognised by the head of a ministry, sector, province or central mass organisation (or of
        /// national scope) in the three periods this title is considered for, ending with this one, leaving out
        /// periods already behind an earlier ministry/provincial title (fact <c>ministryInitiatives</c>).
        /// </summary>
        public int MinistryInitiatives => CountQualifyingInitiatives(InitiativeScope.MinistryOrProvince, MinistryTitleWindowStart, Period, out _);

        /// <summary>
        /// Initiatives applied with high effect and nationwide influence within the periods of the chain of
        /// ministry/provincial titles behind this proposal (fact <c>nationalInitiatives</c>).
        /// </summary>
        public int NationalInitiatives
        {
            get
            {
                // The initiative must belong to the achievement behind the title: the periods of the chain of
                // ministry/provincial titles, not the years after it. Without a chain nothing qualifies.
                var chain = MinistryRun();
                return chain.Count == 0
                    ? 0
                    : CountQualifyingInitiatives(InitiativeScope.National, MinistryWindowStart(chain[chain.Count - 1]), chain[0].Period, out _);
            }
        }

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

        /// <summary>Share of all council members who approved this nomination by secret ballot, in percent (fact <c>ballotApprovalPercent</c>).</summary>
        /// <remarks>The share is exact (not rounded), so 1808 votes of 2009 members (89.995%) stays below 90%.</remarks>
        public decimal BallotApprovalPercent => Ballot() is CouncilBallot ballot && ballot.CouncilMembers > 0
            ? 100m * ballot.VotesInFavour / ballot.CouncilMembers
            : 0m;

        /// <summary>Decisions already giving this award for this period (fact <c>sameAwardForPeriod</c>).</summary>
        public int SameAwardForPeriod
        {
            get
            {
                var history = _dossier.AwardHistory;
                var count = 0;
                for (var i = 0; i < (history?.Count ?? 0); i++)
                {
                    count += history![i].Code == AwardCode && history[i].Period == Period ? 1 : 0;
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
                var history = _dossier.AwardHistory;
                for (var i = 0; i < (history?.Count ?? 0); i++)
                {
                    var award = history![i];
                    if (award.Code == AwardCode && award.Period.Kind == Period.Kind && award.Period != Period && !(award.Period.End < Period.Start))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        internal PeriodRecord? RecordFor(AssessmentPeriod period) => Find(_dossier.Periods, period);

        /// <summary>Whether every training leave in the period states its course length (fact <c>longTrainingCourses</c> is known).</summary>
        internal bool TrainingLengthsKnown()
        {
            var leaves = _record?.Leaves;
            for (var i = 0; i < (leaves?.Count ?? 0); i++)
            {
                if (leaves![i].Kind == LeaveKind.Training && leaves[i].CourseMonths == null)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether fact <c>longTrainingRequirementsMet</c> is known: every training leave states its length, and every
        /// course of a year or more states both compliance and result.
        /// </summary>
        internal bool LongTrainingKnown()
        {
            var leaves = _record?.Leaves;
            for (var i = 0; i < (leaves?.Count ?? 0); i++)
            {
                var leave = leaves![i];
                if (leave.Kind == LeaveKind.Training && (leave.CourseMonths == null || (leave.CourseMonths >= 12 && (leave.CompliedWithRules == null || leave.Result == null))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether an initiative fact is known: the list is stated, and when nothing qualifies for sure, no entry in
        /// the window is undecidable.
        /// </summary>
        internal bool InitiativesDecidable(InitiativeScope minimumScope, AssessmentPeriod from, AssessmentPeriod to)
            => _dossier.Initiatives != null && (CountQualifyingInitiatives(minimumScope, from, to, out var undecidable) > 0 || !undecidable);

        internal CouncilBallot? Ballot()
        {
            var ballots = _record?.Ballots;
            for (var i = (ballots?.Count ?? 0) - 1; i >= 0; i--)
            {
                if (ballots![i].Award == AwardCode)
                {
                    return ballots[i];
                }
            }

            return null;
        }

        /// <summary>
        /// How many initiatives of <paramref name="minimumScope"/> or wider in the window certainly qualify, and whether any cannot be told (null).
        /// </summary>
        internal int CountQualifyingInitiatives(InitiativeScope minimumScope, AssessmentPeriod from, AssessmentPeriod to, out bool anyUndecidable)
        {
            var count = 0;
            anyUndecidable = false;
            var initiatives = _dossier.Initiatives;
            for (var i = 0; i < (initiatives?.Count ?? 0); i++)
            {
                var (inWindow, verdict) = Qualifies(initiatives![i], minimumScope, from, to);
                if (inWindow)
                {
                    count += verdict == true ? 1 : 0;
                    anyUndecidable |= verdict == null;
                }
            }

            return count;
        }

        /// <summary>Whether an initiative is in the scope and window, and if so whether it qualifies (null: cannot be told).</summary>
        private (bool InWindow, bool? Verdict) Qualifies(InitiativeRecord initiative, InitiativeScope minimumScope, AssessmentPeriod from, AssessmentPeriod to)
        {
            if (initiative.Scope < minimumScope || initiative.Period.Kind != Period.Kind
                || initiative.Period.StartYear < from.StartYear || initiative.Period.StartYear > to.StartYear)
            {
                return (false, null);
            }

            switch (initiative.Kind)
            {
                case InitiativeKind.Initiative:
                    return (true, true);
                case InitiativeKind.ResearchTopic:
                    return (true, initiative.AcceptedAndApplied);
                default:
                    // Combat creativity serves only the armed forces; at the grassroots it also needs excellent
                    // completion of duty in the same period (Law Điều 23 khoản 2 as amended in 2013).
                    if (_dossier.Category == null)
                    {
                        return (true, null);
                    }

                    if (_dossier.Category != PersonnelCategory.ArmedForces)
                    {
                        return (true, false);
                    }

                    if (minimumScope == InitiativeScope.Unit)
                    {
                        var rating = RecordFor(initiative.Period)?.TaskRating;
                        return (true, rating == null ? null : rating == TaskRating.CompletedExcellently);
                    }

                    return (true, true);
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

        /// <summary>Whether fact <c>nationalInitiatives</c> can be decided within the chain's window (see <see cref="NationalInitiatives"/>).</summary>
        internal bool NationalInitiativesDecidable()
        {
            var chain = MinistryRun();
            return chain.Count == 0
                ? _dossier.Initiatives != null
                : InitiativesDecidable(InitiativeScope.National, MinistryWindowStart(chain[chain.Count - 1]), chain[0].Period);
        }

        /// <summary>The grassroots titles of the run ending with this period, latest first.</summary>
        internal List<AssessmentPeriod> GrassrootsRun()
        {
            var run = new List<AssessmentPeriod>();
            var history = _dossier.AwardHistory;
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
            var history = _dossier.AwardHistory;
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

        /// <summary>The latest period (start year) up to and including this one in which <paramref name="code"/> was awarded.</summary>
        private int? LatestYearOf(string code)
        {
            var history = _dossier.AwardHistory;
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

        /// <summary>The ministry/provincial title of the latest year before this one (the first listed, if several).</summary>
        internal AwardRecord? LatestMinistryTitle()
        {
            var history = _dossier.AwardHistory;
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

        private static PeriodRecord? Find(IReadOnlyList<PeriodRecord>? records, AssessmentPeriod period)
        {
            for (var i = 0; i < (records?.Count ?? 0); i++)
            {
                if (records![i].Period == period)
                {
                    return records[i];
                }
            }

            return null;
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

        private static bool IsLongCourse(LeaveRecord leave) => leave.Kind == LeaveKind.Training && leave.CourseMonths >= 12;

        /// <summary>A ministry/provincial title rewards three consecutive grassroots years unless the record says otherwise.</summary>
        internal static AssessmentPeriod MinistryWindowStart(AwardRecord title) => title.FirstPeriod ?? title.Period.Previous.Previous;
    }
}
