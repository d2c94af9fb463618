using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Json;

public sealed class ResultRoundTripTests
{
    public static TheoryData<string, string> AwardsAndDossiers
    {
        get
        {
            var rows = new TheoryData<string, string>();
            foreach (var file in SampleDossiers.AllFiles().Select(SampleDossiers.Label))
            {
                foreach (var code in new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC" })
                {
                    rows.Add(file, code);
                }
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(AwardsAndDossiers))]
    public void Write_ReadResult_IsStableAcrossASecondRoundTrip(string dossierFile, string award)
    {
        var dossier = SampleDossiers.Read(dossierFile);
        var result = ThiDuaRules.Default.Check(new EligibilityRequest(award, dossier, SampleDossiers.LatestPeriod(dossier)));
        var first = ThiDuaJson.Write(result);

        var read = ThiDuaJson.Read<EligibilityResult>(first);
        var second = ThiDuaJson.Write(read);

        Assert.Equal(first, second);
        Assert.Equal(result.Verdict, read.Verdict);
        Assert.Equal(result.Conditions.Select(c => (c.ConditionId, c.Outcome)), read.Conditions.Select(c => (c.ConditionId, c.Outcome)));
    }

    [Fact]
    public void Write_ReadResultWithNestedPrerequisite_KeepsTheNestedResult()
    {
        var dossier = SampleDossiers.Read("TestData/dossiers/soldier-with-gaps-2020.json");
        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.GrassrootsEmulationFighter, dossier, AssessmentPeriod.CalendarYear(2020)));
        var prerequisite = result.Conditions.Single(c => c.ConditionId == "CSTDCS.MEETS_ADVANCED_STANDARD").Prerequisite;
        Assert.NotNull(prerequisite);

        var read = ThiDuaJson.Read<EligibilityResult>(ThiDuaJson.Write(result));

        var nested = read.Conditions.Single(c => c.ConditionId == "CSTDCS.MEETS_ADVANCED_STANDARD").Prerequisite;
        Assert.NotNull(nested);
        Assert.Equal(prerequisite!.Award, nested!.Award);
        Assert.Equal(prerequisite.Conditions.Count, nested.Conditions.Count);
        Assert.Equal(ThiDuaJson.Write(prerequisite), ThiDuaJson.Write(nested));
    }

    [Theory]
    [MemberData(nameof(DossierFiles))]
    public void Write_ReadListOfResults_IsStable(string dossierFile)
    {
        var dossier = SampleDossiers.Read(dossierFile);
        var first = ThiDuaJson.Write(ThiDuaRules.Default.CheckAll(dossier, SampleDossiers.LatestPeriod(dossier)));

        var second = ThiDuaJson.Write(ThiDuaJson.Read<List<EligibilityResult>>(first));

        Assert.Equal(first, second);
    }

    public static TheoryData<string> DossierFiles => SampleDossiers.Files();
}
