using ThiDua.Rules.WebApi.Input;

namespace ThiDua.Rules.WebApi.Endpoints;

/// <summary><c>POST /nominations/validate</c>: a unit's nomination list checked as a whole, as the CLI's <c>validate-list</c> does.</summary>
internal static class NominationEndpoints
{
    public static void MapNominations(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/nominations").WithTags("Nominations")
            .MapPost("/validate", Validate)
            .WithSummary("Check a unit's nomination list as a whole: every nomination, then the list's rules (caps, exclusive titles, repeated nominations).")
            .Accepts<NominationList>("application/json")
            .Produces<NominationListResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <param name="request">The request; its body is the nomination list, which states its own period (and regime, if any).</param>
    /// <param name="checker">The shared checker.</param>
    /// <param name="limits">The document limits.</param>
    private static Task<IResult> Validate(HttpRequest request, IEligibilityChecker checker, ThiDuaLimits limits)
        => Problems.Problems.Guard(async () =>
        {
            var list = await DossierBody.ReadListAsync(request, limits);
            // A list with violations is still an answer (200, verdict notEligible): only input the library refuses is a problem.
            return Results.Json(checker.ValidateList(list), ThiDuaJson.Options);
        });
}
