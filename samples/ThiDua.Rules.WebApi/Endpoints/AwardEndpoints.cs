using Microsoft.AspNetCore.Mvc;
using ThiDua.Rules.WebApi.Problems;

namespace ThiDua.Rules.WebApi.Endpoints;

/// <summary><c>GET /awards</c> and <c>GET /awards/{code}</c>: the awards the rule data defines, with their conditions and citations.</summary>
internal static class AwardEndpoints
{
    public static void MapAwards(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/awards").WithTags("Awards");
        group.MapGet("/", List)
            .WithSummary("The awards of every regime, or of one.")
            .Produces<IReadOnlyList<AwardDefinition>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{code}", Get)
            .WithSummary("One award: its conditions, citations with their basis, the facts it needs. By default from the latest regime that defines it.")
            .Produces<AwardDefinition>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <param name="checker">The shared checker.</param>
    /// <param name="regime">Only this regime's awards.</param>
    private static Task<IResult> List(IEligibilityChecker checker, [FromQuery] string? regime)
        => Problems.Problems.Guard(() =>
        {
            var catalog = checker.Catalog;
            var awards = regime != null
                ? catalog.GetAwards(regime)
                : catalog.Regimes.SelectMany(r => catalog.GetAwards(r.Id)).ToList();
            return Task.FromResult(Results.Json(awards, ThiDuaJson.Options));
        });

    /// <param name="checker">The shared checker.</param>
    /// <param name="code">The award code, e.g. CSTDCS.</param>
    /// <param name="regime">The regime whose definition to give.</param>
    private static Task<IResult> Get(IEligibilityChecker checker, string code, [FromQuery] string? regime)
        => Problems.Problems.Guard(() =>
        {
            var catalog = checker.Catalog;
            var regimes = regime != null
                ? new[] { catalog.Regimes.FirstOrDefault(r => r.Id == regime) ?? throw new UnknownRegimeException(regime, catalog.Regimes.Select(r => r.Id)) }
                : catalog.Regimes.OrderByDescending(r => r.PeriodsEndingTo).ToArray();
            foreach (var candidate in regimes)
            {
                if (catalog.TryGetAward(candidate.Id, code, out var award))
                {
                    return Task.FromResult(Results.Json(award, ThiDuaJson.Options));
                }
            }

            return Task.FromResult(Problems.Problems.Of(
                StatusCodes.Status404NotFound,
                ProblemTypes.UnknownAward,
                "Unknown award",
                new[] { new DossierProblem("code", $"no award '{code}' in {(regime == null ? "any regime" : "regime " + regime)}; GET /awards lists them") }));
        });
}
