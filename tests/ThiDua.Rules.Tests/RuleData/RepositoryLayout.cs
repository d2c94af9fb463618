namespace ThiDua.Rules.Tests.RuleData;

/// <summary>Paths inside the source repository, found by walking up from the test binaries to ThiDua.Rules.sln.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds ThiDua.Rules.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The embedded rule sets as they are in the source tree (src/ThiDua.Rules/RuleSets).</summary>
    public static string RuleSets => Path.Combine(Root, "src", "ThiDua.Rules", "RuleSets");

    /// <summary>The vn-2013 regime folder in the source tree.</summary>
    public static string Vn2013 => Path.Combine(RuleSets, "vn-2013");

    /// <summary>The sample dossiers (samples/data).</summary>
    public static string SampleData => Path.Combine(Root, "samples", "data");

    /// <summary>The test project's source folder.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "ThiDua.Rules.Tests");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ThiDua.Rules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ThiDua.Rules.sln.");
    }
}
