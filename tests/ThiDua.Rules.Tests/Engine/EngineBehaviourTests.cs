using NRules;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Facts;
using ThiDua.Rules.Tests.Conditions;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Engine;

public sealed class EngineBehaviourTests
{
    private const string AdvancedStandard = "vn-2013/shared/advanced-standard.json";
    private static readonly AssessmentPeriod Year = AssessmentPeriod.CalendarYear(2021);

    [Fact]
    public void CreateChecker_ExpressionThatThrowsOnEveryInput_IsRefusedAtLoadWithFileAndRule()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NO_DISCIPLINE", rule => rule["expression"] = "discipline.DisciplinesInPeriod / discipline.DisciplinesInPeriod == 1");

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, AdvancedStandard, "STD.NO_DISCIPLINE", "throws", "DivideByZeroException");
    }

    [Fact]
    public void Check_ExpressionThatThrowsOnThisDossier_IsRuleEvaluationExceptionNamingTheRule()
    {
        // Loads (it does not throw on neutral facts) but divides by zero for a person recruited exactly 12 months before the period's end.
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NEW_RECRUIT_10_MONTHS", rule => rule["expression"] = "person.MonthsSinceRecruitment / (person.MonthsSinceRecruitment - 12) >= 0");
        var checker = workspace.CreateChecker();
        var dossier = DossierBuilder.CivilServant().RecruitedOn(new DateTime(2021, 1, 1)).Build();

        var error = Assert.Throws<RuleEvaluationException>(() => checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, Year)));

        Assert.Equal("STD.NEW_RECRUIT_10_MONTHS", error.RuleId);
        Assert.Contains("DivideByZeroException", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExpressionThatThrows_IsNeverReadAsNotMetByAnotherPath()
    {
        // The same failure through CheckAll (one session for the dossier's awards) and through the nested standard of CSTDCS.
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, "STD.NEW_RECRUIT_10_MONTHS", rule => rule["expression"] = "person.MonthsSinceRecruitment / (person.MonthsSinceRecruitment - 12) >= 0");
        var checker = workspace.CreateChecker();
        var dossier = DossierBuilder.CivilServant().RecruitedOn(new DateTime(2021, 1, 1)).Build();

        Assert.Equal("STD.NEW_RECRUIT_10_MONTHS", Assert.Throws<RuleEvaluationException>(() => checker.CheckAll(dossier, Year)).RuleId);
        Assert.Equal("STD.NEW_RECRUIT_10_MONTHS", Assert.Throws<RuleEvaluationException>(() => checker.Check(new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, dossier, Year))).RuleId);
    }

    [Fact]
    public void Session_TwoChecksOfEqualContent_AreTwoFacts()
    {
        // NRules identifies facts by Equals; dossiers are records, so equal dossiers must not collide in a session.
        var checker = (EligibilityChecker)ThiDuaRules.CreateChecker();
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().Build(), Year);
        var first = checker.Prepare(request);
        var second = checker.Prepare(request with { Dossier = request.Dossier with { } });
        Assert.Equal(first.Dossier, second.Dossier);

        RuleEngine.Run(first.Plan.Sessions, new[] { first, second });

        Assert.Equal(ThiDuaJson.Write(ResultComposer.Compose(first)), ThiDuaJson.Write(ResultComposer.Compose(second)));
        Assert.Equal(Verdict.Eligible, ResultComposer.Compose(second).Verdict);
    }

    [Fact]
    public void Compose_CheckWhoseRulesNeverFired_ThrowsInsteadOfGivingAVerdict()
    {
        var checker = (EligibilityChecker)ThiDuaRules.CreateChecker();
        var check = checker.Prepare(new EligibilityRequest(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().Build(), Year));

        var error = Assert.Throws<RuleEvaluationException>(() => ResultComposer.Compose(check));

        Assert.Contains("recorded no outcome", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LawRules_EveryConditionOfEveryAward_IsOneNamedRuleWithItsCitationsAndTags()
    {
        var checker = (EligibilityChecker)ThiDuaRules.CreateChecker();
        var runtime = checker.Prepare(new EligibilityRequest(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().Build(), Year)).Plan.Regime;

        var rules = LawRuleBuilder.Build(runtime, runtime.Plans).ToList();

        var conditions = runtime.Compiled.Awards.SelectMany(a => a.Rules).GroupBy(r => r.Id).ToList();
        var conditionRules = rules.Where(r => !r.Name.EndsWith(LawRuleBuilder.StandardJoinSuffix, StringComparison.Ordinal)).ToList();
        Assert.Equal(conditions.Select(c => c.Key).Order(StringComparer.Ordinal), conditionRules.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(conditionRules, rule =>
        {
            var awards = runtime.Compiled.Awards.Where(a => a.Rules.Any(r => r.Id == rule.Name)).Select(a => "award:" + a.Code);
            Assert.Equal(awards.Prepend("regime:vn-2013").Order(StringComparer.Ordinal), rule.Tags.Order(StringComparer.Ordinal));
            var citations = (IReadOnlyList<LegalCitation>)rule.Properties[LawRuleBuilder.CitationsProperty]!;
            Assert.NotEmpty(citations);
        });
        Assert.Equal(
            conditions.Where(c => c.First().Definition.IsPrerequisite).Select(c => c.Key + LawRuleBuilder.StandardJoinSuffix),
            rules.Where(r => r.Name.EndsWith(LawRuleBuilder.StandardJoinSuffix, StringComparison.Ordinal)).Select(r => r.Name));
    }

    [Fact]
    public void LawRules_SharedConditionRule_MatchesEachAwardThatIncludesIt()
    {
        // GEN.NO_PENDING_PROCEEDINGS is one rule for every award; a pending proceeding fails it in each award's check.
        var dossier = DossierBuilder.CivilServant().WithProceeding(ProceedingKind.DisciplinaryReview, new DateTime(2021, 11, 1), null).Build();

        var results = ThiDuaRules.Default.CheckAll(dossier, Year);

        Assert.All(results, r => Assert.Equal(ConditionOutcome.NotMet, r.Conditions.Single(c => c.ConditionId == "GEN.NO_PENDING_PROCEEDINGS").Outcome));
        Assert.True(results.Count >= 3);
    }

    [Theory]
    [InlineData(PersonnelCategory.CivilServant)]
    [InlineData(PersonnelCategory.ArmedForces)]
    [InlineData(null)]
    public void CheckAll_GrassrootsTitle_ReadsTheSameStandardAsASingleCheck(PersonnelCategory? category)
    {
        // In CheckAll the prerequisite reads the standard from the full LDTT/CSTT check already in the session; the
        // answer must be the one a single CSTDCS check gives with its own nested standard check.
        var dossiers = new[]
        {
            DossierBuilder.CivilServant().WithCategory(category).Build(),
            DossierBuilder.CivilServant().WithCategory(category).WithProceeding(ProceedingKind.DisciplinaryReview, new DateTime(2021, 11, 1), null).Build(),
            DossierBuilder.CivilServant().WithCategory(category).WithRating(TaskRating.Completed).Build(),
            DossierBuilder.CivilServant().WithCategory(category).WithoutAwardHistory().WithoutBallots().Build(),
        };

        foreach (var dossier in dossiers)
        {
            var single = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, dossier, Year));
            var inAll = ThiDuaRules.Default.CheckAll(dossier, Year).Single(r => r.Award == AwardCodes.GrassrootsEmulationFighter);

            Assert.Equal(ThiDuaJson.Write(single), ThiDuaJson.Write(inAll));
        }
    }

    [Fact]
    public async Task Check_ManyDossiersFromEightThreads_MatchesSequentialResults()
    {
        // The session factories are shared by every thread; each check opens its own session.
        var checker = ThiDuaRules.CreateChecker();
        var dossiers = new[]
        {
            DossierBuilder.CivilServant().Build(), DossierBuilder.Worker().Build(), DossierBuilder.Soldier().Build(),
            DossierBuilder.MinistryFighter().Build(), DossierBuilder.CivilServant().WithoutAwardHistory().Build(),
            DossierBuilder.CivilServant().WithCategory(null).Build(),
        };
        var expected = dossiers.Select(d => ThiDuaJson.Write(checker.CheckAll(d, Year))).ToList();

        var outputs = await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
            Enumerable.Range(0, 60).Select(i => (Index: (i + t) % dossiers.Length, Json: ThiDuaJson.Write(checker.CheckAll(dossiers[(i + t) % dossiers.Length], Year)))).ToList())));

        Assert.All(outputs.SelectMany(o => o), o => Assert.Equal(expected[o.Index], o.Json));
    }
}
