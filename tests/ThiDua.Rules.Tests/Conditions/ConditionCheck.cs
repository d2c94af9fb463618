using System.Globalization;
using System.Runtime.CompilerServices;
using Xunit;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>A citation as the law writes it: document id, article (Điều), clause (khoản), point (điểm).</summary>
internal readonly record struct Cite(string Document, int Article, int? Clause = null, string? Point = null)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Document} Điều {Article} khoản {Clause?.ToString(CultureInfo.InvariantCulture) ?? "-"} điểm {Point ?? "-"}");
}

/// <summary>Runs one check and asserts one condition's outcome, citations and Vietnamese message.</summary>
internal static class ConditionCheck
{
    public static EligibilityResult Check(string award, DossierBuilder dossier, DateTime? consideredOn = null, IEligibilityChecker? checker = null)
        => (checker ?? ThiDuaRules.Default).Check(new EligibilityRequest(award, dossier.Build(), dossier.Period) { ConsideredOn = consideredOn });

    /// <summary>
    /// Checks <paramref name="award"/> for the dossier and asserts that condition <paramref name="conditionId"/>
    /// comes out <paramref name="outcome"/>, cites exactly <paramref name="citations"/> (in order) and has a
    /// non-empty Vietnamese message containing every fragment. The calling test must declare the same
    /// [Covers(conditionId, outcome)], so the coverage registry cannot claim what a test does not assert.
    /// </summary>
    public static ConditionResult Expect(
        string award,
        DossierBuilder dossier,
        string conditionId,
        ConditionOutcome outcome,
        Cite[] citations,
        string[] viFragments,
        DateTime? consideredOn = null,
        IEligibilityChecker? checker = null,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string testFile = "")
    {
        var result = Check(award, dossier, consideredOn, checker);
        AssertDeclared(testMethod, testFile, conditionId, outcome, result.RegimeId);
        return AssertCondition(result, conditionId, outcome, citations, viFragments);
    }

    /// <summary>
    /// The same assertions for a collective award: checks <paramref name="collective"/> for <paramref name="award"/>
    /// and asserts condition <paramref name="conditionId"/> as <see cref="Expect"/> does.
    /// </summary>
    public static ConditionResult ExpectCollective(
        string award,
        Collectives.CollectiveBuilder collective,
        string conditionId,
        ConditionOutcome outcome,
        Cite[] citations,
        string[] viFragments,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string testFile = "")
    {
        var result = collective.Check(award);
        AssertDeclared(testMethod, testFile, conditionId, outcome, result.RegimeId);
        return AssertCondition(result, conditionId, outcome, citations, viFragments);
    }

    /// <summary>
    /// The same assertions for a household or village title: checks <paramref name="community"/> for its award and
    /// asserts condition <paramref name="conditionId"/> as <see cref="Expect"/> does.
    /// </summary>
    public static ConditionResult ExpectCommunity(
        Community.CommunityBuilder community,
        string conditionId,
        ConditionOutcome outcome,
        Cite[] citations,
        string[] viFragments,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string testFile = "")
    {
        var result = community.Check();
        AssertDeclared(testMethod, testFile, conditionId, outcome, result.RegimeId);
        return AssertCondition(result, conditionId, outcome, citations, viFragments);
    }

    /// <summary>
    /// The same assertions for a worked example: runs case file <paramref name="caseFile"/> (a path under Cases/, e.g.
    /// <c>vn-2013/BK_TTG/01-….json</c>) and asserts condition <paramref name="conditionId"/> as <see cref="Expect"/> does.
    /// Used where a condition reads years of history a builder would only repeat.
    /// </summary>
    public static ConditionResult ExpectCase(
        string caseFile,
        string conditionId,
        ConditionOutcome outcome,
        Cite[] citations,
        string[] viFragments,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string testFile = "")
    {
        var result = Cases.WorkedExampleLoader.Run(Cases.WorkedExampleLoader.Load(caseFile));
        AssertDeclared(testMethod, testFile, conditionId, outcome, result.RegimeId);
        return AssertCondition(result, conditionId, outcome, citations, viFragments);
    }

    private static ConditionResult AssertCondition(EligibilityResult result, string conditionId, ConditionOutcome outcome, Cite[] citations, string[] viFragments)
    {
        var condition = Find(result, conditionId);

        Assert.True(condition.Outcome == outcome, $"{conditionId}: expected {outcome}, got {condition.Outcome} ({condition.Message.Vi})");
        Assert.Equal(conditionId, condition.ConditionId);
        Assert.Equal(
            citations.Select(c => c.ToString()),
            condition.Citations.Select(c => new Cite(c.Document.Id, c.Article, c.Clause, c.Point).ToString()));
        Assert.False(string.IsNullOrWhiteSpace(condition.Message.Vi), conditionId + ": the Vietnamese message is empty");
        Assert.DoesNotContain("{", condition.Message.Vi, StringComparison.Ordinal);
        foreach (var fragment in viFragments)
        {
            Assert.True(condition.Message.Vi.Contains(fragment, StringComparison.Ordinal), $"{conditionId}: the Vietnamese message \"{condition.Message.Vi}\" does not contain \"{fragment}\"");
        }

        if (outcome == ConditionOutcome.Unknown)
        {
            Assert.NotEmpty(condition.MissingFacts);
        }
        else
        {
            Assert.Empty(condition.MissingFacts);
        }

        return condition;
    }

    public static ConditionResult Find(EligibilityResult result, string conditionId)
    {
        var matches = result.Conditions.Where(c => c.ConditionId == conditionId).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one condition {conditionId} in the {result.Award} result, found {matches.Count}: {string.Join(", ", result.Conditions.Select(c => c.ConditionId))}");
        return matches[0];
    }

    private static void AssertDeclared(string testMethod, string testFile, string conditionId, ConditionOutcome outcome, string regime)
    {
        var className = Path.GetFileNameWithoutExtension(testFile);
        var type = typeof(ConditionCheck).Assembly.GetTypes().Single(t => t.Name == className);
        var method = type.GetMethods().Single(m => m.Name == testMethod);
        var declared = CoversMetAndNotMetAttribute.All(method);
        Assert.True(
            declared.Any(c => c.ConditionId == conditionId && c.Outcome == outcome && c.Regime == regime),
            $"{className}.{testMethod} asserts {conditionId} {outcome} in {regime} but does not declare [Covers(\"{conditionId}\", ConditionOutcome.{outcome}, Regime = \"{regime}\")]");
    }
}
