namespace ThiDua.Rules.WebApi.Endpoints;

/// <summary>What <c>GET /health</c> answers.</summary>
/// <param name="Status">Always <c>healthy</c> when the checker answers.</param>
/// <param name="Regimes">The regimes loaded, with their rule-data versions.</param>
public sealed record HealthReport(string Status, IReadOnlyList<string> Regimes);

/// <summary><c>GET /health</c>: the checker is loaded (rules compiled) and answers.</summary>
internal static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app)
        => app.MapGet("/health", (IEligibilityChecker checker) => Results.Json(
                new HealthReport("healthy", checker.Catalog.Regimes.Select(r => r.Id + "@" + r.DataVersion).ToList()),
                ThiDuaJson.Options))
            .WithTags("Health")
            .WithSummary("Whether the checker is loaded, and its regimes.")
            .Produces<HealthReport>();
}
