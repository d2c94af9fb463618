using Microsoft.Extensions.DependencyInjection;
using ThiDua.Rules.Hosting;
using ThiDua.Rules.Tests.Conditions;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Engine.HostRules;

public sealed class HostRuleTests
{
    private static readonly AssessmentPeriod Year = AssessmentPeriod.CalendarYear(2021);

    private static IEligibilityChecker Checker() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().WithExample());

    private static EligibilityResult CheckLdtt(IEligibilityChecker checker, IndividualDossier dossier)
        => checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, Year));

    [Fact]
    public void Check_HostConditionMet_AppearsAfterTheLawsConditionsWithItsCitation()
    {
        var dossier = DossierBuilder.CivilServant().WithBallot(AwardCodes.AdvancedWorker, 9, 5).Build();

        var result = CheckLdtt(Checker(), dossier);

        var lawOnly = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, Year));
        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Equal(lawOnly.Conditions.Select(c => c.ConditionId).Append(ProvincialBallotRule.Id), result.Conditions.Select(c => c.ConditionId));
        var hosted = result.Conditions[^1];
        Assert.Equal(ConditionOutcome.Met, hosted.Outcome);
        Assert.Equal("5/9 thành viên Hội đồng đồng ý.", hosted.Message.Vi);
        Assert.Equal(ProvincialDocument.Id, hosted.Citations.Single().Document.Id);
        Assert.Equal(5, hosted.Citations.Single().Article);
        Assert.Equal(2, hosted.Citations.Single().Clause);
        Assert.Equal(ConditionOrigin.HostRule, hosted.Origin);
        Assert.Equal(typeof(ProvincialBallotRule).FullName, hosted.OriginName);
        Assert.All(result.Conditions.SkipLast(1), c => Assert.Equal(ConditionOrigin.Law, c.Origin));
    }

    [Fact]
    public void Check_HostConditionNotMet_MakesTheLawfulCandidateNotEligible()
    {
        var dossier = DossierBuilder.CivilServant().WithBallot(AwardCodes.AdvancedWorker, 10, 5).Build();

        var result = CheckLdtt(Checker(), dossier);

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.Equal(ConditionOutcome.NotMet, result.Conditions.Single(c => c.ConditionId == ProvincialBallotRule.Id).Outcome);
        Assert.All(result.Conditions.Where(c => c.ConditionId != ProvincialBallotRule.Id), c => Assert.Equal(ConditionOutcome.Met, c.Outcome));
    }

    [Fact]
    public void Check_HostConditionWithoutItsFact_IsUnknownAndNamesTheField()
    {
        var dossier = DossierBuilder.CivilServant().WithoutBallots().Build();

        var result = CheckLdtt(Checker(), dossier);

        Assert.Equal(Verdict.NeedsInformation, result.Verdict);
        Assert.Equal(ConditionOutcome.Unknown, result.Conditions.Single(c => c.ConditionId == ProvincialBallotRule.Id).Outcome);
        Assert.Contains("periods[2021].ballots", result.MissingFacts);
    }

    [Fact]
    public void Check_OtherAward_HasNoHostCondition()
    {
        var dossier = DossierBuilder.CivilServant().WithBallot(AwardCodes.AdvancedWorker, 10, 5).Build();

        var result = Checker().Check(new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, dossier, Year));

        Assert.DoesNotContain(result.Conditions, c => c.ConditionId == ProvincialBallotRule.Id);
        var nested = result.Conditions.Single(c => c.Prerequisite != null).Prerequisite!;
        Assert.DoesNotContain(nested.Conditions, c => c.ConditionId == ProvincialBallotRule.Id);
    }

    [Fact]
    public void Catalog_HostCondition_IsListedWithTheAward()
    {
        var award = Checker().Catalog.GetAward("vn-2013", AwardCodes.AdvancedWorker);

        var condition = award.Conditions.Single(c => c.Id == ProvincialBallotRule.Id);
        Assert.Equal(ProvincialDocument.Id, condition.Citations.Single().Document.Id);
        Assert.StartsWith("Được quá nửa", condition.Description.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain(ThiDuaRules.Default.Catalog.GetAward("vn-2013", AwardCodes.AdvancedWorker).Conditions, c => c.Id == ProvincialBallotRule.Id);
    }

    [Fact]
    public void AddThiDuaRules_WithHostRules_ResolvesACheckerThatRunsThem()
    {
        using var provider = new ServiceCollection().AddThiDuaRules(o => o.WithExample()).BuildServiceProvider();
        var dossier = DossierBuilder.CivilServant().WithBallot(AwardCodes.AdvancedWorker, 10, 5).Build();

        var result = CheckLdtt(provider.GetRequiredService<IEligibilityChecker>(), dossier);

        Assert.Equal(ConditionOutcome.NotMet, result.Conditions.Single(c => c.ConditionId == ProvincialBallotRule.Id).Outcome);
    }

    [Fact]
    public void AddRules_Assembly_FindsTheAttributedRuleClasses()
    {
        var types = new ThiDuaRulesOptions().AddRules(typeof(ProvincialBallotRule).Assembly).RuleTypes;

        Assert.Contains(typeof(ProvincialBallotRule), types);
        Assert.Contains(typeof(UncitedRule), types);
        Assert.DoesNotContain(typeof(ProvincialDocument), types);
    }

    [Fact]
    public void CreateChecker_HostRuleUsingALawConditionId_IsRefused()
    {
        var failure = Assert.Throws<RuleSetValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().WithExample().AddRules(typeof(ReplacesLawConditionRule))));

        ProblemAssert.Has(failure, typeof(ReplacesLawConditionRule).FullName!, "STD.NO_DISCIPLINE", "cannot replace or remove");
    }

    [Fact]
    public void CreateChecker_HostRuleWithoutCitation_IsRefused()
    {
        var failure = Assert.Throws<RuleSetValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().AddRules(typeof(UncitedRule))));

        ProblemAssert.Has(failure, typeof(UncitedRule).FullName!, "EXAMPLE.LDTT.UNCITED", "missing citation");
    }

    [Fact]
    public void CreateChecker_HostCitationOfUndeclaredDocument_IsRefused()
    {
        // Without AddDocument the example's decision is unknown.
        var failure = Assert.Throws<RuleSetValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().AddRules(typeof(ProvincialBallotRule))));

        ProblemAssert.Has(failure, typeof(ProvincialBallotRule).FullName!, ProvincialBallotRule.Id, $"'{ProvincialDocument.Id}'");
    }

    [Fact]
    public void CreateChecker_HostRuleThatRecordsTwice_IsRefusedByTheLoadProbe()
    {
        var failure = Assert.Throws<RuleSetValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().WithExample().AddRules(typeof(RecordsTwiceRule))));

        Assert.Contains(failure.Problems, p => p.Reason.Contains("second outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_HostRuleWithdrawingTheCheck_ThrowsInsteadOfDroppingTheLawsConditions()
    {
        var checker = ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().WithExample().AddRules(typeof(WithdrawsCheckRule)));

        var error = Assert.Throws<RuleEvaluationException>(() => CheckLdtt(checker, DossierBuilder.CivilServant().Build()));

        Assert.Contains("recorded no outcome", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HostRuleThatThrows_IsARuleEvaluationExceptionNamingTheRule()
    {
        var checker = ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().WithExample().AddRules(typeof(ThrowsOnSoldiersRule)));
        var dossier = DossierBuilder.CivilServant().Build() with { FullName = "Boom" };

        var error = Assert.Throws<RuleEvaluationException>(() => CheckLdtt(checker, dossier));

        Assert.Equal(typeof(ThrowsOnSoldiersRule).FullName, error.RuleId);
        Assert.Contains("the host's rule failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AfterARunThatFailedOnTheSameThread_IsUnaffected()
    {
        // The engine reuses one emptied session per thread: a run that failed halfway (its check still inserted, some of
        // its rules not fired) must not change what the next run on that thread decides.
        var checker = ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().WithExample().AddRules(typeof(ThrowsOnSoldiersRule)));
        var dossier = DossierBuilder.CivilServant().Build();
        var before = CheckLdtt(checker, dossier);

        Assert.Throws<RuleEvaluationException>(() => CheckLdtt(checker, dossier with { FullName = "Boom" }));
        var after = CheckLdtt(checker, dossier);

        Assert.Equal(before.Verdict, after.Verdict);
        Assert.Equal(before.Conditions.Select(c => (c.ConditionId, c.Outcome)), after.Conditions.Select(c => (c.ConditionId, c.Outcome)));
    }

    [Fact]
    public void RecordOutcome_FromARuleThatIsNotAHostCondition_IsRefused()
    {
        var set = new HostConditionRegistry(Array.Empty<HostCondition>()).For("vn-2013", AwardCodes.AdvancedWorker);
        var check = ((ThiDua.Rules.Checking.EligibilityChecker)ThiDuaRules.Default).Prepare(new EligibilityRequest(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().Build(), Year));

        Assert.Throws<InvalidOperationException>(() => set.Record(check, "NotAHostRule", ConditionOutcome.Met, new LocalizedText("x", "x"), null, null));
    }
}
