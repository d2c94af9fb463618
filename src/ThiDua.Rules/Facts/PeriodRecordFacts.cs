namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// The dossier's record of the assessed period: task rating, the emulation council's findings and ballot,
    /// training and transfer, as rule expressions read them (parameter <c>record</c>).
    /// </summary>
    /// <remarks>Neutral values stand in for missing data; see <see cref="PersonFacts"/>.</remarks>
    public sealed class PeriodRecordFacts
    {
        private readonly AwardCheck _check;

        internal PeriodRecordFacts(AwardCheck check)
        {
            _check = check;
        }

        private PeriodRecord? Record => _check.PeriodRecord;

        /// <summary>Whether the person registered for the emulation movement of the period (fact <c>emulationRegistered</c>).</summary>
        public bool EmulationRegistered => Record?.EmulationRegistered ?? false;

        /// <summary>The host's choice on a person who did not register for emulation (fact <c>nonRegistrationTreatment</c>).</summary>
        public OpenPointTreatment NonRegistrationTreatment => _check.Plan.Regime.OpenPoints.NotRegisteredForEmulation;

        /// <summary>The task rating for the period (fact <c>taskRating</c>).</summary>
        public TaskRating TaskRating => Record?.TaskRating ?? TaskRating.NotCompleted;

        /// <summary>
        /// Working days absent in the period, leave counted as time worked excluded (fact <c>workingDaysAbsent</c>);
        /// 0 when not stated, which the fact's Unknown check keeps from deciding anything.
        /// </summary>
        public int WorkingDaysAbsent => Record?.WorkingDaysAbsent ?? 0;

        /// <summary>Council finding: policy compliance and solidarity (fact <c>policyComplianceAndSolidarity</c>).</summary>
        public bool PolicyComplianceAndSolidarity => Record?.Attestations?.PolicyComplianceAndSolidarity ?? false;

        /// <summary>Council finding: active study (fact <c>activeStudy</c>).</summary>
        public bool ActiveStudy => Record?.Attestations?.ActiveStudy ?? false;

        /// <summary>Council finding: ethics and lifestyle (fact <c>ethicsAndLifestyle</c>).</summary>
        public bool EthicsAndLifestyle => Record?.Attestations?.EthicsAndLifestyle ?? false;

        /// <summary>Council finding: productive work and emulation (fact <c>productiveWorkAndEmulation</c>).</summary>
        public bool ProductiveWorkAndEmulation => Record?.Attestations?.ProductiveWorkAndEmulation ?? false;

        /// <summary>Council finding: exemplary conduct (fact <c>exemplaryConduct</c>).</summary>
        public bool ExemplaryConduct => Record?.Attestations?.ExemplaryConduct ?? false;

        /// <summary>Council finding: among the outstanding of the ministry or province (fact <c>outstandingAmongPeers</c>).</summary>
        public bool OutstandingAmongPeers => Record?.Attestations?.OutstandingAmongPeers ?? false;

        /// <summary>Council finding: the most outstanding (fact <c>mostOutstandingAmongPeers</c>).</summary>
        public bool MostOutstandingAmongPeers => Record?.Attestations?.MostOutstandingAmongPeers ?? false;

        /// <summary>
        /// Training of a year or more in the period: whether every such course was attended with the rules kept and
        /// a result of good (<c>khá</c>) or better; true when there was none (fact <c>longTrainingRequirementsMet</c>).
        /// </summary>
        public bool LongTrainingRequirementsMet
        {
            get
            {
                var leaves = Record?.Leaves;
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
                var leaves = Record?.Leaves;
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
        public bool TransferRequirementMet => Record?.Transfer is not TransferRecord transfer
            || transfer.MonthsAtPreviousUnit < 6
            || transfer.PreviousUnitCommentProvided == true;

        /// <summary>Months at the previous unit after a transfer in the period; 0 without one (fact <c>monthsAtPreviousUnit</c>).</summary>
        public int MonthsAtPreviousUnit => Record?.Transfer?.MonthsAtPreviousUnit ?? 0;

        /// <summary>Share of all council members who approved this nomination by secret ballot, in percent (fact <c>ballotApprovalPercent</c>).</summary>
        /// <remarks>The share is exact (not rounded), so 1808 votes of 2009 members (89.995%) stays below 90%.</remarks>
        public decimal BallotApprovalPercent => Ballot() is CouncilBallot ballot && ballot.CouncilMembers > 0
            ? 100m * ballot.VotesInFavour / ballot.CouncilMembers
            : 0m;

        /// <summary>The latest ballot on this award in the period's record, if any.</summary>
        internal CouncilBallot? Ballot()
        {
            var ballots = Record?.Ballots;
            for (var i = (ballots?.Count ?? 0) - 1; i >= 0; i--)
            {
                if (ballots![i].Award == _check.Award)
                {
                    return ballots[i];
                }
            }

            return null;
        }

        /// <summary>Whether every training leave in the period states its course length (fact <c>longTrainingCourses</c> is known).</summary>
        internal bool TrainingLengthsKnown()
        {
            var leaves = Record?.Leaves;
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
            var leaves = Record?.Leaves;
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

        private static bool IsLongCourse(LeaveRecord leave) => leave.Kind == LeaveKind.Training && leave.CourseMonths >= 12;
    }
}
