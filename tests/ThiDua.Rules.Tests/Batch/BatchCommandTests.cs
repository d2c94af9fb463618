using System.Text.Json;
using ThiDua.Rules.Cli;
using ThiDua.Rules.Tests.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Batch;

/// <summary><c>thidua batch</c> on 2 000 lines: CSV, stdout, one award, resuming CSV, refusing another run's output, and lookup errors.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private const int Lines = 2000;
    private readonly BatchInput _input = new(Lines, withTooLongLine: false);
    private readonly List<string> _outputs = new();

    [Fact]
    public void Batch_CsvOutput_HasAHeaderThenOneRowPerLineWithTheLibrarysVerdicts()
    {
        var output = Output(".csv");

        var run = CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);

        Assert.True(run.ExitCode == ExitCodes.InvalidData, run.Stderr);
        var rows = BatchOutput.Lines(output);
        Assert.Equal("line,status,dossierId,period,eligible,notEligible,needsInformation,problems", rows[0]);
        Assert.Equal(Lines + 1, rows.Length);
        for (long line = 1; line <= Lines; line++)
        {
            var fields = rows[line].Split(',', 8);
            Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[0]);
            if (_input.IsMalformed(line))
            {
                Assert.Equal("invalid", fields[1]);
                Assert.StartsWith("$", fields[7].TrimStart('"'), StringComparison.Ordinal);
                continue;
            }

            Assert.Equal("checked", fields[1]);
            if (line % 101 == 0)
            {
                var results = ThiDuaRules.Default.CheckAll(_input.DossierOf(line), BatchInput.Period);
                Assert.Equal(string.Join(" ", results.Where(r => r.Verdict == Verdict.Eligible).Select(r => r.Award)), fields[4]);
                Assert.Equal(string.Join(" ", results.Where(r => r.Verdict == Verdict.NotEligible).Select(r => r.Award)), fields[5]);
                Assert.Equal(string.Join(" ", results.Where(r => r.Verdict == Verdict.NeedsInformation).Select(r => r.Award)), fields[6]);
            }
        }
    }

    [Fact]
    public void Batch_CsvInterruptedMidLine_Resumes()
    {
        var output = Output(".csv");
        CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);
        var full = File.ReadAllBytes(output);
        File.WriteAllBytes(output, BatchOutput.CutMidLine(full, full.Length / 2));

        var run = CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);

        Assert.True(run.ExitCode == ExitCodes.InvalidData, run.Stderr);
        Assert.Equal(full, File.ReadAllBytes(output));
        Assert.Contains("already in the output (resumed)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_CsvInterruptedInTheHeader_StartsOver()
    {
        var output = Output(".csv");
        CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);
        var full = File.ReadAllBytes(output);
        File.WriteAllBytes(output, full.AsSpan(0, 10).ToArray());

        CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);

        Assert.Equal(full, File.ReadAllBytes(output));
    }

    [Fact]
    public void Batch_CompleteOutput_ResumesWithNothingLeftToDo()
    {
        var output = Output(".jsonl");
        CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);
        var full = File.ReadAllBytes(output);

        var run = CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);

        run.AssertSucceeded(ExitCodes.Eligible);
        Assert.Contains("0 written", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(full, File.ReadAllBytes(output));
    }

    [Fact]
    public void Batch_OutputOfAnotherFile_IsRefusedAndLeftAlone()
    {
        var output = Output(".jsonl");
        File.WriteAllText(output, "{\"line\":1,\"status\":\"checked\"}\n{\"note\":\"not a batch record\"}\n");
        var before = File.ReadAllBytes(output);

        var run = CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);

        run.AssertFailed(ExitCodes.Usage);
        Assert.Contains("--overwrite", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(output));
    }

    [Fact]
    public void Batch_OutputWithMoreRecordsThanTheInputHasLines_IsRefused()
    {
        using var shorter = new BatchInput(2, withTooLongLine: false);
        var output = Output(".jsonl");
        CliRun.Of("batch", _input.Path, "--year", "2021", "--out", output);

        var run = CliRun.Of("batch", shorter.Path, "--year", "2021", "--out", output);

        run.AssertFailed(ExitCodes.Usage);
        Assert.Contains("has only 2", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_Overwrite_StartsTheOutputOver()
    {
        using var shorter = new BatchInput(2, withTooLongLine: false);
        var output = Output(".jsonl");
        File.WriteAllText(output, "old content\n");

        var run = CliRun.Of("batch", shorter.Path, "--year", "2021", "--out", output, "--overwrite");

        run.AssertSucceeded(ExitCodes.Eligible);
        Assert.Equal(2, BatchOutput.Lines(output).Length);
    }

    [Fact]
    public void Batch_WithoutOut_WritesRecordsToStdoutAndTheSummaryToStderrWithoutProgress()
    {
        using var shorter = new BatchInput(5, withTooLongLine: false);

        var run = CliRun.Of("batch", shorter.Path, "--year", "2021");

        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        var records = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, records.Length);
        Assert.All(records, r => JsonDocument.Parse(r).Dispose());
        Assert.Contains("5 written (4 checked, 1 invalid, 0 failed)", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_OneAward_ChecksOnlyThatAward()
    {
        var output = Output(".jsonl");

        CliRun.Of("batch", _input.Path, "--year", "2021", "--award", "CSTDCS", "--out", output);

        var records = BatchOutput.Lines(output).Select(l => JsonDocument.Parse(l).RootElement).Where(r => r.GetProperty("status").GetString() == "checked").ToList();
        Assert.Equal(Lines - _input.MalformedCount(withTooLongLine: false), records.Count);
        Assert.All(records, r => Assert.Equal("CSTDCS", Assert.Single(r.GetProperty("results").EnumerateArray()).GetProperty("award").GetString()));
    }

    [Fact]
    public void Batch_SeveralAwards_ChecksThoseAwardsInCatalogueOrder()
    {
        var output = Output(".jsonl");

        CliRun.Of("batch", _input.Path, "--year", "2021", "--award", "CSTDCS, LDTT", "--out", output);

        var records = BatchOutput.Lines(output).Select(l => JsonDocument.Parse(l).RootElement).Where(r => r.GetProperty("status").GetString() == "checked").ToList();
        Assert.Equal(Lines - _input.MalformedCount(withTooLongLine: false), records.Count);
        Assert.All(records, r => Assert.Equal(new[] { "LDTT", "CSTDCS" }, r.GetProperty("results").EnumerateArray().Select(a => a.GetProperty("award").GetString())));
    }

    [Theory]
    [InlineData("--award", "NO_SUCH_AWARD", ExitCodes.UnknownAwardOrRegime)]
    [InlineData("--award", "LDTT,NO_SUCH_AWARD", ExitCodes.UnknownAwardOrRegime)]
    [InlineData("--award", "LDTT,TTLDXS", ExitCodes.UnknownAwardOrRegime)]
    [InlineData("--award", ",", ExitCodes.Usage)]
    [InlineData("--year", "1990", ExitCodes.PeriodNotCovered)]
    [InlineData("--out", "results.txt", ExitCodes.Usage)]
    public void Batch_SettledFailures_FailBeforeWritingAnything(string option, string value, int exitCode)
    {
        var args = new List<string> { "batch", _input.Path, option, option == "--out" ? Output(".txt") : value };
        if (option != "--year")
        {
            args.AddRange(new[] { "--year", "2021" });
        }

        var run = CliRun.Of(args.ToArray());

        run.AssertFailed(exitCode);
        Assert.False(File.Exists(Output(".jsonl")));
    }

    [Fact]
    public void Batch_BundledSample_ChecksEveryLineButTheMalformedFourth()
    {
        var output = Output(".jsonl");

        var run = CliRun.Of("batch", SampleData.Path("dossiers-2021.jsonl"), "--year", "2021", "--out", output);

        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        var statuses = BatchOutput.Lines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()).ToList();
        Assert.Equal(new[] { "checked", "checked", "checked", "invalid", "checked", "checked" }, statuses);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("\n", "invalid")]
    [InlineData("{}\n{}", "checked checked")]
    [InlineData("{}\r\n\r\n{}\r\n", "checked invalid checked")]
    public void Batch_LineEndings_OneRecordPerLineAndNoneForAnEmptyEnd(string content, string statuses)
    {
        using var input = new TempFile(content);
        var output = Output(".jsonl");

        CliRun.Of("batch", input.Path, "--year", "2021", "--out", output);

        var text = File.ReadAllText(output);
        var records = text.Length == 0 ? Array.Empty<string>() : BatchOutput.Lines(output);
        Assert.Equal(statuses, string.Join(" ", records.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("status").GetString())));
    }

    [Fact]
    public void Batch_MissingInputFile_Exits66()
    {
        CliRun.Of("batch", _input.Path + ".missing", "--year", "2021").AssertFailed(ExitCodes.FileNotFound);
    }

    public void Dispose()
    {
        _input.Dispose();
        foreach (var output in _outputs)
        {
            File.Delete(output);
        }
    }

    private string Output(string extension)
    {
        var path = BatchOutput.TempPath(extension);
        _outputs.Add(path);
        return path;
    }
}
