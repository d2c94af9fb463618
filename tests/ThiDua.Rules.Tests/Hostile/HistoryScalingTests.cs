using System.Collections;
using System.Globalization;
using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// A dossier with 100 000 history entries: a check reads the history a fixed number of times, whatever its length,
/// and gives the same answer as the short history it is equivalent to. Work is counted, never timed (the machine that
/// runs the tests is shared); the time is in the LargeHistory benchmark.
/// </summary>
/// <remarks>
/// The validator refuses such a dossier (ThiDuaLimits.MaxAwardHistoryEntries, and the same title twice for a period),
/// so these tests run the rules on it without validation (<c>CheckAllUnvalidated</c>): the algorithms behind the
/// facts must stay linear whatever reaches them.
/// </remarks>
public sealed class HistoryScalingTests
{
    private static readonly ThiDua.Rules.Checking.EligibilityChecker Checker = (ThiDua.Rules.Checking.EligibilityChecker)ThiDuaRules.Default;

    private static EligibilityResult Check(string award, IndividualDossier dossier, AssessmentPeriod period)
        => Checker.CheckAllUnvalidated(dossier, period, award).Single();

    private const int Entries = 100_000;

    /// <summary>
    /// Reads of history entries allowed per entry beyond one per award checked (validation and the facts several awards
    /// share): with the per-award read, a bound that grows with the catalogue but not with the history. Reading the
    /// history once per fact read, or once per year of a run, would need hundreds.
    /// </summary>
    private const int ExtraReadsPerEntry = 8;

    [Fact]
    public void CheckAll_HundredThousandHistoryEntries_ReadsEachEntryAFixedNumberOfTimes()
    {
        var builder = LongCareer();
        var history = new CountingList<AwardRecord>(builder.Build().AwardHistory!.Concat(Filler(Entries)).ToArray());
        var dossier = builder.Build() with { AwardHistory = history };

        var results = Checker.CheckAllUnvalidated(dossier, builder.Period);

        Assert.Contains(results, r => r.Award == AwardCodes.NationalEmulationFighter);
        Assert.True(
            history.Reads <= (long)(results.Count + ExtraReadsPerEntry) * history.Count,
            $"{history.Reads} reads of a {history.Count}-entry history ({history.Reads / (double)history.Count:0.0} per entry) for {results.Count} awards; at most {results.Count + ExtraReadsPerEntry} per entry expected");
    }

    [Fact]
    public void Check_HundredThousandHistoryEntries_GivesTheAnswerOfTheEquivalentShortHistory()
    {
        // The long history repeats, many times over, titles the short one already has: 1946 and 1947 ministry titles
        // (older than the chain, so they all go through the ordering but never join the chain) and grassroots titles
        // of past years. Every check answers exactly as for the short history.
        var shortCase = WithFiller(LongCareer(), 150);
        var longCase = WithFiller(LongCareer(), Entries);

        foreach (var award in new[] { AwardCodes.NationalEmulationFighter, AwardCodes.MinistryEmulationFighter, AwardCodes.GrassrootsEmulationFighter })
        {
            var expected = Check(award, shortCase.Build(), shortCase.Period);
            var actual = Check(award, longCase.Build(), longCase.Period);

            Assert.Equal(ThiDuaJson.Write(expected), ThiDuaJson.Write(actual));
        }

        var national = Check(AwardCodes.NationalEmulationFighter, longCase.Build(), longCase.Period);
        Assert.Equal("25", national.Conditions.Single(c => c.ConditionId == "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES").Values["consecutiveMinistryTitles"]);
    }

    [Fact]
    public void Check_SameYearTitlesInHistoryOrder_TheFirstListedDecidesTheDecisionClock()
    {
        // Titles of the same year keep their history order: the first 2020 title listed gives the decision date,
        // however many others of that year follow it.
        var builder = DossierBuilder.NationalFighter("2022")
            .WithoutAwards(AwardCodes.MinistryEmulationFighter)
            .WithAward(AwardCodes.MinistryEmulationFighter, "2017", new DateTime(2018, 3, 15))
            .WithAward(AwardCodes.MinistryEmulationFighter, "2020", new DateTime(2021, 3, 10));
        for (var i = 0; i < Entries / 10; i++)
        {
            builder.WithAward(AwardCodes.MinistryEmulationFighter, "2020", new DateTime(2019, 3, 10));
        }

        var result = Check(AwardCodes.NationalEmulationFighter, builder.Build(), builder.Period);

        Assert.Equal("1", result.Conditions.Single(c => c.ConditionId == "CSTD_TOAN_QUOC.PROPOSAL_YEAR").Values["yearsSinceMinistryTitleDecision"]);
    }

