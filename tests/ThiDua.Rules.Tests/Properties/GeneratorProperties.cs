using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Testing;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>
/// The promises of the ThiDua.Rules.Testing generators: valid dossiers, fully known when asked, shrinking without
/// breaking either, written as JSON the library reads, and sitting on the legal edges often.
/// </summary>
public class GeneratorProperties
{
    private const ulong Seed = 20241130UL;

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Case_AnyOptions_IsAcceptedByTheValidator()
        => Prop.ForAll(Draw.Any(), c => Assert.Empty(DossierValidator.Validate(c.Dossier, Shipped.Checker.Catalog, new ThiDuaLimits())));

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Case_FullyKnown_LeavesNoConditionOfAnyAwardUnknown()
        => Prop.ForAll(Draw.FullyKnown(), c =>
        {
            foreach (var award in Shipped.IndividualAwards)
            {
                var result = Shipped.Check(award, c.Dossier, c.Period);
                Assert.True(result.MissingFacts.Count == 0, $"{award}: missing {string.Join(", ", result.MissingFacts)}");
            }
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property WithMissingFacts_FullyKnownDossier_RemovesSomething()
        => Prop.ForAll(Draw.FullyKnown(), c =>
        {
            var missing = ThiDuaGenerators.WithMissingFacts(c.Dossier, c.Period).Sample(1, 1).Single();
            Assert.NotEqual(ThiDuaJson.Write(c.Dossier), ThiDuaJson.Write(missing));
        });

    [Property(MaxTest = 30, QuietOnSuccess = true)]
    public Property Shrink_FullyKnownCase_KeepsEveryCandidateValidAndFullyKnown()
        => Prop.ForAll(Draw.FullyKnown(), c =>
        {
            foreach (var smaller in DossierShrinker.Shrink(c.Dossier, c.Period, keepFactsKnown: true))
            {
                Assert.Empty(DossierValidator.Validate(smaller, Shipped.Checker.Catalog, new ThiDuaLimits()));
                foreach (var award in Shipped.IndividualAwards)
                {
                    Assert.Empty(Shipped.Check(award, smaller, c.Period).MissingFacts);
                }
            }
        });

    [Fact]
    public void Case_FavourableProfile_IsOftenEligibleForEveryAward()
    {
        foreach (var award in Shipped.IndividualAwards)
        {
            var options = DossierGeneratorOptions.Default with { FavourablePercent = 90 };
            var cases = ThiDuaGenerators.Case(award, options).Sample(300, new Rnd(Seed), 10);
            var eligible = cases.Count(c => Shipped.Checker.Check(c.ToRequest()).Verdict == Verdict.Eligible);
            Assert.True(eligible >= 15, $"{award}: only {eligible} of 300 favourable cases are eligible, so the chain properties would test little");
        }
    }

    [Fact]
    public void Case_DefaultOptions_SitsOnTheLegalEdgesOften()
    {
        var cases = ThiDuaGenerators.Case(null, DossierGeneratorOptions.Default).Sample(1000, new Rnd(Seed), 10);
        var counts = new Dictionary<string, int>
        {
            ["recruited exactly 10 months before the period ends"] = cases.Count(c => c.Dossier.RecruitmentDate == c.Period.End.AddDays(1).AddMonths(-10)),
            ["a ballot at exactly 90%"] = cases.Count(c => Record(c)?.Ballots?.Any(b => b.VotesInFavour * 10 == b.CouncilMembers * 9) == true),
            ["a ballot just under 90%"] = cases.Count(c => Record(c)?.Ballots?.Any(b => b.VotesInFavour * 10 < b.CouncilMembers * 9 && b.VotesInFavour * 10 >= b.CouncilMembers * 8) == true),
            ["a discipline on the first or last day of the period"] = cases.Count(c => c.Dossier.Disciplines!.Any(d => d.DecisionDate == c.Period.Start || d.DecisionDate == c.Period.End)),
            ["a discipline the day after the period"] = cases.Count(c => c.Dossier.Disciplines!.Any(d => d.DecisionDate == c.Period.End.AddDays(1))),
            ["exactly three grassroots titles ending with the period"] = cases.Count(c => GrassrootsRunLength(c) == 3),
            ["exactly two grassroots titles ending with the period"] = cases.Count(c => GrassrootsRunLength(c) == 2),
            ["a gap year in a grassroots run"] = cases.Count(c => Has(c, AwardCodes.GrassrootsEmulationFighter, 0) && !Has(c, AwardCodes.GrassrootsEmulationFighter, 1) && Has(c, AwardCodes.GrassrootsEmulationFighter, 2)),
            ["a ministry title exactly three periods before"] = cases.Count(c => Has(c, AwardCodes.MinistryEmulationFighter, 3)),
            ["two consecutive ministry titles"] = cases.Count(c => Has(c, AwardCodes.MinistryEmulationFighter, 2) && Has(c, AwardCodes.MinistryEmulationFighter, 5)),
            ["a proceeding pending on the last day only by its closing date"] = cases.Count(c => c.Dossier.Proceedings!.Any(p => p.ClosedOn == c.Period.End.AddDays(1))),
            ["a long training course of exactly 12 months"] = cases.Count(c => Record(c)?.Leaves?.Any(l => l.CourseMonths == 12) == true),
            ["a transfer after exactly 6 months at the previous unit"] = cases.Count(c => Record(c)?.Transfer?.MonthsAtPreviousUnit == 6),
            ["a school year"] = cases.Count(c => c.Period.Kind == AssessmentPeriodKind.SchoolYear),
        };
        var rare = counts.Where(kv => kv.Value < 10).Select(kv => $"{kv.Key}: {kv.Value}").ToList();
        Assert.True(rare.Count == 0, "edges drawn fewer than 10 times in 1000 cases: " + string.Join("; ", rare));
    }

    private static PeriodRecord? Record(DossierCase c) => c.Dossier.Periods?.FirstOrDefault(p => p.Period == c.Period);

    private static bool Has(DossierCase c, string code, int periodsBack)
    {
        var year = c.Period;
        for (var i = 0; i < periodsBack; i++)
        {
            year = year.Previous;
        }

        return c.Dossier.AwardHistory!.Any(a => a.Code == code && a.Period == year);
    }

    private static int GrassrootsRunLength(DossierCase c)
    {
        var length = 0;
        while (Has(c, AwardCodes.GrassrootsEmulationFighter, length))
        {
            length++;
        }

        return length;
    }
}
