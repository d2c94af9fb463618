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
        /// Whole months from the recruitment date to the end of the period (fact <c>monthsSinceRecruitment</c>); a
        /// person recruited before the period started counts twelve or more.
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
                var months = ((end.Year - recruited.Year) * 12) + end.Month - recruited.Month;
                if (end.Day < recruited.Day)
                {
                    months--;
                }

                return Math.Max(0, months);
            }
        }
    }
}
