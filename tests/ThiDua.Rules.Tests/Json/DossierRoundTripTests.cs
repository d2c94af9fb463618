using System.Text.Json.Nodes;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Json;

public sealed class DossierRoundTripTests
{
    public static TheoryData<string> Dossiers => SampleDossiers.Files();

    public static TheoryData<string> OwnTestDossiers
    {
        get
        {
            var rows = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(SampleDossiers.TestDataFolder, "*.json").Order(StringComparer.Ordinal))
            {
                rows.Add("TestData/dossiers/" + Path.GetFileName(file));
            }

            return rows;
        }
    }

    [Fact]
    public void Samples_DataFolder_HasDossiers()
    {
        Assert.NotEmpty(Directory.EnumerateFiles(RepositoryLayout.SampleData, "*.json"));
    }

    [Theory]
    [MemberData(nameof(Dossiers))]
    public void Write_ReadDossierOfFile_IsStableAcrossASecondRoundTrip(string file)
    {
        var first = ThiDuaJson.Write(ThiDuaJson.ReadDossier(File.ReadAllText(SampleDossiers.PathOf(file))));

        var second = ThiDuaJson.Write(ThiDuaJson.ReadDossier(first));

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Dossiers))]
    public void Write_ReadDossierOfFile_CompactAndIndentedReadBackAlike(string file)
    {
        var dossier = ThiDuaJson.ReadDossier(File.ReadAllText(SampleDossiers.PathOf(file)));

        var compact = ThiDuaJson.Write(dossier, indented: false);

        Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
        Assert.Equal(ThiDuaJson.Write(dossier), ThiDuaJson.Write(ThiDuaJson.ReadDossier(compact)));
    }

    [Theory]
    [MemberData(nameof(OwnTestDossiers))]
    public void Write_ReadDossierOfFile_KeepsEveryValueOfTheFile(string file)
    {
        // These files are written in the library's canonical form (no nulls, ISO dates), so nothing may be lost.
        var original = JsonNode.Parse(File.ReadAllText(SampleDossiers.PathOf(file)));

        var written = JsonNode.Parse(ThiDuaJson.Write(ThiDuaJson.ReadDossier(original!.ToJsonString())));

        Assert.True(JsonNode.DeepEquals(original, written), $"Round trip changed {file}:\n{written}");
    }
}
