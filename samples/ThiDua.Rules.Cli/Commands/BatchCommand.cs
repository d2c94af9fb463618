using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ThiDua.Rules.Cli.Batch;
using ThiDua.Rules.Cli.Input;

namespace ThiDua.Rules.Cli.Commands;

/// <summary><c>batch &lt;dossiers.jsonl&gt; --year &lt;period&gt;</c>: one record per input line, in order, resumable.</summary>
internal static class BatchCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("dossiers.jsonl")
        {
            Description = "JSON Lines file: one dossier (format: samples/data/README.md) per line.",
        };
        var year = CommonOptions.Year();
        var award = new Option<string>("--award", "-a")
        {
            Description = "Check only this award, or these awards separated by commas (e.g. LDTT,CSTDCS,CSTD_BO_TINH; see 'thidua catalog'); "
                + "by default every award that applies to each dossier.",
            HelpName = "code[,code…]",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output file: .jsonl (JSON Lines) or .csv. If it holds the records of an interrupted run, the run resumes after them. "
                + "By default JSON Lines go to stdout.",
            HelpName = "results.jsonl|results.csv",
        };
        var overwrite = new Option<bool>("--overwrite")
        {
            Description = "Start the output file over instead of resuming it.",
        };

        var command = new Command(
            "batch",
            "Check a JSON Lines file of dossiers on every core: exactly one record per input line, in input order; a line that is not a "
            + "valid dossier gets an error record with its line number and the problems (JSON path and reason). Ends with a summary of "
            + "verdicts by award. Exit code: 0 every line checked, 65 some lines invalid, 70 some lines failed, 130 interrupted (run again to resume).")
        {
            input, year, award, output, overwrite,
        };

        command.SetAction((parse, cancellation) => Task.FromResult(Run(
            context,
            parse.GetRequiredValue(input),
            CommonOptions.ParsePeriod(parse.GetValue(year)),
            parse.GetValue(award),
            parse.GetValue(output),
            parse.GetValue(overwrite),
            cancellation)));
        return command;
    }

    private static int Run(CliContext context, string inputPath, AssessmentPeriod period, string? award, string? outputPath, bool overwrite, CancellationToken cancellation)
    {
        // CliApp invokes actions synchronously, so System.CommandLine registers no signal handlers; a real process
        // stops on Ctrl+C or SIGTERM after the records in flight instead of dying mid-line.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var signals = ReferenceEquals(context.Error, Console.Error) ? StopSignals.Register(stop) : null;
        return Execute(context, inputPath, period, award, outputPath, overwrite, stop.Token);
    }

    private static int Execute(CliContext context, string inputPath, AssessmentPeriod period, string? award, string? outputPath, bool overwrite, CancellationToken cancellation)
    {
        var format = RecordFormat.ForPath(outputPath);
        using var input = DossierFile.Open(inputPath);

        // Settle what would fail every line before writing anything: the period's regime and the award.
        var catalog = context.Checker.Catalog;
        var regime = catalog.ResolveRegime(period);
        var awards = award?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? Array.Empty<string>();
        if (award != null && awards.Length == 0)
        {
            throw new CliException(ExitCodes.Usage, "--award: name at least one award code.");
        }

        foreach (var code in awards)
        {
            if (!catalog.TryGetAward(regime.Id, code, out var definition))
            {
                throw new UnknownAwardException(code, regime.Id, catalog.GetAwards(regime.Id).Select(a => a.Code));
            }

            if (definition!.Subject != AwardSubject.Individual)
            {
                throw new AwardSubjectMismatchException(code, definition.Subject, $"{code} is not an award for a person; batch checks people's dossiers.");
            }
        }

        var limits = new ThiDuaLimits();
        long done = 0;
        FileStream? file = outputPath == null ? null : ResumePoint.Open(outputPath, format, overwrite, out done);
        var writer = file == null
            ? context.Output
            : new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        var summary = new BatchSummary { Skipped = done };
        var watch = Stopwatch.StartNew();
        try
        {
            if (done == 0 && format.Header != null)
            {
                writer.Write(format.Header + "\n");
            }

            var reader = new JsonLinesReader(input, limits.MaxDocumentBytes);
            var skipped = reader.Skip(done);
            if (skipped < done)
            {
                throw new CliException(
                    ExitCodes.Usage,
                    $"--out: {outputPath} holds records for {Count(done)} lines, but {inputPath} has only {Count(skipped)}; "
                    + "it is another run's output. Choose another file, or pass --overwrite to start over.");
            }

            var checker = new LineChecker(context.Checker, period, awards, limits);
            if (BatchProgress.Wanted(context.Error))
            {
                var total = BatchProgress.CountLines(inputPath);
                BatchProgress.Run(total, done, report => BatchRunner.Run(reader, writer, format, checker, period, summary, report, cancellation));
            }
            else
            {
                BatchRunner.Run(reader, writer, format, checker, period, summary, progress: null, cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            writer.Flush();
            CliErrors.Write(
                context.Error,
                $"interrupted after {Count(done + summary.Written)} lines; their records are complete. Run the same command again to resume.");
            return ExitCodes.Interrupted;
        }
        finally
        {
            writer.Flush();
            if (file != null)
            {
                writer.Dispose();
            }
        }

        summary.Elapsed = watch.Elapsed;
        summary.Write(outputPath == null ? context.Error : context.Output);
        return ExitCode(context.Error, summary);
    }

    private static int ExitCode(TextWriter stderr, BatchSummary summary)
    {
        if (summary.Failed > 0)
        {
            CliErrors.Write(stderr, $"{Count(summary.Failed)} lines failed with an internal error (status \"failed\" in the output).");
            return ExitCodes.Internal;
        }

        if (summary.Invalid > 0)
        {
            CliErrors.Write(stderr, $"{Count(summary.Invalid)} lines are not valid dossiers (status \"invalid\" in the output, with the problems).");
            return ExitCodes.InvalidData;
        }

        return ExitCodes.Eligible;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
