using ThiDua.Rules.Tests.Dossiers;
using Xunit;
using Xunit.Sdk;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Regressions of issue 13 that need no new API: each test failed before its fix (a silent wrong answer, a crash with
/// the wrong exception, or only the first problem reported) and names the defect it pins.
/// </summary>
public sealed class HostileInputRegressionTests
{
    private const string DismissedThenCleared = """
        {
          "category": "worker",
          "recruitmentDate": "2010-01-01",
          "periods": [ { "period": "2021", "monthsWorked": 12, "attestations": { "productiveWorkAndEmulation": true, "exemplaryConduct": true } } ],
          "awardHistory": [],
          "disciplines": [ { "form": "dismissal", "decisionDate": "2021-06-10" } ],
          "disciplines": [],
          "proceedings": [],
          "initiatives": []
        }
        """;

    private static InvalidDossierException ReadFails(string json) => Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json));

    private static DossierProblem HasProblemAt(InvalidDossierException error, string path)
        => error.Problems.FirstOrDefault(p => p.Path == path)
           ?? throw new XunitException($"No problem at {path}. Problems:\n" + string.Join("\n", error.Problems));

    // Defect 1: duplicate keys were last-wins, so a dismissal disappeared and the verdict was Eligible.
    [Fact]
    public void ReadDossier_DisciplinesWrittenTwice_IsRefusedRatherThanLastWins()
    {
        var error = ReadFails(DismissedThenCleared);

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.disciplines", problem.Path);
        Assert.Contains("more than once", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "periods": [ { "period": "2021", "taskRating": "completed", "taskRating": "completedExcellently" } ] }""", "$.periods[0].taskRating")]
    [InlineData("""{ "periods": [ { "period": "2021", "attestations": { "activeStudy": false, "activeStudy": true } } ] }""", "$.periods[0].attestations.activeStudy")]
    [InlineData("""{ "proceedings": [ { "kind": "investigation", "openedOn": "2021-01-01", "openedOn": "2021-01-01" } ] }""", "$.proceedings[0].openedOn")]
    [InlineData("""{ "id": "A", "id": "A" }""", "$.id")]
    public void ReadDossier_FieldWrittenTwiceAnywhere_IsRefusedWithItsPath(string json, string path)
    {
        var problem = Assert.Single(ReadFails(json).Problems);

        Assert.Equal(path, problem.Path);
    }

    // Defect 2: only the first JSON problem was reported, though every problem is promised.
    [Fact]
    public void ReadDossier_SeveralProblems_AreReportedTogether()
    {
        var error = ReadFails("""
            {
              "category": "worker",
              "category": "worker",
              "periods": [ { "period": "2021", "taskRating": "superb", "monthWorked": 12 }, { "monthsWorked": 3 } ],
              "initiatives": [ { "kind": "initiative", "period": "2021" } ],
              "disciplines": [ { "form": "fired", "decisionDate": "2021-02-30" } ]
            }
            """);

        HasProblemAt(error, "$.category");
        HasProblemAt(error, "$.periods[0].taskRating");
        HasProblemAt(error, "$.periods[0].monthWorked");
        Assert.Contains("'period'", HasProblemAt(error, "$.periods[1]").Reason, StringComparison.Ordinal);
        Assert.Contains("'scope'", HasProblemAt(error, "$.initiatives[0]").Reason, StringComparison.Ordinal);
        HasProblemAt(error, "$.disciplines[0].form");
        HasProblemAt(error, "$.disciplines[0].decisionDate");
        Assert.Equal(7, error.Problems.Count);
    }

    // Defect 3: messages named .NET types ("to ThiDua.Rules.IndividualDossier", "System.Nullable`1[...]").
    [Theory]
    [InlineData("[]", "$")]
    [InlineData("42", "$")]
    [InlineData("""{ "periods": {} }""", "$.periods")]
    [InlineData("""{ "periods": [ 5 ] }""", "$.periods[0]")]
    [InlineData("""{ "periods": [ { "period": "2021", "monthsWorked": "twelve" } ] }""", "$.periods[0].monthsWorked")]
    [InlineData("""{ "periods": [ { "period": "2021", "monthsWorked": 1.5 } ] }""", "$.periods[0].monthsWorked")]
    [InlineData("""{ "periods": [ { "period": "2021", "attestations": [] } ] }""", "$.periods[0].attestations")]
    [InlineData("""{ "periods": [ { "period": "2021", "transfer": "yes" } ] }""", "$.periods[0].transfer")]
    [InlineData("""{ "periods": [ { "period": "2021", "ballots": [ { "award": "LDTT", "councilMembers": null, "votesInFavour": 1 } ] } ] }""", "$.periods[0].ballots[0].councilMembers")]
    [InlineData("""{ "disciplines": [ { "form": null, "decisionDate": "2021-01-01" } ] }""", "$.disciplines[0].form")]
    [InlineData("""{ "fullName": 7 }""", "$.fullName")]
    [InlineData("""{ "awardHistory": [ { "code": "LDTT", "period": "2020", "decisionDate": true } ] }""", "$.awardHistory[0].decisionDate")]
    public void ReadDossier_WrongKindOfValue_IsExplainedWithoutDotNetTypeNames(string json, string path)
    {
        var problem = Assert.Single(ReadFails(json).Problems);

        Assert.Equal(path, problem.Path);
        Assert.DoesNotContain("System.", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("ThiDua.", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("expected", problem.Reason, StringComparison.Ordinal);
    }

    // Defect 4: enum names were accepted in any case, though the format says camelCase exactly.
    [Theory]
    [InlineData("""{ "category": "CivilServant" }""", "$.category", "civilServant")]
    [InlineData("""{ "category": "WORKER" }""", "$.category", "worker")]
    [InlineData("""{ "periods": [ { "period": "2021", "taskRating": "completedwell" } ] }""", "$.periods[0].taskRating", "completedWell")]
    public void ReadDossier_EnumNameInAnotherCase_IsRefusedNamingTheExactName(string json, string path, string exact)
    {
        var problem = Assert.Single(ReadFails(json).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains("'" + exact + "'", problem.Reason, StringComparison.Ordinal);
    }

    // Defect 4: a period written as a number (2021) was accepted, though the format writes it as a string.
    [Theory]
    [InlineData("""{ "periods": [ { "period": 2021 } ] }""", "$.periods[0].period")]
    [InlineData("""{ "awardHistory": [ { "code": "LDTT", "period": 2020 } ] }""", "$.awardHistory[0].period")]
    [InlineData("""{ "initiatives": [ { "kind": "initiative", "scope": "unit", "period": 2021 } ] }""", "$.initiatives[0].period")]
    public void ReadDossier_PeriodWrittenAsNumber_IsRefused(string json, string path)
    {
        var problem = Assert.Single(ReadFails(json).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains("\"2021\"", problem.Reason, StringComparison.Ordinal);
    }

    // Defect 4: text that is not valid Unicode (a lone surrogate) threw an ArgumentException or was replaced silently.
    [Fact]
    public void ReadDossier_LoneSurrogateInTheString_IsRefused()
    {
        var problem = Assert.Single(ReadFails("{ \"fullName\": \"Nguy\uD800n\" }").Problems);

        Assert.Equal("$", problem.Path);
        Assert.Contains("Unicode", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_EscapedLoneSurrogate_IsRefusedWithItsPath()
    {
        var problem = Assert.Single(ReadFails("""{ "fullName": "Nguy\uD800n" }""").Problems);

        Assert.Equal("$.fullName", problem.Path);
    }

    [Fact]
    public void ReadDossier_NullEntryInAList_IsRefusedWhenRead()
    {
        var problem = Assert.Single(ReadFails("""{ "disciplines": [ null ] }""").Problems);

        Assert.Equal("$.disciplines[0]", problem.Path);
    }

    // Defect 5: a request whose dossier was set to null afterwards gave NullReferenceException.
    [Fact]
    public void Check_RequestWithDossierSetToNull_ThrowsArgumentExceptionNamingTheRequest()
    {
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, ValidDossier.Create(), ValidDossier.Period) with { Dossier = null! };

        var error = Assert.Throws<ArgumentException>(() => ThiDuaRules.Default.Check(request));

        Assert.Equal("request", error.ParamName);
        Assert.Contains("Dossier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RequestWithAwardSetToNull_ThrowsArgumentExceptionNamingTheRequest()
    {
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, ValidDossier.Create(), ValidDossier.Period) with { Award = null! };

        Assert.Equal("request", Assert.Throws<ArgumentException>(() => ThiDuaRules.Default.Check(request)).ParamName);
    }

    [Fact]
    public void Check_RequestWithDefaultPeriod_ThrowsArgumentExceptionNamingTheRequest()
    {
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, ValidDossier.Create(), default);

        Assert.Equal("request", Assert.Throws<ArgumentException>(() => ThiDuaRules.Default.Check(request)).ParamName);
    }

    // Defect 5: a consideration date before the period began was accepted.
    [Fact]
    public void Check_ConsideredBeforeThePeriodBegan_IsRefused()
    {
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, ValidDossier.Create(), ValidDossier.Period) { ConsideredOn = new DateTime(2020, 12, 31) };

        var error = Assert.Throws<ArgumentException>(() => ThiDuaRules.Default.Check(request));

        Assert.Equal("request", error.ParamName);
        Assert.Contains("ConsideredOn", error.Message, StringComparison.Ordinal);
        Assert.Contains("2021-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConsideredOnTheFirstDayOfThePeriod_IsAccepted()
    {
        var request = new EligibilityRequest(AwardCodes.AdvancedWorker, ValidDossier.Create(), ValidDossier.Period) { ConsideredOn = new DateTime(2021, 1, 1) };

        Assert.Equal(Verdict.Eligible, ThiDuaRules.Default.Check(request).Verdict);
    }

    // Defect 6: impossible combinations.
    [Fact]
    public void Check_AwardDecidedBeforeItsPeriodBegan_IsRefused()
    {
        var dossier = ValidDossier.Create() with
        {
            AwardHistory = new[] { new AwardRecord { Code = "LDTT", Period = AssessmentPeriod.CalendarYear(2020), DecisionDate = new DateTime(2019, 12, 31) } },
        };

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, ValidDossier.Period)));

        Assert.Contains("2020-01-01", HasProblemAt(error, "$.awardHistory[0].decisionDate").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameAwardForTheSamePeriodTwice_IsRefusedAtTheSecond()
    {
        var ldtt2020 = new AwardRecord { Code = "LDTT", Period = AssessmentPeriod.CalendarYear(2020), DecisionDate = new DateTime(2021, 1, 15) };
        var dossier = ValidDossier.Create() with
        {
            AwardHistory = new[] { ldtt2020, new AwardRecord { Code = "CSTDCS", Period = AssessmentPeriod.CalendarYear(2020) }, ldtt2020 with { DecisionNumber = "2/QĐ" } },
        };

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.CheckAll(dossier, ValidDossier.Period));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.awardHistory[2].period", problem.Path);
        Assert.Contains("$.awardHistory[0]", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DifferentAwardsOrKindsOfPeriodForTheSameYear_AreNotDuplicates()
    {
        var dossier = ValidDossier.Create() with
        {
            AwardHistory = new[]
            {
                new AwardRecord { Code = "LDTT", Period = AssessmentPeriod.CalendarYear(2020) },
                new AwardRecord { Code = "CSTDCS", Period = AssessmentPeriod.CalendarYear(2020) },
                new AwardRecord { Code = "LDTT", Period = AssessmentPeriod.SchoolYear(2020) },
            },
        };

        ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, ValidDossier.Period));
    }

    [Fact]
    public void Check_PossibleButUnusualCombinations_AreNotRefused()
    {
        // An award for a later period and a decision long after its period are both possible: the conditions judge
        // them, validation does not. (A recruitment after the period is not: see RecruitmentDateTests.)
        var dossier = ValidDossier.Create() with
        {
            AwardHistory = new[]
            {
                new AwardRecord { Code = "LDTT", Period = AssessmentPeriod.CalendarYear(2022), DecisionDate = new DateTime(2023, 1, 10) },
                new AwardRecord { Code = "LDTT", Period = AssessmentPeriod.CalendarYear(2015), DecisionDate = new DateTime(2020, 1, 10) },
            },
        };

        ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, ValidDossier.Period));
    }

    // Defect 9: a 50 MB document was parsed in full; the default size limit refuses it before reading it.
    [Fact]
    public void ReadDossier_FiftyMegabyteString_IsRefusedBySizeLimitQuickly()
    {
        var json = "{\"fullName\":\"" + new string('a', 50 * 1024 * 1024) + "\"}";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var problem = Assert.Single(ReadFails(json).Problems);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal("$", problem.Path);
        Assert.Contains("MaxDocumentBytes", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("1048576", problem.Reason, StringComparison.Ordinal);
    }
}
