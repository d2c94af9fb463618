using System.Net;
using Xunit;

namespace ThiDua.Rules.WebApi.Tests;

/// <summary>
/// <c>POST /eligibility/check-collective</c> and <c>/check-community</c> over HTTP: the library's results for a collective
/// and for a household, and problem details for a missing award, an award of another kind of subject and a bad body.
/// </summary>
[Collection(WebApiCollection.Name)]
public sealed class GroupEligibilityEndpointTests
{
    private static readonly AssessmentPeriod Year2021 = AssessmentPeriod.CalendarYear(2021);
    private readonly HttpClient _client;

    public GroupEligibilityEndpointTests(WebApiServer server)
    {
        _client = server.Client;
    }

    [Fact]
    public async Task CheckCollective_Sample_AnswersTheLibrarysResult()
    {
        var json = Http.Sample("collective-ttldxs.json");
        var expected = ThiDuaRules.Default.CheckCollective(new CollectiveEligibilityRequest("TTLDXS", ThiDuaJson.ReadCollective(json), Year2021));

        var response = await _client.PostAsync("/eligibility/check-collective?award=TTLDXS&period=2021", Http.Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ThiDuaJson.Write(expected), await response.Content.ReadAsStringAsync());
        Assert.Equal(Verdict.Eligible, expected.Verdict);
    }

    [Fact]
    public async Task CheckCommunity_Sample_AnswersTheLibrarysResult()
    {
        var json = Http.Sample("household-gdvh.json");
        var expected = ThiDuaRules.Default.CheckCommunity(new CommunityEligibilityRequest("GDVH", ThiDuaJson.ReadCommunity(json), Year2021));

        var response = await _client.PostAsync("/eligibility/check-community?award=GDVH&period=2021", Http.Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ThiDuaJson.Write(expected), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/eligibility/check-collective?period=2021", "collective-ttldxs.json")]
    [InlineData("/eligibility/check-community?period=2021", "household-gdvh.json")]
    public async Task Check_WithoutAward_Is400NamingTheParameter(string url, string sample)
    {
        var response = await _client.PostAsync(url, Http.Json(Http.Sample(sample)));

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:invalid-parameter"));
        Assert.Equal("award", problem.Path);
    }

    [Theory]
    [InlineData("/eligibility/check-community?award=LDTT&period=2021", "household-gdvh.json", "Check (")]
    [InlineData("/eligibility/check-collective?award=GDVH&period=2021", "collective-ttldxs.json", "CheckCommunity")]
    public async Task Check_AwardOfAnotherSubject_Is400NamingTheCheckThatTakesIt(string url, string sample, string check)
    {
        var response = await _client.PostAsync(url, Http.Json(Http.Sample(sample)));

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:unknown-award"));
        Assert.Equal("award", problem.Path);
        Assert.Contains(check, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckCollective_BodyNotACollective_Is400WithItsJsonPaths()
    {
        var response = await _client.PostAsync("/eligibility/check-collective?award=TTLDXS&period=2021", Http.Json("{\"id\":\"X\",\"members\":\"many\"}"));

        var problems = await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:invalid-dossier");
        Assert.NotEmpty(problems);
    }
}
