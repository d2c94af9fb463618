using System.Net;
using Xunit;

namespace ThiDua.Rules.WebApi.Tests;

/// <summary><c>POST /eligibility/check</c> and <c>/check-all</c> over HTTP: the library's answers, and problem details for bad input.</summary>
[Collection(WebApiCollection.Name)]
public sealed class EligibilityEndpointTests
{
    private static readonly AssessmentPeriod Year2021 = AssessmentPeriod.CalendarYear(2021);
    private readonly HttpClient _client;

    public EligibilityEndpointTests(WebApiServer server)
    {
        _client = server.Client;
    }

    [Theory]
    [InlineData("eligible-civil-servant.json", "CSTDCS")]
    [InlineData("not-eligible-worker.json", "LDTT")]
    [InlineData("needs-information.json", "LDTT")]
    public async Task Check_SampleDossier_AnswersTheLibrarysResultInItsJson(string sample, string award)
    {
        var json = Http.Sample(sample);
        var expected = ThiDuaRules.Default.Check(new EligibilityRequest(award, ThiDuaJson.ReadDossier(json), Year2021));

        var response = await _client.PostAsync($"/eligibility/check?award={award}&period=2021", Http.Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ThiDuaJson.Write(expected), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CheckAll_SampleDossier_AnswersEveryApplicableAward()
    {
        var json = Http.Sample("eligible-civil-servant.json");
        var expected = ThiDuaRules.Default.CheckAll(ThiDuaJson.ReadDossier(json), Year2021);

        var response = await _client.PostAsync("/eligibility/check-all?period=2021", Http.Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ThiDuaJson.Write(expected), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CheckAll_NamedAwards_AnswersThoseAwardsOnly()
    {
        var json = Http.Sample("eligible-civil-servant.json");
        var expected = ThiDuaRules.Default.CheckAwards(ThiDuaJson.ReadDossier(json), Year2021, new[] { "LDTT", "CSTDCS" });

        var response = await _client.PostAsync("/eligibility/check-all?period=2021&awards=CSTDCS,LDTT", Http.Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ThiDuaJson.Write(expected), await response.Content.ReadAsStringAsync());
        Assert.Equal(2, expected.Count);
    }

    [Fact]
    public async Task CheckAll_UnknownNamedAward_IsAProblem()
    {
        var response = await _client.PostAsync("/eligibility/check-all?period=2021&awards=LDTT,NO_SUCH_AWARD", Http.Json(Http.Sample("eligible-civil-servant.json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown-award", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("&award=BK_TTG")]
    public async Task Gaps_FormSample_AnswersTheLibrarysGapsWithTheirEarliestPeriods(string award)
    {
        var json = Http.Sample("form-bk-ttg.json");
        var expected = ThiDuaRules.Default.FindGaps(ThiDuaJson.ReadDossier(json), AssessmentPeriod.CalendarYear(2024), award.Length == 0 ? null : award[7..]);

        var response = await _client.PostAsync("/eligibility/gaps?period=2024" + award, Http.Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(ThiDuaJson.Write(expected), text);
        Assert.Contains("\"earliestPeriod\": \"2025\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"A\",")]
    [InlineData("{\"id\":\"A\",\"nickname\":\"x\"}")]
    [InlineData("{\"id\":\"A\",\"periods\":[{\"period\":\"2021\",\"monthsWorked\":\"twelve\"}]}")]
    [InlineData("{\"id\":\"A\",\"id\":\"B\"}")]
    public async Task Check_BadDossier_Is400WithTheReadersOwnProblems(string body)
    {
        var expected = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(body)).Problems;

        var response = await _client.PostAsync("/eligibility/check?award=LDTT&period=2021", Http.Json(body));

        var problems = await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:invalid-dossier");
        Assert.Equal(expected.Select(p => (p.Path, p.Reason)), problems);
    }

    [Fact]
    public async Task Check_CollectiveAwardForAPerson_Is400NamingTheAwardParameter()
    {
        var response = await _client.PostAsync("/eligibility/check?award=TTLDXS&period=2021", Http.Json(Http.Sample("eligible-civil-servant.json")));

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:unknown-award"));
        Assert.Equal("award", problem.Path);
        Assert.Contains("CheckCollective", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UnknownAward_Is400NamingTheAwardParameter()
    {
        var response = await _client.PostAsync("/eligibility/check?award=NO_SUCH&period=2021", Http.Json(Http.Sample("eligible-civil-servant.json")));

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:unknown-award"));
        Assert.Equal("award", problem.Path);
        Assert.Contains("NO_SUCH", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/eligibility/check?award=LDTT&period=1990")]
    [InlineData("/eligibility/check-all?period=2013")]
    [InlineData("/eligibility/gaps?period=2013")]
    public async Task Check_PeriodNoRegimeCovers_Is400NamingThePeriod(string url)
    {
        // A dossier with no dates, so that no date of its own is out of line with the period: only the period is wrong.
        var response = await _client.PostAsync(url, Http.Json("{\"id\": \"NV-1\", \"category\": \"civilServant\"}"));

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:period-not-covered"));
        Assert.Equal("period", problem.Path);
    }

    [Theory]
    [InlineData("/eligibility/check?award=LDTT", "period")]
    [InlineData("/eligibility/check?award=LDTT&period=20x1", "period")]
    [InlineData("/eligibility/check?period=2021", "award")]
    public async Task Check_MissingOrBadParameter_Is400NamingIt(string url, string parameter)
    {
        var response = await _client.PostAsync(url, Http.Json(Http.Sample("eligible-civil-servant.json")));

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:invalid-parameter"));
        Assert.Equal(parameter, problem.Path);
    }

    [Fact]
    public async Task Check_BodyOverTheDocumentLimitWithItsLength_Is413()
    {
        var body = new byte[new ThiDuaLimits().MaxDocumentBytes + 1];
        Array.Fill(body, (byte)' ');

        var response = await Http.PostOversized(_client, "/eligibility/check-all?period=2021", body);

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "urn:thidua-rules:problem:too-large"));
        Assert.Contains("ThiDuaLimits.MaxDocumentBytes", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BodyOverTheDocumentLimitWithoutALength_Is413()
    {
        var body = new byte[new ThiDuaLimits().MaxDocumentBytes + 4096];
        Array.Fill(body, (byte)' ');
        var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/eligibility/check-all?period=2021", content);

        await Http.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "urn:thidua-rules:problem:too-large");
    }

    [Fact]
    public async Task Check_NotJsonContentType_Is415Problem()
    {
        var response = await _client.PostAsync("/eligibility/check-all?period=2021", new StringContent(Http.Sample("eligible-civil-servant.json")));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CheckAll_ConcurrentRequests_GiveTheSequentialAnswers()
    {
        var samples = new[] { "eligible-civil-servant.json", "not-eligible-worker.json", "needs-information.json", "armed-forces-cstt.json", "cstd-bo-tinh.json" };
        var sequential = new List<string>();
        foreach (var sample in samples)
        {
            var response = await _client.PostAsync("/eligibility/check-all?period=2021", Http.Json(Http.Sample(sample)));
            sequential.Add(await response.Content.ReadAsStringAsync());
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var response = await _client.PostAsync("/eligibility/check-all?period=2021", Http.Json(Http.Sample(samples[i % samples.Length])));
            return (Index: i % samples.Length, Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(concurrent, answer =>
        {
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(sequential[answer.Index], answer.Body);
        });
    }

    /// <summary>A stream that hides its length, so the client sends the body chunked, without Content-Length.</summary>
    private sealed class UnknownLengthStream : MemoryStream
    {
        public UnknownLengthStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override bool CanSeek => false;
    }
}
