using System;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// Disciplinary decisions, criminal sentences and pending proceedings, as rule expressions read them (parameter
    /// <c>discipline</c>).
    /// </summary>
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

        /// <summary>
        /// Disciplinary decisions made before the period that were still in force on its first day or later: neither
        /// lifted nor expired before it began (fact <c>disciplinesInForceFromEarlier</c>). A decision with neither a
        /// lifting nor an end date cannot be told and counts nowhere; see <see cref="EarlierDisciplinesDecidable"/>.
        /// </summary>
        public int DisciplinesInForceFromEarlier => CountEarlierInForce(out _);

        /// <summary>The host's choice on a discipline from an earlier period still in force (fact <c>earlierDisciplineTreatment</c>).</summary>
        public OpenPointTreatment EarlierDisciplineTreatment => _check.Plan.Regime.OpenPoints.DisciplineInForceFromEarlierPeriod;

        /// <summary>
        /// Disciplinary decisions in force at some time during the period: those dated within it and those from before it
        /// still in force on its first day (fact <c>disciplinesInForceDuringPeriod</c>, read by the 2022 Law's regimes).
        /// </summary>
        public int DisciplinesInForceDuringPeriod => DisciplinesInPeriod + CountEarlierInForce(out _);

        /// <summary>The host's choice on a discipline in force during the period under the 2022 Law (fact <c>disciplineDuringPeriodTreatment</c>).</summary>
        public OpenPointTreatment DisciplineDuringPeriodTreatment => _check.Plan.Regime.OpenPoints.DisciplineInForceDuringPeriod;

        /// <summary>
        /// Criminal sentences being served at some time in the period, suspended ones (their probation) included (fact
        /// <c>criminalSentencesServed</c>). A sentence imposed before the period without an end date cannot be told and
        /// counts nowhere; see <see cref="SentencesDecidable"/>.
        /// </summary>
        public int CriminalSentencesServed => CountSentencesServed(out _);

        /// <summary>The host's choice on a criminal sentence being served (fact <c>criminalSentenceTreatment</c>).</summary>
        public OpenPointTreatment CriminalSentenceTreatment => _check.Plan.Regime.OpenPoints.CriminalSentenceBeingServed;

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

        /// <summary>Whether fact <c>disciplinesInForceFromEarlier</c> is known: the list is stated and, unless one decision is surely in force, none is undecidable.</summary>
        internal bool EarlierDisciplinesDecidable() => _check.Dossier.Disciplines != null && (CountEarlierInForce(out var undecidable) > 0 || !undecidable);

        /// <summary>Whether fact <c>disciplinesInForceDuringPeriod</c> is known: the list is stated and, unless one decision is surely in force, none is undecidable.</summary>
        internal bool DisciplinesDuringPeriodDecidable() => _check.Dossier.Disciplines != null && (DisciplinesInForceDuringPeriod > 0 || !EarlierUndecidable());

        /// <summary>Whether fact <c>criminalSentencesServed</c> is known (as <see cref="EarlierDisciplinesDecidable"/>).</summary>
        internal bool SentencesDecidable() => _check.Dossier.CriminalSentences != null && (CountSentencesServed(out var undecidable) > 0 || !undecidable);

        private bool EarlierUndecidable()
        {
            CountEarlierInForce(out var undecidable);
            return undecidable;
        }

        private int CountEarlierInForce(out bool anyUndecidable)
        {
            var disciplines = _check.Dossier.Disciplines;
            var start = _check.Period.Start;
            var count = 0;
            anyUndecidable = false;
            for (var i = 0; i < (disciplines?.Count ?? 0); i++)
            {
                var discipline = disciplines![i];
                if (discipline.DecisionDate.Date >= start)
                {
                    continue;
                }

                // Lifted early or lapsed at the end of its term, whichever came first.
                var end = Earliest(discipline.LiftedOn, discipline.InForceUntil);
                count += end?.Date >= start ? 1 : 0;
                anyUndecidable |= end == null;
            }

            return count;
        }

        private int CountSentencesServed(out bool anyUndecidable)
        {
            var sentences = _check.Dossier.CriminalSentences;
            var period = _check.Period;
            var count = 0;
            anyUndecidable = false;
            for (var i = 0; i < (sentences?.Count ?? 0); i++)
            {
                var sentence = sentences![i];
                if (sentence.JudgmentDate.Date > period.End)
                {
                    continue;
                }

                // A judgment within the period is served in it from that day; an earlier one only if it ran into the period.
                bool? served = period.Contains(sentence.JudgmentDate) ? true
                    : sentence.ServedUntil is DateTime until ? until.Date >= period.Start
                    : null;
                count += served == true ? 1 : 0;
                anyUndecidable |= served == null;
            }

            return count;
        }

        private static DateTime? Earliest(DateTime? first, DateTime? second)
            => first == null ? second : second == null ? first : first < second ? first : second;

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
