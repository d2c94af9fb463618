using System.Text.Json.Nodes;
using Xunit;

namespace ThiDua.Rules.Tests.Json;

public sealed class JsonFormatTests
{
    private static IndividualDossier Dossier() => new()
    {
        Id = "F-1",
        Category = PersonnelCategory.ArmedForces,
        RecruitmentDate = new DateTime(2015, 3, 1),
        Periods = new[]
        {
            new PeriodRecord
            {
                Period = AssessmentPeriod.SchoolYear(2021, 7),
                MonthsWorked = 9,
                TaskRating = TaskRating.CompletedWell,
                Leaves = new[] { new LeaveRecord { Kind = LeaveKind.BraveActInjury, Months = 2 }, new LeaveRecord { Kind = LeaveKind.Training, Months = 1, CourseMonths = 1, Result = StudyResult.VeryGood } },
            },
        },
        AwardHistory = new[] { new AwardRecord { Code = "CSTDCS", Period = AssessmentPeriod.CalendarYear(2020), DecisionDate = new DateTime(2021, 1, 5) } },
        Disciplines = new[] { new DisciplineRecord { Form = DisciplineForm.SalaryReduction, DecisionDate = new DateTime(2019, 11, 30) } },
        Proceedings = new[] { new ProceedingRecord { Kind = ProceedingKind.ComplaintVerification, OpenedOn = new DateTime(2021, 2, 1), ClosedOn = new DateTime(2021, 2, 28) } },
        Initiatives = new[] { new InitiativeRecord { Kind = InitiativeKind.CombatCreativity, Scope = InitiativeScope.MinistryOrProvince, Period = AssessmentPeriod.CalendarYear(2021) } },
    };

    [Fact]
    public void Write_Dossier_WritesEnumsAsCamelCaseStrings()
    {
        var json = JsonNode.Parse(ThiDuaJson.Write(Dossier()))!;

        Assert.Equal("armedForces", (string?)json["category"]);
        Assert.Equal("completedWell", (string?)json["periods"]![0]!["taskRating"]);
        Assert.Equal("braveActInjury", (string?)json["periods"]![0]!["leaves"]![0]!["kind"]);
        Assert.Equal("veryGood", (string?)json["periods"]![0]!["leaves"]![1]!["result"]);
        Assert.Equal("salaryReduction", (string?)json["disciplines"]![0]!["form"]);
        Assert.Equal("complaintVerification", (string?)json["proceedings"]![0]!["kind"]);
        Assert.Equal("combatCreativity", (string?)json["initiatives"]![0]!["kind"]);
        Assert.Equal("ministryOrProvince", (string?)json["initiatives"]![0]!["scope"]);
    }

    [Fact]
    public void Write_Dossier_WritesDatesAsIsoDaysAndPeriodsAsText()
    {
        var json = JsonNode.Parse(ThiDuaJson.Write(Dossier()))!;

        Assert.Equal("2015-03-01", (string?)json["recruitmentDate"]);
        Assert.Equal("2021-01-05", (string?)json["awardHistory"]![0]!["decisionDate"]);
        Assert.Equal("2019-11-30", (string?)json["disciplines"]![0]!["decisionDate"]);
        Assert.Equal("2021-02-28", (string?)json["proceedings"]![0]!["closedOn"]);
        Assert.Equal("2021-2022@07", (string?)json["periods"]![0]!["period"]);
        Assert.Equal("2020", (string?)json["awardHistory"]![0]!["period"]);
    }

    [Fact]
    public void Write_Dossier_UsesCamelCaseNamesAndOmitsNulls()
    {
        var json = JsonNode.Parse(ThiDuaJson.Write(Dossier()))!.AsObject();

        Assert.Contains("recruitmentDate", json.Select(p => p.Key));
        Assert.Contains("awardHistory", json.Select(p => p.Key));
        Assert.DoesNotContain("fullName", json.Select(p => p.Key));
        Assert.All(json, p => Assert.True(char.IsLower(p.Key[0]), p.Key));
    }

    [Fact]
    public void Write_Result_WritesVerdictOutcomeAndPeriodAsStrings()
    {
        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, new IndividualDossier { Category = PersonnelCategory.Worker }, AssessmentPeriod.CalendarYear(2021)));

        var json = JsonNode.Parse(ThiDuaJson.Write(result))!;

        Assert.Equal("needsInformation", (string?)json["verdict"]);
        Assert.Equal("2021", (string?)json["period"]);
        Assert.Equal("vn-2013", (string?)json["regimeId"]);
        var outcomes = json["conditions"]!.AsArray().Select(c => (string?)c!["outcome"]).ToHashSet();
        Assert.Contains("met", outcomes);
        Assert.Contains("unknown", outcomes);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "met", "notMet", "unknown" }));
    }

    [Fact]
    public void Write_Citation_WritesDocumentDatesAsIsoDays()
    {
        var award = ThiDuaRules.Default.Catalog.GetAward("vn-2013", "LDTT");

        var json = JsonNode.Parse(ThiDuaJson.Write(award.Conditions[0].Citations[0]))!;

        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", (string?)json["document"]!["effectiveFrom"]);
        Assert.Equal("law", (string?)json["document"]!["kind"]);
    }
}
