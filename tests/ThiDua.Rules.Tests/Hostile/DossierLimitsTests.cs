using System.Text;
using Microsoft.Extensions.Options;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// The limits a host sets on dossiers read as JSON (defect 7), the UTF-8 byte and stream overloads that honour them
/// (defect 8) and a 50 MB document refused early (defect 9).
/// </summary>
public sealed class DossierLimitsTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    private static InvalidDossierException ReadFails(string json, ThiDuaLimits limits)
        => Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json, limits));

    private static string Repeat(string item, int count) => string.Join(",", Enumerable.Repeat(item, count));

    [Fact]
    public void Limits_Defaults_AreTheDocumentedOnes()
    {
        var limits = new ThiDuaLimits();

        Assert.Equal(1024 * 1024, limits.MaxDocumentBytes);
        Assert.Equal(16, limits.MaxDepth);
        Assert.Equal(200, limits.MaxPeriods);
        Assert.Equal(500, limits.MaxAwardHistoryEntries);
        Assert.Equal(1000, limits.MaxInitiatives);
        Assert.Equal(200, limits.MaxDisciplines);
        Assert.Equal(200, limits.MaxProceedings);
        Assert.Equal(100, limits.MaxLeavesPerPeriod);
        Assert.Equal(100, limits.MaxBallotsPerPeriod);
        Assert.Equal(1000, limits.MaxStringLength);
        Assert.NotNull(new ThiDuaRulesOptions().Limits);
    }

    [Fact]
    public void ReadDossier_FiftyMegabyteStream_StopsReadingJustPastTheLimit()
    {
        using var stream = new CountingStream(FiftyMegabytes, canSeek: false);

        var problem = Assert.Single(Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(stream)).Problems);

        Assert.Equal("$", problem.Path);
        Assert.Contains("MaxDocumentBytes", problem.Reason, StringComparison.Ordinal);
        Assert.InRange(stream.BytesRead, 1024 * 1024 + 1, 1024 * 1024 + 1);
    }

    [Fact]
    public void ReadDossier_FiftyMegabyteSeekableStream_IsRefusedWithoutReadingIt()
    {
        using var stream = new CountingStream(FiftyMegabytes, canSeek: true);

        Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(stream));

        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void ReadDossier_FiftyMegabyteBytes_IsRefusedBySizeLimit()
    {
        var bytes = new byte[FiftyMegabytes];
        bytes.AsSpan().Fill((byte)' ');

        var problem = Assert.Single(Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(bytes)).Problems);

        Assert.Contains("MaxDocumentBytes", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_DocumentJustOverAHostLimit_IsRefusedAndJustUnderIsRead()
    {
        var json = """{ "id": "X" }""";
        var limits = new ThiDuaLimits { MaxDocumentBytes = Encoding.UTF8.GetByteCount(json) };

        Assert.Equal("X", ThiDuaJson.ReadDossier(json, limits).Id);
        Assert.Equal("X", ThiDuaJson.ReadDossier(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits).Id);
        Assert.Contains("MaxDocumentBytes", Assert.Single(ReadFails(json + " ", limits).Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_MultiByteTextOverTheByteLimit_IsRefused()
    {
        // 25 characters, 45 bytes of UTF-8 ('ễ' takes three): the limit is in bytes.
        var json = "{\"fullName\":\"" + new string('ễ', 10) + "\"}";
        var limits = new ThiDuaLimits { MaxDocumentBytes = json.Length + 5 };

        Assert.Contains("MaxDocumentBytes", Assert.Single(ReadFails(json, limits).Problems).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("periods", """{ "period": "2021" }""", nameof(ThiDuaLimits.MaxPeriods))]
    [InlineData("awardHistory", """{ "code": "LDTT", "period": "2020" }""", nameof(ThiDuaLimits.MaxAwardHistoryEntries))]
    [InlineData("initiatives", """{ "kind": "initiative", "scope": "unit", "period": "2021" }""", nameof(ThiDuaLimits.MaxInitiatives))]
    [InlineData("disciplines", """{ "form": "reprimand", "decisionDate": "2021-01-01" }""", nameof(ThiDuaLimits.MaxDisciplines))]
    [InlineData("proceedings", """{ "kind": "investigation", "openedOn": "2021-01-01" }""", nameof(ThiDuaLimits.MaxProceedings))]
    public void ReadDossier_TopLevelListOverItsLimit_IsRefusedNamingTheLimit(string list, string entry, string limit)
    {
        var limits = new ThiDuaLimits();
        typeof(ThiDuaLimits).GetProperty(limit)!.SetValue(limits, 3);

        ThiDuaJson.ReadDossier($$"""{ "{{list}}": [ {{Repeat(entry, 3)}} ] }""", limits);
        var problem = Assert.Single(ReadFails($$"""{ "{{list}}": [ {{Repeat(entry, 4)}} ] }""", limits).Problems);

        Assert.Equal("$." + list, problem.Path);
        Assert.Contains("ThiDuaLimits." + limit + " (3)", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leaves", """{ "kind": "sickness" }""", nameof(ThiDuaLimits.MaxLeavesPerPeriod))]
    [InlineData("ballots", """{ "award": "CSTD_BO_TINH", "councilMembers": 10, "votesInFavour": 9 }""", nameof(ThiDuaLimits.MaxBallotsPerPeriod))]
    public void ReadDossier_ListOfAPeriodOverItsLimit_IsRefusedNamingTheLimit(string list, string entry, string limit)
    {
        var limits = new ThiDuaLimits();
        typeof(ThiDuaLimits).GetProperty(limit)!.SetValue(limits, 2);

        var problem = Assert.Single(ReadFails($$"""{ "periods": [ { "period": "2021", "{{list}}": [ {{Repeat(entry, 3)}} ] } ] }""", limits).Problems);

        Assert.Equal("$.periods[0]." + list, problem.Path);
        Assert.Contains("ThiDuaLimits." + limit + " (2)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_ListOverTheDefaultLimit_StopsThere()
    {
        var json = "{\"disciplines\":[" + Repeat("""{ "form": "reprimand", "decisionDate": "2021-01-01" }""", 201) + "]}";

        var problem = Assert.Single(Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json)).Problems);

        Assert.Equal("$.disciplines", problem.Path);
        Assert.Contains("ThiDuaLimits.MaxDisciplines (200)", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(100_000)]
    public void ReadDossier_NestingDeeperThanTheLimit_IsRefusedWithoutStackOverflow(int depth)
    {
        var json = "{\"fullName\":" + new string('[', depth) + new string(']', depth) + "}";

        var problem = Assert.Single(Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json)).Problems, p => p.Reason.Contains("MaxDepth", StringComparison.Ordinal));

        Assert.StartsWith("$.fullName", problem.Path, StringComparison.Ordinal);
        Assert.Contains("(16)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_TheFormatsOwnFiveLevels_FitTheSmallestDepthLimit()
    {
        var json = """{ "periods": [ { "period": "2021", "leaves": [ { "kind": "training", "courseMonths": 3 } ], "attestations": { "activeStudy": true } } ] }""";

        var dossier = ThiDuaJson.ReadDossier(json, new ThiDuaLimits { MaxDepth = ThiDuaLimits.MinDepth });

        Assert.Equal(3, dossier.Periods![0].Leaves![0].CourseMonths);
    }

    [Fact]
    public void ReadDossier_TextLongerThanTheLimit_IsRefusedWithItsPath()
    {
        var limits = new ThiDuaLimits { MaxStringLength = 10 };

        ThiDuaJson.ReadDossier("""{ "fullName": "0123456789" }""", limits);
        var problem = Assert.Single(ReadFails("""{ "fullName": "0123456789A" }""", limits).Problems);

        Assert.Equal("$.fullName", problem.Path);
        Assert.Contains("ThiDuaLimits.MaxStringLength (10)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_ThousandsOfProblems_ListsAHundredAndStops()
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"x{i}\":1")) + "}";

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json));

        Assert.Equal(101, error.Problems.Count);
        Assert.Contains("first 100", error.Problems[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_InvalidUtf8Bytes_AreRefusedWithTheirPath()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"fullName\":\"Nguy__n\"}");
        var at = Array.IndexOf(bytes, (byte)'_');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var problem = Assert.Single(Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(bytes)).Problems);

        Assert.Equal("$.fullName", problem.Path);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void ReadDossier_BytesWithByteOrderMarkAndStream_ReadLikeTheString(string file)
    {
        var text = File.ReadAllText(SampleDossiers.PathOf(file));
        var expected = ThiDuaJson.Write(ThiDuaJson.ReadDossier(text));
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal(expected, ThiDuaJson.Write(ThiDuaJson.ReadDossier(withBom)));
        Assert.Equal(expected, ThiDuaJson.Write(ThiDuaJson.ReadDossier(new CountingStream(Encoding.UTF8.GetBytes(text)))));
    }

    public static TheoryData<string> SampleFiles => SampleDossiers.Files();

    [Fact]
    public void ReadDossier_NullArguments_AreArgumentNullExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => ThiDuaJson.ReadDossier((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => ThiDuaJson.ReadDossier("{}", null!));
        Assert.Throws<ArgumentNullException>(() => ThiDuaJson.ReadDossier("{}"u8, null!));
    }

    [Theory]
    [InlineData(nameof(ThiDuaLimits.MaxDocumentBytes), 0)]
    [InlineData(nameof(ThiDuaLimits.MaxDocumentBytes), int.MaxValue)]
    [InlineData(nameof(ThiDuaLimits.MaxDepth), 4)]
    [InlineData(nameof(ThiDuaLimits.MaxDepth), 257)]
    [InlineData(nameof(ThiDuaLimits.MaxPeriods), 0)]
    [InlineData(nameof(ThiDuaLimits.MaxAwardHistoryEntries), -1)]
    [InlineData(nameof(ThiDuaLimits.MaxInitiatives), 0)]
    [InlineData(nameof(ThiDuaLimits.MaxDisciplines), 0)]
    [InlineData(nameof(ThiDuaLimits.MaxProceedings), 0)]
    [InlineData(nameof(ThiDuaLimits.MaxLeavesPerPeriod), 0)]
    [InlineData(nameof(ThiDuaLimits.MaxBallotsPerPeriod), 0)]
    [InlineData(nameof(ThiDuaLimits.MaxStringLength), 0)]
    public void Limits_UnusableValue_IsRefusedByTheOptionsValidatorAndByReadDossier(string limit, int value)
    {
        var limits = new ThiDuaLimits();
        typeof(ThiDuaLimits).GetProperty(limit)!.SetValue(limits, value);

        var result = new ThiDuaRulesOptionsValidator().Validate(null, new ThiDuaRulesOptions { Limits = limits });
        var error = Assert.Throws<ArgumentException>(() => ThiDuaJson.ReadDossier("{}", limits));

        Assert.True(result.Failed);
        Assert.Contains("ThiDuaLimits." + limit, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ThiDuaLimits." + limit, error.Message, StringComparison.Ordinal);
        Assert.Equal("limits", error.ParamName);
    }

    [Fact]
    public void Limits_Null_IsRefusedByTheOptionsValidator()
    {
        var result = new ThiDuaRulesOptionsValidator().Validate(null, new ThiDuaRulesOptions { Limits = null! });

        Assert.True(result.Failed);
        Assert.Contains("Limits", result.FailureMessage, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Limits = null! }));
    }

    [Fact]
    public void Limits_Defaults_PassTheOptionsValidator()
    {
        Assert.True(new ThiDuaRulesOptionsValidator().Validate(null, new ThiDuaRulesOptions()).Succeeded);
    }

    /// <summary>A stream of spaces (or given bytes) that counts what is read from it.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly byte[]? _content;
        private readonly long _length;
        private readonly bool _canSeek;

        public CountingStream(long length, bool canSeek)
        {
            _length = length;
            _canSeek = canSeek;
        }

        public CountingStream(byte[] content)
        {
            _content = content;
            _length = content.Length;
        }

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => _canSeek;

        public override bool CanWrite => false;

        public override long Length => _canSeek ? _length : throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _length - BytesRead);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = _content == null ? (byte)' ' : _content[BytesRead + i];
            }

            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
