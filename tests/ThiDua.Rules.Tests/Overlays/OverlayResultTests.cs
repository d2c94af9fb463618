using Xunit;
using ThiDua.Rules.Tests.Conditions;

namespace ThiDua.Rules.Tests.Overlays;

/// <summary>What an overlay changes in results: tightened numbers and added conditions, marked with where they come from.</summary>
public sealed class OverlayResultTests
{
    private static readonly IEligibilityChecker WithSample = ThiDuaRules.CreateChecker(
        new ThiDuaRulesOptions().AddOverlay(OverlaySource.FromDirectory(OverlayFile.SampleFolder)));

    private static EligibilityResult Check(IEligibilityChecker checker, string award, IndividualDossier dossier)
        => checker.Check(new EligibilityRequest(award, dossier, AssessmentPeriod.CalendarYear(2021)));

    private static IndividualDossier RecruitedMonthsBeforeEnd(int months)
        => DossierBuilder.CivilServant().RecruitedOn(new DateTime(2021, 12, 31).AddMonths(-months)).Build();

    [Fact]
    public void The_sample_overlay_turns_an_eligible_new_recruit_into_a_not_eligible_one()
    {
        var dossier = ThiDuaJson.ReadDossier(Cli.SampleData.Read("new-recruit-2021.json"));

        var law = Check(ThiDuaRules.Default, AwardCodes.AdvancedWorker, dossier);
        var local = Check(WithSample, AwardCodes.AdvancedWorker, dossier);

        Assert.Equal(Verdict.Eligible, law.Verdict);
        Assert.Equal(Verdict.NotEligible, local.Verdict);
        var tightened = Assert.Single(local.Conditions, c => c.Outcome == ConditionOutcome.NotMet);
        Assert.Equal("STD.NEW_RECRUIT_10_MONTHS", tightened.ConditionId);
        Assert.Equal(ConditionOrigin.TightenedLaw, tightened.Origin);
        Assert.Equal("example-unit-2021", tightened.OriginName);
        Assert.Equal("12", tightened.Values["minMonths"]);
        Assert.Contains(tightened.Citations, c => c.Document.Id == "QC_VD_2021" && c.Article == 5 && c.Clause == 2);
        Assert.Contains(tightened.Citations, c => c.Document.Id == "ND91_2017");
    }

    [Theory]
    [InlineData(12, ConditionOutcome.Met)]
    [InlineData(11, ConditionOutcome.NotMet)]
    public void A_tightened_number_is_met_from_the_new_value_on(int months, ConditionOutcome expected)
    {
        var result = Check(WithSample, AwardCodes.AdvancedWorker, RecruitedMonthsBeforeEnd(months));

        Assert.Equal(expected, result.Conditions.Single(c => c.ConditionId == "STD.NEW_RECRUIT_10_MONTHS").Outcome);
    }

    [Theory]
    [InlineData(TaskRating.CompletedExcellently, ConditionOutcome.Met)]
    [InlineData(TaskRating.CompletedWell, ConditionOutcome.NotMet)]
    public void An_added_condition_is_decided_and_marked_as_the_overlays(TaskRating rating, ConditionOutcome expected)
    {
        var result = Check(WithSample, AwardCodes.GrassrootsEmulationFighter, DossierBuilder.CivilServant().WithRating(rating).Build());

        var added = result.Conditions.Single(c => c.ConditionId == "LOCAL.CSTDCS_EXCELLENT_RATING");
        Assert.Equal(expected, added.Outcome);
        Assert.Equal(ConditionOrigin.Overlay, added.Origin);
        Assert.Equal("example-unit-2021", added.OriginName);
        Assert.Equal("QC_VD_2021", Assert.Single(added.Citations).Document.Id);
        Assert.Equal(LegalDocumentKind.Decision, added.Citations[0].Document.Kind);
    }

    [Fact]
    public void An_added_condition_with_its_fact_missing_is_unknown()
    {
        var result = Check(WithSample, AwardCodes.GrassrootsEmulationFighter, DossierBuilder.CivilServant().WithRating(null).Build());

        Assert.Equal(ConditionOutcome.Unknown, result.Conditions.Single(c => c.ConditionId == "LOCAL.CSTDCS_EXCELLENT_RATING").Outcome);
    }

    [Fact]
    public void An_added_condition_stays_with_the_awards_it_names()
    {
        var result = Check(WithSample, AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().Build());

        Assert.DoesNotContain(result.Conditions, c => c.ConditionId.StartsWith("LOCAL.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalogue_shows_the_overlay_and_its_documents()
    {
        var award = WithSample.Catalog.GetAward("vn-2013", AwardCodes.GrassrootsEmulationFighter);

        Assert.Contains(award.Conditions, c => c.Id == "LOCAL.CSTDCS_EXCELLENT_RATING" && c.Origin == ConditionOrigin.Overlay);
        Assert.All(award.Conditions.Where(c => !c.Id.StartsWith("LOCAL.", StringComparison.Ordinal) && c.Id != "STD.NEW_RECRUIT_10_MONTHS"), c => Assert.Equal(ConditionOrigin.Law, c.Origin));
        Assert.Contains(WithSample.Catalog.Regimes.Single(r => r.Id == "vn-2013").Documents, d => d.Id == "QC_VD_2021");
    }

    [Fact]
    public void The_law_checker_is_untouched_by_an_overlay_checker()
    {
        _ = WithSample.Catalog;
        var award = ThiDuaRules.Default.Catalog.GetAward("vn-2013", AwardCodes.GrassrootsEmulationFighter);

        Assert.All(award.Conditions, c => Assert.Equal(ConditionOrigin.Law, c.Origin));
    }
}
