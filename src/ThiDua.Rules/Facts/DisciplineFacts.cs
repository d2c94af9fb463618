namespace ThiDua.Rules.Facts
{
    /// <summary>Disciplinary decisions and pending proceedings, as rule expressions read them (parameter <c>discipline</c>).</summary>
    public sealed class DisciplineFacts
    {
        private readonly AwardCheck _check;

        internal DisciplineFacts(AwardCheck check)
        {
            _check = check;
        }

        /// <summary>Disciplinary decisions dated within the period (fact <c>disciplinesInPeriod</c>); every form is reprimand or above.</summary>
        public int DisciplinesInPeriod
        {
            get
            {
                var disciplines = _check.Dossier.Disciplines;
                var count = 0;
                for (var i = 0; i < (disciplines?.Count ?? 0); i++)
                {
                    count += _check.Period.Contains(disciplines![i].DecisionDate) ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>Proceedings pending on the day of consideration (fact <c>pendingProceedings</c>).</summary>
        public int PendingProceedings
        {
            get
            {
                var proceedings = _check.Dossier.Proceedings;
                var count = 0;
                for (var i = 0; i < (proceedings?.Count ?? 0); i++)
                {
                    count += proceedings![i].IsPendingOn(_check.ConsideredOn) ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>
        /// Whether <paramref name="member"/> was disciplined in <paramref name="period"/> at warning (cảnh cáo) or above,
        /// the bar for a collective's titles (Law Điều 27 khoản 1 điểm d, Điều 28 khoản 1 điểm c). The civil-service
        /// ladder (Decree 112/2020 Điều 7, 15) puts salary reduction, demotion, removal and forced resignation above the
        /// warning. The Labour Code has no warning, and no text found maps its deferred salary increase or dismissal onto
        /// the ladder (../shared/law/2013-emulation-titles.md §2.8), so those leave the answer undecided (<see langword="null"/>)
        /// unless a form on the ladder already decides it. Unknown too when the dossier does not list its disciplines.
        /// </summary>
        internal static bool? WarningOrAboveInPeriod(IndividualDossier member, AssessmentPeriod period)
        {
            var disciplines = member.Disciplines;
            if (disciplines == null)
            {
                return null;
            }

            var unmapped = false;
            for (var i = 0; i < disciplines.Count; i++)
            {
                if (!period.Contains(disciplines[i].DecisionDate))
                {
                    continue;
                }

                switch (disciplines[i].Form)
                {
                    case DisciplineForm.Reprimand:
                        break;
                    case DisciplineForm.DeferredSalaryIncrease:
                    case DisciplineForm.Dismissal:
                        unmapped = true;
                        break;
                    default:
                        return true;
                }
            }

            return unmapped ? null : false;
        }
    }
}
