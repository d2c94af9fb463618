using System;
using System.Diagnostics;
using System.Linq;

namespace ThiDua.Rules.Fuzz
{
    /// <summary>
    /// Memory of a long-running checker: one checker checks many distinct dossiers (all awards, 2021) whose values
    /// enter condition messages and results (recruitment date, council size and votes), and the managed heap after a
    /// full blocking GC is printed at checkpoints. The rule plans cache at most 2 048 messages and results each, so the
    /// heap must stop growing once those caches are full.
    /// </summary>
    internal static class CacheMemory
    {
        private static readonly DateTime FirstRecruitment = new DateTime(1975, 1, 1);
        private const int RecruitmentDays = 16_000;
        private const int CouncilSizes = 997;

        public static int Run(int checks)
        {
            var period = AssessmentPeriod.CalendarYear(2021);
            var checker = ThiDuaRules.CreateChecker();
            var checkpoints = new[] { 0, checks / 10, checks / 4, checks / 2, checks * 3 / 4, checks }.Distinct().ToArray();
            var clock = Stopwatch.StartNew();
            var verdicts = 0L;

            // Warm-up: the first check builds what every later check reuses.
            checker.CheckAll(Dossier(0), period);
            Console.WriteLine($"{"checks",10} {"heap after GC (MB)",20} {"elapsed (s)",12}");
            for (var i = 0; i <= checks; i++)
            {
                if (i > 0)
                {
                    verdicts += checker.CheckAll(Dossier(i), period).Count(r => r.Verdict == Verdict.Eligible);
                }

                if (Array.IndexOf(checkpoints, i) >= 0)
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                    var heap = GC.GetTotalMemory(forceFullCollection: true);
                    Console.WriteLine($"{i,10:N0} {heap / (1024.0 * 1024.0),20:F2} {clock.Elapsed.TotalSeconds,12:F1}");
                }
            }

            Console.WriteLine($"eligible results: {verdicts:N0}; GC gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
            return 0;
        }

        /// <summary>
        /// Dossier <paramref name="i"/>: a civil servant with three grassroots titles and a ministry-level ballot;
        /// the pair (recruitment date, council size) differs for every i below 15 952 000, and the council size
        /// changes on every dossier, so new ballot percentages (and new cache keys) come from the start.
        /// </summary>
        public static IndividualDossier Dossier(int i)
        {
            var members = 10 + (i % CouncilSizes);
            var votes = (int)((uint)i * 7919u % (uint)(members + 1));
            var attestations = new CouncilAttestations
            {
                PolicyComplianceAndSolidarity = true,
                ActiveStudy = true,
                EthicsAndLifestyle = true,
                OutstandingAmongPeers = true,
            };
            return new IndividualDossier
            {
                Id = "MEM-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Category = PersonnelCategory.CivilServant,
                RecruitmentDate = FirstRecruitment.AddDays(i / CouncilSizes % RecruitmentDays),
                Periods = new[]
                {
                    new PeriodRecord
                    {
                        Period = AssessmentPeriod.CalendarYear(2021),
                        MonthsWorked = 12,
                        TaskRating = TaskRating.CompletedExcellently,
                        Attestations = attestations,
                        Ballots = new[]
                        {
                            new CouncilBallot { Award = AwardCodes.MinistryEmulationFighter, CouncilMembers = members, VotesInFavour = votes },
                            new CouncilBallot { Award = AwardCodes.NationalEmulationFighter, CouncilMembers = members, VotesInFavour = members - votes },
                        },
                    },
                },
                AwardHistory = new[] { 2019, 2020, 2021 }
                    .Select(y => new AwardRecord
                    {
                        Code = AwardCodes.GrassrootsEmulationFighter,
                        Period = AssessmentPeriod.CalendarYear(y),
                        DecisionNumber = "QĐ-" + y.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        DecisionDate = new DateTime(y + 1, 1, 20),
                    })
                    .ToArray(),
                Disciplines = Array.Empty<DisciplineRecord>(),
                Proceedings = Array.Empty<ProceedingRecord>(),
                Initiatives = new[]
                {
                    new InitiativeRecord { Title = "Sáng kiến", Kind = InitiativeKind.Initiative, Scope = InitiativeScope.MinistryOrProvince, Period = AssessmentPeriod.CalendarYear(2020) },
                },
            };
        }
    }
}
