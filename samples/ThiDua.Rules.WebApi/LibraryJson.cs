using System.Text.Json;

namespace ThiDua.Rules.WebApi;

/// <summary>Makes the framework's JSON (responses, the OpenAPI schemas) follow the library's format, <see cref="ThiDuaJson.Options"/>.</summary>
internal static class LibraryJson
{
    public static void CopyTo(JsonSerializerOptions target)
    {
        var source = ThiDuaJson.Options;
        target.PropertyNamingPolicy = source.PropertyNamingPolicy;
        target.DictionaryKeyPolicy = source.DictionaryKeyPolicy;
        target.DefaultIgnoreCondition = source.DefaultIgnoreCondition;
        target.UnmappedMemberHandling = source.UnmappedMemberHandling;
        target.Encoder = source.Encoder;
        target.TypeInfoResolver = source.TypeInfoResolver;
        target.Converters.Clear();
        foreach (var converter in source.Converters)
        {
            target.Converters.Add(converter);
        }
    }
}
