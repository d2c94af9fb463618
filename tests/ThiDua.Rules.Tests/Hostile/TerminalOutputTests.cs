using System.Text.Json.Nodes;
using ThiDua.Rules.Cli;
using ThiDua.Rules.Tests.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Names and ids come from the dossier. Written raw to a terminal, an escape sequence could clear the screen or
/// rewrite what was printed, and a bidi override could make a line read backwards; the table views show such
/// characters as visible escapes (<c>\u202E</c>). The JSON output keeps the values exactly.
/// </summary>
public sealed class TerminalOutputTests
{
    private const string HostileName = "Nguyễn\u202EVăn\u202C \u001B[2JLan\u0007\r\nFake line\u2066x\u2069\u0085";
    private const string HostileId = "NV\u001B]0;title\u0007-01\u2067";

    private static readonly char[] Unsafe =
    {
        '\u001B', '\u0007', '\u0085', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
    };

    [Theory]
    [InlineData("check", "CSTDCS")]
    [InlineData("check-all", null)]
    public void Run_TableWithHostileNameAndId_EscapesControlAndBidiCharacters(string command, string? award)
    {
        using var file = new TempFile(HostileDossier());
        var args = new List<string> { command, file.Path, "--year", "2021" };
        if (award != null)
        {
            args.AddRange(new[] { "--award", award });
        }

        var run = CliRun.Of(args.ToArray());

        Assert.True(run.ExitCode is ExitCodes.Eligible or ExitCodes.NotEligible or ExitCodes.NeedsInformation, run.Stderr);
        Assert.Equal(-1, run.Stdout.IndexOfAny(Unsafe));
        var header = run.Stdout.Split(Environment.NewLine)[0];
        Assert.Equal(
            "Người được xét: Nguyễn\\u202EVăn\\u202C \\u001B[2JLan\\u0007\\u000D\\u000AFake line\\u2066x\\u2069\\u0085 (NV\\u001B]0;title\\u0007-01\\u2067, cán bộ, công chức, viên chức)",
            header);
    }

    [Fact]
    public void Run_JsonWithHostileId_KeepsTheIdExactly()
    {
        using var file = new TempFile(HostileDossier());

        var run = CliRun.Of("check", file.Path, "--award", "CSTDCS", "--year", "2021", "--format", "json");

        Assert.Equal(HostileId, ThiDuaJson.Read<EligibilityResult>(run.Stdout).DossierId);
    }

    [Fact]
    public void Run_TableWithPlainVietnameseName_IsUnchanged()
    {
        var run = CliRun.Of("check", SampleData.Path("eligible-civil-servant.json"), "--award", "CSTDCS", "--year", "2021");

        Assert.StartsWith("Người được xét: Nguyễn Thị Lan (NV-0001", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("✓", run.Stdout, StringComparison.Ordinal);
    }

    private static string HostileDossier()
    {
        var dossier = JsonNode.Parse(SampleData.Read("eligible-civil-servant.json"))!.AsObject();
        dossier["fullName"] = HostileName;
        dossier["id"] = HostileId;
        return dossier.ToJsonString();
    }
}
