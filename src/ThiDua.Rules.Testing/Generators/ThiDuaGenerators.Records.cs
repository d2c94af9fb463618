using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ThiDua.Rules.Testing
{
    public static partial class ThiDuaGenerators
    {
        /// <summary>
        /// A recruitment date for a person assessed in <paramref name="period"/>: often exactly 10 months before the
        /// period ends (the legal minimum), or a day either side of it, or 9 or 11 months; otherwise years before.
        /// </summary>
        /// <param name="period">The period assessed.</param>
        /// <returns>A generator of dates.</returns>
        public static Gen<DateTime> RecruitmentDate(AssessmentPeriod period) => RecruitmentDate(period, favourable: false);

        /// <summary>The emulation council's findings, every one stated, each <see langword="true"/> most of the time.</summary>
        /// <returns>A generator of attestations.</returns>
        public static Gen<CouncilAttestations> Attestations() => Attestations(favourable: false);

        /// <summary>
        /// A secret ballot on a nomination for <paramref name="award"/>: often exactly 90% in favour, or just under
        /// (e.g. 89 of 100, 18 of 21), or unanimous.
        /// </summary>
        /// <param name="award">The award the ballot is about.</param>
        /// <returns>A generator of ballots.</returns>
        public static Gen<CouncilBallot> Ballot(string award) => Ballot(award, favourable: false);

        /// <summary>
        /// Up to two disciplinary decisions around <paramref name="period"/>, dated on its first or last day, a day
        /// outside it, inside it or years before.
        /// </summary>
        /// <param name="period">The period assessed.</param>
        /// <returns>A generator of stated (never <see langword="null"/>) discipline lists.</returns>
        public static Gen<IReadOnlyList<DisciplineRecord>> Disciplines(AssessmentPeriod period) => Disciplines(period, favourable: false);

        /// <summary>
        /// Up to two proceedings, opened or closed on the last day of <paramref name="period"/> (the default day of
        /// consideration) or a day either side of it.
        /// </summary>
        /// <param name="period">The period assessed.</param>
        /// <returns>A generator of stated (never <see langword="null"/>) proceeding lists.</returns>
        public static Gen<IReadOnlyList<ProceedingRecord>> Proceedings(AssessmentPeriod period) => Proceedings(period, favourable: false);

        /// <summary>
        /// The record of <paramref name="period"/>, every fact stated: task rating, council findings, a ballot for
        /// each award decided by ballot, and sometimes leave (training courses of 11, 12 or 13 months), a transfer
        /// (5, 6 or 7 months at the previous unit).
        /// </summary>
        /// <param name="period">The period.</param>
        /// <returns>A generator of period records.</returns>
        public static Gen<PeriodRecord> PeriodRecord(AssessmentPeriod period) => PeriodRecord(period, favourable: false);

        /// <summary>
        /// Up to three initiatives, research topics or acts of combat creativity, of every scope, recognised for
        /// <paramref name="period"/>, the periods just before it, or the period just after it (outside every window).
        /// </summary>
        /// <param name="period">The period assessed.</param>
        /// <param name="category">The person's category (combat creativity serves only the armed forces).</param>
        /// <returns>A generator of stated (never <see langword="null"/>) initiative lists.</returns>
        public static Gen<IReadOnlyList<InitiativeRecord>> Initiatives(AssessmentPeriod period, PersonnelCategory category)
            => Initiatives(period, category, target: null, favourable: false);

        internal static Gen<DateTime> RecruitmentDate(AssessmentPeriod period, bool favourable)
        {
            var afterEnd = period.End.AddDays(1);
            var tenMonths = afterEnd.AddMonths(-10);
            var edges = Gen.Elements(
                tenMonths,
                tenMonths.AddDays(1),
                tenMonths.AddDays(-1),
                afterEnd.AddMonths(-9),
                afterEnd.AddMonths(-11),
                period.Start,
                period.End);
            var longBefore = from years in Gen.Choose(1, 25)
                             from days in Gen.Choose(0, 364)
                             select period.Start.AddYears(-years).AddDays(days);
            var duringPeriod = Gen.Choose(0, 364).Select(days => period.Start.AddDays(days));
            return Pick(
                favourable,
                Gen.Frequency((8, longBefore), (2, edges)),
                Gen.Frequency((3, longBefore), (5, edges), (2, duringPeriod)));
        }

        internal static Gen<CouncilAttestations> Attestations(bool favourable)
        {
            var attestation = Chance(favourable ? 95 : 75);
            return from policy in attestation
                   from study in attestation
                   from ethics in attestation
                   from productive in attestation
                   from exemplary in attestation
                   from outstanding in attestation
                   from mostOutstanding in attestation
                   select new CouncilAttestations
                   {
                       PolicyComplianceAndSolidarity = policy,
                       ActiveStudy = study,
                       EthicsAndLifestyle = ethics,
                       ProductiveWorkAndEmulation = productive,
                       ExemplaryConduct = exemplary,
                       OutstandingAmongPeers = outstanding,
                       MostOutstandingAmongPeers = mostOutstanding,
                   };
        }

        internal static Gen<CouncilBallot> Ballot(string award, bool favourable)
        {
            var passing = Gen.Elements((10, 9), (20, 18), (30, 27), (100, 90), (11, 10), (15, 15), (9, 9));
            var failing = Gen.Elements((100, 89), (21, 18), (31, 27), (11, 9), (10, 8), (7, 6), (1, 0));
            var any = Gen.Choose(1, 40).SelectMany(members => Gen.Choose(0, members).Select(votes => (members, votes)));
            return Gen.Frequency((favourable ? 9 : 4, passing), (favourable ? 1 : 4, failing), (favourable ? 0 : 2, any))
                .Select(b => new CouncilBallot { Award = award, CouncilMembers = b.Item1, VotesInFavour = b.Item2 });
        }

        internal static Gen<TaskRating> TaskRating(bool favourable)
            => Gen.Frequency(
                (favourable ? 1 : 2, Gen.Elements(Rules.TaskRating.NotCompleted, Rules.TaskRating.Completed)),
                (favourable ? 9 : 3, Gen.Elements(Rules.TaskRating.CompletedWell, Rules.TaskRating.CompletedExcellently)));

        internal static Gen<LeaveRecord> Leave(bool favourable)
        {
            var training = from course in Gen.Elements(3, 11, 12, 13, 24)
                           from months in Gen.Choose(1, Math.Min(course, 6))
                           from complied in Chance(favourable ? 95 : 70)
                           from result in favourable
                               ? Gen.Elements(StudyResult.Good, StudyResult.VeryGood, StudyResult.Excellent)
                               : Gen.Elements(StudyResult.Weak, StudyResult.Average, StudyResult.Good, StudyResult.VeryGood, StudyResult.Excellent)
                           select new LeaveRecord { Kind = LeaveKind.Training, Months = months, CourseMonths = course, CompliedWithRules = complied, Result = result };
            var other = from kind in Gen.Elements(LeaveKind.Maternity, LeaveKind.BraveActInjury, LeaveKind.Sickness, LeaveKind.Unpaid, LeaveKind.Other)
                        from months in Gen.Choose(1, 6)
                        from conclusion in Chance(80)
                        select new LeaveRecord
                        {
                            Kind = kind,
                            Months = months,
                            MedicalConclusionAtDistrictLevelOrAbove = kind == LeaveKind.BraveActInjury ? conclusion : (bool?)null,
                        };
            return Gen.Frequency((1, training), (1, other));
        }

        internal static Gen<TransferRecord> Transfer(bool favourable)
            => from months in Gen.Frequency((3, Gen.Elements(5, 6, 7)), (1, Gen.Choose(0, 11)))
               from comment in Chance(favourable ? 95 : 60)
               select new TransferRecord { MonthsAtPreviousUnit = months, PreviousUnitCommentProvided = comment };

        /// <summary>About 22 working days in a month: converts the months a record leaves unaccounted for into working days absent.</summary>
        private const int WorkingDaysPerMonth = 22;

        /// <summary>
        /// Working days absent as the record implies them, drawing nothing more (so the other draws stay as they were):
        /// months of leave the law does not count as time worked (sickness, unpaid, other) and months not worked.
        /// </summary>
        private static int ImpliedWorkingDaysAbsent(IEnumerable<LeaveRecord> leaves, int monthsNotWorked)
            => WorkingDaysPerMonth * (monthsNotWorked + leaves.Where(l => l.Kind is LeaveKind.Sickness or LeaveKind.Unpaid or LeaveKind.Other).Sum(l => l.Months ?? 0));

        internal static Gen<PeriodRecord> PeriodRecord(AssessmentPeriod period, bool favourable)
            => from rating in TaskRating(favourable)
               from attestations in Attestations(favourable)
               from leaveCount in Gen.Frequency((favourable ? 8 : 5, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
               from leaves in Leave(favourable).ListOf(leaveCount)
               from hasTransfer in Chance(15)
               from transfer in Transfer(favourable)
               from ministryBallot in Ballot(AwardCodes.MinistryEmulationFighter, favourable)
               from nationalBallot in Ballot(AwardCodes.NationalEmulationFighter, favourable)
               from shortfall in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
               from registered in Chance(favourable ? 100 : 85)
               let leaveMonths = leaves.Sum(l => l.Months ?? 0)
               let previousUnit = hasTransfer ? transfer.MonthsAtPreviousUnit ?? 0 : 0
               select new PeriodRecord
               {
                   Period = period,
                   MonthsWorked = Math.Max(0, 12 - leaveMonths - previousUnit - shortfall),
                   WorkingDaysAbsent = ImpliedWorkingDaysAbsent(leaves, shortfall),
                   TaskRating = rating,
                   EmulationRegistered = registered,
                   Attestations = attestations,
                   Leaves = leaves.Count == 0 ? null : leaves,
                   Transfer = hasTransfer ? transfer : null,
                   Ballots = new[] { ministryBallot, nationalBallot },
               };

        internal static Gen<IReadOnlyList<DisciplineRecord>> Disciplines(AssessmentPeriod period, bool favourable)
        {
            var edgeDates = Gen.Elements(period.Start, period.End, period.Start.AddDays(-1), period.End.AddDays(1));
            var inside = Gen.Choose(0, 364).Select(d => period.Start.AddDays(d));
            var yearsBefore = from years in Gen.Choose(1, 6) from d in Gen.Choose(0, 364) select period.Start.AddYears(-years).AddDays(d);
            var date = Pick(favourable, Gen.Frequency((9, yearsBefore), (1, edgeDates)), Gen.Frequency((4, edgeDates), (3, inside), (3, yearsBefore)));
            var discipline = from form in Gen.Elements((DisciplineForm[])Enum.GetValues(typeof(DisciplineForm)))
                             from decided in date
                             from number in Gen.Choose(1, 300)
                             from term in DisciplineTerm(period, decided, favourable)
                             select new DisciplineRecord { Form = form, DecisionDate = decided, DecisionNumber = number + "/QĐ-KL", InForceUntil = term.InForceUntil, LiftedOn = term.LiftedOn };
            return Gen.Frequency((favourable ? 8 : 3, Gen.Constant(0)), (favourable ? 2 : 4, Gen.Constant(1)), (favourable ? 0 : 1, Gen.Constant(2)))
                .SelectMany(n => discipline.ListOf(n))
                .Select(list => (IReadOnlyList<DisciplineRecord>)list.ToList());
        }

        /// <summary>
        /// When a discipline ends: always stated, so the dossier stays fully known. Favourable: a decision made before the
        /// period lapsed before it began; otherwise it may run into the period (a 12-month term), lapse just before it
        /// (a 3-month term) or be lifted early.
        /// </summary>
        private static Gen<(DateTime? InForceUntil, DateTime? LiftedOn)> DisciplineTerm(AssessmentPeriod period, DateTime decided, bool favourable)
        {
            var dayBefore = period.Start.AddDays(-1);
            var lapsedBefore = Gen.Constant<(DateTime?, DateTime?)>((decided < period.Start ? Min(decided.AddMonths(3), dayBefore) : decided.AddMonths(3), null));
            var twelveMonths = Gen.Constant<(DateTime?, DateTime?)>((decided.AddMonths(12), null));
            var liftedEarly = Gen.Choose(0, 90).Select(days => ((DateTime?)decided.AddMonths(12), (DateTime?)decided.AddDays(days)));
            return favourable ? lapsedBefore : Gen.Frequency((2, lapsedBefore), (2, twelveMonths), (1, liftedEarly));
        }

        private static DateTime Min(DateTime first, DateTime second) => first < second ? first : second;

        internal static Gen<IReadOnlyList<CriminalSentenceRecord>> CriminalSentences(AssessmentPeriod period, bool favourable)
        {
            var longAgo = from years in Gen.Choose(2, 8) from days in Gen.Choose(0, 364) select period.Start.AddYears(-years).AddDays(days);
            var judged = Gen.Frequency((2, longAgo), (1, Gen.Choose(0, 364).Select(d => period.Start.AddDays(d))), (1, Gen.Elements(period.Start.AddDays(-1), period.End)));
            var sentence = from kind in Gen.Elements((CriminalSentenceKind[])Enum.GetValues(typeof(CriminalSentenceKind)))
                           from day in judged
                           from months in Gen.Elements(6, 12, 24, 36, 60)
                           select new CriminalSentenceRecord { Kind = kind, JudgmentDate = day, ServedUntil = day.AddMonths(months) };
            return Gen.Frequency((favourable ? 1 : 8, Gen.Constant(0)), (favourable ? 0 : 2, Gen.Constant(1)))
                .SelectMany(n => sentence.ListOf(n))
                .Select(list => (IReadOnlyList<CriminalSentenceRecord>)list.ToList());
        }

        /// <summary>At most one break in employment after the first recruitment, ending before the period does.</summary>
        internal static Gen<IReadOnlyList<EmploymentBreak>?> EmploymentBreaks(AssessmentPeriod period, DateTime recruited, bool favourable)
        {
            var room = (period.End - recruited).Days;
            if (favourable || room < 40)
            {
                return Gen.Constant<IReadOnlyList<EmploymentBreak>?>(null);
            }

            var gap = from start in Gen.Choose(1, room - 35)
                      from length in Gen.Choose(27, Math.Min(200, room - start))
                      select (IReadOnlyList<EmploymentBreak>?)new[] { new EmploymentBreak { From = recruited.AddDays(start), To = recruited.AddDays(start + length) } };
            return Gen.Frequency((4, Gen.Constant<IReadOnlyList<EmploymentBreak>?>(null)), (1, gap));
        }

        internal static Gen<IReadOnlyList<ProceedingRecord>> Proceedings(AssessmentPeriod period, bool favourable)
        {
            var day = period.End;
            var edge = Gen.Elements<(DateTime Opened, DateTime? Closed)>(
                (day, null),
                (day.AddDays(-30), day),
                (day.AddDays(-30), day.AddDays(1)),
                (day.AddDays(1), null),
                (day.AddDays(-200), day.AddDays(-1)));
            var closedLongAgo = Gen.Choose(30, 700).Select(d => (Opened: day.AddDays(-d - 60), Closed: (DateTime?)day.AddDays(-d)));
            var proceeding = from kind in Gen.Elements(ProceedingKind.DisciplinaryReview, ProceedingKind.Investigation, ProceedingKind.ComplaintVerification)
                             from dates in Pick(favourable, Gen.Frequency((9, closedLongAgo), (1, edge)), Gen.Frequency((2, closedLongAgo), (3, edge)))
                             select new ProceedingRecord { Kind = kind, OpenedOn = dates.Opened, ClosedOn = dates.Closed };
            return Gen.Frequency((favourable ? 8 : 4, Gen.Constant(0)), (2, Gen.Constant(1)), (favourable ? 0 : 1, Gen.Constant(2)))
                .SelectMany(n => proceeding.ListOf(n))
                .Select(list => (IReadOnlyList<ProceedingRecord>)list.ToList());
        }

        internal static Gen<IReadOnlyList<InitiativeRecord>> Initiatives(AssessmentPeriod period, PersonnelCategory category, string? target, bool favourable)
        {
            var kinds = category == PersonnelCategory.ArmedForces
                ? Gen.Elements(InitiativeKind.Initiative, InitiativeKind.ResearchTopic, InitiativeKind.CombatCreativity)
                : Gen.Frequency((5, Gen.Elements(InitiativeKind.Initiative, InitiativeKind.ResearchTopic)), (1, Gen.Constant(InitiativeKind.CombatCreativity)));
            var scopes = Gen.Elements(InitiativeScope.Unit, InitiativeScope.MinistryOrProvince, InitiativeScope.National);
            var offsets = Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Choose(-3, -1)), (1, Gen.Elements(1, -4, -6)));
            var any = from kind in kinds
                      from scope in scopes
                      from offset in offsets
                      from accepted in Chance(favourable ? 95 : 70)
                      from number in Gen.Choose(1, 99)
                      select Initiative(kind, scope, Shift(period, offset), accepted, number);

            // The favourable profile gives the person what the targeted award needs, inside its window.
            var needed = target switch
            {
                AwardCodes.MinistryEmulationFighter => (Scope: InitiativeScope.MinistryOrProvince, Offsets: new[] { 0, -1, -2 }),
                AwardCodes.NationalEmulationFighter => (Scope: InitiativeScope.National, Offsets: new[] { -1, -2, -3, -4 }),
                _ => (Scope: InitiativeScope.Unit, Offsets: new[] { 0 }),
            };
            var qualifying = from offset in Gen.Elements(needed.Offsets)
                             from number in Gen.Choose(1, 99)
                             select Initiative(InitiativeKind.Initiative, needed.Scope, Shift(period, offset), true, number);
            var count = Gen.Frequency((favourable ? 1 : 3, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)), (favourable ? 0 : 1, Gen.Constant(3)));
            return from n in count
                   from others in any.ListOf(n)
                   from hasQualifying in Chance(favourable ? 90 : 0)
                   from first in qualifying
                   select (IReadOnlyList<InitiativeRecord>)(hasQualifying ? new[] { first }.Concat(others) : others).ToList();
        }

        private static InitiativeRecord Initiative(InitiativeKind kind, InitiativeScope scope, AssessmentPeriod period, bool accepted, int number)
            => new InitiativeRecord
            {
                Title = kind switch
                {
                    InitiativeKind.ResearchTopic => "Đề tài " + number,
                    InitiativeKind.CombatCreativity => "Thành tích chiến đấu " + number,
                    _ => "Sáng kiến " + number,
                },
                Kind = kind,
                Scope = scope,
                Period = period,
                AcceptedAndApplied = kind == InitiativeKind.ResearchTopic ? accepted : (bool?)null,
                DecisionNumber = number + "/QĐ-SK",
            };
    }
}
