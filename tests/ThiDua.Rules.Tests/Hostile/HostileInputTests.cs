using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Hostile dossier JSON the library handles: each input is read and, when it reads, checked for 2021 with CheckAll and
/// Check of every individual award, as the fuzz harness (fuzz/ThiDua.Rules.Fuzz) does. The only exceptions allowed
/// are the library's documented answers to bad input.
/// </summary>
public sealed class HostileInputTests
{
    private const string Person = "\"id\":\"P\",\"category\":\"civilServant\",\"recruitmentDate\":\"2010-01-01\","
        + "\"periods\":[{\"period\":\"2021\",\"monthsWorked\":12,\"taskRating\":\"completedWell\"}],\"disciplines\":[],\"proceedings\":[],\"initiatives\":[]";

    public static TheoryData<string, string> Inputs => new()
    {
        { "empty object", "{}" },
        { "JSON null", "null" },
        { "a bare number", "2021" },
        { "ten thousand nested arrays", new string('[', 10_000) + new string(']', 10_000) },
        { "ten thousand nested objects", string.Concat(Enumerable.Repeat("{\"id\":", 10_000)) + "1" + new string('}', 10_000) },
        { "a ministry title of 1947 alone", "{" + Person + ",\"awardHistory\":[{\"code\":\"CSTD_BO_TINH\",\"period\":\"1947\"}]}" },
        { "a school year at the top of the range", "{" + Person + ",\"awardHistory\":[{\"code\":\"CSTDCS\",\"period\":\"2100-2101@12\"}]}" },
        { "a council of int.MaxValue members", "{\"periods\":[{\"period\":\"2021\",\"ballots\":[{\"award\":\"CSTD_BO_TINH\",\"councilMembers\":2147483647,\"votesInFavour\":2147483647}]}]}" },
        { "a council size beyond int", "{\"periods\":[{\"period\":\"2021\",\"ballots\":[{\"award\":\"CSTD_BO_TINH\",\"councilMembers\":1e400,\"votesInFavour\":1}]}]}" },
        { "dates at the ends of the accepted years", "{" + Person.Replace("2010-01-01", "2101-12-31", StringComparison.Ordinal) + ",\"awardHistory\":[{\"code\":\"LDTT\",\"period\":\"1945\",\"decisionDate\":\"1945-01-01\"}]}" },
        { "a lone surrogate in a name", "{\"fullName\":\"\\ud800\"}" },
        { "invalid UTF-16 escape", "{\"fullName\":\"\\uZZZZ\"}" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ReadAndCheck_HostileInput_GivesAnAnswerOrADocumentedError(string description, string json)
    {
        Assert.NotNull(description);
        IndividualDossier dossier;
        try
        {
            dossier = ThiDuaJson.ReadDossier(json);
        }
        catch (InvalidDossierException)
        {
            return;
        }

        Assert.NotNull(ThiDuaJson.ReadDossier(ThiDuaJson.Write(dossier)));
        var checker = ThiDuaRules.Default;
        var period = AssessmentPeriod.CalendarYear(2021);
        Documented(() => checker.CheckAll(dossier, period).Select(r => ThiDuaJson.Write(r)).ToList());
        foreach (var award in checker.Catalog.GetAwards("vn-2013").Where(a => a.Subject == AwardSubject.Individual))
        {
            Documented(() => ThiDuaJson.Write(checker.Check(new EligibilityRequest(award.Code, dossier, period))));
        }
    }

    private static void Documented(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is InvalidDossierException or PeriodNotCoveredException or UnknownAwardException or UnknownRegimeException)
        {
        }
    }
}
