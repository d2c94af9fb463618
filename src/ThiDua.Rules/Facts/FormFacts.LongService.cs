using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Facts
{
    /// <summary>The long-service (cống hiến) facts: time in post by the ranks the decree's tables use.</summary>
    public sealed partial class FormFacts
    {
        /// <summary>Whole months in posts of the Vụ trưởng rank (fact <c>monthsInDirectorPosts</c>), up to the end of the period assessed.</summary>
        public int MonthsInDirectorPosts => MonthsInPosts(PositionLevel.DepartmentDirector);

        /// <summary>Whole months in posts of the Phó Vụ trưởng / Giám đốc Sở rank (fact <c>monthsInDeputyDirectorPosts</c>).</summary>
        public int MonthsInDeputyDirectorPosts => MonthsInPosts(PositionLevel.DeputyDepartmentDirector);

        /// <summary>Whole months in posts of the Thứ trưởng rank (fact <c>monthsInDeputyMinisterPosts</c>).</summary>
        public int MonthsInDeputyMinisterPosts => MonthsInPosts(PositionLevel.DeputyMinister);

        /// <summary>Whole months in posts of the Bộ trưởng rank (fact <c>monthsInMinisterPosts</c>).</summary>
        public int MonthsInMinisterPosts => MonthsInPosts(PositionLevel.Minister);

        /// <summary>
        /// Whether the person held, before the end of the period assessed, a post of a deputy provincial department head
        /// or any higher rank of the tables (fact <c>heldDeputyPostOrAbove</c>).
        /// </summary>
        public bool HeldDeputyPostOrAbove => PostsHeldBy(_check.Period.End).Any(p => p.Level != PositionLevel.Other);

        /// <summary>Whether the person is a woman, whose years in post the long-service routes reduce (fact <c>womanInLeadership</c>).</summary>
        public bool WomanInLeadership => _check.Dossier.Gender == Gender.Female;

        /// <summary>Whether the person took part in both resistance wars (fact <c>servedInBothResistanceWars</c>).</summary>
        public bool ServedInBothResistanceWars => _check.Dossier.ResistanceWars == ResistanceWarService.Both;

        /// <summary>
        /// Whether the person took part in the resistance war against the United States or in building and defending the
        /// country after it (fact <c>servedAgainstUsOrInNationBuilding</c>): everyone except a person whose service
        /// ended with the war against the French.
        /// </summary>
        public bool ServedAgainstUsOrInNationBuilding => _check.Dossier.ResistanceWars != ResistanceWarService.AgainstTheFrenchOnly;

        /// <summary>Whether the person is a recognised pre-uprising cadre (fact <c>recognisedPreUprisingCadre</c>).</summary>
        public bool RecognisedPreUprisingCadre => _check.Dossier.RecognisedPreUprisingCadre == true;

        /// <summary>The council's finding of long, continuous service with excellent achievements (fact <c>longContinuousServiceWithAchievements</c>).</summary>
        public bool LongContinuousServiceWithAchievements => Finding(a => a.LongContinuousServiceWithAchievements);

        /// <summary>
        /// Whether the posts can be placed in the tables: stated, and none of a rank Decree 65/2014 does not name (a
        /// general department's head or deputy, which the council must first place as equivalent to a rank it names).
        /// </summary>
        internal bool PostsPlaceable
            => _check.Dossier.Positions is { } posts
               && posts.All(p => p.Level != PositionLevel.GeneralDirector && p.Level != PositionLevel.DeputyGeneralDirector);

        private IEnumerable<PositionRecord> PostsHeldBy(DateTime end)
            => (_check.Dossier.Positions ?? Array.Empty<PositionRecord>()).Where(p => p.From <= end);

        /// <summary>
        /// The whole months the person held posts of one rank up to the end of the period assessed. Posts of the same rank
        /// held at the same time count once; posts of different ranks are not added together (the decree's tables ask
        /// for one of the listed posts for so many years).
        /// </summary>
        private int MonthsInPosts(PositionLevel level)
        {
            var end = _check.Period.End;
            var spans = PostsHeldBy(end)
                .Where(p => p.Level == level)
                .Select(p => (From: p.From.Date, To: (p.To is { } to && to < end ? to : end).Date.AddDays(1)))
                .OrderBy(s => s.From)
                .ToList();
            var months = 0;
            DateTime? openFrom = null;
            var openTo = DateTime.MinValue;
            foreach (var span in spans)
            {
                if (openFrom != null && span.From <= openTo)
                {
                    openTo = span.To > openTo ? span.To : openTo;
                    continue;
                }

                if (openFrom is { } from)
                {
                    months += WholeMonths(from, openTo);
                }

                openFrom = span.From;
                openTo = span.To;
            }

            if (openFrom is { } last)
            {
                months += WholeMonths(last, openTo);
            }

            return months;
        }

        /// <summary>Whole calendar months from <paramref name="from"/> up to <paramref name="toExclusive"/>.</summary>
        private static int WholeMonths(DateTime from, DateTime toExclusive)
        {
            var months = ((toExclusive.Year - from.Year) * 12) + toExclusive.Month - from.Month;
            return toExclusive.Day < from.Day ? months - 1 : months;
        }
    }
}
