using System.Diagnostics;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Rule folders holding things that are not rule files under a rule file's name: a broken link, a link to an endless
/// device, a named pipe, an oversized file. Each is refused as invalid rule data naming the file and the reason,
/// without blocking, exhausting memory or escaping as a raw I/O exception. (These tests create links and pipes, so
/// they run where that is possible: Linux and macOS.)
/// </summary>
public sealed class RuleFolderTests
{
    private const string Cstt = "vn-2013/awards/CSTT.json";
    private const string Extra = "vn-2013/awards/EXTRA.json";

    [Fact]
    public void CreateChecker_DanglingSymbolicLink_IsRefusedNamingTheFile()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        File.CreateSymbolicLink(workspace.PathOf(Extra), workspace.PathOf("vn-2013/awards/NOWHERE.json"));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Extra, null, "symbolic link");
    }

    [Fact]
    public void CreateChecker_LinkToDevZero_IsRefusedWithoutReadingIt()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        File.CreateSymbolicLink(workspace.PathOf(Extra), "/dev/zero");

        var failure = RunBounded(workspace.LoadFailure);

        ProblemAssert.Has(failure, Extra, null, "not a regular file");
    }

    [Fact]
    public void CreateChecker_NamedPipeCalledJson_IsRefusedWithoutOpeningIt()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var fifo = workspace.PathOf(Extra);
        MakeFifo(fifo);

        // Should the load block opening the pipe, opening it for writing as well lets the reader go.
        var failure = RunBounded(workspace.LoadFailure, release: () => new FileStream(fifo, FileMode.Open, FileAccess.Write).Dispose());

        ProblemAssert.Has(failure, Extra, null, "not a regular file");
    }

    [Fact]
    public void CreateChecker_SymbolicLinkToARegularRuleFile_IsRead()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var real = Path.Combine(workspace.Root, "CSTT.json.real");
        File.Move(workspace.PathOf(Cstt), real);
        File.CreateSymbolicLink(workspace.PathOf(Cstt), real);

        var checker = workspace.CreateChecker();

        Assert.True(checker.Catalog.TryGetAward("vn-2013", "CSTT", out _));
    }

    [Fact]
    public void CreateChecker_FileOverTheSizeLimit_IsRefusedNamingTheLimit()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var text = File.ReadAllText(workspace.PathOf(Cstt));
        workspace.WriteText(Cstt, text + new string(' ', (int)RuleSetSource.DefaultMaxFileBytes));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Cstt, null, RuleSetSource.DefaultMaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CreateChecker_SmallerLimitGiven_RefusesALargerFile()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();

        var failure = Assert.Throws<RuleSetValidationException>(
            () => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = RuleSetSource.FromDirectory(workspace.Root, 100) }));

        ProblemAssert.Has(failure, Cstt, null, "at most 100 bytes");
    }

    [Fact]
    public void CreateChecker_SymbolicLinkLoop_IsAProblemNotARawIOException()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var other = workspace.PathOf("vn-2013/awards/OTHER.json");
        File.CreateSymbolicLink(workspace.PathOf(Extra), other);
        File.CreateSymbolicLink(other, workspace.PathOf(Extra));

        var failure = workspace.LoadFailure();

        ProblemAssert.Has(failure, Extra, null, "symbolic link");
        ProblemAssert.Has(failure, "vn-2013/awards/OTHER.json", null, "symbolic link");
    }

    [Fact]
    public void CreateChecker_LinkedFolderLoop_IsReportedNotFollowed()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        Directory.CreateSymbolicLink(workspace.PathOf("vn-2013/shared/loop"), workspace.Root);

        var failure = RunBounded(workspace.LoadFailure);

        ProblemAssert.Has(failure, "vn-2013/shared/loop", null, "symbolic link");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>
    /// Runs <paramref name="load"/> on another thread so that a load that blocks (opening a pipe no one writes to)
    /// fails the test instead of hanging the run. The bound is a hang detector, not a timing assertion.
    /// </summary>
    private static RuleSetValidationException RunBounded(Func<RuleSetValidationException> load, Action? release = null)
    {
        var task = Task.Factory.StartNew(load, TaskCreationOptions.LongRunning);
        if (!task.Wait(TimeSpan.FromMinutes(2)))
        {
            release?.Invoke();
            Assert.Fail("loading the rule folder did not finish: it blocked on a file");
        }

        return task.Result;
    }
}
