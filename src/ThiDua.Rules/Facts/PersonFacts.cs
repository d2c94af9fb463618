using System;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What the dossier says about the person, as rule expressions read it (parameter <c>person</c>, e.g.
    /// <c>person.MonthsSinceRecruitment &gt;= 10</c>).
    /// </summary>
    /// <remarks>
    /// When the dossier lacks what a fact is computed from, the property returns a neutral value; the condition
    /// that needs it is reported Unknown before its expression runs, so a neutral value never decides anything.
    /// </remarks>
    public sealed class PersonFacts
    {
        private readonly AwardCheck _check;

        internal PersonFacts(AwardCheck check)
        {
            _check = check;
        }

        /// <summary>The person's group under Law Điều 24 (fact <c>category</c>).</summary>
        public PersonnelCategory Category => _check.Dossier.Category ?? PersonnelCategory.CivilServant;

        /// <summary>
        /// Whole months from the first recruitment to the end of the period, less the whole months of each break in
        /// employment up to that end (fact <c>monthsSinceRecruitment</c>): a renewed contract does not restart the
        /// count, and time without employment does not add to it. A person recruited before the period started and
        /// never out of work counts twelve or more.
        /// </summary>
        public int MonthsSinceRecruitment
        {
            get
            {
                if (_check.Dossier.RecruitmentDate is not DateTime recruited)
                {
                    return 0;
                }

                var end = _check.Period.End.AddDays(1);
                var months = WholeMonths(recruited, end);
                var breaks = _check.Dossier.EmploymentBreaks;
                for (var i = 0; i < (breaks?.Count ?? 0); i++)
                {
                    var gap = breaks![i];
                    if (gap.From.Date < end)
                    {
                        months -= WholeMonths(gap.From, gap.To.Date < end ? gap.To.Date.AddDays(1) : end);
                    }
                }

                return Math.Max(0, months);
            }
        }

        /// <summary>Whole calendar months from <paramref name="from"/> up to (not including) <paramref name="until"/>.</summary>
        private static int WholeMonths(DateTime from, DateTime until)
        {
            var months = ((until.Year - from.Year) * 12) + until.Month - from.Month;
            if (until.Day < from.Day)
            {
                months--;
            }

            return Math.Max(0, months);
        }
    }
}
