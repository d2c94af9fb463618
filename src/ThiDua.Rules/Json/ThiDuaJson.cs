using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ThiDua.Rules.Json;

namespace ThiDua.Rules
{
    /// <summary>
    /// The JSON formats of ThiDua.Rules (System.Text.Json): camel-case names, enums as camel-case strings, ISO
    /// dates, periods as <c>"2021"</c> or <c>"2021-2022"</c>. Unknown members are refused, so a misspelt field is
    /// an error rather than a silently missing fact.
    /// </summary>
    public static class ThiDuaJson
    {
        /// <summary>The serializer options for dossiers, results and catalogue entries (read-only).</summary>
        public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

        private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

        /// <summary>Reads a dossier.</summary>
        /// <param name="json">The dossier JSON.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="InvalidDossierException">The JSON is malformed, or a value has the wrong type or form; the problem names the JSON path.</exception>
        public static IndividualDossier ReadDossier(string json)
        {
            if (json == null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            try
            {
                return JsonSerializer.Deserialize<IndividualDossier>(json, Options)
                    ?? throw new InvalidDossierException(new[] { new DossierProblem("$", "the document is null; a dossier is a JSON object") });
            }
            catch (JsonException e)
            {
                throw new InvalidDossierException(new[] { new DossierProblem(e.Path ?? "$", Describe(e)) }, e);
            }
        }

        /// <summary>Writes a value (dossier, result, list of results, catalogue entry) in the library's JSON format.</summary>
        /// <typeparam name="T">The value's type.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="indented">Whether to indent the output.</param>
        /// <returns>The JSON text.</returns>
        public static string Write<T>(T value, bool indented = true) => JsonSerializer.Serialize(value, indented ? Options : Compact);

        /// <summary>Reads a value written by <see cref="Write{T}"/>.</summary>
        /// <typeparam name="T">The value's type.</typeparam>
        /// <param name="json">The JSON text.</param>
        /// <returns>The value.</returns>
        /// <exception cref="JsonException">The JSON does not match the format.</exception>
        public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The document is null.");

        private static readonly Regex MissingRequired = new Regex("missing required properties including: (.+?)\\.?$", RegexOptions.CultureInvariant);
        private static readonly Regex UnknownMember = new Regex("^The JSON property '(.+?)' could not be mapped", RegexOptions.CultureInvariant);

        private static string Describe(JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            message = cut < 0 ? message : message.Substring(0, cut);

            // The framework's wording names .NET types; say it in the terms of the JSON format instead.
            var missing = MissingRequired.Match(message);
            if (missing.Success)
            {
                message = $"required field {missing.Groups[1].Value} is missing.";
            }

            var unknown = UnknownMember.Match(message);
            if (unknown.Success)
            {
                message = $"unknown field '{unknown.Groups[1].Value}': the format has no such field (check its spelling and place).";
            }

            return e.LineNumber is long line ? $"{message} (line {line + 1})" : message;
        }

        private static JsonSerializerOptions CreateOptions(bool indented)
        {
            var options = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DictionaryKeyPolicy = null,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
                WriteIndented = indented,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequiredMembers.Apply } },
                Converters =
                {
                    new CamelCaseEnumConverterFactory(),
                    new AssessmentPeriodConverter(),
                    new IsoDateConverter(),
                },
            };
            options.MakeReadOnly(populateMissingResolver: true);
            return options;
        }
    }
}
