using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Testing;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>
/// A missing fact is never read as "not met": taking a fact out of a dossier turns the conditions that need it
/// Unknown, may turn others Unknown, and never decides a condition that was Unknown.
/// </summary>
public class MissingFactProperties
{
    private static Arbitrary<(DossierCase Case, FactRemoval Removal)> CaseAndRemoval(FactCoverage coverage)
    {
        var options = DossierGeneratorOptions.Default with { Coverage = coverage };
        var gen = from c in ThiDuaGenerators.Case(null, options)
                  where FactRemovals.For(c.Dossier, c.Period).Count > 0
                  from removal in ThiDuaGenerators.FactRemoval(c.Dossier, c.Period)
                  select (c, removal);
        return Arb.From(gen, pair => DossierShrinker.Shrink(pair.c.Dossier, pair.c.Period, keepFactsKnown: coverage == FactCoverage.FullyKnown)
            .Select(d => (pair.c with { Dossier = d }, pair.removal))
            .Where(p => FactRemovals.For(p.Item1.Dossier, p.Item1.Period).Any(r => r.Field == p.removal.Field))
            .Select(p => (p.Item1, FactRemovals.For(p.Item1.Dossier, p.Item1.Period).First(r => r.Field == p.removal.Field))));
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property RemovingAFact_FullyKnownDossier_TurnsConditionsNeedingItUnknown()
        => Prop.ForAll(CaseAndRemoval(FactCoverage.FullyKnown), pair => AssertRemovalOnlyHidesOutcomes(pair.Case, pair.Removal));

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property RemovingAFact_DossierAlreadyMissingFacts_NeverDecidesAnUnknownCondition()
        => Prop.ForAll(CaseAndRemoval(FactCoverage.SomeMissing), pair => AssertRemovalOnlyHidesOutcomes(pair.Case, pair.Removal));

    /// <summary>
    /// Found by CI: two decisions from before the period, both in force into it. Taking the ends off one leaves the
    /// other deciding the count, so the earlier-discipline condition may stay decided; the removal must not claim
    /// the fact, and nothing may change but towards Unknown.
    /// </summary>
    [Fact]
    public void RemovingTheEndsOfOneEarlierDiscipline_AnotherStillInForce_LeavesTheCountDecided()
    {
        var dossier = ThiDuaJson.ReadDossier("""
            {"id":"CB-623","category":"civilServant","recruitmentDate":"2018-01-01",
             "periods":[{"period":"2023","monthsWorked":12,"workingDaysAbsent":0,"taskRating":"completedExcellently",
               "attestations":{"policyComplianceAndSolidarity":true,"activeStudy":true,"ethicsAndLifestyle":true,"productiveWorkAndEmulation":true,"exemplaryConduct":true,"outstandingAmongPeers":true,"mostOutstandingAmongPeers":true},
               "ballots":[{"award":"CSTD_BO_TINH","councilMembers":31,"votesInFavour":27},{"award":"CSTD_TOAN_QUOC","councilMembers":31,"votesInFavour":27}],
               "emulationRegistered":false}],
             "awardHistory":[],
             "disciplines":[{"form":"deferredSalaryIncrease","decisionDate":"2022-12-31","inForceUntil":"2023-12-31"},
                            {"form":"deferredSalaryIncrease","decisionDate":"2022-12-31","liftedOn":"2023-02-19","inForceUntil":"2023-12-31"}],
             "criminalSentences":[],"proceedings":[],"initiatives":[]}
            """);
        var period = AssessmentPeriod.CalendarYear(2023);
        var removal = FactRemovals.For(dossier, period).Single(r => r.Field == "disciplines[0].inForceUntil, liftedOn");

        Assert.Empty(removal.Facts);
        AssertRemovalOnlyHidesOutcomes(new DossierCase(AwardCodes.NationalEmulationFighter, period, dossier), removal);
    }

    /// <summary>Checks every individual award, not only the case's, so each removal meets every condition that reads it.</summary>
    private static void AssertRemovalOnlyHidesOutcomes(DossierCase c, FactRemoval removal)
    {
        var reduced = removal.ApplyTo(c.Dossier);
        foreach (var award in Shipped.IndividualAwards)
        {
            var before = Outcomes.Flatten(Shipped.Check(award, c.Dossier, c.Period));
            var after = Outcomes.Flatten(Shipped.Check(award, reduced, c.Period));
            foreach (var (key, (conditionAward, condition)) in after)
            {
                var needsRemovedFact = Shipped.Definition(conditionAward, condition.ConditionId)!.RequiredFacts.Intersect(removal.Facts).Any();
                if (needsRemovedFact)
                {
                    Assert.True(condition.Outcome == ConditionOutcome.Unknown, $"{award} {key} needs a fact {removal} takes away, yet is {condition.Outcome}");
                }

                if (before.TryGetValue(key, out var was) && was.Condition.Outcome != condition.Outcome)
                {
                    Assert.True(
                        condition.Outcome == ConditionOutcome.Unknown,
                        $"{award} {key} was {was.Condition.Outcome} and became {condition.Outcome} after {removal}: less information decided it differently");
                }
            }

            foreach (var key in before.Keys.Where(k => !after.ContainsKey(k) && !k.StartsWith("PREREQ/", StringComparison.Ordinal)))
            {
                Assert.Fail($"{award} {key} disappeared from the result after {removal}");
            }
        }
    }
}
