using System.Globalization;
using System.Text;

namespace ThiDua.Rules.Cli.Batch;

/// <summary>
/// Where an interrupted batch picks up: the complete lines already in its output file. A partial last line (the run
/// stopped mid-write) is cut off, so the next run rewrites it; a file that is not this format's output is refused
/// rather than appended to.
/// </summary>
internal static class ResumePoint
{
    /// <summary>Opens the output for appending after its complete records, creating it if needed.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="format">Its format.</param>
    /// <param name="overwrite">Start over instead of resuming.</param>
    /// <param name="recordsDone">How many input lines already have their record.</param>
    /// <returns>The stream, positioned at the end of the last complete record.</returns>
    public static FileStream Open(string path, RecordFormat format, bool overwrite, out long recordsDone)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, overwrite ? FileMode.Create : FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException(ExitCodes.FileNotFound, $"{path}: cannot write the output file ({e.Message}).");
        }

        try
        {
            recordsDone = Resume(stream, path, format);
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static long Resume(FileStream stream, string path, RecordFormat format)
    {
        var (lines, lastEnd, previousEnd) = CountCompleteLines(stream);
        stream.SetLength(lastEnd);
        stream.Position = lastEnd;
        var headerLines = format.Header == null ? 0 : 1;
        if (lines == 0)
        {
            return 0;
        }

        if (format.Header != null && !StartsWith(stream, format.Header + "\n"))
        {
            throw NotOurs(path, "its first line is not the CSV header this command writes");
        }

        var records = lines - headerLines;
        if (records > 0)
        {
            var last = ReadLine(stream, previousEnd, lastEnd);
            if (!format.IsRecordOf(last, records))
            {
                throw NotOurs(path, $"its last complete line is not the record of input line {records.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        stream.Position = lastEnd;
        return records;
    }

    /// <summary>The number of lines ending in <c>\n</c>, where the last of them ends, and where the one before it ends.</summary>
    private static (long Lines, long LastEnd, long PreviousEnd) CountCompleteLines(FileStream stream)
    {
        var buffer = new byte[1 << 16];
        long lines = 0, lastEnd = 0, previousEnd = 0, offset = 0;
        stream.Position = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = buffer.AsSpan(0, read).IndexOf((byte)'\n'); i >= 0;)
            {
                lines++;
                previousEnd = lastEnd;
                lastEnd = offset + i + 1;
                var next = buffer.AsSpan(i + 1, read - i - 1).IndexOf((byte)'\n');
                i = next < 0 ? -1 : i + 1 + next;
            }

            offset += read;
        }

        return (lines, lastEnd, previousEnd);
    }

    private static bool StartsWith(FileStream stream, string text)
    {
        var expected = Encoding.UTF8.GetBytes(text);
        return stream.Length >= expected.Length && ReadBytes(stream, 0, expected.Length).AsSpan().SequenceEqual(expected);
    }

    private static string ReadLine(FileStream stream, long start, long end)
        => Encoding.UTF8.GetString(ReadBytes(stream, start, (int)Math.Min(end - start, 1 << 20)));

    private static byte[] ReadBytes(FileStream stream, long start, int count)
    {
        var bytes = new byte[count];
        stream.Position = start;
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static CliException NotOurs(string path, string reason)
        => new(ExitCodes.Usage, $"--out: {path} cannot be resumed: {reason}. Choose another file, or pass --overwrite to start over.");
}
