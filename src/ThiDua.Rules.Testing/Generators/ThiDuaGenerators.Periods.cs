using System;
using FsCheck;
using FsCheck.Fluent;

namespace ThiDua.Rules.Testing
{
    /// <summary>
    /// FsCheck generators for ThiDua.Rules: assessment periods, award histories, dossiers and whole cases (award,
    /// period and dossier). They are bounded (a few records per list), build only dossiers the checker accepts,
    /// and sit on the edges the law draws far more often than uniform values would: exactly ten months since
    /// recruitment, runs of exactly the required number of consecutive titles, a gap year, a council ballot at
    /// exactly 90%, a disciplinary decision on the first or last day of the period.
    /// </summary>
    /// <remarks>
    /// Use <see cref="ThiDuaArbitraries"/> to get them with shrinkers, either in
    /// <c>[Property(Arbitrary = new[] { typeof(ThiDuaArbitraries) })]</c> or through <c>Prop.ForAll</c>.
    /// </remarks>
    public static partial class ThiDuaGenerators
    {
        /// <summary>The first calendar year the shipped vn-2013 rule data covers.</summary>
        public const int FirstSupportedYear = 2017;

        /// <summary>The last calendar year the shipped vn-2013 rule data covers.</summary>
        public const int LastSupportedYear = 2023;

        /// <summary>The calendar years 2017 to 2023.</summary>
        /// <returns>A generator of calendar years.</returns>
        public static Gen<AssessmentPeriod> SupportedCalendarYear()
            => Gen.Choose(FirstSupportedYear, LastSupportedYear).Select(AssessmentPeriod.CalendarYear);

        /// <summary>The school years 2017-2018 to 2022-2023, starting in September.</summary>
        /// <returns>A generator of school years.</returns>
        public static Gen<AssessmentPeriod> SupportedSchoolYear()
            => Gen.Choose(FirstSupportedYear, LastSupportedYear - 1).Select(year => AssessmentPeriod.SchoolYear(year));

        /// <summary>A period the shipped rule data covers: a calendar year 2017–2023 or a school year 2017-2018 to 2022-2023.</summary>
        /// <param name="kind">The kind of period, or <see langword="null"/> for either (calendar years twice as often).</param>
        /// <returns>A generator of periods.</returns>
        public static Gen<AssessmentPeriod> SupportedPeriod(AssessmentPeriodKind? kind = null) => kind switch
        {
            AssessmentPeriodKind.CalendarYear => SupportedCalendarYear(),
            AssessmentPeriodKind.SchoolYear => SupportedSchoolYear(),
            _ => Gen.Frequency((2, SupportedCalendarYear()), (1, SupportedSchoolYear())),
        };

        /// <summary>
        /// Any period the model can express: a calendar year or a school year starting in any month, from
        /// <see cref="AssessmentPeriod.MinYear"/> to <see cref="AssessmentPeriod.MaxYear"/>, with periods around the
        /// edges of the shipped range (ending September, October or December 2017, or December 2023 and
        /// January 2024) drawn often.
        /// </summary>
        /// <returns>A generator of periods, inside and outside the supported range.</returns>
        public static Gen<AssessmentPeriod> AnyPeriod()
        {
            var anywhere = Gen.Choose(AssessmentPeriod.MinYear, AssessmentPeriod.MaxYear - 1).SelectMany(year =>
                Gen.OneOf(
                    Gen.Constant(AssessmentPeriod.CalendarYear(year)),
                    Gen.Choose(1, 12).Select(month => AssessmentPeriod.SchoolYear(year, month))));
            var edges = Gen.Elements(
                AssessmentPeriod.CalendarYear(2016),
                AssessmentPeriod.CalendarYear(2017),
                AssessmentPeriod.CalendarYear(2023),
                AssessmentPeriod.CalendarYear(2024),
                AssessmentPeriod.SchoolYear(2016, 10),
                AssessmentPeriod.SchoolYear(2016, 11),
                AssessmentPeriod.SchoolYear(2016),
                AssessmentPeriod.SchoolYear(2017),
                AssessmentPeriod.SchoolYear(2022),
                AssessmentPeriod.SchoolYear(2023),
                AssessmentPeriod.SchoolYear(2023, 1),
                AssessmentPeriod.SchoolYear(2023, 2));
            var nearby = Gen.Choose(2014, 2026).SelectMany(year =>
                Gen.Choose(1, 12).Select(month => AssessmentPeriod.SchoolYear(year, month)));
            return Gen.Frequency((2, anywhere), (1, edges), (2, nearby));
        }

        /// <summary>A personnel category: civil servant, worker or armed forces.</summary>
        /// <returns>A generator of categories.</returns>
        public static Gen<PersonnelCategory> Category()
            => Gen.Elements(PersonnelCategory.CivilServant, PersonnelCategory.Worker, PersonnelCategory.ArmedForces);

        /// <summary>One of the individual award codes of the shipped rule data.</summary>
        /// <returns>A generator of award codes.</returns>
        public static Gen<string> IndividualAward()
            => Gen.Elements(
                AwardCodes.AdvancedWorker,
                AwardCodes.AdvancedSoldier,
                AwardCodes.GrassrootsEmulationFighter,
                AwardCodes.MinistryEmulationFighter,
                AwardCodes.NationalEmulationFighter);

        /// <summary>The advanced title (LDTT or CSTT) that matches a personnel category.</summary>
        /// <param name="category">The category.</param>
        /// <returns><see cref="AwardCodes.AdvancedSoldier"/> for the armed forces, otherwise <see cref="AwardCodes.AdvancedWorker"/>.</returns>
        public static string AdvancedTitleFor(PersonnelCategory category)
            => category == PersonnelCategory.ArmedForces ? AwardCodes.AdvancedSoldier : AwardCodes.AdvancedWorker;

        private static AssessmentPeriod Shift(AssessmentPeriod period, int periods)
        {
            var shifted = period;
            for (var i = 0; i < Math.Abs(periods); i++)
            {
                shifted = periods < 0 ? shifted.Previous : shifted.Next;
            }

            return shifted;
        }

        private static Gen<bool> Chance(int percent) => Gen.Choose(1, 100).Select(x => x <= percent);

        private static Gen<T> Pick<T>(bool favourable, Gen<T> whenFavourable, Gen<T> otherwise)
            => favourable ? whenFavourable : otherwise;
    }
}
