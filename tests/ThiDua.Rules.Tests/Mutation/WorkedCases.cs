namespace ThiDua.Rules.Tests.Mutation;

/// <summary>The worked examples of every regime copied to the test output folder (<c>Cases/&lt;regime&gt;/&lt;AWARD&gt;/*.json</c>).</summary>
internal static class WorkedCases
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Cases");

    /// <summary>The cases with an expected verdict; files whose expectation is something else (an error) are listed in <paramref name="skipped"/>.</summary>
    public static IReadOnlyList<WorkedCase> Load(out IReadOnlyList<string> skipped)
    {
        var cases = new List<WorkedCase>();
        var others = new List<string>();
        skipped = others;
        if (!Directory.Exists(Folder))
        {
            return cases;
        }

        foreach (var file in Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(AppContext.BaseDirectory, file);
            var json = File.ReadAllText(file);
            if (WorkedCase.HasExpectedVerdict(json))
            {
                cases.Add(WorkedCase.Read(name, json));
            }
            else
            {
                others.Add(name);
            }
        }

        return cases;
    }
}
