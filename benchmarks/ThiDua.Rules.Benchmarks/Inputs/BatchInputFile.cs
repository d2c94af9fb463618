using System.Text;

namespace ThiDua.Rules.Benchmarks.Inputs;

/// <summary>
/// The JSON Lines input of the batch benchmarks: generated dossiers whose records are for 2021 (about one in seven of
/// the generator's draws), the same mix as <see cref="Suites.BatchBenchmarks"/>. Also written by the
/// <c>write-batch-input</c> command, so a CLI run outside BenchmarkDotNet reads the very same file.
/// </summary>
internal static class BatchInputFile
{
    public static readonly AssessmentPeriod Year = AssessmentPeriod.CalendarYear(2021);

    public static void Write(string path, int lines)
    {
        var generator = new DossierGenerator(seed: 20261201);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        for (int index = 0, written = 0; written < lines; index++)
        {
            var (dossier, period) = generator.Next(index);
            if (period == Year)
            {
                writer.Write(ThiDuaJson.Write(dossier, indented: false));
                writer.Write('\n');
                written++;
            }
        }
    }
}
