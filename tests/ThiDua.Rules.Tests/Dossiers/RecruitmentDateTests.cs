using Xunit;

namespace ThiDua.Rules.Tests.Dossiers;

/// <summary>
/// A first recruitment after the period checked is bad input (the person was not employed in it), refused with one
/// problem at <c>$.recruitmentDate</c> rather than read as "0 months since recruitment"; employment breaks are checked
/// for order and dates.
/// </summary>
public sealed class RecruitmentDateTests
{
    private static InvalidDossierException Refused(IndividualDossier dossier)
        => Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, ValidDossier.Period)));

    [Fact]
    public void Check_RecruitedAfterThePeriodEnded_IsRefusedAtRecruitmentDate()
    {
        var dossier = ValidDossier.Create() with { RecruitmentDate = new DateTime(2022, 1, 1) };

        var problem = Assert.Single(Refused(dossier).Problems);

        Assert.Equal("$.recruitmentDate", problem.Path);
        Assert.Contains("2022-01-01", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("2021-12-31", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAll_RecruitedAfterThePeriodEnded_IsRefusedAtRecruitmentDate()
    {
        var dossier = ValidDossier.Create() with { RecruitmentDate = new DateTime(2023, 5, 2) };

        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaRules.Default.CheckAll(dossier, ValidDossier.Period));

        Assert.Equal("$.recruitmentDate", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Check_RecruitedOnTheLastDayOfThePeriod_IsCheckedNotRefused()
    {
        var dossier = ValidDossier.Create() with { RecruitmentDate = new DateTime(2021, 12, 31) };

        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, ValidDossier.Period));

        Assert.Equal(ConditionOutcome.NotMet, result.Conditions.Single(c => c.ConditionId == "STD.NEW_RECRUIT_10_MONTHS").Outcome);
    }

    [Theory]
    [InlineData("2009-12-01", "2010-02-01", "$.employmentBreaks[0].from")] // before the first recruitment
    [InlineData("2015-03-01", "2015-02-01", "$.employmentBreaks[0].to")] // ends before it begins
    public void Check_ImpossibleBreak_IsRefusedWithItsPath(string from, string to, string path)
    {
        var dossier = ValidDossier.Create() with
        {
            EmploymentBreaks = new[] { new EmploymentBreak { From = DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture), To = DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture) } },
        };

        var error = Refused(dossier);

        Assert.Contains(error.Problems, p => p.Path == path);
    }

    [Fact]
    public void Check_OverlappingBreaks_AreRefusedAtTheSecond()
    {
        var dossier = ValidDossier.Create() with
        {
            EmploymentBreaks = new[]
            {
                new EmploymentBreak { From = new DateTime(2015, 1, 1), To = new DateTime(2015, 6, 30) },
                new EmploymentBreak { From = new DateTime(2015, 6, 1), To = new DateTime(2015, 8, 31) },
            },
        };

        var error = Refused(dossier);

        Assert.Equal("$.employmentBreaks[1].from", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Check_BreaksWithoutRecruitmentDate_LeaveTheMonthsUnknown()
    {
        var dossier = ValidDossier.Create() with
        {
            RecruitmentDate = null,
            EmploymentBreaks = new[] { new EmploymentBreak { From = new DateTime(2015, 1, 1), To = new DateTime(2015, 6, 30) } },
        };

        var result = ThiDuaRules.Default.Check(new EligibilityRequest(AwardCodes.AdvancedWorker, dossier, ValidDossier.Period));

        var condition = result.Conditions.Single(c => c.ConditionId == "STD.NEW_RECRUIT_10_MONTHS");
        Assert.Equal(ConditionOutcome.Unknown, condition.Outcome);
        Assert.Equal(new[] { "recruitmentDate" }, condition.MissingFacts);
    }

    [Fact]
    public void ReadDossier_RecruitmentAfterPeriodFromJson_IsRefusedWhenChecked()
    {
        var dossier = ThiDuaJson.ReadDossier("{\"category\":\"civilServant\",\"recruitmentDate\":\"2024-02-01\"}");

        var error = Refused(dossier);

        Assert.Equal("$.recruitmentDate", Assert.Single(error.Problems).Path);
    }
}
