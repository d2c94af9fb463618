using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Testing;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>
/// Where the law is monotone, so is the checker: a disciplinary record never helps, more qualifying years or
/// initiatives never undo a met streak condition, and a better task rating never hurts.
/// </summary>
public class MonotonicityProperties
{
    /// <summary>Facts that count titles in a run or qualifying initiatives: more of them can only help.</summary>
    private static readonly HashSet<string> StreakFacts = new(StringComparer.Ordinal)
    {
        "consecutiveGrassrootsTitles", "consecutiveMinistryTitles", "unitInitiatives", "ministryInitiatives", "nationalInitiatives",
    };

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property AddingADiscipline_StatedDisciplines_NeverImprovesAnyOutcome()
    {
        var gen = from c in ThiDuaGenerators.Case(null, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any })
                  where c.Dossier.Disciplines != null
                  from added in ThiDuaGenerators.Disciplines(c.Period).Where(d => d.Count > 0)
                  select (Case: c, Added: added[0]);
        return Prop.ForAll(Arb.From(gen), pair =>
        {
            var disciplined = pair.Case.Dossier with { Disciplines = pair.Case.Dossier.Disciplines!.Append(pair.Added).ToList() };
            AssertNeverBetter(pair.Case, disciplined, "adding a discipline dated " + pair.Added.DecisionDate.ToString("yyyy-MM-dd"));
        });
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property AddingAGrassrootsYear_AnyHistory_NeverUndoesAMetStreakCondition()
    {
        var gen = from c in ThiDuaGenerators.Case(null, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any })
                  where c.Dossier.AwardHistory != null
                  from back in Gen.Choose(0, 6)
                  let year = Shift(c.Period, -back)
                  where !c.Dossier.AwardHistory!.Any(a => a.Code == AwardCodes.GrassrootsEmulationFighter && a.Period == year)
                  select (Case: c, Added: new AwardRecord { Code = AwardCodes.GrassrootsEmulationFighter, Period = year, DecisionDate = year.End.AddDays(60) });
        return Prop.ForAll(Arb.From(gen), pair =>
        {
            var more = pair.Case.Dossier with { AwardHistory = pair.Case.Dossier.AwardHistory!.Append(pair.Added).ToList() };
            AssertMetStaysMet(pair.Case, more, $"adding CSTDCS {pair.Added.Period}");
        });
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property AddingAnEarlierMinistryTitle_AnyHistory_NeverUndoesAMetStreakCondition()
    {
        var gen = from c in ThiDuaGenerators.Case(AwardCodes.NationalEmulationFighter, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any })
                  where c.Dossier.AwardHistory != null
                  let earliest = c.Dossier.AwardHistory!
                      .Where(a => a.Code == AwardCodes.MinistryEmulationFighter && a.Period.Kind == c.Period.Kind)
                      .Select(a => (int?)(a.FirstPeriod ?? a.Period).StartYear)
                      .Min() ?? c.Period.StartYear - 1
                  from back in Gen.Choose(1, 4)
                  let year = Shift(c.Period, earliest - back - c.Period.StartYear)
                  select (Case: c, Added: new AwardRecord { Code = AwardCodes.MinistryEmulationFighter, Period = year, DecisionDate = year.End.AddDays(90) });
        return Prop.ForAll(Arb.From(gen), pair =>
        {
            var more = pair.Case.Dossier with { AwardHistory = pair.Case.Dossier.AwardHistory!.Append(pair.Added).ToList() };
            // An earlier ministry title lengthens the chain behind a national title, but it also uses up the grassroots
            // years and initiatives behind it, which a later ministry title may not count again (Circular 12/2019
            // Điều 2 khoản 6). So the monotone claim is about the national title's conditions only.
            AssertMetStaysMet(pair.Case, more, $"adding an earlier CSTD_BO_TINH {pair.Added.Period}", AwardCodes.NationalEmulationFighter);
        });
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property AddingAnInitiative_AnyInitiatives_NeverUndoesAMetStreakCondition()
    {
        var gen = from c in ThiDuaGenerators.Case(null, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any })
                  where c.Dossier.Initiatives != null
                  from added in ThiDuaGenerators.Initiatives(c.Period, c.Dossier.Category ?? PersonnelCategory.CivilServant).Where(i => i.Count > 0)
                  select (Case: c, Added: added[0]);
        return Prop.ForAll(Arb.From(gen), pair =>
        {
            var more = pair.Case.Dossier with { Initiatives = pair.Case.Dossier.Initiatives!.Append(pair.Added).ToList() };
            AssertMetStaysMet(pair.Case, more, $"adding {pair.Added.Kind} ({pair.Added.Scope}) for {pair.Added.Period}");
        });
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property RaisingTheTaskRating_AnyDossier_NeverWorsensAnyOutcome()
    {
        var gen = from c in ThiDuaGenerators.Case(null, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any })
                  let record = c.Dossier.Periods?.FirstOrDefault(p => p.Period == c.Period)
                  where record?.TaskRating is TaskRating rating && rating < TaskRating.CompletedExcellently
                  from better in Gen.Choose((int)record!.TaskRating!.Value + 1, (int)TaskRating.CompletedExcellently)
                  select (Case: c, Better: (TaskRating)better);
        return Prop.ForAll(Arb.From(gen), pair =>
        {
            var dossier = pair.Case.Dossier;
            var better = dossier with
            {
                Periods = dossier.Periods!.Select(p => p.Period == pair.Case.Period ? p with { TaskRating = pair.Better } : p).ToList(),
            };
            AssertNeverWorse(pair.Case, better, "raising the task rating to " + pair.Better);
        });
    }

    private static void AssertNeverBetter(DossierCase c, IndividualDossier changed, string change)
    {
        foreach (var award in Shipped.IndividualAwards)
        {
            var before = Shipped.Check(award, c.Dossier, c.Period);
            var after = Shipped.Check(award, changed, c.Period);
            Assert.True(Outcomes.Rank(after.Verdict) <= Outcomes.Rank(before.Verdict), $"{change} turned {award} {before.Verdict} into {after.Verdict}");
            CompareConditions(before, after, (was, now) => Outcomes.Rank(now) <= Outcomes.Rank(was), $"{change} improved");
        }
    }

    private static void AssertNeverWorse(DossierCase c, IndividualDossier changed, string change)
    {
        foreach (var award in Shipped.IndividualAwards)
        {
            var before = Shipped.Check(award, c.Dossier, c.Period);
            var after = Shipped.Check(award, changed, c.Period);
            Assert.True(Outcomes.Rank(after.Verdict) >= Outcomes.Rank(before.Verdict), $"{change} turned {award} {before.Verdict} into {after.Verdict}: {Outcomes.Describe(before)} -> {Outcomes.Describe(after)}");
            CompareConditions(before, after, (was, now) => Outcomes.Rank(now) >= Outcomes.Rank(was), $"{change} worsened");
        }
    }

    private static void AssertMetStaysMet(DossierCase c, IndividualDossier changed, string change, params string[] onlyAwards)
    {
        foreach (var award in Shipped.IndividualAwards.Where(a => onlyAwards.Length == 0 || onlyAwards.Contains(a)))
        {
            var before = Outcomes.Flatten(Shipped.Check(award, c.Dossier, c.Period));
            var after = Outcomes.Flatten(Shipped.Check(award, changed, c.Period));
            foreach (var (key, (conditionAward, condition)) in before)
            {
                var definition = Shipped.Definition(conditionAward, condition.ConditionId)!;
                if (condition.Outcome == ConditionOutcome.Met && definition.RequiredFacts.Count > 0 && definition.RequiredFacts.All(StreakFacts.Contains))
                {
                    Assert.True(after.TryGetValue(key, out var now) && now.Condition.Outcome == ConditionOutcome.Met, $"{change} turned {award} {key} from Met into {(after.TryGetValue(key, out var x) ? x.Condition.Outcome.ToString() : "absent")}");
                }
            }
        }
    }

    private static void CompareConditions(EligibilityResult before, EligibilityResult after, Func<ConditionOutcome, ConditionOutcome, bool> allowed, string what)
    {
        var was = Outcomes.Flatten(before);
        foreach (var (key, (_, condition)) in Outcomes.Flatten(after))
        {
            if (was.TryGetValue(key, out var old))
            {
                Assert.True(allowed(old.Condition.Outcome, condition.Outcome), $"{what} {before.Award} {key}: {old.Condition.Outcome} -> {condition.Outcome}");
            }
        }
    }

    private static AssessmentPeriod Shift(AssessmentPeriod period, int periods)
    {
        for (var i = 0; i < Math.Abs(periods); i++)
        {
            period = periods < 0 ? period.Previous : period.Next;
        }

        return period;
    }
}
