using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ThiDua.Rules.Json
{
    /// <summary>
    /// A reader pass over a dossier's UTF-8 JSON before it is deserialized. It checks the whole document against the
    /// format and lists every problem it finds, each with its JSON path: a field written twice in one object (the
    /// serializer would silently keep the last), unknown fields, required fields left out, values of the wrong kind,
    /// enum names that are not exactly a member's camel-case name, periods written as numbers, text that is not valid
    /// UTF-8, and the <see cref="ThiDuaLimits"/> (nesting depth, list lengths, text length). Exceeding a depth or list
    /// limit stops the pass at once, so that a hostile document costs no more than reading up to the limit.
    /// </summary>
    internal sealed class DossierJsonScanner
    {
        /// <summary>At most this many problems are listed; a document with more is refused after them.</summary>
        internal const int MaxProblems = 100;

        private const int MaxEcho = 60;

        private readonly ThiDuaLimits _limits;
        private readonly List<DossierProblem> _problems = new List<DossierProblem>();
        private readonly List<(string? Name, int Index)> _path = new List<(string?, int)>();

        private DossierJsonScanner(ThiDuaLimits limits) => _limits = limits;

        /// <summary>Every problem of the document, or none when it fits the format and the limits.</summary>
        /// <param name="utf8">The document, without a byte-order mark.</param>
        /// <param name="limits">The limits to hold it to (already validated).</param>
        /// <returns>The problems, in document order.</returns>
        public static List<DossierProblem> Scan(ReadOnlySpan<byte> utf8, ThiDuaLimits limits) => Scan(utf8, limits, DossierShape.Root);

        /// <inheritdoc cref="Scan(ReadOnlySpan{byte}, ThiDuaLimits)"/>
        /// <param name="utf8">The document, without a byte-order mark.</param>
        /// <param name="limits">The limits to hold it to (already validated).</param>
        /// <param name="root">The shape of the whole document.</param>
        public static List<DossierProblem> Scan(ReadOnlySpan<byte> utf8, ThiDuaLimits limits, DossierShape root)
        {
            var scanner = new DossierJsonScanner(limits);
            scanner.Run(utf8, root);
            return scanner._problems;
        }

        private void Run(ReadOnlySpan<byte> utf8, DossierShape root)
        {
            // One level more than the limit, so that the pass reports the limit in its own words before the reader throws.
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = _limits.MaxDepth + 1 });
            try
            {
                if (!reader.Read())
                {
                    Report("the document is empty; a dossier is a JSON object");
                    return;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.Null:
                        Report("the document is null; a dossier is a JSON object");
                        break;
                    case JsonTokenType.StartObject:
                        ReadObject(ref reader, root);
                        break;
                    default:
                        Report($"expected a dossier as a JSON object {{ … }}; found {Describe(ref reader)}");
                        SkipValue(ref reader);
                        break;
                }

                // Anything after the dossier (a second value) is malformed; the reader throws on it.
                reader.Read();
            }
            catch (JsonException e)
            {
                Add(Malformed(e));
            }
            catch (StopScan)
            {
                // A limit was exceeded, or too many problems were found: what was found is reported.
            }
        }

        private void ReadObject(ref Utf8JsonReader reader, DossierShape shape)
        {
            CheckDepth(ref reader);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = ReadText(ref reader, checkLength: false);
                _path.Add((name ?? "?", -1));
                reader.Read();
                if (name == null)
                {
                    SkipValue(ref reader);
                }
                else if (!seen.Add(name))
                {
                    Report($"the field '{Echo(name)}' is written more than once in this object; write each field once (a reader would silently keep only one of the values)");
                    SkipValue(ref reader);
                }
                else if (!shape.Fields.TryGetValue(name, out var field))
                {
                    Report($"unknown field '{Echo(name)}': the format has no such field (check its spelling and place){Suggestion(shape, name)}");
                    SkipValue(ref reader);
                }
                else
                {
                    ReadValue(ref reader, field);
                }

                _path.RemoveAt(_path.Count - 1);
            }

            foreach (var required in shape.Required)
            {
                if (!seen.Contains(required))
                {
                    Report($"required field '{required}' is missing from {shape.Noun}");
                }
            }
        }

        private void ReadValue(ref Utf8JsonReader reader, DossierField field)
        {
            var token = reader.TokenType;
            if (token == JsonTokenType.Null)
            {
                if (!field.Nullable)
                {
                    Report($"null is not allowed here; {field.Expected}");
                }

                return;
            }

            switch (field.Shape)
            {
                case JsonValueShape.Text when token == JsonTokenType.String:
                    ReadText(ref reader, checkLength: true);
                    return;
                case JsonValueShape.WholeNumber when token == JsonTokenType.Number:
                    if (!reader.TryGetInt32(out _))
                    {
                        Report($"{RawNumber(ref reader)} is not a whole number this format accepts; {field.Expected}");
                    }

                    return;
                case JsonValueShape.Boolean when token == JsonTokenType.True || token == JsonTokenType.False:
                    return;
                case JsonValueShape.Date when token == JsonTokenType.String:
                    var date = ReadText(ref reader, checkLength: true);
                    if (date != null && !DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        Report($"'{Echo(date)}' is not a date written yyyy-MM-dd");
                    }

                    return;
                case JsonValueShape.Period when token == JsonTokenType.String:
                    var period = ReadText(ref reader, checkLength: true);
                    if (period != null && !AssessmentPeriod.TryParse(period, out _, out var reason))
                    {
                        Report(reason);
                    }

                    return;
                case JsonValueShape.Period when token == JsonTokenType.Number:
                    Report($"a period is written as a string, \"{RawNumber(ref reader)}\" rather than {RawNumber(ref reader)}; {field.Expected}");
                    return;
                case JsonValueShape.Enum when token == JsonTokenType.String:
                    var text = ReadText(ref reader, checkLength: false);
                    if (text != null && Array.IndexOf(field.EnumNames!, text) < 0)
                    {
                        var exact = Array.Find(field.EnumNames!, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
                        Report(exact != null
                            ? $"'{Echo(text)}' is not allowed here: names are case-sensitive, write '{exact}'"
                            : $"'{Echo(text)}' is not allowed here; use one of: {string.Join(", ", field.EnumNames!)}");
                    }

                    return;
                case JsonValueShape.Object when token == JsonTokenType.StartObject:
                    ReadObject(ref reader, field.Item!);
                    return;
                case JsonValueShape.List when token == JsonTokenType.StartArray:
                    ReadList(ref reader, field);
                    return;
                default:
                    Report($"{field.Expected}; found {Describe(ref reader)}");
                    SkipValue(ref reader);
                    return;
            }
        }

        private void ReadList(ref Utf8JsonReader reader, DossierField field)
        {
            CheckDepth(ref reader);
            var max = field.MaxItems!(_limits);
            var item = field.Item!;
            var count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (count == max)
                {
                    Report($"the list has more than {max.ToString(CultureInfo.InvariantCulture)} entries, {ThiDuaLimits.Named(field.LimitName!, max)}; the rest of the document was not read");
                    throw new StopScan();
                }

                _path.Add((null, count++));
                if (reader.TokenType == JsonTokenType.Null)
                {
                    Report($"{item.Noun} cannot be null");
                }
                else if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadObject(ref reader, item);
                }
                else
                {
                    Report($"expected {item.Noun} as an object {{ … }}; found {Describe(ref reader)}");
                    SkipValue(ref reader);
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }

        /// <summary>Skips a value the format does not read (already reported), holding it to the depth limit.</summary>
        private void SkipValue(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject && reader.TokenType != JsonTokenType.StartArray)
            {
                return;
            }

            CheckDepth(ref reader);
            var depth = reader.CurrentDepth;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                {
                    CheckDepth(ref reader);
                }
                else if (reader.CurrentDepth == depth && (reader.TokenType == JsonTokenType.EndObject || reader.TokenType == JsonTokenType.EndArray))
                {
                    return;
                }
            }
        }

        private void CheckDepth(ref Utf8JsonReader reader)
        {
            // The dossier object is at depth 0 and counts as the first level.
            if (reader.CurrentDepth >= _limits.MaxDepth)
            {
                var max = _limits.MaxDepth.ToString(CultureInfo.InvariantCulture);
                Report($"objects and lists nest more than {max} levels deep here, the limit ThiDuaLimits.MaxDepth ({max}); the rest of the document was not read");
                throw new StopScan();
            }
        }

        /// <summary>Reads a string or property name; reports text that is not valid UTF-8 or too long and returns null for it.</summary>
        private string? ReadText(ref Utf8JsonReader reader, bool checkLength)
        {
            string text;
            try
            {
                text = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                Report("the text is not valid Unicode (invalid UTF-8 bytes, or half of a surrogate pair); it was not read");
                return null;
            }
            catch (ArgumentException)
            {
                Report("the text is not valid Unicode (invalid UTF-8 bytes, or half of a surrogate pair); it was not read");
                return null;
            }

            if (checkLength && text.Length > _limits.MaxStringLength)
            {
                Report(_limits.TextTooLong(text.Length));
                return null;
            }

            return text;
        }

        private static string Suggestion(DossierShape shape, string name)
        {
            foreach (var known in shape.Fields.Keys)
            {
                if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
                {
                    return $"; names are case-sensitive: did you mean '{known}'?";
                }
            }

            return string.Empty;
        }

        private static string RawNumber(ref Utf8JsonReader reader)
        {
            var raw = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
            return Echo(raw);
        }

        private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "the number " + RawNumber(ref reader),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "a list",
            _ => "something else",
        };

        /// <summary>Text from the document, shortened for a message.</summary>
        private static string Echo(string text) => text.Length <= MaxEcho ? text : text.Substring(0, MaxEcho) + "…";

        private string Malformed(JsonException e)
        {
            var message = e.Message;
            foreach (var marker in new[] { " LineNumber:", " Path:" })
            {
                var cut = message.IndexOf(marker, StringComparison.Ordinal);
                message = cut < 0 ? message : message.Substring(0, cut);
            }

            message = message.TrimEnd();
            var where = e.LineNumber is long line
                ? $" (line {(line + 1).ToString(CultureInfo.InvariantCulture)}, byte {((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)})"
                : string.Empty;
            return "the JSON is malformed: " + message + where;
        }

        private void Report(string reason)
        {
            Add(reason);
            if (_problems.Count >= MaxProblems)
            {
                _problems.Add(new DossierProblem("$", $"more problems may follow; only the first {MaxProblems.ToString(CultureInfo.InvariantCulture)} are listed"));
                throw new StopScan();
            }
        }

        private void Add(string reason) => _problems.Add(new DossierProblem(PathText(), reason));

        private string PathText()
        {
            var text = new StringBuilder("$");
            foreach (var (name, index) in _path)
            {
                if (name != null)
                {
                    text.Append('.').Append(Echo(name));
                }
                else
                {
                    text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            return text.ToString();
        }

        /// <summary>Stops the pass: a limit was exceeded, or enough problems were found.</summary>
        private sealed class StopScan : Exception
        {
        }
    }
}
