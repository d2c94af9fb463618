using Microsoft.AspNetCore.Diagnostics;

namespace ThiDua.Rules.WebApi.Problems;

/// <summary>The answer to an exception no endpoint expected: a 500 problem without the exception's text or stack, which go to the log.</summary>
internal static class UnexpectedError
{
    public static async Task Write(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ThiDua.Rules.WebApi").LogError(error, "Unexpected error on {Path}", context.Request.Path);
        var result = Results.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            type: ProblemTypes.InternalError,
            title: "Internal error",
            detail: "The server failed to answer this request; the server log has the details.");
        await result.ExecuteAsync(context);
    }
}
