using Microsoft.AspNetCore.Mvc;
using ThiDua.Rules.WebApi.Input;
using ThiDua.Rules.WebApi.Problems;

namespace ThiDua.Rules.WebApi.Endpoints;

/// <summary>
/// <c>POST /eligibility/check</c>, <c>/check-all</c>, <c>/check-collective</c>, <c>/check-community</c> and <c>/gaps</c>:
/// the body is one dossier (a person's, a collective's, or a household's or village's), the rest are query parameters.
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
            .WithSummary("Check every award that applies to the dossier's personnel category, or only the awards named in awards=LDTT,CSTDCS.")
            .Accepts<IndividualDossier>("application/json")
            .Produces<IReadOnlyList<EligibilityResult>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/check-collective", CheckCollective)
            .WithSummary("Check one collective title (TTLDTT, TTLDXS, DVTT, DVQT, the flags) for a collective's dossier and period, condition by condition.")
            .Accepts<CollectiveDossier>("application/json")
            .Produces<EligibilityResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/check-community", CheckCommunity)
            .WithSummary("Check a household or village title (GDVH, KDCVH) for its dossier and period, condition by condition.")
            .Accepts<CommunityDossier>("application/json")
            .Produces<EligibilityResult>()
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
        => CheckOne(request, limits, award, period, "CSTDCS", DossierBody.ReadAsync,
            (code, dossier, assessed) => checker.Check(new EligibilityRequest(code, dossier, assessed) { RegimeId = regime }));

    /// <param name="request">The request; its body is the collective's dossier.</param>
    /// <param name="checker">The shared checker.</param>
    /// <param name="limits">The dossier limits.</param>
    /// <param name="award">The collective title's code, e.g. TTLDXS (GET /awards lists them).</param>
    /// <param name="period">The assessment period: "2021", or a school year "2021-2022".</param>
    /// <param name="regime">A regime to apply instead of the one selected from the period.</param>
    private static Task<IResult> CheckCollective(
        HttpRequest request,
        IEligibilityChecker checker,
        ThiDuaLimits limits,
        [FromQuery] string? award,
        [FromQuery] string? period,
        [FromQuery] string? regime)
        => CheckOne(request, limits, award, period, "TTLDXS", DossierBody.ReadCollectiveAsync,
            (code, collective, assessed) => checker.CheckCollective(new CollectiveEligibilityRequest(code, collective, assessed) { RegimeId = regime }));

    /// <param name="request">The request; its body is the household's or village's dossier.</param>
    /// <param name="checker">The shared checker.</param>
    /// <param name="limits">The dossier limits.</param>
    /// <param name="award">The title's code, GDVH or KDCVH.</param>
    /// <param name="period">The assessment period: "2021".</param>
    /// <param name="regime">A regime to apply instead of the one selected from the period.</param>
    private static Task<IResult> CheckCommunity(
        HttpRequest request,
        IEligibilityChecker checker,
        ThiDuaLimits limits,
        [FromQuery] string? award,
        [FromQuery] string? period,
        [FromQuery] string? regime)
        => CheckOne(request, limits, award, period, "GDVH", DossierBody.ReadCommunityAsync,
            (code, community, assessed) => checker.CheckCommunity(new CommunityEligibilityRequest(code, community, assessed) { RegimeId = regime }));

    /// <param name="request">The request; its body is the dossier.</param>
    /// <param name="checker">The shared checker.</param>
    /// <param name="limits">The dossier limits.</param>
    /// <param name="period">The assessment period: "2021", or a school year "2021-2022".</param>
    /// <param name="regime">A regime to apply instead of the one selected from the period.</param>
    /// <param name="awards">Award codes separated by commas, to check only those (<c>CheckAwards</c>); none for every award that applies.</param>
    private static Task<IResult> CheckAll(
        HttpRequest request,
        IEligibilityChecker checker,
        ThiDuaLimits limits,
        [FromQuery] string? period,
        [FromQuery] string? regime,
        [FromQuery] string? awards)
        => Problems.Problems.Guard(async () =>
        {
            var assessed = Period(period);
            var codes = awards?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? Array.Empty<string>();
            var dossier = await DossierBody.ReadAsync(request, limits);
            var results = codes.Length == 0 ? checker.CheckAll(dossier, assessed, regime) : checker.CheckAwards(dossier, assessed, codes, regime);
            return Results.Json(results, ThiDuaJson.Options);
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

    /// <summary>
    /// One award for one dossier of any subject: the period and award parameters first (so a bad query is reported
    /// before the body is read), then the body with the subject's strict reader, then the check.
    /// </summary>
    private static Task<IResult> CheckOne<TDossier>(
        HttpRequest request,
        ThiDuaLimits limits,
        string? award,
        string? period,
        string exampleAward,
        Func<HttpRequest, ThiDuaLimits, Task<TDossier>> read,
        Func<string, TDossier, AssessmentPeriod, EligibilityResult> check)
        => Problems.Problems.Guard(async () =>
        {
            var assessed = Period(period);
            var code = Award(award, exampleAward);
            var dossier = await read(request, limits);
            return Results.Json(check(code, dossier, assessed), ThiDuaJson.Options);
        });

    /// <summary>The required <c>award</c> parameter; <paramref name="example"/> is a code the endpoint takes, for the problem.</summary>
    private static string Award(string? award, string example)
        => string.IsNullOrWhiteSpace(award)
            ? throw Problems.Problems.InvalidParameter("award", $"required: the award code, e.g. {example} (GET /awards lists them)")
            : award;

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
