using Xunit;

namespace ThiDua.Rules.Tests.Conditions.EarlierLayers;

/// <summary>Emulation fighters for periods ending 2014-06-01 to 2014-08-19, school years from August 2013: Law Điều 21-23 only.</summary>
public sealed class Nd42EmulationFighterTests
{
    private const string Regime = "vn-2013-nd42";
    private const string Period = "2013-2014@08";

    private static DossierBuilder Teacher() => DossierBuilder.CivilServant(Period);

    private static DossierBuilder GrassrootsRun(int titles)
    {
        var dossier = Teacher().WithAttestations(a => a with { OutstandingAmongPeers = true });
        for (var year = 2014 - titles; year < 2014; year++)
        {
            dossier.WithAward(AwardCodes.GrassrootsEmulationFighter, $"{year}-{year + 1}@08", new DateTime(year + 1, 8, 5));
        }

        return dossier;
    }

    private static DossierBuilder MinistryRun(int titles)
    {
        var dossier = Teacher().WithAttestations(a => a with { MostOutstandingAmongPeers = true });
        dossier.WithAward(AwardCodes.MinistryEmulationFighter, "2012-2013@08", new DateTime(2013, 9, 10));
        if (titles > 1)
        {
            dossier.WithAward(AwardCodes.MinistryEmulationFighter, "2009-2010@08", new DateTime(2010, 9, 10));
        }

        return dossier;
    }

    [Fact]
    public void AdvancedWorker_Decree65Exclusions_AreNotConditionsBefore20August2014()
    {
        // 60 working days absent and no recruitment date: Decree 65/2014 Điều 5 khoản 6 was not yet in force, and the
        // Decree 42/2010 / Circular 02/2011 rules could not be read, so nothing is decided on them (regime notes).
        var result = ConditionCheck.Check(AwardCodes.AdvancedWorker, Teacher().WithWorkingDaysAbsent(60).RecruitedOn(null));

        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.DoesNotContain(result.Conditions, c => c.ConditionId.StartsWith("STD.NEW_RECRUIT", StringComparison.Ordinal) || c.ConditionId == "STD.ABSENCE_40_WORKING_DAYS");
    }

    [Fact]
    [CoversMetAndNotMet("CSTDCS.MEETS_ADVANCED_STANDARD", Regime)]
    [CoversMetAndNotMet("CSTDCS.UNIT_INITIATIVE", Regime)]
    public void Grassroots_LawArticle23()
    {
        var standard = new[] { new Cite("LAW_15_2003", 23, 1) };
        var initiative = new[] { new Cite("LAW_15_2003", 23, 2), new Cite("LAW_39_2013", 1, 5) };
        ConditionCheck.Expect(AwardCodes.GrassrootsEmulationFighter, Teacher(), "CSTDCS.MEETS_ADVANCED_STANDARD", ConditionOutcome.Met, standard, new[] { Period });
        ConditionCheck.Expect(AwardCodes.GrassrootsEmulationFighter, Teacher().WithRating(TaskRating.Completed), "CSTDCS.MEETS_ADVANCED_STANDARD", ConditionOutcome.NotMet, standard, new[] { Period });
        ConditionCheck.Expect(AwardCodes.GrassrootsEmulationFighter, Teacher(), "CSTDCS.UNIT_INITIATIVE", ConditionOutcome.Met, initiative, new[] { Period });
        ConditionCheck.Expect(AwardCodes.GrassrootsEmulationFighter, Teacher().WithoutInitiatives(), "CSTDCS.UNIT_INITIATIVE", ConditionOutcome.NotMet, initiative, new[] { Period });
    }

    [Fact]
    [CoversMetAndNotMet("CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", Regime)]
    [CoversMetAndNotMet("CSTD_BO_TINH.OUTSTANDING", Regime)]
    public void Ministry_LawArticle22()
    {
        var cites = new[] { new Cite("LAW_15_2003", 22) };
        ConditionCheck.Expect(AwardCodes.MinistryEmulationFighter, GrassrootsRun(3), "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.Met, cites, new[] { "3 lần" });
        ConditionCheck.Expect(AwardCodes.MinistryEmulationFighter, GrassrootsRun(2), "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.NotMet, cites, new[] { "2 lần" });
        ConditionCheck.Expect(AwardCodes.MinistryEmulationFighter, GrassrootsRun(3), "CSTD_BO_TINH.OUTSTANDING", ConditionOutcome.Met, cites, new[] { Period });
        ConditionCheck.Expect(AwardCodes.MinistryEmulationFighter, GrassrootsRun(3).WithAttestations(a => a with { OutstandingAmongPeers = false }), "CSTD_BO_TINH.OUTSTANDING", ConditionOutcome.NotMet, cites, new[] { Period });
    }

    [Fact]
    [CoversMetAndNotMet("CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", Regime)]
    [CoversMetAndNotMet("CSTD_TOAN_QUOC.MOST_OUTSTANDING", Regime)]
    public void National_LawArticle21()
    {
        var two = new[] { new Cite("LAW_15_2003", 21), new Cite("LAW_39_2013", 1, 4) };
        var most = new[] { new Cite("LAW_15_2003", 21) };
        ConditionCheck.Expect(AwardCodes.NationalEmulationFighter, MinistryRun(2), "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", ConditionOutcome.Met, two, new[] { "2 lần" });
        ConditionCheck.Expect(AwardCodes.NationalEmulationFighter, MinistryRun(1), "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", ConditionOutcome.NotMet, two, new[] { "1 lần" });
        ConditionCheck.Expect(AwardCodes.NationalEmulationFighter, MinistryRun(2), "CSTD_TOAN_QUOC.MOST_OUTSTANDING", ConditionOutcome.Met, most, new[] { Period });
        ConditionCheck.Expect(AwardCodes.NationalEmulationFighter, MinistryRun(2).WithAttestations(a => a with { MostOutstandingAmongPeers = false }), "CSTD_TOAN_QUOC.MOST_OUTSTANDING", ConditionOutcome.NotMet, most, new[] { Period });
    }
}
