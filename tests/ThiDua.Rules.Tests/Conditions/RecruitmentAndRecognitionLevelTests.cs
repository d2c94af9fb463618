using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Months actually worked for the 10-month rule (Decree 91/2017 Điều 10 khoản 6): counted from the first recruitment,
/// less the breaks between contracts, so a re-signed contract does not restart the count; and the level that
/// recognised an initiative: a district-level recognition serves the grassroots title, not the ministry or
/// provincial one.
/// </summary>
public sealed class RecruitmentAndRecognitionLevelTests
{
    private const string NewRecruit = "STD.NEW_RECRUIT_10_MONTHS";
    private static readonly Cite[] Khoan6 = { new("ND91_2017", 10, 6) };
    private static readonly Cite[] UnitInitiativeCitations = { new("LAW_15_2003", 23, 2), new("LAW_39_2013", 1, 5), new("ND91_2017", 9, 3, "b"), new("TT12_2019", 6, 3) };
    private static readonly Cite[] MinistryInitiativeCitations = { new("ND91_2017", 9, 2), new("TT12_2019", 6, 3) };

    [Fact]
    [Covers(NewRecruit, ConditionOutcome.Met)]
    public void NewRecruit_ContractReSignedAfterAOneMonthBreak_CountsFromTheFirstRecruitment()
    {
        // 1 February to 31 December is 11 whole months; July without a contract leaves 10.
        var dossier = DossierBuilder.CivilServant().RecruitedOn(new DateTime(2021, 2, 1)).WithEmploymentBreak(new DateTime(2021, 7, 1), new DateTime(2021, 7, 31));

        var condition = Expect(AwardCodes.AdvancedWorker, dossier, NewRecruit, ConditionOutcome.Met, Khoan6, new[] { "10 tháng" });
        Assert.Equal("10", condition.Values["monthsSinceRecruitment"]);
    }

    [Fact]
    [Covers(NewRecruit, ConditionOutcome.NotMet)]
    public void NewRecruit_BreakLeavesFewerThanTenMonthsWorked_NotMet()
    {
        // 1 January to 31 December is 12 months; three months without a contract leave 9.
        var dossier = DossierBuilder.CivilServant().RecruitedOn(new DateTime(2021, 1, 1)).WithEmploymentBreak(new DateTime(2021, 3, 1), new DateTime(2021, 5, 31));

        var condition = Expect(AwardCodes.AdvancedWorker, dossier, NewRecruit, ConditionOutcome.NotMet, Khoan6, new[] { "9 tháng" });
        Assert.Equal("9", condition.Values["monthsSinceRecruitment"]);
    }

    [Fact]
    [Covers(NewRecruit, ConditionOutcome.Met)]
    public void NewRecruit_BreakRunningPastThePeriod_OnlyItsMonthsInsideCount()
    {
        // Recruited in 2015 (82 months to the end of 2021); out of work from 1 November 2021 into 2022: 2 months off.
        var dossier = DossierBuilder.CivilServant().RecruitedOn(new DateTime(2015, 3, 1)).WithEmploymentBreak(new DateTime(2021, 11, 1), new DateTime(2022, 3, 31));

        var condition = Expect(AwardCodes.AdvancedWorker, dossier, NewRecruit, ConditionOutcome.Met, Khoan6, new[] { "80 tháng" });
        Assert.Equal("80", condition.Values["monthsSinceRecruitment"]);
    }

    [Fact]
    [Covers("CSTDCS.UNIT_INITIATIVE", ConditionOutcome.Met)]
    public void UnitInitiative_RecognisedByTheDistrict_Met()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithoutInitiatives().WithInitiative(InitiativeKind.Initiative, InitiativeScope.District, "2021"),
            "CSTDCS.UNIT_INITIATIVE",
            ConditionOutcome.Met,
            UnitInitiativeCitations,
            new[] { "1 sáng kiến" });

    [Fact]
    [Covers("CSTD_BO_TINH.MINISTRY_INITIATIVE", ConditionOutcome.NotMet)]
    public void MinistryInitiative_OnlyDistrictRecognition_NotMet()
        => Expect(
            AwardCodes.MinistryEmulationFighter,
            DossierBuilder.MinistryFighter().WithoutInitiatives().WithInitiative(InitiativeKind.Initiative, InitiativeScope.District, "2020"),
            "CSTD_BO_TINH.MINISTRY_INITIATIVE",
            ConditionOutcome.NotMet,
            MinistryInitiativeCitations,
            new[] { "cấp bộ, tỉnh" });

    [Fact]
    public void ReadDossier_DistrictScope_IsReadAndWritten()
    {
        var json = "{\"initiatives\":[{\"kind\":\"initiative\",\"scope\":\"district\",\"period\":\"2021\"}]}";

        var dossier = ThiDuaJson.ReadDossier(json);

        Assert.Equal(InitiativeScope.District, Assert.Single(dossier.Initiatives!).Scope);
        Assert.Contains("\"district\"", ThiDuaJson.Write(dossier), StringComparison.Ordinal);
    }
}
