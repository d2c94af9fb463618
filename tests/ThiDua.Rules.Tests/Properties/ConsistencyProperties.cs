using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>
/// The verdict follows from the conditions (NotEligible if any is not met, Eligible only if all are met), and every
/// condition that is not met or unknown is explained: its rule, where the law says so, and a Vietnamese message.
/// </summary>
public class ConsistencyProperties
{
    [Property(MaxTest = 400, QuietOnSuccess = true)]
    public Property Verdict_AnyDossier_IsNotEligibleExactlyWhenSomeConditionIsNotMet()
        => Prop.ForAll(Draw.Any(), c =>
        {
            foreach (var result in Outcomes.WithNested(Shipped.Checker.Check(c.ToRequest())))
            {
                var someNotMet = result.Conditions.Any(x => x.Outcome == ConditionOutcome.NotMet);
                Assert.True(someNotMet == (result.Verdict == Verdict.NotEligible), Outcomes.Describe(result));
            }
        });

    [Property(MaxTest = 400, QuietOnSuccess = true)]
    public Property Verdict_AnyDossier_IsEligibleExactlyWhenEveryConditionIsMet()
        => Prop.ForAll(Draw.Any(), c =>
        {
            foreach (var result in Outcomes.WithNested(Shipped.Checker.Check(c.ToRequest())))
            {
                var allMet = result.Conditions.All(x => x.Outcome == ConditionOutcome.Met);
                Assert.True(allMet == (result.Verdict == Verdict.Eligible), Outcomes.Describe(result));
                Assert.NotEmpty(result.Conditions);
            }
        });

    [Property(MaxTest = 400, QuietOnSuccess = true)]
    public Property Conditions_NotMetOrUnknown_HaveRuleIdCitationAndVietnameseMessage()
        => Prop.ForAll(Draw.Any(), c =>
        {
            foreach (var result in Outcomes.WithNested(Shipped.Checker.Check(c.ToRequest())))
            {
                foreach (var condition in result.Conditions.Where(x => x.Outcome != ConditionOutcome.Met))
                {
                    var where = $"{result.Award} {condition.ConditionId} ({condition.Outcome})";
                    Assert.False(string.IsNullOrWhiteSpace(condition.ConditionId), where);
                    Assert.True(Shipped.Definition(result.Award, condition.ConditionId) != null, where + " is not a condition of the award");
                    Assert.True(condition.Citations.Count > 0, where + " has no citation");
                    Assert.All(condition.Citations, citation => Assert.True(citation.Article > 0 && citation.Document != null, where + " has an empty citation"));
                    Assert.False(string.IsNullOrWhiteSpace(condition.Message.Vi), where + " has no Vietnamese message");
                    Assert.DoesNotContain("{", condition.Message.Vi);
                }
            }
        });

    [Property(MaxTest = 400, QuietOnSuccess = true)]
    public Property MissingFacts_AnyDossier_ListedExactlyForUnknownConditions()
        => Prop.ForAll(Draw.Any(), c =>
        {
            foreach (var result in Outcomes.WithNested(Shipped.Checker.Check(c.ToRequest())))
            {
                foreach (var condition in result.Conditions)
                {
                    var where = $"{result.Award} {condition.ConditionId} ({condition.Outcome}): missing [{string.Join(", ", condition.MissingFacts)}]";
                    Assert.True((condition.Outcome == ConditionOutcome.Unknown) == (condition.MissingFacts.Count > 0), where);
                }

                var union = result.Conditions.SelectMany(x => x.MissingFacts).Distinct().OrderBy(x => x, StringComparer.Ordinal);
                Assert.Equal(union, result.MissingFacts.OrderBy(x => x, StringComparer.Ordinal));
            }
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Conditions_AnyDossier_AreTheAwardsConditionsInCatalogueOrder()
        => Prop.ForAll(Draw.Any(), c =>
        {
            var result = Shipped.Checker.Check(c.ToRequest());
            var catalogue = Shipped.Checker.Catalog.GetAward(result.RegimeId, result.Award).Conditions.Select(d => d.Id).ToList();
            var reported = result.Conditions.Select(x => x.ConditionId).ToList();
            Assert.Equal(reported.Distinct().Count(), reported.Count);
            Assert.Equal(catalogue.Where(reported.Contains), reported);
        });
}
