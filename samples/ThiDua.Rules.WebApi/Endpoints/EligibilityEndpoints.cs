using Microsoft.AspNetCore.Mvc;
using ThiDua.Rules.WebApi.Input;
using ThiDua.Rules.WebApi.Problems;

namespace ThiDua.Rules.WebApi.Endpoints;

/// <summary>
/// <c>POST /eligibility/check</c>, <c>POST /eligibility/check-all</c> and <c>POST /eligibility/gaps</c>: the body is one
/// dossier, the rest are query parameters.
/// </summary>
internal static class EligibilityEndpoints
{
    public static void MapEligibility(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/eligibility").WithTags("Eligibility");
        group.MapPost("/check", Check)
            .WithSummary("Check one award for a dossier and period, condition by condition, with citations.")
            .Accepts<IndividualDossier>("application/json")
            .Produces<EligibilityResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/check-all", CheckAll)
            .WithSummary("Check every award that applies to the dossier's personnel category.")
            .Accepts<IndividualDossier>("application/json")
            .Produces<IReadOnlyList<EligibilityResult>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/gaps", Gaps)
            .WithSummary("What is missing: for one award (award=…) or every award that applies, the conditions not met or undecided, each not met with the earliest period good years alone would meet it.")
            .Accepts<IndividualDossier>("application/json")
            .Produces<IReadOnlyList<AwardGaps>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <param name="request">The request; its body is the dossier.</param>
    /// <param name="checker">The shared checker.</param>
    /// <param name="limits">The dossier limits.</param>
    /// <param name="award">The award code, e.g. CSTDCS (GET /awards lists them).</param>
    /// <param name="period">The assessment period: "2021", or a school year "2021-2022".</param>
    /// <param name="regime">A regime to apply instead of the one selected from the period.</param>
    private static Task<IResult> Check(
        HttpRequest request,
        IEligibilityChecker checker,
        ThiDuaLimits limits,
        [FromQuery] string? award,
        [FromQuery] string? period,
        [FromQuery] string? regime)
        => Problems.Problems.Guard(async () =>
        {
            var assessed = Period(period);
            if (string.IsNullOrWhiteSpace(award))
            {
                throw Problems.Problems.InvalidParameter("award", "required: the award code, e.g. CSTDCS (GET /awards lists them)");
            }

            var dossier = await DossierBody.ReadAsync(request, limits);
            return Results.Json(checker.Check(new EligibilityRequest(award, dossier, assessed) { RegimeId = regime }), ThiDuaJson.Options);
        });

    /// <param name="request">The request; its body is the dossier.</param>
    /// <param name="checker">The shared checker.</param>
    /// <param name="limits">The dossier limits.</param>
    /// <param name="period">The assessment period: "2021", or a school year "2021-2022".</param>
    /// <param name="regime">A regime to apply instead of the one selected from the period.</param>
    private static Task<IResult> CheckAll(
        HttpRequest request,
        IEligibilityChecker checker,
        ThiDuaLimits limits,
        [FromQuery] string? period,
        [FromQuery] string? regime)
        => Problems.Problems.Guard(async () =>
        {
            var assessed = Period(period);
            var dossier = await DossierBody.ReadAsync(request, limits);
            return Results.Json(checker.CheckAll(dossier, assessed, regime), ThiDuaJson.Options);
        });

    /// <param name="request">The request; its body is the dossier.</param>
    /// <param name="checker">The shared checker.</param>
    /// <param name="limits">The dossier limits.</param>
    /// <param name="award">An award code, or none for every award that applies to the person.</param>
    /// <param name="period">The assessment period: "2021", or a school year "2021-2022".</param>
    /// <param name="regime">A regime to apply to the period instead of the one selected from it.</param>
    private static Task<IResult> Gaps(
        HttpRequest request,
        IEligibilityChecker checker,
        ThiDuaLimits limits,
        [FromQuery] string? award,
        [FromQuery] string? period,
        [FromQuery] string? regime)
        => Problems.Problems.Guard(async () =>
        {
            var assessed = Period(period);
            var dossier = await DossierBody.ReadAsync(request, limits);
            return Results.Json(checker.FindGaps(dossier, assessed, string.IsNullOrWhiteSpace(award) ? null : award, regime), ThiDuaJson.Options);
        });

    private static AssessmentPeriod Period(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Problems.Problems.InvalidParameter("period", "required: the assessment period, e.g. 2021 or 2021-2022");
        }

        return AssessmentPeriod.TryParse(text, out var period, out var reason)
            ? period
            : throw Problems.Problems.InvalidParameter("period", reason);
    }
}
