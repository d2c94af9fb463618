using System.Globalization;
using System.Text.Json;
using ThiDua.Rules.Cli;
using ThiDua.Rules.Tests.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Batch;

/// <summary>100 000 lines, a few of them malformed (one longer than the document limit), run once and shared.</summary>
public sealed class LargeBatchFixture : IDisposable
{
    public const int Lines = 100_000;

    public LargeBatchFixture()
    {
        Input = new BatchInput(Lines, withTooLongLine: true);
        OutputPath = BatchOutput.TempPath(".jsonl");
        Run = CliRun.Of("batch", Input.Path, "--year", "2021", "--out", OutputPath);
        Records = BatchOutput.Lines(OutputPath);
    }

    internal BatchInput Input { get; }

    internal string OutputPath { get; }

    internal CliRun Run { get; }

    internal string[] Records { get; }

    public void Dispose()
    {
        Input.Dispose();
        File.Delete(OutputPath);
    }
}

/// <summary><c>thidua batch</c> on 100 000 lines: one record per line, in order, checked as the library checks them, resumable.</summary>
public sealed class LargeBatchTests : IClassFixture<LargeBatchFixture>
{
    private readonly LargeBatchFixture _fixture;

    public LargeBatchTests(LargeBatchFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void Batch_100kLinesWithMalformedOnes_WritesOneRecordPerLineInInputOrder()
    {
        Assert.True(_fixture.Run.ExitCode == ExitCodes.InvalidData, _fixture.Run.Stderr);
        Assert.Equal(LargeBatchFixture.Lines, _fixture.Records.Length);
        for (var i = 0; i < _fixture.Records.Length; i++)
        {
            long line = i + 1;
            using var record = JsonDocument.Parse(_fixture.Records[i]);
            var root = record.RootElement;
            Assert.Equal(line, root.GetProperty("line").GetInt64());
            if (_fixture.Input.IsMalformed(line))
            {
                Assert.Equal("invalid", root.GetProperty("status").GetString());
                Assert.All(root.GetProperty("problems").EnumerateArray(), p => Assert.StartsWith("$", p.GetProperty("path").GetString(), StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal("checked", root.GetProperty("status").GetString());
                Assert.Equal(BatchInput.IdOf(line), root.GetProperty("dossierId").GetString());
            }
        }
    }

    [Fact]
    public void Batch_LineLongerThanTheDocumentLimit_IsAnErrorRecordNamingTheLimit()
    {
        using var record = JsonDocument.Parse(_fixture.Records[BatchInput.TooLongLine - 1]);

        var problem = Assert.Single(record.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Contains("ThiDuaLimits.MaxDocumentBytes", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_MalformedLines_NameTheProblemAndItsPlace()
    {
        Assert.Contains("nickname", Reasons(1_234), StringComparison.Ordinal);
        Assert.Contains("id", Reasons(99_999), StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, Reasons(7));
    }

    [Fact]
    public void Batch_SampledLines_HaveTheVerdictsTheLibraryGivesTheirDossiers()
    {
        var sampled = 0;
        for (long line = 1; line <= LargeBatchFixture.Lines; line += 997)
        {
            if (_fixture.Input.IsMalformed(line))
            {
                continue;
            }

            using var record = JsonDocument.Parse(_fixture.Records[line - 1]);
            var expected = ThiDuaRules.Default.CheckAll(_fixture.Input.DossierOf(line), BatchInput.Period);
            Assert.Equal(BatchOutput.ExpectedVerdicts(expected), BatchOutput.Verdicts(record.RootElement));
            sampled++;
        }

        Assert.True(sampled > 90);
    }

    [Fact]
    public void Batch_Summary_CountsLinesAndVerdictsByAward()
    {
        var malformed = _fixture.Input.MalformedCount(withTooLongLine: true);
        var checkedLines = LargeBatchFixture.Lines - malformed;
        Assert.Contains(
            $"{LargeBatchFixture.Lines.ToString("N0", CultureInfo.InvariantCulture)} written ({checkedLines.ToString("N0", CultureInfo.InvariantCulture)} checked, {malformed} invalid, 0 failed)",
            _fixture.Run.Stdout,
            StringComparison.Ordinal);

        // The LDTT row adds up to the records that hold an LDTT result.
        var ldtt = _fixture.Records.Count(r => r.Contains("{\"award\":\"LDTT\"", StringComparison.Ordinal));
        var row = Assert.Single(_fixture.Run.Stdout.Split('\n'), l => l.StartsWith("| LDTT ", StringComparison.Ordinal));
        var counts = row.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)
            .Select(c => int.Parse(c, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.Equal(ldtt, counts.Sum());
    }

    [Fact]
    public void Batch_InterruptedMidLine_ResumesWithoutLosingOrDuplicatingALine()
    {
        var full = File.ReadAllBytes(_fixture.OutputPath);
        var cut = BatchOutput.CutMidLine(full, (int)(full.Length * 9L / 10));
        var linesBefore = cut.AsSpan().Count((byte)'\n');
        var interrupted = BatchOutput.TempPath(".jsonl");
        try
        {
            File.WriteAllBytes(interrupted, cut);

            var run = CliRun.Of("batch", _fixture.Input.Path, "--year", "2021", "--out", interrupted);

            Assert.True(run.ExitCode == ExitCodes.InvalidData, run.Stderr);
            Assert.Equal(full, File.ReadAllBytes(interrupted));
            Assert.Contains($"{linesBefore.ToString("N0", CultureInfo.InvariantCulture)} already in the output (resumed)", run.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(interrupted);
        }
    }

    private string Reasons(long line)
    {
        using var record = JsonDocument.Parse(_fixture.Records[line - 1]);
        Assert.Equal("invalid", record.RootElement.GetProperty("status").GetString());
        return string.Join(" ", record.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString() + ": " + p.GetProperty("reason").GetString()));
    }
}
