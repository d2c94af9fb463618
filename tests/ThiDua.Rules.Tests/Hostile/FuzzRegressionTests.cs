using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Inputs the fuzz harness (fuzz/ThiDua.Rules.Fuzz) reports as crashes on the code before the history fixes: each
/// passed validation and then made CheckAll throw (an assessment period walked back before 1945). Now each is checked
/// or refused as invalid, never a crash.
/// </summary>
public sealed class FuzzRegressionTests
{
    private const string Person = "\"id\":\"P\",\"category\":\"civilServant\",\"recruitmentDate\":\"2010-01-01\","
        + "\"periods\":[{\"period\":\"2021\",\"monthsWorked\":12,\"taskRating\":\"completedWell\"}],"
        + "\"disciplines\":[],\"proceedings\":[],\"initiatives\":[]";

    [Theory]
    [InlineData("[{\"code\":\"CSTD_BO_TINH\",\"period\":\"1946\"}]")]
    [InlineData("[{\"code\":\"CSTD_BO_TINH\",\"period\":\"2019\",\"firstPeriod\":\"1945\"},{\"code\":\"CSTD_BO_TINH\",\"period\":\"2016\"}]")]
    [InlineData("[{\"code\":\"CSTD_BO_TINH\",\"period\":\"1947\"},{\"code\":\"CSTD_BO_TINH\",\"period\":\"1947\"}]")]
    public void CheckAll_EarlyMinistryTitles_AnswerOrRefuseButNeverCrash(string history)
    {
        var json = "{" + Person + ",\"awardHistory\":" + history + "}";

        var outcome = Record.Exception(() => ThiDuaRules.Default.CheckAll(ThiDuaJson.ReadDossier(json), AssessmentPeriod.CalendarYear(2021)));

        Assert.True(outcome is null or InvalidDossierException, $"{outcome?.GetType().Name}: {outcome?.Message}");
    }
}
