using System;
using System.Collections.Generic;
using System.Linq;

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
            _record = dossier.Periods?.FirstOrDefault(p => p.Period == period);
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
        public int DisciplinesInPeriod => _dossier.Disciplines?.Count(d => Period.Contains(d.DecisionDate)) ?? 0;

        /// <summary>Proceedings pending on the day of consideration (fact <c>pendingProceedings</c>).</summary>
        public int PendingProceedings => _dossier.Proceedings?.Count(p => p.IsPendingOn(ConsideredOn)) ?? 0;

        /// <summary>
        /// Training of a year or more in the period: whether every such course was attended with the rules kept and
        /// a result of good (<c>khá</c>) or better; true when there was none (fact <c>longTrainingRequirementsMet</c>).
        /// </summary>
        public bool LongTrainingRequirementsMet => LongCourses().All(l => l.CompliedWithRules == true && l.Result >= StudyResult.Good);

        /// <summary>Number of training courses of a year or more in the period (fact <c>longTrainingCourses</c>).</summary>
        public int LongTrainingCourses => LongCourses().Count();

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
        public int UnitInitiatives => QualifyingInitiatives(InitiativeScope.Unit, Period, Period).Count(q => q == true);

        /// <summary>
        /// Initiatives recognised by the head of a ministry, sector, province or central mass organisation (or of
        /// national scope) in the three periods this title is considered for, ending with this one, leaving out
        /// periods already behind an earlier ministry/provincial title (fact <c>ministryInitiatives</c>).
        /// </summary>
        public int MinistryInitiatives => QualifyingInitiatives(InitiativeScope.MinistryOrProvince, MinistryTitleWindowStart, Period).Count(q => q == true);

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
                    : QualifyingInitiatives(InitiativeScope.National, MinistryWindowStart(chain[chain.Count - 1]), chain[0].Period).Count(q => q == true);
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
        public int SameAwardForPeriod => _dossier.AwardHistory?.Count(a => a.Code == AwardCode && a.Period == Period) ?? 0;

        /// <summary>
        /// Whether this period starts after the achievement period of every earlier decision for this award
        /// (fact <c>periodAfterPreviousAward</c>).
        /// </summary>
        public bool PeriodAfterPreviousAward => _dossier.AwardHistory?
            .Where(a => a.Code == AwardCode && a.Period.Kind == Period.Kind && a.Period != Period)
            .All(a => a.Period.End < Period.Start) ?? true;

        internal PeriodRecord? RecordFor(AssessmentPeriod period) => _dossier.Periods?.FirstOrDefault(p => p.Period == period);

        internal IEnumerable<LeaveRecord> Training() => _record?.Leaves?.Where(l => l.Kind == LeaveKind.Training) ?? Enumerable.Empty<LeaveRecord>();

        internal IEnumerable<LeaveRecord> LongCourses() => Training().Where(l => l.CourseMonths >= 12);

        internal CouncilBallot? Ballot() => _record?.Ballots?.LastOrDefault(b => b.Award == AwardCode);

        /// <summary>For each initiative of <paramref name="minimumScope"/> or wider in the window: true, false, or null when it cannot be told.</summary>
        internal IEnumerable<bool?> QualifyingInitiatives(InitiativeScope minimumScope, AssessmentPeriod from, AssessmentPeriod to)
        {
            if (_dossier.Initiatives == null)
            {
                yield break;
            }

            foreach (var initiative in _dossier.Initiatives)
            {
                if (initiative.Scope < minimumScope || initiative.Period.Kind != Period.Kind
                    || initiative.Period.StartYear < from.StartYear || initiative.Period.StartYear > to.StartYear)
                {
                    continue;
                }

                switch (initiative.Kind)
                {
                    case InitiativeKind.Initiative:
                        yield return true;
                        break;
                    case InitiativeKind.ResearchTopic:
                        yield return initiative.AcceptedAndApplied;
                        break;
                    default:
                        // Combat creativity serves only the armed forces; at the grassroots it also needs excellent
                        // completion of duty in the same period (Law Điều 23 khoản 2 as amended in 2013).
                        if (_dossier.Category == null)
                        {
                            yield return null;
                        }
                        else if (_dossier.Category != PersonnelCategory.ArmedForces)
                        {
                            yield return false;
                        }
                        else if (minimumScope == InitiativeScope.Unit)
                        {
                            var rating = RecordFor(initiative.Period)?.TaskRating;
                            yield return rating == null ? null : rating == TaskRating.CompletedExcellently;
                        }
                        else
                        {
                            yield return true;
                        }

                        break;
                }
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
                var usedUpTo = _dossier.AwardHistory?
                    .Where(a => a.Code == AwardCodes.MinistryEmulationFighter && a.Period.Kind == Period.Kind && a.Period.StartYear <= Period.StartYear)
                    .Select(a => (int?)a.Period.StartYear)
                    .Max();
                while (usedUpTo != null && start.StartYear <= usedUpTo && start != Period)
                {
                    start = start.Next;
                }

                return start;
            }
        }

        /// <summary>Per-initiative verdicts within the national window (see <see cref="NationalInitiatives"/>).</summary>
        internal IEnumerable<bool?> NationalWindowInitiatives()
        {
            var chain = MinistryRun();
            return chain.Count == 0
                ? Enumerable.Empty<bool?>()
                : QualifyingInitiatives(InitiativeScope.National, MinistryWindowStart(chain[chain.Count - 1]), chain[0].Period);
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
            var usedUpTo = history
                .Where(a => a.Code == AwardCodes.MinistryEmulationFighter && a.Period.Kind == Period.Kind && a.Period.StartYear <= Period.StartYear)
                .Select(a => (int?)a.Period.StartYear)
                .Max();
            var current = Period;
            while ((usedUpTo == null || current.StartYear > usedUpTo)
                   && history.Any(a => a.Code == AwardCodes.GrassrootsEmulationFighter && a.Period == current))
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

            var usedUpTo = history
                .Where(a => a.Code == AwardCodes.NationalEmulationFighter && a.Period.Kind == Period.Kind && a.Period.StartYear <= Period.StartYear)
                .Select(a => (int?)a.Period.StartYear)
                .Max();
            var titles = history
                .Where(a => a.Code == AwardCodes.MinistryEmulationFighter && a.Period.Kind == Period.Kind && a.Period.StartYear < Period.StartYear
                            && (usedUpTo == null || MinistryWindowStart(a).StartYear > usedUpTo))
                .OrderByDescending(a => a.Period.StartYear)
                .ToList();
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

        internal AwardRecord? LatestMinistryTitle() => _dossier.AwardHistory?
            .Where(a => a.Code == AwardCodes.MinistryEmulationFighter && a.Period.Kind == Period.Kind && a.Period.StartYear < Period.StartYear)
            .OrderByDescending(a => a.Period.StartYear)
            .FirstOrDefault();

        /// <summary>A ministry/provincial title rewards three consecutive grassroots years unless the record says otherwise.</summary>
        internal static AssessmentPeriod MinistryWindowStart(AwardRecord title) => title.FirstPeriod ?? title.Period.Previous.Previous;
    }
}
