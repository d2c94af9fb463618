namespace ThiDua.Rules.Tests.Cli;

/// <summary>Finds <c>samples/data</c> from the test binaries, whatever the current directory is.</summary>
internal static class SampleData
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Path(string fileName) => System.IO.Path.Combine(Folder.Value, fileName);

    public static string Read(string fileName) => File.ReadAllText(Path(fileName));

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ThiDua.Rules.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, "samples", "data");
            }
        }

        throw new DirectoryNotFoundException("No folder above " + AppContext.BaseDirectory + " holds ThiDua.Rules.sln.");
    }
}
