using System.Globalization;
using System.Text;

namespace ThiDua.Rules.Cli.Rendering;

/// <summary>
/// Text bound for a terminal: names and ids come from the dossier, so a control character could move the cursor,
/// clear the screen or change the title, and a bidi override could make "ELIGIBLE" read differently from what it is.
/// Such characters are written as a visible escape (<c>\u202E</c>). Only the table views go through this; JSON output
/// stays byte for byte what the library wrote.
/// </summary>
internal static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> is written as an escape: C0 and C1 controls, DEL, and the bidi marks, embeddings, overrides and isolates.</summary>
    public static bool IsUnsafe(char c)
        => c < '\u0020'
           || (c >= '\u007F' && c <= '\u009F')
           || (c >= '\u202A' && c <= '\u202E')
           || (c >= '\u2066' && c <= '\u2069')
           || c == '\u200E' || c == '\u200F' || c == '\u061C';

    /// <summary>The text with every unsafe character replaced by <c>\uXXXX</c>; the same instance when there is none.</summary>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = 0;
        while (first < text.Length && !IsUnsafe(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            Append(builder, text[i]);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, char c)
    {
        if (IsUnsafe(c))
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(c);
        }
    }

    /// <summary>
    /// A writer that sanitizes what it is given and ends lines itself, so the line breaks the tables write stay line
    /// breaks while one inside a value becomes <c>\u000A</c>.
    /// </summary>
    public static TextWriter Guard(TextWriter output) => output as SanitizingWriter ?? new SanitizingWriter(output);

    private sealed class SanitizingWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public SanitizingWriter(TextWriter inner)
            : base(inner.FormatProvider)
        {
            _inner = inner;
            CoreNewLine = inner.NewLine.ToCharArray();
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            if (IsUnsafe(value))
            {
                _inner.Write(Sanitize(value.ToString()));
            }
            else
            {
                _inner.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => _inner.Write(Sanitize(new string(buffer, index, count)));

        public override void Write(string? value) => _inner.Write(Sanitize(value));

        public override void Write(ReadOnlySpan<char> buffer) => _inner.Write(Sanitize(buffer.ToString()));

        // Every WriteLine ends the line on the inner writer, so the line break itself is never escaped.
        public override void WriteLine() => _inner.WriteLine();

        public override void WriteLine(char value)
        {
            Write(value);
            _inner.WriteLine();
        }

        public override void WriteLine(char[] buffer, int index, int count)
        {
            _inner.Write(Sanitize(new string(buffer, index, count)));
            _inner.WriteLine();
        }

        public override void WriteLine(ReadOnlySpan<char> buffer)
        {
            _inner.Write(Sanitize(buffer.ToString()));
            _inner.WriteLine();
        }

        public override void WriteLine(string? value)
        {
            _inner.Write(Sanitize(value));
            _inner.WriteLine();
        }

        public override void Flush() => _inner.Flush();
    }
}
