namespace ThiDua.Rules.Cli.Batch;

/// <summary>One line of a JSON Lines input file.</summary>
/// <param name="Number">The line number, from 1.</param>
/// <param name="Utf8">The line's bytes without its line break; <see langword="null"/> when the line was too long to keep.</param>
/// <param name="Length">The line's length in bytes (also when it was too long to keep).</param>
internal sealed record InputLine(long Number, byte[]? Utf8, long Length);
