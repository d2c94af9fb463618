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
    }
}
