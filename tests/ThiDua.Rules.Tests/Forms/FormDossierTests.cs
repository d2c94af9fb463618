using Xunit;
using Xunit.Sdk;

namespace ThiDua.Rules.Tests.Forms;

/// <summary>The dossier fields the forms of commendation read: the basis and issuer of earlier decisions, and posts held.</summary>
public sealed class FormDossierTests
{
    private const string Dossier = """
        {
          "id": "F-1",
          "category": "civilServant",
          "periods": [ { "period": "2021", "monthsWorked": 12, "taskRating": "completedWell" } ],
          "awardHistory": [
            { "code": "BK_BO_TINH", "period": "2018", "basis": "merit", "issuedBy": "Chủ tịch UBND tỉnh Nam Định", "issuerLevel": "ministryOrProvince", "decisionDate": "2019-03-01" },
            { "code": "BK_BO_TINH", "period": "2020", "basis": "oneOff", "issuerLevel": "ministryOrProvince" }
          ],
          "positions": [
            { "title": "Vụ trưởng Vụ Tổng hợp", "level": "departmentDirector", "from": "2012-07-01", "to": "2019-06-30" },
            { "title": "Phó Tổng cục trưởng", "level": "deputyGeneralDirector", "from": "2019-07-01" }
          ],
          "disciplines": [], "proceedings": [], "initiatives": []
        }
        """;

    [Fact]
    public void ReadDossier_FormHistory_ReadsBasisIssuerAndPositions()
    {
        var dossier = ThiDuaJson.ReadDossier(Dossier);

        Assert.Equal(CommendationBasis.Merit, dossier.AwardHistory![0].Basis);
        Assert.Equal("Chủ tịch UBND tỉnh Nam Định", dossier.AwardHistory[0].IssuedBy);
        Assert.Equal(IssuerLevel.MinistryOrProvince, dossier.AwardHistory[0].IssuerLevel);
        Assert.Equal(CommendationBasis.OneOff, dossier.AwardHistory[1].Basis);
        Assert.Equal(2, dossier.Positions!.Count);
        Assert.Equal(PositionLevel.DepartmentDirector, dossier.Positions[0].Level);
        Assert.Equal(new DateTime(2019, 6, 30), dossier.Positions[0].To);
        Assert.Null(dossier.Positions[1].To);
    }

    [Fact]
    public void ReadDossier_UnknownBasis_NamesItsJsonPath()
    {
        var json = Dossier.Replace("\"basis\": \"oneOff\"", "\"basis\": \"sometimes\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json));

        Assert.Contains("$.awardHistory[1].basis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_PositionWithoutStart_NamesItsJsonPath()
    {
        var json = Dossier.Replace("\"from\": \"2019-07-01\"", "\"to\": \"2020-01-01\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json));

        Assert.Contains("$.positions[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("from", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PositionEndingBeforeItBegan_IsRejectedWithItsPath()
    {
        var dossier = ThiDuaJson.ReadDossier(Dossier) with
        {
            Positions = new[] { new PositionRecord { Level = PositionLevel.DepartmentDirector, From = new DateTime(2015, 1, 1), To = new DateTime(2014, 1, 1) } },
        };

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, AssessmentPeriod.CalendarYear(2021))));

        var problem = error.Problems.FirstOrDefault(p => p.Path == "$.positions[0].to") ?? throw new XunitException(error.Message);
        Assert.Contains("before it began", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UndefinedBasisValue_IsRejectedWithItsPath()
    {
        var dossier = ThiDuaJson.ReadDossier(Dossier);
        dossier = dossier with { AwardHistory = new[] { dossier.AwardHistory![0] with { Basis = (CommendationBasis)42 } } };

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, AssessmentPeriod.CalendarYear(2021))));

        Assert.Contains(error.Problems, p => p.Path == "$.awardHistory[0].basis");
    }

    [Fact]
    public void ReadDossier_TooManyPositions_NamesTheLimit()
    {
        var options = new ThiDuaRulesOptions();
        options.Limits.MaxPositions = 1;

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(Dossier, options.Limits));

        Assert.Contains(nameof(ThiDuaLimits.MaxPositions), error.Message, StringComparison.Ordinal);
    }
}
