namespace ThiDua.Rules.Tests.RuleData;

/// <summary>The dossiers shipped in samples/data and the test's own TestData/dossiers, each with the period to check.</summary>
internal static class SampleDossiers
{
    /// <summary>Test data folder copied next to the test binaries.</summary>
    public static string TestDataFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "dossiers");

    /// <summary>Samples of the other formats in samples/data: collectives' dossiers (a unit, a commune), a nomination list and a household's dossier.</summary>
    public static readonly IReadOnlyList<string> OtherFormats = new[] { "collective-ttldxs.json", "commune-xa-tieu-bieu.json", "nomination-list.json", "household-gdvh.json" };

    /// <summary>Every sample and test dossier file of a person, by full path.</summary>
    public static IEnumerable<string> AllFiles()
        => Directory.EnumerateFiles(RepositoryLayout.SampleData, "*.json")
            .Where(f => !OtherFormats.Contains(Path.GetFileName(f)))
            .Concat(Directory.EnumerateFiles(TestDataFolder, "*.json"))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>xUnit member data: a label for each dossier file (relative to the repository root).</summary>
    public static Xunit.TheoryData<string> Files()
    {
        var rows = new Xunit.TheoryData<string>();
        foreach (var file in AllFiles())
        {
            rows.Add(Label(file));
        }

        return rows;
    }

    /// <summary>The full path of a file named by <see cref="Files"/>.</summary>
    public static string PathOf(string label)
        => label.StartsWith("TestData/", StringComparison.Ordinal)
            ? Path.Combine(AppContext.BaseDirectory, label)
            : Path.Combine(RepositoryLayout.Root, label);

    /// <summary>Reads a dossier named by <see cref="Files"/>.</summary>
    public static IndividualDossier Read(string label) => ThiDuaJson.ReadDossier(File.ReadAllText(PathOf(label)));

    /// <summary>The latest period the dossier has a record for: the one a user of the sample would check.</summary>
    public static AssessmentPeriod LatestPeriod(IndividualDossier dossier)
        => dossier.Periods is { Count: > 0 } periods
            ? periods.Max(p => p.Period)
            : throw new InvalidOperationException($"Dossier {dossier.Id} has no period record to check.");

    /// <summary>The label <see cref="Files"/> uses for a full path.</summary>
    public static string Label(string file)
        => file.StartsWith(TestDataFolder, StringComparison.Ordinal)
            ? "TestData/dossiers/" + Path.GetFileName(file)
            : Path.GetRelativePath(RepositoryLayout.Root, file).Replace('\\', '/');
}
