namespace ThiDua.Rules.Tests.Cli;

/// <summary>A dossier file written to the temp folder for one test and deleted afterwards.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "thidua-cli-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
