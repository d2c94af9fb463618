using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ThiDua.Rules.WebApi.Tests;

/// <summary>Requests and assertions the tests share.</summary>
internal static class Http
{
    public static string Sample(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleData", fileName));

    public static HttpContent Json(string body) => new StringContent(body, Encoding.UTF8, "application/json");

    public static HttpContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>
    /// Posts a body the server will refuse by its length alone, asking for <c>100-continue</c> first as a well-behaved
    /// client does: the server's 413 then arrives before the body is sent. Without it the server answers and closes the
    /// connection while the client is still sending, and the client may see the reset instead of the answer.
    /// </summary>
    public static Task<HttpResponseMessage> PostOversized(HttpClient client, string url, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(body) };
        request.Headers.ExpectContinue = true;
        return client.SendAsync(request);
    }

    /// <summary>Asserts an RFC 7807 answer with the status and type, and returns its <c>problems</c> (path, reason).</summary>
    public static async Task<IReadOnlyList<(string Path, string Reason)>> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.Equal(type, root.GetProperty("type").GetString());
        return root.TryGetProperty("problems", out var problems)
            ? problems.EnumerateArray().Select(p => (p.GetProperty("path").GetString()!, p.GetProperty("reason").GetString()!)).ToList()
            : Array.Empty<(string, string)>();
    }
}
