using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Rules.Json
{
    /// <summary>Reads and writes an assessment period as <c>"2021"</c> or <c>"2021-2022"</c>; a number is refused.</summary>
    internal sealed class AssessmentPeriodConverter : JsonConverter<AssessmentPeriod>
    {
        public override AssessmentPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // A number (2021) is refused like any other non-string: the format writes periods as strings.
            var text = reader.TokenType == JsonTokenType.String
                ? reader.GetString()
                : throw new JsonException("an assessment period is a string such as \"2021\" or \"2021-2022\", not a number or another kind of value.");
            if (!AssessmentPeriod.TryParse(text, out var period, out var reason))
            {
                throw new JsonException(reason);
            }

            return period;
        }

        public override void Write(Utf8JsonWriter writer, AssessmentPeriod value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.ToString());
    }

    /// <summary>Reads and writes dates as ISO <c>yyyy-MM-dd</c>; a time of day is refused, not silently dropped.</summary>
    internal sealed class IsoDateConverter : JsonConverter<DateTime>
    {
        private const string Format = "yyyy-MM-dd";

        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text == null || !DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a date written yyyy-MM-dd.");
            }

            return date;
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
    }
}
