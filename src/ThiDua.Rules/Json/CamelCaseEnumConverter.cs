using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Rules.Json
{
    /// <summary>
    /// Enums as camel-case strings. Unlike the framework's converter, a wrong value is reported with the values
    /// that are allowed, in the words of the JSON format rather than .NET type names; numbers are refused.
    /// </summary>
    internal sealed class CamelCaseEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
            => (JsonConverter)Activator.CreateInstance(typeof(CamelCaseEnumConverter<>).MakeGenericType(typeToConvert))!;

        private sealed class CamelCaseEnumConverter<T> : JsonConverter<T>
            where T : struct, Enum
        {
            private static readonly T[] Values = (T[])Enum.GetValues(typeof(T));
            private static readonly string[] Names = Values.Select(v => CamelCase(v.ToString())).ToArray();

            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                for (var i = 0; i < Names.Length; i++)
                {
                    if (string.Equals(Names[i], text, StringComparison.Ordinal))
                    {
                        return Values[i];
                    }
                }

                var found = text == null ? "a " + reader.TokenType.ToString().ToLowerInvariant() : $"'{text}'";
                throw new JsonException($"{found} is not allowed here; use one of: {string.Join(", ", Names)}.");
            }

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            {
                var index = Array.IndexOf(Values, value);
                writer.WriteStringValue(index >= 0 ? Names[index] : CamelCase(value.ToString()));
            }

            private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
        }
    }
}
