using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.WebApi.Tests;

/// <summary><c>POST /nominations/validate</c> over HTTP: the library's list result, and problem details for bad input.</summary>
[Collection(WebApiCollection.Name)]
public sealed class NominationEndpointTests
{
    private const string Url = "/nominations/validate";
    private readonly HttpClient _client;

    public NominationEndpointTests(WebApiServer server)
    {
        _client = server.Client;
    }

    /// <summary>A list of one person, the eligible sample civil servant, proposed for Lao động tiên tiến only.</summary>
    private static string OneEligibleNomination()
    {
        var member = JsonNode.Parse(Http.Sample("eligible-civil-servant.json"))!;
        var list = new JsonObject
        {
            ["unitId"] = "PHONG-A",
            ["period"] = "2021",
            ["members"] = new JsonArray(member),
            ["nominations"] = new JsonArray(new JsonObject { ["personId"] = member["id"]!.GetValue<string>(), ["award"] = AwardCodes.AdvancedWorker }),
        };
        return list.ToJsonString();
    }

    private static async Task<string> AssertAnswers(HttpResponseMessage response, NominationListResult expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {response.StatusCode}: {body}");
        Assert.Equal(ThiDuaJson.Write(expected), body);
        return body;
    }

    [Fact]
    public async Task Validate_ListWithoutViolations_AnswersEligibleAsTheLibraryDoes()
    {
        var json = OneEligibleNomination();
        var expected = ThiDuaRules.Default.ValidateList(ThiDuaJson.ReadNominationList(json));

        var body = await AssertAnswers(await _client.PostAsync(Url, Http.Json(json)), expected);

        Assert.Equal(Verdict.Eligible, expected.Verdict);
        Assert.DoesNotContain(expected.ListConditions, c => c.Outcome != ConditionOutcome.Met);
        using var document = JsonDocument.Parse(body);
        Assert.Equal("eligible", document.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Validate_SampleListWithViolations_Is200WithEveryViolation()
    {
        var json = Http.Sample("nomination-list.json");
        var expected = ThiDuaRules.Default.ValidateList(ThiDuaJson.ReadNominationList(json));

        var body = await AssertAnswers(await _client.PostAsync(Url, Http.Json(json)), expected);

        // A list that breaks its rules is an answer, not a refusal: the violations are NotMet list conditions.
        using var document = JsonDocument.Parse(body);
        Assert.Equal("notEligible", document.RootElement.GetProperty("verdict").GetString());
        var notMet = document.RootElement.GetProperty("listConditions").EnumerateArray()
            .Where(c => c.GetProperty("outcome").GetString() == "notMet")
            .Select(c => c.GetProperty("conditionId").GetString())
            .ToList();
        Assert.Contains("LIST.GRASSROOTS_FIGHTER_CAP", notMet);
        Assert.Contains("LIST.NOT_TWICE", notMet);
    }

    [Theory]
    [InlineData("{\"period\":\"2021\",")]
    [InlineData("{\"period\":\"2021\",\"nominationz\":[]}")]
    [InlineData("{\"period\":\"2021\",\"nominations\":[{\"personId\":\"A\"}]}")]
    [InlineData("[1,2,3]")]
    public async Task Validate_MalformedList_Is400WithTheReadersOwnProblems(string body)
    {
        var expected = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadNominationList(body)).Problems;

        var response = await _client.PostAsync(Url, Http.Json(body));

        var problems = await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:invalid-dossier");
        Assert.NotEmpty(problems);
        Assert.Equal(expected.Select(p => (p.Path, p.Reason)), problems);
    }

    [Fact]
    public async Task Validate_NominationOfSomeoneNotInTheList_Is400NamingTheNomination()
    {
        var list = JsonNode.Parse(OneEligibleNomination())!;
        list["nominations"]!.AsArray().Add(new JsonObject { ["personId"] = "NO-SUCH-PERSON", ["award"] = AwardCodes.AdvancedWorker });
        var json = list.ToJsonString();
        var expected = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.ValidateList(ThiDuaJson.ReadNominationList(json))).Problems;

        var response = await _client.PostAsync(Url, Http.Json(json));

        var problems = await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:invalid-dossier");
        Assert.Equal(expected.Select(p => (p.Path, p.Reason)), problems);
        Assert.Contains(problems, p => p.Path.StartsWith("$.nominations[1]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_BodyOverTheDocumentLimit_Is413NamingTheList()
    {
        var body = new byte[new ThiDuaLimits().MaxDocumentBytes + 1];
        Array.Fill(body, (byte)' ');

        var response = await Http.PostOversized(_client, Url, body);

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "urn:thidua-rules:problem:too-large"));
        Assert.StartsWith("the nomination list is too large", problem.Reason, StringComparison.Ordinal);
    }
}
