using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

public sealed class ShippedRuleSetTests
{
    public static Xunit.TheoryData<string> Dossiers => SampleDossiers.Files();

    [Fact]
    public void Default_EmbeddedRuleSets_LoadOneRegimePerShippedFolder()
    {
        var folders = Directory.EnumerateDirectories(RepositoryLayout.RuleSets).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        var regimes = ThiDuaRules.Default.Catalog.Regimes.Select(r => r.Id).Order(StringComparer.Ordinal);

        Assert.Equal(folders, regimes);
    }

    [Fact]
    public void Default_EmbeddedRuleSets_DefineTheAwardsRegimeJsonLists()
    {
        foreach (var folder in Directory.EnumerateDirectories(RepositoryLayout.RuleSets))
        {
            var regimeJson = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "regime.json")))!;
            var listed = regimeJson["awards"]!.AsArray().Select(a => (string)a!).ToList();

            var loaded = ThiDuaRules.Default.Catalog.GetAwards(Path.GetFileName(folder)).Select(a => a.Code).ToList();

            Assert.Equal(listed, loaded);
        }
    }

    [Fact]
    public void CreateChecker_DirectoryCopyOfShippedRuleSets_Loads()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();

        var checker = workspace.CreateChecker();

        Assert.Equal(ThiDuaRules.Default.Catalog.Regimes.Select(r => r.Id), checker.Catalog.Regimes.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Dossiers))]
    public void Check_DirectoryCopyOfShippedRuleSets_GivesTheSameResultsAsEmbedded(string dossierFile)
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var fromDirectory = workspace.CreateChecker();
        var embedded = ThiDuaRules.Default;
        var dossier = SampleDossiers.Read(dossierFile);
        var period = SampleDossiers.LatestPeriod(dossier);
        var regime = embedded.Catalog.ResolveRegime(period).Id;

        foreach (var award in embedded.Catalog.GetAwards(regime).Where(a => a.Subject == AwardSubject.Individual))
        {
            var request = new EligibilityRequest(award.Code, dossier, period);
            Assert.Equal(ThiDuaJson.Write(embedded.Check(request)), ThiDuaJson.Write(fromDirectory.Check(request)));
        }

        Assert.Equal(ThiDuaJson.Write(embedded.CheckAll(dossier, period)), ThiDuaJson.Write(fromDirectory.CheckAll(dossier, period)));
    }

    [Fact]
    public void CheckCollectiveAndValidateList_DirectoryCopyOfShippedRuleSets_GiveTheSameResultsAsEmbedded()
    {
        using var workspace = RuleSetWorkspace.CopyOfShipped();
        var fromDirectory = workspace.CreateChecker();
        var collective = new CollectiveEligibilityRequest(AwardCodes.ExcellentLabourCollective, ThiDuaJson.ReadCollective(File.ReadAllText(Path.Combine(RepositoryLayout.SampleData, "collective-ttldxs.json"))), AssessmentPeriod.CalendarYear(2021));
        var list = ThiDuaJson.ReadNominationList(File.ReadAllText(Path.Combine(RepositoryLayout.SampleData, "nomination-list.json")));

        Assert.Equal(ThiDuaJson.Write(ThiDuaRules.Default.CheckCollective(collective)), ThiDuaJson.Write(fromDirectory.CheckCollective(collective)));
        Assert.Equal(ThiDuaJson.Write(ThiDuaRules.Default.ValidateList(list)), ThiDuaJson.Write(fromDirectory.ValidateList(list)));
    }
}
