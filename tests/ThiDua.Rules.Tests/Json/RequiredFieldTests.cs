using Xunit;

namespace ThiDua.Rules.Tests.Json;

/// <summary>
/// Members with no "unknown" state must be written: an omitted enum would otherwise read as its first value
/// (an initiative with no scope would count as unit-level) and change outcomes silently.
/// </summary>
public sealed class RequiredFieldTests
{
    [Theory]
    [InlineData("{\"initiatives\":[{\"scope\":\"unit\",\"period\":\"2021\"}]}", "$.initiatives[0]", "'kind'")]
    [InlineData("{\"initiatives\":[{\"kind\":\"initiative\",\"period\":\"2021\"}]}", "$.initiatives[0]", "'scope'")]
    [InlineData("{\"periods\":[{\"period\":\"2021\",\"leaves\":[{\"months\":3}]}]}", "$.periods[0].leaves[0]", "'kind'")]
    [InlineData("{\"disciplines\":[{\"decisionDate\":\"2021-05-01\"}]}", "$.disciplines[0]", "'form'")]
    [InlineData("{\"proceedings\":[{\"kind\":\"investigation\"}]}", "$.proceedings[0]", "'openedOn'")]
    [InlineData("{\"awardHistory\":[{\"code\":\"LDTT\"}]}", "$.awardHistory[0]", "'period'")]
    [InlineData("{\"periods\":[{\"monthsWorked\":3}]}", "$.periods[0]", "'period'")]
    [InlineData("{\"criminalSentences\":[{\"judgmentDate\":\"2021-05-01\"}]}", "$.criminalSentences[0]", "'kind'")]
    [InlineData("{\"criminalSentences\":[{\"kind\":\"suspended\"}]}", "$.criminalSentences[0]", "'judgmentDate'")]
    [InlineData("{\"employmentBreaks\":[{\"from\":\"2019-05-01\"}]}", "$.employmentBreaks[0]", "'to'")]
    public void ReadDossier_RequiredFieldOmitted_ReportsPathAndField(string json, string path, string field)
    {
        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains("required field", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(field, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_UnknownEnumValue_ListsAllowedValues()
    {
        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier("{\"category\":\"soldier\"}"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.category", problem.Path);
        Assert.Contains("civilServant, worker, armedForces", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_MisspeltField_NamesIt()
    {
        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier("{\"recruitmentdate\":\"2020-01-01\"}"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.recruitmentdate", problem.Path);
        Assert.Contains("unknown field 'recruitmentdate'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_AllRequiredFieldsPresent_Reads()
    {
        var dossier = ThiDuaJson.ReadDossier("{\"initiatives\":[{\"kind\":\"researchTopic\",\"scope\":\"unit\",\"period\":\"2021\",\"acceptedAndApplied\":true}]}");

        var initiative = Assert.Single(dossier.Initiatives!);
        Assert.Equal(InitiativeKind.ResearchTopic, initiative.Kind);
        Assert.True(initiative.AcceptedAndApplied);
    }
}
