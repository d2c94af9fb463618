using Xunit;

namespace ThiDua.Rules.Tests.Dossiers;

/// <summary>A lifted discipline is recorded but still excludes its period (Decree 91/2017 Điều 10 khoản 6).</summary>
public sealed class LiftedDisciplineTests
{
    private static readonly AssessmentPeriod Year = AssessmentPeriod.CalendarYear(2021);

    [Fact]
    public void Check_DisciplineLiftedLaterInThePeriod_StillNotMet()
    {
        var dossier = ThiDuaJson.ReadDossier(Dossier("{ \"form\": \"reprimand\", \"decisionDate\": \"2021-02-01\", \"liftedOn\": \"2021-11-01\" }"));

        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, Year));

        Assert.Equal(ConditionOutcome.NotMet, Assert.Single(result.Conditions, c => c.ConditionId == "STD.NO_DISCIPLINE").Outcome);
    }

    [Fact]
    public void Check_LiftedBeforeDecided_IsRejected()
    {
        var dossier = ThiDuaJson.ReadDossier(Dossier("{ \"form\": \"reprimand\", \"decisionDate\": \"2021-02-01\", \"liftedOn\": \"2020-11-01\" }"));

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, Year)));

        Assert.Contains(error.Problems, p => p.Path == "$.disciplines[0].liftedOn");
    }

    private static string Dossier(string discipline) => $$"""
        {
          "category": "civilServant",
          "recruitmentDate": "2015-01-01",
          "periods": [ { "period": "2021", "taskRating": "completedWell",
            "attestations": { "policyComplianceAndSolidarity": true, "activeStudy": true, "ethicsAndLifestyle": true } } ],
          "awardHistory": [], "disciplines": [ {{discipline}} ], "proceedings": [], "initiatives": []
        }
        """;
}
