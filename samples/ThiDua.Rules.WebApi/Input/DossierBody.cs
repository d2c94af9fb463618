using System.Globalization;
using ThiDua.Rules.WebApi.Problems;

namespace ThiDua.Rules.WebApi.Input;

/// <summary>
/// Reads the request body as one dossier (a person's, a collective's, a household's or village's) or one nomination list with the library's strict readers, so a bad body gets
/// the same problems, with the same JSON paths, as a bad file given to the CLI.
/// </summary>
internal static class DossierBody
{
    /// <summary>Reads the dossier, or throws <see cref="ApiProblemException"/> (too large) or <see cref="InvalidDossierException"/>.</summary>
    public static async Task<IndividualDossier> ReadAsync(HttpRequest request, ThiDuaLimits limits)
    {
        var body = await ReadBytesAsync(request, limits, "dossier");
        return ThiDuaJson.ReadDossier(body.AsSpan(), limits);
    }

    /// <summary>Reads a unit's nomination list, or throws <see cref="ApiProblemException"/> (too large) or <see cref="InvalidDossierException"/>.</summary>
    public static async Task<NominationList> ReadListAsync(HttpRequest request, ThiDuaLimits limits)
    {
        var body = await ReadBytesAsync(request, limits, "nomination list");
        using var stream = new MemoryStream(body.Array!, body.Offset, body.Count, writable: false);
        return ThiDuaJson.ReadNominationList(stream, limits);
    }

    /// <summary>Reads a collective's dossier, or throws <see cref="ApiProblemException"/> (too large) or <see cref="InvalidDossierException"/>.</summary>
    public static async Task<CollectiveDossier> ReadCollectiveAsync(HttpRequest request, ThiDuaLimits limits)
    {
        var body = await ReadBytesAsync(request, limits, "collective's dossier");
        using var stream = new MemoryStream(body.Array!, body.Offset, body.Count, writable: false);
        return ThiDuaJson.ReadCollective(stream, limits);
    }

    /// <summary>Reads a household's or village's dossier, or throws <see cref="ApiProblemException"/> (too large) or <see cref="InvalidDossierException"/>.</summary>
    public static async Task<CommunityDossier> ReadCommunityAsync(HttpRequest request, ThiDuaLimits limits)
    {
        var body = await ReadBytesAsync(request, limits, "household's or village's dossier");
        using var stream = new MemoryStream(body.Array!, body.Offset, body.Count, writable: false);
        return ThiDuaJson.ReadCommunity(stream, limits);
    }

    /// <summary>The body, at most <see cref="ThiDuaLimits.MaxDocumentBytes"/> long; <paramref name="what"/> names the document in the problem.</summary>
    private static async Task<ArraySegment<byte>> ReadBytesAsync(HttpRequest request, ThiDuaLimits limits, string what)
    {
        var max = limits.MaxDocumentBytes;
        if (request.ContentLength > max)
        {
            throw TooLarge(max, what, $"the body has {request.ContentLength.Value.ToString(CultureInfo.InvariantCulture)} bytes");
        }

        // Buffered asynchronously (Kestrel forbids blocking reads), never past one byte more than the limit.
        var buffer = new byte[Math.Min(max + 1, 16 * 1024)];
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)max + 1));
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > max)
                {
                    throw TooLarge(max, what, "the body holds more");
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (the same number) stopped a body sent without a length.
            throw TooLarge(max, what, "the body holds more");
        }

        return new ArraySegment<byte>(buffer, 0, length);
    }

    private static ApiProblemException TooLarge(int max, string what, string size) => new(
        StatusCodes.Status413PayloadTooLarge,
        ProblemTypes.TooLarge,
        "Request body too large",
        new[] { new DossierProblem("$", $"the {what} is too large: {size}, more than the limit ThiDuaLimits.MaxDocumentBytes ({max.ToString(CultureInfo.InvariantCulture)} bytes); it was not read") });
}
