using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.RuleData;

/// <summary>An award whose only rule is a prerequisite has no expression for the engine; it must still load and check.</summary>
public sealed class PrerequisiteOnlyAwardTests
{
    [Fact]
    public void CreateChecker_AwardWithOnlyAPrerequisiteRule_LoadsAndChecks()
    {
        var files = RuleSetSource.Embedded.ReadFiles().ToList();
        var regimeIndex = files.FindIndex(f => f.Key == "vn-2013/regime.json");
        var regime = JsonNode.Parse(files[regimeIndex].Value)!.AsObject();
        regime["awards"]!.AsArray().Add("LOCAL_ONLY_PREREQ");
        files[regimeIndex] = new KeyValuePair<string, string>(files[regimeIndex].Key, regime.ToJsonString());
        files.Add(new KeyValuePair<string, string>("vn-2013/awards/LOCAL_ONLY_PREREQ.json", """
            {
              "schemaVersion": 1, "code": "LOCAL_ONLY_PREREQ",
              "name": { "vi": "Danh hiệu thử", "en": "Test title" },
              "subject": "individual", "category": "emulationTitle", "cadence": "annual", "eligibleCategories": [],
              "rules": [ {
                "id": "LOCAL_ONLY_PREREQ.ADVANCED_STANDARD",
                "description": { "vi": "Đạt tiêu chuẩn Lao động tiên tiến.", "en": "Meets the Advanced Worker standard." },
                "prerequisite": ["LDTT", "CSTT"],
                "citations": [ { "document": "ND91_2017", "article": 9, "clause": 3, "point": "a" } ],
                "messages": { "met": { "vi": "Đạt {prerequisite}.", "en": "Meets {prerequisite}." }, "notMet": { "vi": "Chưa đạt {prerequisite}.", "en": "Does not meet {prerequisite}." } }
              } ]
            }
            """));

        var checker = ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = RuleSetSource.FromFiles("test rule sets", files) });
        var dossier = new IndividualDossier { Category = PersonnelCategory.CivilServant, AwardHistory = new[] { new AwardRecord { Code = "LDTT", Period = AssessmentPeriod.CalendarYear(2021) } } };

        var result = checker.Check(new EligibilityRequest("LOCAL_ONLY_PREREQ", dossier, AssessmentPeriod.CalendarYear(2021)));

        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Equal(ConditionOutcome.Met, Assert.Single(result.Conditions).Outcome);
    }
}
