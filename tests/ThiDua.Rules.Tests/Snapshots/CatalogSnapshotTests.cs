using Xunit;

namespace ThiDua.Rules.Tests.Snapshots;

public sealed class CatalogSnapshotTests
{
    public static TheoryData<string> RegimeIds
    {
        get
        {
            var ids = new TheoryData<string>();
            foreach (var regime in ThiDuaRules.Default.Catalog.Regimes)
            {
                ids.Add(regime.Id);
            }

            return ids;
        }
    }

    [Theory]
    [MemberData(nameof(RegimeIds))]
    public void Catalog_EmbeddedRegime_MatchesVerifiedSnapshot(string regimeId)
    {
        var text = CatalogText.Write(ThiDuaRules.Default.Catalog, regimeId);

        SnapshotFile.Verify("catalog." + regimeId, text);
    }

    [Fact]
    public void Catalog_Vn2013_HasAVerifiedSnapshot()
    {
        // The theory above only runs for regimes that load; this keeps the shipped regime's snapshot from vanishing.
        Assert.True(File.Exists(Path.Combine(SnapshotFile.Folder, "catalog.vn-2013.verified.txt")));
    }
}
