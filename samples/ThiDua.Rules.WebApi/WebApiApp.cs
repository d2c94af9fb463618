using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using ThiDua.Rules.WebApi.Endpoints;
using ThiDua.Rules.WebApi.Problems;

namespace ThiDua.Rules.WebApi;

/// <summary>Builds the web host: Kestrel on loopback, the endpoints, problem details for every error, and the OpenAPI document.</summary>
public static class WebApiApp
{
    /// <summary>The port used when the configuration names none.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Builds the application (not started).</summary>
    /// <param name="args">Command-line arguments; <c>--Port=N</c> chooses the port (0 for any free one).</param>
    /// <param name="services">Registers services after the defaults (a host's own checker, a test's stand-in); may be null.</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var limits = new ThiDuaLimits();
        var port = builder.Configuration.GetValue("Port", DefaultPort);

        // Loopback only: this sample has no authentication, so it must not be reachable from other machines.
        // The body limit is the library's document limit: every request body is one dossier or one nomination list.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = limits.MaxDocumentBytes;
        });
        builder.Services.AddThiDuaRules(options => options.Limits = limits);
        builder.Services.AddSingleton(limits);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => LibraryJson.CopyTo(json.SerializerOptions));
        builder.Services.AddOpenApi();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnexpectedError.Write });
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapEligibility();
        app.MapNominations();
        app.MapAwards();
        app.MapHealth();
        return app;
    }
}
