using ThiDua.Rules.Tests.Conditions;
using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

/// <summary>
/// A run of CSTĐ cơ sở years that crosses 1 October 2017: each year's title is judged under that year's own rules
/// (Decree 65/2014 for 2016, Decree 91/2017 for 2017 and 2018), and the award history behind the higher title is
/// regime-neutral, whatever regime granted each year.
/// </summary>
public sealed class ChainAcrossRegimesTests
{
    private static readonly IEligibilityChecker Checker = ThiDuaRules.Default;

    /// <summary>A civil servant with an initiative in each of 2016-2018 and 45 working days absent in every year.</summary>
    private static IndividualDossier Dossier(params (string Code, string Period, DateTime Decided)[] awards)
    {
        var record = (string period) => new PeriodRecord
        {
            Period = AssessmentPeriod.Parse(period),
            MonthsWorked = 10,
            WorkingDaysAbsent = 45,
            EmulationRegistered = true,
            TaskRating = TaskRating.CompletedExcellently,
            Attestations = new CouncilAttestations { PolicyComplianceAndSolidarity = true, ActiveStudy = true, EthicsAndLifestyle = true, OutstandingAmongPeers = true },
            Leaves = new[] { new LeaveRecord { Kind = LeaveKind.Sickness, Months = 2 } },
            Ballots = new[] { new CouncilBallot { Award = AwardCodes.MinistryEmulationFighter, CouncilMembers = 20, VotesInFavour = 19 } },
        };
        var initiative = (string period, InitiativeScope scope) => new InitiativeRecord { Title = "Sáng kiến " + period, Kind = InitiativeKind.Initiative, Scope = scope, Period = AssessmentPeriod.Parse(period) };
        return RegimeTestDossier.Create() with
        {
            Periods = new[] { record("2016"), record("2017"), record("2018") },
            Initiatives = new[] { initiative("2016", InitiativeScope.Unit), initiative("2017", InitiativeScope.MinistryOrProvince), initiative("2018", InitiativeScope.Unit) },
            AwardHistory = awards.Select(a => new AwardRecord { Code = a.Code, Period = AssessmentPeriod.Parse(a.Period), DecisionNumber = a.Code + "-" + a.Period, DecisionDate = a.Decided }).ToList(),
        };
    }

    private static EligibilityResult Check(string award, string period, IndividualDossier dossier)
        => Checker.Check(new EligibilityRequest(award, dossier, AssessmentPeriod.Parse(period)));

    [Fact]
    public void EachYearOfTheRun_IsJudgedUnderItsOwnDecree()
    {
        var dossier = Dossier();

        // 2016: Decree 65/2014 Điều 5 khoản 6 excludes 45 working days of absence, so no grassroots title for 2016.
        var y2016 = Check(AwardCodes.GrassrootsEmulationFighter, "2016", dossier);
        Assert.Equal("vn-2013-nd65", y2016.RegimeId);
        Assert.Equal(Verdict.NotEligible, y2016.Verdict);
        var absence = ConditionCheck.Find(y2016, "CSTDCS.MEETS_ADVANCED_STANDARD").Prerequisite!.Conditions.Single(c => c.ConditionId == "STD.ABSENCE_40_WORKING_DAYS");
        Assert.Equal(ConditionOutcome.NotMet, absence.Outcome);
        Assert.Equal("ND65_2014", absence.Citations.Single().Document.Id);

        // 2017 and 2018: Decree 91/2017 dropped the exclusion; the same absence does not count against the title.
        foreach (var year in new[] { "2017", "2018" })
        {
            var result = Check(AwardCodes.GrassrootsEmulationFighter, year, dossier);
            Assert.Equal("vn-2013", result.RegimeId);
            Assert.Equal(Verdict.Eligible, result.Verdict);
        }
    }

    [Theory]
    [InlineData(2018, "vn-2013")]      // 2016 granted under Decree 65, 2017-2018 under Decree 91
    [InlineData(2016, "vn-2013-nd65")] // the whole run under Decree 65: no earlier ministry title, its clock cuts nothing
    public void MinistryTitle_RunOfThreeGrantedUnderEitherDecree_Counts(int lastYear, string regime)
    {
        var dossier = Dossier(
            (AwardCodes.GrassrootsEmulationFighter, (lastYear - 2).ToString(System.Globalization.CultureInfo.InvariantCulture), new DateTime(lastYear - 1, 1, 20)),
            (AwardCodes.GrassrootsEmulationFighter, (lastYear - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new DateTime(lastYear, 1, 22)),
            (AwardCodes.GrassrootsEmulationFighter, lastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateTime(lastYear + 1, 1, 21)));

        var result = Check(AwardCodes.MinistryEmulationFighter, lastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), dossier);

        Assert.Equal(regime, result.RegimeId);
        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Equal(ConditionOutcome.Met, ConditionCheck.Find(result, "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS").Outcome);
    }

    [Fact]
    public void MinistryTitle2018_WithoutThe2016Title_HasARunOfTwo()
    {
        // The 2016 year was refused under Decree 65 (above): the run ending 2018 has only two titles.
        var dossier = Dossier(
            (AwardCodes.GrassrootsEmulationFighter, "2017", new DateTime(2018, 1, 22)),
            (AwardCodes.GrassrootsEmulationFighter, "2018", new DateTime(2019, 1, 21)));

        var result = Check(AwardCodes.MinistryEmulationFighter, "2018", dossier);

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.Equal(ConditionOutcome.NotMet, ConditionCheck.Find(result, "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS").Outcome);
    }
}
