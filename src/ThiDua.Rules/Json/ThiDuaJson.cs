using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
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

        /// <summary>Reads a dossier, held to the default <see cref="ThiDuaLimits"/>.</summary>
        /// <param name="json">The dossier JSON.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="InvalidDossierException">
        /// The document is malformed, larger than a limit, or does not fit the format (a field written twice, an unknown
        /// field, a required field missing, a value of the wrong kind or form); every problem found is listed with its
        /// JSON path.
        /// </exception>
        public static IndividualDossier ReadDossier(string json) => ReadDossier(json, DefaultLimits);

        /// <summary>Reads a dossier, held to <paramref name="limits"/>.</summary>
        /// <param name="json">The dossier JSON.</param>
        /// <param name="limits">The limits, e.g. <see cref="ThiDuaRulesOptions.Limits"/>. Its length in characters is held to <see cref="ThiDuaLimits.MaxDocumentBytes"/> too.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="limits"/> is null.</exception>
        /// <exception cref="ArgumentException">A limit has an unusable value.</exception>
        /// <exception cref="InvalidDossierException">
        /// The document is malformed, larger than a limit, holds text that is not valid Unicode, or does not fit the
        /// format; every problem found is listed with its JSON path.
        /// </exception>
        public static IndividualDossier ReadDossier(string json, ThiDuaLimits limits)
        {
            if (json == null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            CheckLimits(limits);
            return ReadUtf8(Utf8(json, limits), limits);
        }

        /// <summary>Reads a dossier from UTF-8 bytes (a byte-order mark is allowed), held to the default <see cref="ThiDuaLimits"/>.</summary>
        /// <param name="utf8Json">The dossier JSON as UTF-8.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, larger than a limit, not valid UTF-8, or does not fit the format; every problem found is listed with its JSON path.</exception>
        public static IndividualDossier ReadDossier(ReadOnlySpan<byte> utf8Json) => ReadDossier(utf8Json, DefaultLimits);

        /// <summary>Reads a dossier from UTF-8 bytes (a byte-order mark is allowed), held to <paramref name="limits"/>.</summary>
        /// <param name="utf8Json">The dossier JSON as UTF-8.</param>
        /// <param name="limits">The limits, e.g. <see cref="ThiDuaRulesOptions.Limits"/>.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
        /// <exception cref="ArgumentException">A limit has an unusable value.</exception>
        /// <exception cref="InvalidDossierException">The document is malformed, larger than a limit, not valid UTF-8, or does not fit the format; every problem found is listed with its JSON path.</exception>
        public static IndividualDossier ReadDossier(ReadOnlySpan<byte> utf8Json, ThiDuaLimits limits)
        {
            CheckLimits(limits);
            return ReadUtf8(utf8Json, limits);
        }

        /// <summary>Reads a dossier from a stream of UTF-8 JSON, held to the default <see cref="ThiDuaLimits"/>.</summary>
        /// <param name="utf8Json">The stream; read to its end, or until the document proves larger than the size limit. It is not closed.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="InvalidDossierException">The document is malformed, larger than a limit, not valid UTF-8, or does not fit the format; every problem found is listed with its JSON path.</exception>
        public static IndividualDossier ReadDossier(Stream utf8Json) => ReadDossier(utf8Json, DefaultLimits);

        /// <summary>Reads a dossier from a stream of UTF-8 JSON, held to <paramref name="limits"/>.</summary>
        /// <param name="utf8Json">
        /// The stream; read to its end, or until the document proves larger than
        /// <see cref="ThiDuaLimits.MaxDocumentBytes"/> (then at most one byte more than the limit is read). It is not closed.
        /// </param>
        /// <param name="limits">The limits, e.g. <see cref="ThiDuaRulesOptions.Limits"/>.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
        /// <exception cref="ArgumentException">A limit has an unusable value.</exception>
        /// <exception cref="InvalidDossierException">The document is malformed, larger than a limit, not valid UTF-8, or does not fit the format; every problem found is listed with its JSON path.</exception>
        public static IndividualDossier ReadDossier(Stream utf8Json, ThiDuaLimits limits)
        {
            CheckLimits(limits);
            return ReadUtf8(ReadStream(utf8Json, limits), limits);
        }

        /// <summary><see cref="ReadNominationList(Stream, ThiDuaLimits)"/> with the default limits.</summary>
        /// <param name="utf8Json">The stream.</param>
        /// <returns>The list.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static NominationList ReadNominationList(Stream utf8Json) => ReadNominationList(utf8Json, null);

        /// <summary><see cref="ReadCommunity(string, ThiDuaLimits)"/> with the default limits.</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static CommunityDossier ReadCommunity(string json) => ReadCommunity(json, null);

        /// <summary>
        /// Reads a household's or village's dossier (<see cref="CommunityDossier"/>) with the same strictness as
        /// <see cref="ReadDossier(string)"/>: every problem at once with its JSON path, within the limits.
        /// </summary>
        /// <param name="json">The JSON text.</param>
        /// <param name="limits">The limits to hold the document to.</param>
        /// <returns>The household's or village's dossier.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static CommunityDossier ReadCommunity(string json, ThiDuaLimits? limits)
            => ReadText<CommunityDossier>(json, limits, DossierShape.Community, "a household's or village's dossier");

        /// <summary>
        /// Reads a unit's nomination list from a UTF-8 stream, stopping at <see cref="ThiDuaLimits.MaxDocumentBytes"/>,
        /// with the same strictness as <see cref="ReadNominationList(string, ThiDuaLimits)"/>.
        /// </summary>
        /// <param name="utf8Json">The stream.</param>
        /// <param name="limits">The limits to hold the document to, or <see langword="null"/> for the defaults.</param>
        /// <returns>The list.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static NominationList ReadNominationList(Stream utf8Json, ThiDuaLimits? limits)
            => ReadFromStream<NominationList>(utf8Json, limits, DossierShape.List, "a nomination list");

        /// <summary>Reads a document of <paramref name="shape"/> from JSON text under the limits (the defaults when null).</summary>
        private static T ReadText<T>(string json, ThiDuaLimits? limits, DossierShape shape, string noun)
            where T : class
        {
            limits ??= DefaultLimits;
            CheckLimits(limits);
            return ReadUtf8<T>(Utf8(json, limits), limits, shape, noun);
        }

        /// <summary>Reads a document of <paramref name="shape"/> from a UTF-8 stream under the limits (the defaults when null).</summary>
        private static T ReadFromStream<T>(Stream utf8Json, ThiDuaLimits? limits, DossierShape shape, string noun)
            where T : class
        {
            limits ??= DefaultLimits;
            CheckLimits(limits);
            return ReadUtf8<T>(ReadStream(utf8Json, limits), limits, shape, noun);
        }

        /// <summary>The stream's bytes, refused once they pass the size limit.</summary>
        private static ReadOnlySpan<byte> ReadStream(Stream utf8Json, ThiDuaLimits limits)
        {
            if (utf8Json == null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            var max = limits.MaxDocumentBytes;
            if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > max)
            {
                throw TooLarge(limits, $"the stream holds {(utf8Json.Length - utf8Json.Position).ToString(CultureInfo.InvariantCulture)} bytes");
            }

            // Grows up to one byte more than the limit: reading that byte proves the document too large.
            var buffer = new byte[Math.Min(max + 1, 16 * 1024)];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)max + 1));
                }

                var read = utf8Json.Read(buffer, length, buffer.Length - length);
                if (read <= 0)
                {
                    break;
                }

                length += read;
                if (length > max)
                {
                    throw TooLarge(limits, "the stream holds more");
                }
            }

            return new ReadOnlySpan<byte>(buffer, 0, length);
        }

        /// <summary><see cref="ReadCollective(string, ThiDuaLimits)"/> with the default limits.</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>The dossier.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static CollectiveDossier ReadCollective(string json) => ReadCollective(json, null);

        /// <summary>
        /// Reads a collective's dossier (<see cref="CollectiveDossier"/>), its member dossiers included, with the same
        /// strictness as <see cref="ReadDossier(string)"/>: every problem at once with its JSON path, within the limits.
        /// </summary>
        /// <param name="json">The JSON text.</param>
        /// <param name="limits">The limits to hold the document to (<see cref="ThiDuaLimits.MaxMembers"/> among them).</param>
        /// <returns>The collective's dossier.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static CollectiveDossier ReadCollective(string json, ThiDuaLimits? limits)
            => ReadText<CollectiveDossier>(json, limits, DossierShape.Collective, "a collective's dossier");

        /// <summary>
        /// Reads a collective's dossier from a UTF-8 stream, stopping at <see cref="ThiDuaLimits.MaxDocumentBytes"/>, with
        /// the same strictness as <see cref="ReadCollective(string, ThiDuaLimits)"/>.
        /// </summary>
        /// <param name="utf8Json">The stream; read to its end, or until the document proves larger than the size limit. It is not closed.</param>
        /// <param name="limits">The limits to hold the document to, or <see langword="null"/> for the defaults.</param>
        /// <returns>The collective's dossier.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static CollectiveDossier ReadCollective(Stream utf8Json, ThiDuaLimits? limits)
            => ReadFromStream<CollectiveDossier>(utf8Json, limits, DossierShape.Collective, "a collective's dossier");

        /// <summary>
        /// Reads a household's or village's dossier from a UTF-8 stream, stopping at
        /// <see cref="ThiDuaLimits.MaxDocumentBytes"/>, with the same strictness as <see cref="ReadCommunity(string, ThiDuaLimits)"/>.
        /// </summary>
        /// <param name="utf8Json">The stream; read to its end, or until the document proves larger than the size limit. It is not closed.</param>
        /// <param name="limits">The limits to hold the document to, or <see langword="null"/> for the defaults.</param>
        /// <returns>The household's or village's dossier.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static CommunityDossier ReadCommunity(Stream utf8Json, ThiDuaLimits? limits)
            => ReadFromStream<CommunityDossier>(utf8Json, limits, DossierShape.Community, "a household's or village's dossier");

        /// <summary><see cref="ReadNominationList(string, ThiDuaLimits)"/> with the default limits.</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>The list.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static NominationList ReadNominationList(string json) => ReadNominationList(json, null);

        /// <summary>
        /// Reads a unit's nomination list (<see cref="NominationList"/>), its dossiers included, with the same
        /// strictness as <see cref="ReadDossier(string)"/>. Only one overload of a name may have optional parameters
        /// (so that adding one later cannot break compiled callers); the overload without limits uses the defaults.
        /// </summary>
        /// <param name="json">The JSON text.</param>
        /// <param name="limits">The limits to hold the document to (<see cref="ThiDuaLimits.MaxMembers"/> and <see cref="ThiDuaLimits.MaxNominations"/> among them), or <see langword="null"/> for the defaults.</param>
        /// <returns>The list.</returns>
        /// <exception cref="InvalidDossierException">The document is malformed, does not fit the format, or exceeds a limit.</exception>
        public static NominationList ReadNominationList(string json, ThiDuaLimits? limits)
            => ReadText<NominationList>(json, limits, DossierShape.List, "a nomination list");

        /// <summary>The text as UTF-8, refused when too long or not valid Unicode.</summary>
        internal static byte[] Utf8(string json, ThiDuaLimits limits)
        {
            if (json == null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            if (json.Length > limits.MaxDocumentBytes)
            {
                throw TooLarge(limits, $"the document has {json.Length.ToString(CultureInfo.InvariantCulture)} characters");
            }

            try
            {
                return StrictUtf8.GetBytes(json);
            }
            catch (EncoderFallbackException e)
            {
                throw new InvalidDossierException(new[]
                {
                    new DossierProblem("$", $"the text is not valid Unicode: character {e.Index.ToString(CultureInfo.InvariantCulture)} is half of a surrogate pair; it was not read"),
                });
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

        private static readonly ThiDuaLimits DefaultLimits = new ThiDuaLimits();

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static void CheckLimits(ThiDuaLimits limits)
        {
            if (limits == null)
            {
                throw new ArgumentNullException(nameof(limits));
            }

            limits.ThrowIfInvalid(nameof(limits));
        }

        private static InvalidDossierException TooLarge(ThiDuaLimits limits, string size)
            => new InvalidDossierException(new[]
            {
                new DossierProblem("$", $"the document is too large: {size}, more than the limit ThiDuaLimits.MaxDocumentBytes ({limits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture)} bytes); it was not read"),
            });

        private static IndividualDossier ReadUtf8(ReadOnlySpan<byte> utf8, ThiDuaLimits limits) => ReadUtf8<IndividualDossier>(utf8, limits, DossierShape.Root, "a dossier");

        /// <summary>Checks the document against <paramref name="shape"/> and the limits (every problem at once), then reads it.</summary>
        internal static T ReadUtf8<T>(ReadOnlySpan<byte> utf8, ThiDuaLimits limits, DossierShape shape, string noun)
            where T : class
        {
            if (utf8.Length > limits.MaxDocumentBytes)
            {
                throw TooLarge(limits, $"the document has {utf8.Length.ToString(CultureInfo.InvariantCulture)} bytes");
            }

            if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                utf8 = utf8.Slice(3);
            }

            // The reader pass finds every problem at once (the serializer stops at the first, and keeps the last of
            // duplicate fields); the serializer then only runs on a document that fits the format.
            var problems = DossierJsonScanner.Scan(utf8, limits, shape);
            if (problems.Count > 0)
            {
                throw new InvalidDossierException(problems);
            }

            try
            {
                return JsonSerializer.Deserialize<T>(utf8, Options)
                    ?? throw new InvalidDossierException(new[] { new DossierProblem("$", $"the document is null; {noun} is a JSON object") });
            }
            catch (JsonException e)
            {
                throw new InvalidDossierException(new[] { new DossierProblem(e.Path ?? "$", Describe(e)) }, e);
            }
        }

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

            // Whatever else the framework says may name .NET types; the pass before it should leave nothing to say.
            if (message.IndexOf("System.", StringComparison.Ordinal) >= 0 || message.IndexOf("ThiDua.", StringComparison.Ordinal) >= 0)
            {
                message = "the value has the wrong kind or form for this field.";
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
