namespace ThiDua.Rules.Cli.Batch;

/// <summary>
/// Splits a UTF-8 stream into lines at <c>\n</c>, without decoding them. A line longer than the limit is measured but
/// not kept, so a huge line costs no more memory than a normal one and becomes an error record instead of a crash.
/// </summary>
internal sealed class JsonLinesReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private long _number;

    /// <param name="stream">The input; read to its end, never closed here.</param>
    /// <param name="maxLineBytes">The longest line kept (the library's document limit).</param>
    public JsonLinesReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The lines after those skipped. A last line without a line break counts; an empty end does not.</summary>
    public IEnumerable<InputLine> ReadAll()
    {
        while (TryRead(keep: true, out var line))
        {
            yield return line;
        }
    }

    /// <summary>Passes over up to <paramref name="count"/> lines without keeping them.</summary>
    /// <returns>How many lines there were to skip (less than <paramref name="count"/> if the input ended first).</returns>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count && TryRead(keep: false, out _))
        {
            skipped++;
        }

        return skipped;
    }

    private bool TryRead(bool keep, out InputLine line)
    {
        var kept = keep ? new MemoryStream() : null;
        long length = 0;
        var sawAnything = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            sawAnything = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var lineBreak = available.IndexOf((byte)'\n');
            var part = lineBreak < 0 ? available : available[..lineBreak];
            length += part.Length;
            if (kept != null && length <= _maxLineBytes)
            {
                kept.Write(part);
            }

            _start += part.Length;
            if (lineBreak >= 0)
            {
                _start++;
                break;
            }
        }

        if (!sawAnything)
        {
            line = null!;
            return false;
        }

        _number++;
        line = new InputLine(_number, kept != null && length <= _maxLineBytes ? kept.ToArray() : null, length);
        return true;
    }

    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }

        _start = 0;
        _end = _stream.Read(_buffer, 0, _buffer.Length);
        _endOfStream = _end == 0;
        return !_endOfStream;
    }
}
