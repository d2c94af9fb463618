using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ThiDua.Rules.WebApi.Tests;

/// <summary><c>GET /awards</c>, <c>/awards/{code}</c>, <c>/health</c>, the OpenAPI document, and unexpected errors.</summary>
[Collection(WebApiCollection.Name)]
public sealed class CatalogEndpointTests
{
    private readonly HttpClient _client;

    public CatalogEndpointTests(WebApiServer server)
    {
        _client = server.Client;
    }

    [Fact]
    public async Task Awards_ListsTheAwardsOfEveryRegime()
    {
        var catalog = ThiDuaRules.Default.Catalog;
        var expected = catalog.Regimes.SelectMany(r => catalog.GetAwards(r.Id)).ToList();

        var body = await _client.GetStringAsync("/awards");

        Assert.Equal(ThiDuaJson.Write(expected), body);
    }

    [Fact]
    public async Task Award_KnownCode_IsItsDefinition()
    {
        var body = await _client.GetStringAsync("/awards/CSTDCS?regime=vn-2013");

        Assert.Equal(ThiDuaJson.Write(ThiDuaRules.Default.Catalog.GetAward("vn-2013", "CSTDCS")), body);
    }

    [Fact]
    public async Task Award_UnknownCode_Is404Problem()
    {
        var response = await _client.GetAsync("/awards/NO_SUCH");

        var problem = Assert.Single(await Http.AssertProblem(response, HttpStatusCode.NotFound, "urn:thidua-rules:problem:unknown-award"));
        Assert.Equal("code", problem.Path);
    }

    [Fact]
    public async Task Awards_UnknownRegime_Is400Problem()
    {
        var response = await _client.GetAsync("/awards?regime=vn-1900");

        await Http.AssertProblem(response, HttpStatusCode.BadRequest, "urn:thidua-rules:problem:unknown-regime");
    }

    [Fact]
    public async Task Health_IsHealthyWithTheLoadedRegimes()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/health"));

        Assert.Equal("healthy", document.RootElement.GetProperty("status").GetString());
        Assert.Contains(document.RootElement.GetProperty("regimes").EnumerateArray(), r => r.GetString()!.StartsWith("vn-2013@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryEndpoint()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(new[] { "/awards", "/awards/{code}", "/eligibility/check", "/eligibility/check-all", "/eligibility/check-collective", "/eligibility/check-community", "/eligibility/gaps", "/health", "/nominations/validate" }, paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem()
    {
        var response = await _client.GetAsync("/no/such/route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnexpectedException_Is500ProblemWithoutItsTextOrStack()
    {
        var app = WebApiApp.Build(new[] { "--Port=0", "--Logging:LogLevel:Default=None" }, services => services.AddSingleton<IEligibilityChecker>(new FailingChecker()));
        try
        {
            using var client = new HttpClient { BaseAddress = await WebApiServer.StartAsync(app) };

            var response = await client.GetAsync("/health");

            await Http.AssertProblem(response, HttpStatusCode.InternalServerError, "urn:thidua-rules:problem:internal-error");
            Assert.DoesNotContain(FailingChecker.Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed class FailingChecker : IEligibilityChecker
    {
        public const string Secret = "connection string of the HR database";

        public IAwardCatalog Catalog => throw new InvalidOperationException(Secret);

        public EligibilityResult Check(EligibilityRequest request) => throw new InvalidOperationException(Secret);

        public IReadOnlyList<EligibilityResult> CheckAll(IndividualDossier dossier, AssessmentPeriod period, string? regimeId = null) => throw new InvalidOperationException(Secret);

        public IReadOnlyList<EligibilityResult> CheckAll(IndividualDossier dossier, AssessmentPeriod period, string? regimeId, DateTime? consideredOn) => throw new InvalidOperationException(Secret);

        public IReadOnlyList<EligibilityResult> CheckAwards(IndividualDossier dossier, AssessmentPeriod period, IReadOnlyCollection<string> awards, string? regimeId, DateTime? consideredOn) => throw new InvalidOperationException(Secret);

        public RegimeComparison Compare(EligibilityRequest request, string firstRegimeId, string secondRegimeId) => throw new InvalidOperationException(Secret);

        public EligibilityResult CheckCollective(CollectiveEligibilityRequest request) => throw new InvalidOperationException(Secret);

        public EligibilityResult CheckCommunity(CommunityEligibilityRequest request) => throw new InvalidOperationException(Secret);

        public NominationListResult ValidateList(NominationList list) => throw new InvalidOperationException(Secret);

        public INominationListSession OpenList(NominationList list) => throw new InvalidOperationException(Secret);
    }
}
