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
        /// An award history for a person assessed in <paramref name="period"/>, shaped for <paramref name="targetAward"/>:
        /// runs of grassroots titles (CSTDCS) ending with or just before the period, of exactly the length the law
        /// asks for or one short, sometimes with a gap year; chains of ministry/provincial titles (CSTD_BO_TINH) decided
        /// the year before a national proposal, or a year off; an earlier ministry title exactly before a new run or
        /// overlapping it; and now and then the award itself already given for the period or a later one.
        /// </summary>
        /// <param name="period">The period assessed.</param>
        /// <param name="category">The person's category (it decides between LDTT and CSTT).</param>
        /// <param name="targetAward">The award the history is shaped for, or <see langword="null"/> for any.</param>
        /// <returns>A generator of stated (never <see langword="null"/>) histories, ordered by period; every record has a decision date.</returns>
        public static Gen<IReadOnlyList<AwardRecord>> AwardHistory(AssessmentPeriod period, PersonnelCategory category, string? targetAward = null)
            => (targetAward == null ? IndividualAward() : Gen.Constant(targetAward))
                .SelectMany(target => AwardHistory(period, category, target, favourable: false));

        internal static Gen<IReadOnlyList<AwardRecord>> AwardHistory(AssessmentPeriod period, PersonnelCategory category, string target, bool favourable)
            => from advanced in AdvancedTitles(period, category, target, favourable)
               from grassroots in GrassrootsRun(period, target, favourable)
               from ministry in MinistryTitles(period, target, favourable)
               from later in Chance(favourable ? 2 : 10)
               from national in Chance(target == AwardCodes.NationalEmulationFighter && !favourable ? 10 : 0)
               from days in Gen.Choose(20, 200)
               from number in Gen.Choose(1, 999)
               let extra = (later ? new[] { Record(target, Shift(period, 1), null, days, number) } : Array.Empty<AwardRecord>())
                   .Concat(national ? new[] { Record(AwardCodes.NationalEmulationFighter, Shift(period, -6), Shift(period, -11), days, number) } : Array.Empty<AwardRecord>())
               select (IReadOnlyList<AwardRecord>)advanced.Concat(grassroots).Concat(ministry).Concat(extra)
                   .GroupBy(a => (a.Code, a.Period))
                   .Select(g => g.First())
                   .OrderBy(a => a.Period.StartYear)
                   .ThenBy(a => a.Code, StringComparer.Ordinal)
                   .ToList();

        /// <summary>LDTT or CSTT in some of the four periods before, and sometimes for the period itself.</summary>
        private static Gen<IEnumerable<AwardRecord>> AdvancedTitles(AssessmentPeriod period, PersonnelCategory category, string target, bool favourable)
        {
            var code = AdvancedTitleFor(category);
            var forPeriodPercent = target switch
            {
                AwardCodes.AdvancedWorker or AwardCodes.AdvancedSoldier => favourable ? 2 : 15,
                AwardCodes.GrassrootsEmulationFighter => 30,
                _ => 50,
            };
            return from earlier in Gen.SubListOf(new[] { -1, -2, -3, -4 })
                   from forPeriod in Chance(forPeriodPercent)
                   from days in Gen.Choose(20, 200)
                   from number in Gen.Choose(1, 999)
                   select earlier.Concat(forPeriod ? new[] { 0 } : Array.Empty<int>())
                       .Select(offset => Record(code, Shift(period, offset), null, days, number + offset));
        }

        /// <summary>Consecutive CSTDCS titles ending at, before or after the period, maybe with a gap year.</summary>
        private static Gen<IEnumerable<AwardRecord>> GrassrootsRun(AssessmentPeriod period, string target, bool favourable)
        {
            Gen<int> end;
            Gen<int> length;
            switch (target)
            {
                case AwardCodes.GrassrootsEmulationFighter:
                    end = favourable ? Gen.Constant(-1) : Gen.Frequency((6, Gen.Constant(-1)), (2, Gen.Constant(0)), (1, Gen.Constant(1)));
                    length = Gen.Choose(0, 3);
                    break;
                case AwardCodes.MinistryEmulationFighter:
                    end = favourable ? Gen.Frequency((19, Gen.Constant(0)), (1, Gen.Constant(-1))) : Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(-1)));
                    length = favourable ? Gen.Frequency((8, Gen.Constant(3)), (2, Gen.Choose(4, 6))) : Gen.Frequency((3, Gen.Constant(3)), (3, Gen.Constant(2)), (2, Gen.Choose(4, 5)), (1, Gen.Choose(0, 1)));
                    break;
                default:
                    end = Gen.Choose(-4, -1);
                    length = Gen.Choose(0, 3);
                    break;
            }

            return from last in end
                   from count in length
                   from gap in Chance(favourable ? 3 : 35)
                   from gapAt in Gen.Choose(1, Math.Max(1, count - 1))
                   from days in Gen.Choose(20, 200)
                   from number in Gen.Choose(1, 999)
                   select Enumerable.Range(0, count)
                       .Where(i => !(gap && count > 2 && i == gapAt))
                       .Select(i => Record(AwardCodes.GrassrootsEmulationFighter, Shift(period, last - i), null, days, number + i));
        }

        /// <summary>
        /// CSTD_BO_TINH titles: for a national proposal, a chain of consecutive titles whose latest is decided the year
        /// before the proposal (or a year off), maybe with a gap; for a ministry title, an earlier title exactly before
        /// the new run or overlapping it.
        /// </summary>
        private static Gen<IEnumerable<AwardRecord>> MinistryTitles(AssessmentPeriod period, string target, bool favourable)
        {
            if (target == AwardCodes.NationalEmulationFighter)
            {
                return from latestOffset in favourable ? Gen.Frequency((9, Gen.Constant(-2)), (1, Gen.Constant(-1))) : Gen.Elements(-1, -2, -2, -3)
                       from count in favourable ? Gen.Frequency((8, Gen.Constant(2)), (2, Gen.Constant(3))) : Gen.Elements(0, 1, 2, 2, 3)
                       from gap in Chance(favourable ? 0 : 25)
                       from explicitFirst in Gen.Elements(0, 0, 0, 2, 3)
                       from days in favourable ? Gen.Choose(1, 100) : Gen.Choose(1, 300)
                       from number in Gen.Choose(1, 999)
                       select MinistryChain(Shift(period, latestOffset), count, gap, explicitFirst, days, number);
            }

            var before = target == AwardCodes.MinistryEmulationFighter
                ? (favourable ? Gen.Elements(0, 0, -3, -6) : Gen.Elements(0, -3, -2, -1, -6))
                : Gen.Elements(0, 0, 0, -5);
            return from offset in before
                   from days in Gen.Choose(20, 200)
                   from number in Gen.Choose(1, 999)
                   select offset == 0
                       ? Enumerable.Empty<AwardRecord>()
                       : new[] { Record(AwardCodes.MinistryEmulationFighter, Shift(period, offset), null, days, number) };
        }

        private static IEnumerable<AwardRecord> MinistryChain(AssessmentPeriod latest, int count, bool gap, int explicitFirst, int days, int number)
        {
            var titlePeriod = latest;
            for (var i = 0; i < count; i++)
            {
                var first = explicitFirst == 0 ? (AssessmentPeriod?)null : Shift(titlePeriod, -explicitFirst);
                yield return Record(AwardCodes.MinistryEmulationFighter, titlePeriod, first, days, number + i);
                var windowStart = first ?? Shift(titlePeriod, -2);
                titlePeriod = Shift(windowStart, gap && i == 0 ? -2 : -1);
            }
        }

        private static AwardRecord Record(string code, AssessmentPeriod period, AssessmentPeriod? firstPeriod, int daysAfterEnd, int number)
            => new AwardRecord
            {
                Code = code,
                Period = period,
                FirstPeriod = firstPeriod,
                DecisionNumber = Math.Abs(number) + "/QĐ-" + code.Replace("_", string.Empty),
                DecisionDate = period.End.AddDays(daysAfterEnd),
            };
    }
}
