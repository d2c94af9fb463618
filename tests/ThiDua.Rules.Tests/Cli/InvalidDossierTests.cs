using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary>Dossiers that cannot be read or hold impossible values: exit code 65, one "path: reason" line per problem.</summary>
public sealed class InvalidDossierTests
{
    private static CliRun CheckFile(string path) => CliRun.Of("check", path, "--award", "LDTT", "--year", "2021");

    private static string EligibleSampleWith(string oldText, string newText)
    {
        var json = SampleData.Read("eligible-civil-servant.json");
        Assert.Contains(oldText, json, StringComparison.Ordinal);
        return json.Replace(oldText, newText, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedJson_Exits65NamingTheLine()
    {
        using var file = new TempFile("{\n  \"id\": \"X\",\n  \"periods\": [ { \"period\": \"2021\",, } ]\n}\n");

        var run = CheckFile(file.Path);

        run.AssertFailed(ExitCodes.InvalidData);
        Assert.Contains("line 3", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidUtf8InAName_Exits65NamingThePathInsteadOfReplacingTheBytes()
    {
        using var file = new TempFile(string.Empty);
        var json = SampleData.Read("eligible-civil-servant.json");
        var at = json.IndexOf("\"fullName\": \"", StringComparison.Ordinal) + "\"fullName\": \"".Length;
        Assert.True(at > "\"fullName\": \"".Length);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json.Substring(0, at)).Concat(new byte[] { 0xFF, 0xFE }).Concat(System.Text.Encoding.UTF8.GetBytes(json.Substring(at))).ToArray();
        File.WriteAllBytes(file.Path, bytes);

        var run = CheckFile(file.Path);

        run.AssertFailed(ExitCodes.InvalidData);
        Assert.Contains("$.fullName", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EmptyFile_Exits65()
    {
        using var file = new TempFile(string.Empty);

        CheckFile(file.Path).AssertFailed(ExitCodes.InvalidData);
    }

    [Fact]
    public void Run_ThirteenMonthsWorked_Exits65NamingThePath()
    {
        using var file = new TempFile(EligibleSampleWith("\"monthsWorked\": 12", "\"monthsWorked\": 13"));

        var run = CheckFile(file.Path);

        run.AssertFailed(ExitCodes.InvalidData);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("thidua: error: $.periods[0].monthsWorked: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_UnknownAwardCodeInHistory_Exits65NamingThePath()
    {
        using var file = new TempFile(EligibleSampleWith("\"code\": \"LDTT\"", "\"code\": \"HUAN_CHUONG_X\""));

        var run = CheckFile(file.Path);

        run.AssertFailed(ExitCodes.InvalidData);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("thidua: error: $.awardHistory[0].code: ", StringComparison.Ordinal) && l.Contains("HUAN_CHUONG_X", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SeveralImpossibleValues_PrintsOneLinePerProblem()
    {
        var json = EligibleSampleWith("\"monthsWorked\": 12", "\"monthsWorked\": -1")
            .Replace("\"code\": \"LDTT\"", "\"code\": \"NOPE\"", StringComparison.Ordinal);
        using var file = new TempFile(json);

        var run = CheckFile(file.Path);

        run.AssertFailed(ExitCodes.InvalidData);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("thidua: error: $.periods[0].monthsWorked: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("thidua: error: $.awardHistory[0].code: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_MisspeltField_Exits65()
    {
        using var file = new TempFile(EligibleSampleWith("\"fullName\"", "\"fullname\""));

        CheckFile(file.Path).AssertFailed(ExitCodes.InvalidData);
    }

    [Fact]
    public void Run_CheckAllOnImpossibleValue_Exits65()
    {
        using var file = new TempFile(EligibleSampleWith("\"monthsWorked\": 12", "\"monthsWorked\": 13"));

        var run = CliRun.Of("check-all", file.Path, "--year", "2021");

        run.AssertFailed(ExitCodes.InvalidData);
        Assert.Contains("$.periods[0].monthsWorked", run.Stderr, StringComparison.Ordinal);
    }
}