    [Fact]
    public void Check_SameYearTitlesInHistoryOrder_TheFirstListedDecidesTheInitiativeWindow()
    {
        // The first 2020 title listed covers 2018-2020, so the nationwide initiative of 2019 belongs to it; the
        // thousands of 2020 titles listed after it cover 2020 alone. Ordering that lost the history order would
        // take the window of one of those and miss the initiative.
        var builder = DossierBuilder.NationalFighter("2022")
            .WithoutAwards(AwardCodes.MinistryEmulationFighter)
            .WithAward(AwardCodes.MinistryEmulationFighter, "2020", new DateTime(2021, 3, 10), firstPeriod: "2018");
        for (var i = 0; i < Entries / 10; i++)
        {
            builder.WithAward(AwardCodes.MinistryEmulationFighter, "2020", new DateTime(2021, 3, 10), firstPeriod: "2020");
        }

        var result = Check(AwardCodes.NationalEmulationFighter, builder.Build(), builder.Period);

        Assert.Equal("1", result.Conditions.Single(c => c.ConditionId == "CSTD_TOAN_QUOC.NATIONAL_INITIATIVE").Values["nationalInitiatives"]);
    }

    /// <summary>
    /// A civil servant proposed for CSTD_TOAN_QUOC in 2021 with grassroots titles every year from 1946 and an unbroken
    /// chain of ministry titles (2020, 2017, 2014, ...): the longest runs a history can hold.
    /// </summary>
    private static DossierBuilder LongCareer()
    {
        var builder = DossierBuilder.CivilServant("2021")
            .WithInitiative(InitiativeKind.Initiative, InitiativeScope.National, "2019")
            .WithAttestations(a => a with { MostOutstandingAmongPeers = true, OutstandingAmongPeers = true })
            .WithBallot(AwardCodes.NationalEmulationFighter, 20, 19);
        for (var year = 1946; year <= 2021; year++)
        {
            builder.WithAward(AwardCodes.GrassrootsEmulationFighter, Year(year), new DateTime(year + 1, 1, 20));
        }

        for (var year = 2020; year >= 1947; year -= 3)
        {
            builder.WithAward(AwardCodes.MinistryEmulationFighter, Year(year), new DateTime(year + 1, 3, 10));
        }

        return builder;
    }

    private static DossierBuilder WithFiller(DossierBuilder builder, int count)
    {
        foreach (var record in Filler(count))
        {
            builder.WithAward(record.Code, record.Period.ToString(), record.DecisionDate);
        }

        return builder;
    }

    /// <summary>
    /// <paramref name="count"/> titles that change nothing for the long career: ministry titles of 1946 and 1947
    /// (its chain ends with 1948, whose window 1946-1948 would need a 1945 title to continue) and repeats of its
    /// grassroots titles of 1946 to 2020. The first 150 hold every distinct one.
    /// </summary>
    private static IEnumerable<AwardRecord> Filler(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var ministry = i % 2 == 0;
            var year = ministry ? 1946 + ((i / 2) % 2) : 1946 + ((i / 2) % 75);
            yield return new AwardRecord
            {
                Code = ministry ? AwardCodes.MinistryEmulationFighter : AwardCodes.GrassrootsEmulationFighter,
                Period = AssessmentPeriod.CalendarYear(year),
                DecisionNumber = "QĐ-" + i.ToString(CultureInfo.InvariantCulture),
                DecisionDate = ministry ? new DateTime(year + 1, 3, 10) : new DateTime(year + 1, 1, 20),
            };
        }
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A list that counts how many of its items are read, by index or by enumeration.</summary>
    internal sealed class CountingList<T> : IReadOnlyList<T>
    {
        private readonly T[] _items;

        public CountingList(T[] items)
        {
            _items = items;
        }

        public long Reads { get; private set; }

        public int Count => _items.Length;

        public T this[int index]
        {
            get
            {
                Reads++;
                return _items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            foreach (var item in _items)
            {
                Reads++;
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
