using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ThiDua.Rules.Cli.Batch;

/// <summary>
/// The progress display on stderr (Spectre.Console): bar, lines done, lines per second and time left. Shown only
/// when stderr is a terminal, so logs and pipes get no control characters.
/// </summary>
internal static class BatchProgress
{
    /// <summary>Whether to show progress: stderr is the process's own and a terminal.</summary>
    public static bool Wanted(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/>, showing its reports of lines done out of <paramref name="totalLines"/>.</summary>
    public static void Run(long totalLines, long alreadyDone, Action<Action<long>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new LinesColumn(), new ThroughputColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("thidua batch", maxValue: Math.Max(totalLines, 1));
                task.Value = alreadyDone;
                work(done => task.Value = alreadyDone + done);
                task.Value = task.MaxValue;
            });
    }

    /// <summary>Counts the lines of a file (a last line without a line break counts), for the progress total.</summary>
    public static long CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        long lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return last == '\n' ? lines : lines + 1;
    }

    private sealed class LinesColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
            => new Text($"{Number(task.Value)}/{Number(task.MaxValue)} lines");
    }

    private sealed class ThroughputColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
            => new Text(task.Speed is double speed ? $"{Number(speed)} lines/s" : "– lines/s");
    }

    private static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
