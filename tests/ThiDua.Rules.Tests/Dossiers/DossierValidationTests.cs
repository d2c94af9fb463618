using Xunit;
using Xunit.Sdk;

namespace ThiDua.Rules.Tests.Dossiers;

public sealed class DossierValidationTests
{
    private static readonly IEligibilityChecker Checker = ThiDuaRules.Default;

    private static InvalidDossierException Rejected(IndividualDossier dossier, string award = AwardCodes.AdvancedWorker)
        => Assert.Throws<InvalidDossierException>(() => Checker.Check(new EligibilityRequest(award, dossier, ValidDossier.Period)));

    private static DossierProblem HasProblemAt(InvalidDossierException error, string path)
        => error.Problems.FirstOrDefault(p => p.Path == path)
           ?? throw new XunitException($"No problem at {path}. Problems:\n" + string.Join("\n", error.Problems));

    [Fact]
    public void Check_ValidDossier_IsAccepted()
    {
        Assert.Equal(Verdict.Eligible, Checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, ValidDossier.Create(), ValidDossier.Period)).Verdict);
    }

    [Fact]
    public void Check_EveryImpossibleValueInOneDossier_ListsEachWithItsJsonPath()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "invalid-dossiers", "every-check-problem.json"));
        var dossier = ThiDuaJson.ReadDossier(json);

        var error = Rejected(dossier);

        var expected = new[]
        {
            "$.periods[0].monthsWorked",
            "$.periods[0].ballots[0].votesInFavour",
            "$.periods[1].period",
            "$.periods[2].monthsWorked",
            "$.periods[2].leaves[0].months",
            "$.periods[3]",
            "$.awardHistory[1].code",
            "$.awardHistory[2].firstPeriod",
            "$.disciplines[0].decisionDate",
            "$.disciplines[1].inForceUntil",
            "$.criminalSentences[0].servedUntil",
            "$.employmentBreaks[0].to",
            "$.proceedings[0].closedOn",
        };
        foreach (var path in expected)
        {
            HasProblemAt(error, path);
        }

        Assert.DoesNotContain(error.Problems, p => p.Path.StartsWith("$.awardHistory[0]", StringComparison.Ordinal));
        Assert.All(error.Problems, p => Assert.Contains(p.ToString(), error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void CheckAll_ImpossibleValue_IsRejectedToo()
    {
        var dossier = ValidDossier.WithRecord(ValidDossier.Record() with { MonthsWorked = 13 });

        var error = Assert.Throws<InvalidDossierException>(() => Checker.CheckAll(dossier, ValidDossier.Period));

        HasProblemAt(error, "$.periods[0].monthsWorked");
    }

    [Theory]
    [InlineData(13)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Check_MonthsWorkedOutsideZeroToTwelve_IsRejected(int months)
    {
        var error = Rejected(ValidDossier.WithRecord(ValidDossier.Record() with { MonthsWorked = months }));

        Assert.Contains(months.ToString(System.Globalization.CultureInfo.InvariantCulture), HasProblemAt(error, "$.periods[0].monthsWorked").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public void Check_WorkingDaysAbsentOutsideAPeriod_IsRejected(int days)
    {
        var error = Rejected(ValidDossier.WithRecord(ValidDossier.Record() with { WorkingDaysAbsent = days }));

        Assert.Contains("0 to 366", HasProblemAt(error, "$.periods[0].workingDaysAbsent").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Check_WorkingDaysAbsentWithinAPeriod_IsAccepted(int days)
        => Checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, ValidDossier.WithRecord(ValidDossier.Record() with { WorkingDaysAbsent = days }), ValidDossier.Period));

    [Fact]
    public void Check_NegativeLeaveMonths_IsRejected()
    {
        var record = ValidDossier.Record() with { MonthsWorked = 10, Leaves = new[] { new LeaveRecord { Kind = LeaveKind.Sickness, Months = -2 } } };

        HasProblemAt(Rejected(ValidDossier.WithRecord(record)), "$.periods[0].leaves[0].months");
    }

    [Fact]
    public void Check_NegativeMonthsAtPreviousUnit_IsRejected()
    {
        var record = ValidDossier.Record() with { Transfer = new TransferRecord { MonthsAtPreviousUnit = -3, PreviousUnitCommentProvided = true } };

        HasProblemAt(Rejected(ValidDossier.WithRecord(record)), "$.periods[0].transfer.monthsAtPreviousUnit");
    }

    [Fact]
    public void Check_MonthsWorkedAndLeaveAboveTwelve_IsRejected()
    {
        var record = ValidDossier.Record() with
        {
            MonthsWorked = 8,
            Leaves = new[] { new LeaveRecord { Kind = LeaveKind.Maternity, Months = 3 }, new LeaveRecord { Kind = LeaveKind.Sickness, Months = 2 } },
        };

        HasProblemAt(Rejected(ValidDossier.WithRecord(record)), "$.periods[0]");
    }

    [Fact]
    public void Check_MonthsWorkedAndLeaveOfExactlyTwelve_IsAccepted()
    {
        var record = ValidDossier.Record() with { MonthsWorked = 6, Leaves = new[] { new LeaveRecord { Kind = LeaveKind.Maternity, Months = 6 } } };

        Checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, ValidDossier.WithRecord(record), ValidDossier.Period));
    }

    [Fact]
    public void Check_LeaveMonthsAloneAboveTwelve_IsRejected()
    {
        // Months worked not stated: 7 + 6 months of leave still cannot fit in one period.
        var record = ValidDossier.Record() with
        {
            MonthsWorked = null,
            Leaves = new[] { new LeaveRecord { Kind = LeaveKind.Maternity, Months = 7 }, new LeaveRecord { Kind = LeaveKind.Unpaid, Months = 6 } },
        };

        HasProblemAt(Rejected(ValidDossier.WithRecord(record)), "$.periods[0]");
    }

    [Fact]
    public void Check_UnknownAwardCodeInHistory_IsRejectedListingKnownCodes()
    {
        var dossier = ValidDossier.Create() with { AwardHistory = new[] { new AwardRecord { Code = "HUAN_CHUONG_LAO_DONG", Period = AssessmentPeriod.CalendarYear(2020) } } };

        var problem = HasProblemAt(Rejected(dossier), "$.awardHistory[0].code");

        Assert.Contains("HUAN_CHUONG_LAO_DONG", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("CSTDCS", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DuplicatePeriodRecords_IsRejectedAtTheSecond()
    {
        var dossier = ValidDossier.Create() with { Periods = new[] { ValidDossier.Record(2020), ValidDossier.Record(2021), ValidDossier.Record(2020) } };

        var error = Rejected(dossier);

        HasProblemAt(error, "$.periods[2].period");
        Assert.DoesNotContain(error.Problems, p => p.Path.StartsWith("$.periods[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SchoolYearsWithDifferentStartMonths_AreNotDuplicates()
    {
        var dossier = ValidDossier.Create() with
        {
            Periods = new[] { ValidDossier.Record() with { Period = AssessmentPeriod.SchoolYear(2021) }, ValidDossier.Record() with { Period = AssessmentPeriod.SchoolYear(2021, 7) } },
        };

        Checker.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, AssessmentPeriod.SchoolYear(2021)));
    }

    [Fact]
    public void Check_BallotWithMoreVotesThanMembers_IsRejected()
    {
        var record = ValidDossier.Record() with { Ballots = new[] { new CouncilBallot { Award = "CSTD_BO_TINH", CouncilMembers = 15, VotesInFavour = 16 } } };

        HasProblemAt(Rejected(ValidDossier.WithRecord(record)), "$.periods[0].ballots[0].votesInFavour");
    }

    [Fact]
    public void Check_BallotWithNegativeVotes_IsRejected()
    {
        var record = ValidDossier.Record() with { Ballots = new[] { new CouncilBallot { Award = "CSTD_BO_TINH", CouncilMembers = 15, VotesInFavour = -1 } } };

        HasProblemAt(Rejected(ValidDossier.WithRecord(record)), "$.periods[0].ballots[0].votesInFavour");
    }

    [Fact]
    public void Check_BallotWithoutMembers_IsRejected()
    {
        var record = ValidDossier.Record() with { Ballots = new[] { new CouncilBallot { Award = "CSTD_BO_TINH", CouncilMembers = 0, VotesInFavour = 0 } } };

        HasProblemAt(Rejected(ValidDossier.WithRecord(record)), "$.periods[0].ballots[0].councilMembers");
    }

    [Fact]
    public void Check_BallotForUnknownAward_IsRejected()
    {
        var record = ValidDossier.Record() with { Ballots = new[] { new CouncilBallot { Award = "NOPE", CouncilMembers = 10, VotesInFavour = 9 } } };

        HasProblemAt(Rejected(ValidDossier.WithRecord(record)), "$.periods[0].ballots[0].award");
    }

    [Fact]
    public void Check_ProceedingClosedBeforeItOpened_IsRejected()
    {
        var dossier = ValidDossier.Create() with
        {
            Proceedings = new[] { new ProceedingRecord { Kind = ProceedingKind.Investigation, OpenedOn = new DateTime(2021, 6, 1), ClosedOn = new DateTime(2021, 5, 1) } },
        };

        HasProblemAt(Rejected(dossier), "$.proceedings[0].closedOn");
    }

    [Fact]
    public void Check_ProceedingWithoutOpeningDate_IsRejected()
    {
        var dossier = ValidDossier.Create() with { Proceedings = new[] { new ProceedingRecord { Kind = ProceedingKind.Investigation } } };

        HasProblemAt(Rejected(dossier), "$.proceedings[0].openedOn");
    }

    [Fact]
    public void Check_FirstPeriodAfterThePeriod_IsRejected()
    {
        var dossier = ValidDossier.Create() with
        {
            AwardHistory = new[] { new AwardRecord { Code = "CSTD_BO_TINH", Period = AssessmentPeriod.CalendarYear(2019), FirstPeriod = AssessmentPeriod.CalendarYear(2020) } },
        };

        HasProblemAt(Rejected(dossier), "$.awardHistory[0].firstPeriod");
    }

    [Fact]
    public void Check_FirstPeriodOfAnotherKind_IsRejected()
    {
        var dossier = ValidDossier.Create() with
        {
            AwardHistory = new[] { new AwardRecord { Code = "CSTD_BO_TINH", Period = AssessmentPeriod.CalendarYear(2020), FirstPeriod = AssessmentPeriod.SchoolYear(2017) } },
        };

        HasProblemAt(Rejected(dossier), "$.awardHistory[0].firstPeriod");
    }

    [Fact]
    public void Check_DisciplineWithoutDate_IsRejected()
    {
        // JSON refuses the omission when reading (RequiredFieldTests); a dossier built in code is caught by Check.
        var dossier = ValidDossier.Create() with { Disciplines = new[] { new DisciplineRecord { Form = DisciplineForm.Warning } } };

        HasProblemAt(Rejected(dossier), "$.disciplines[0].decisionDate");
    }

    [Fact]
    public void Check_PeriodRecordWithoutPeriod_IsRejected()
    {
        var dossier = ValidDossier.WithRecord(new PeriodRecord { MonthsWorked = 12 });

        HasProblemAt(Rejected(dossier), "$.periods[0].period");
    }

    [Fact]
    public void Check_UndefinedEnumValue_IsRejected()
    {
        var dossier = ValidDossier.WithRecord(ValidDossier.Record() with { TaskRating = (TaskRating)9 }) with { Category = (PersonnelCategory)7 };

        var error = Rejected(dossier);

        HasProblemAt(error, "$.category");
        HasProblemAt(error, "$.periods[0].taskRating");
    }

    [Theory]
    [InlineData(1800)]
    [InlineData(2500)]
    public void Check_RecruitmentYearOutsideAcceptedYears_IsRejected(int year)
    {
        HasProblemAt(Rejected(ValidDossier.Create() with { RecruitmentDate = new DateTime(year, 1, 1) }), "$.recruitmentDate");
    }

    [Fact]
    public void Check_NullRecords_AreRejectedByPath()
    {
        var dossier = ValidDossier.Create() with
        {
            Periods = new PeriodRecord[] { null! },
            Disciplines = new DisciplineRecord[] { null! },
            AwardHistory = new AwardRecord[] { null! },
        };

        var error = Rejected(dossier);

        HasProblemAt(error, "$.periods[0]");
        HasProblemAt(error, "$.disciplines[0]");
        HasProblemAt(error, "$.awardHistory[0]");
    }

    [Theory]
    [InlineData("""{ "periods": [ { "period": "1850", "monthsWorked": 12 } ] }""", "$.periods[0].period")]
    [InlineData("""{ "awardHistory": [ { "code": "LDTT", "period": "1850" } ] }""", "$.awardHistory[0].period")]
    [InlineData("""{ "initiatives": [ { "kind": "initiative", "scope": "unit", "period": "1850" } ] }""", "$.initiatives[0].period")]
    public void ReadDossier_PeriodYear1850_IsRejectedWithItsPath(string json, string path)
    {
        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains("1945", problem.Reason, StringComparison.Ordinal);
    }
}
