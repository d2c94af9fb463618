using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions.Nd42;

/// <summary>
/// The five individual titles for periods ending 2014-06-01 to 2014-08-19 (Law 39/2013 in force, Decree 65/2014 not
/// yet): only the amended Law's standards are conditions, each met and not met with the Law cited. Periods here are
/// school years from August 2013, which end on 31/07/2014.
/// </summary>
public sealed class Nd42ConditionTests
{
    private const string Regime = "vn-2013-nd42";
    private const string Period = "2013-2014@08";

    private static Cite[] LawPoint(int clause, string point) => new[] { new Cite("LAW_15_2003", 24, clause, point), new Cite("LAW_39_2013", 1, 6) };

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
    public void Regime_SchoolYearEndingJuly2014_IsDecree42Layer()
        => Assert.Equal(Regime, Check(AwardCodes.AdvancedWorker, Teacher()).RegimeId);

    [Fact]
    [Covers("LDTT.SUBJECT_GROUP", ConditionOutcome.Met, Regime = Regime)]
    [Covers("LDTT.SUBJECT_GROUP", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("CSTT.SUBJECT_GROUP", ConditionOutcome.Met, Regime = Regime)]
    [Covers("CSTT.SUBJECT_GROUP", ConditionOutcome.NotMet, Regime = Regime)]
    public void SubjectGroups_FollowLawArticle24()
    {
        var ldtt = new[] { new Cite("LAW_15_2003", 24, 1), new Cite("LAW_15_2003", 24, 3), new Cite("LAW_39_2013", 1, 6) };
        var cstt = new[] { new Cite("LAW_15_2003", 24, 2), new Cite("LAW_39_2013", 1, 6) };
        Expect(AwardCodes.AdvancedWorker, Teacher(), "LDTT.SUBJECT_GROUP", ConditionOutcome.Met, ldtt, new[] { "Đối tượng" });
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.Soldier(Period), "LDTT.SUBJECT_GROUP", ConditionOutcome.NotMet, ldtt, new[] { "Chiến sĩ tiên tiến" });
        Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Soldier(Period), "CSTT.SUBJECT_GROUP", ConditionOutcome.Met, cstt, new[] { "Đối tượng" });
        Expect(AwardCodes.AdvancedSoldier, Teacher(), "CSTT.SUBJECT_GROUP", ConditionOutcome.NotMet, cstt, new[] { "Lao động tiên tiến" });
    }

    [Fact]
    [Covers("STD.K1_TASKS_WELL", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K1_TASKS_WELL", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("STD.K1_POLICY_SOLIDARITY", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K1_POLICY_SOLIDARITY", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("STD.K1_ACTIVE_STUDY", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K1_ACTIVE_STUDY", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("STD.K1_ETHICS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K1_ETHICS", ConditionOutcome.NotMet, Regime = Regime)]
    public void CivilServantCriteria_MetWhenAttested_NotMetWhenWithheld()
    {
        Expect(AwardCodes.AdvancedWorker, Teacher(), "STD.K1_TASKS_WELL", ConditionOutcome.Met, LawPoint(1, "a"), new[] { Period });
        Expect(AwardCodes.AdvancedWorker, Teacher(), "STD.K1_POLICY_SOLIDARITY", ConditionOutcome.Met, LawPoint(1, "b"), new[] { Period });
        Expect(AwardCodes.AdvancedWorker, Teacher(), "STD.K1_ACTIVE_STUDY", ConditionOutcome.Met, LawPoint(1, "c"), new[] { Period });
        Expect(AwardCodes.AdvancedWorker, Teacher(), "STD.K1_ETHICS", ConditionOutcome.Met, LawPoint(1, "d"), new[] { Period });

        var withheld = Teacher().WithRating(TaskRating.Completed).WithAttestations(_ => new CouncilAttestations { PolicyComplianceAndSolidarity = false, ActiveStudy = false, EthicsAndLifestyle = false });
        Expect(AwardCodes.AdvancedWorker, withheld, "STD.K1_TASKS_WELL", ConditionOutcome.NotMet, LawPoint(1, "a"), new[] { "hoàn thành tốt" });
        Expect(AwardCodes.AdvancedWorker, withheld, "STD.K1_POLICY_SOLIDARITY", ConditionOutcome.NotMet, LawPoint(1, "b"), new[] { "không xác nhận" });
        Expect(AwardCodes.AdvancedWorker, withheld, "STD.K1_ACTIVE_STUDY", ConditionOutcome.NotMet, LawPoint(1, "c"), new[] { "không xác nhận" });
        Expect(AwardCodes.AdvancedWorker, withheld, "STD.K1_ETHICS", ConditionOutcome.NotMet, LawPoint(1, "d"), new[] { "không xác nhận" });
    }

    [Fact]
    [Covers("STD.K3_PRODUCTIVE_WORK", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K3_PRODUCTIVE_WORK", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("STD.K3_EXEMPLARY_CONDUCT", ConditionOutcome.Met, Regime = Regime)]
    [Covers("STD.K3_EXEMPLARY_CONDUCT", ConditionOutcome.NotMet, Regime = Regime)]
    public void WorkerCriteria_MetWhenAttested_NotMetWhenWithheld()
    {
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.Worker(Period), "STD.K3_PRODUCTIVE_WORK", ConditionOutcome.Met, LawPoint(3, "a"), new[] { Period });
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.Worker(Period), "STD.K3_EXEMPLARY_CONDUCT", ConditionOutcome.Met, LawPoint(3, "b"), new[] { Period });
        var withheld = DossierBuilder.Worker(Period).WithAttestations(_ => new CouncilAttestations { ProductiveWorkAndEmulation = false, ExemplaryConduct = false });
        Expect(AwardCodes.AdvancedWorker, withheld, "STD.K3_PRODUCTIVE_WORK", ConditionOutcome.NotMet, LawPoint(3, "a"), new[] { "không xác nhận" });
        Expect(AwardCodes.AdvancedWorker, withheld, "STD.K3_EXEMPLARY_CONDUCT", ConditionOutcome.NotMet, LawPoint(3, "b"), new[] { "không xác nhận" });
    }

    [Fact]
    public void AdvancedWorker_Decree65Exclusions_AreNotConditionsBefore20August2014()
    {
        // 60 working days absent and no recruitment date: Decree 65/2014 Điều 5 khoản 6 was not yet in force, and the
        // Decree 42/2010 / Circular 02/2011 rules could not be read, so nothing is decided on them (regime notes).
        var result = Check(AwardCodes.AdvancedWorker, Teacher().WithWorkingDaysAbsent(60).RecruitedOn(null));

        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.DoesNotContain(result.Conditions, c => c.ConditionId.StartsWith("STD.NEW_RECRUIT", StringComparison.Ordinal) || c.ConditionId == "STD.ABSENCE_40_WORKING_DAYS");
    }

    [Fact]
    [Covers("GEN.NOT_ALREADY_AWARDED", ConditionOutcome.Met, Regime = Regime)]
    [Covers("GEN.NOT_ALREADY_AWARDED", ConditionOutcome.NotMet, Regime = Regime)]
    public void NotAlreadyAwarded_NoDecisionMet_DecisionForPeriodNotMet()
    {
        var cites = new[] { new Cite("LAW_15_2003", 20, 4) };
        Expect(AwardCodes.AdvancedWorker, Teacher(), "GEN.NOT_ALREADY_AWARDED", ConditionOutcome.Met, cites, new[] { Period });
        Expect(AwardCodes.AdvancedWorker, Teacher().WithAward(AwardCodes.AdvancedWorker, Period, new DateTime(2014, 8, 5)), "GEN.NOT_ALREADY_AWARDED", ConditionOutcome.NotMet, cites, new[] { Period });
    }

    [Fact]
    [Covers("CSTDCS.MEETS_ADVANCED_STANDARD", ConditionOutcome.Met, Regime = Regime)]
    [Covers("CSTDCS.MEETS_ADVANCED_STANDARD", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("CSTDCS.UNIT_INITIATIVE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("CSTDCS.UNIT_INITIATIVE", ConditionOutcome.NotMet, Regime = Regime)]
    public void Grassroots_LawArticle23()
    {
        var standard = new[] { new Cite("LAW_15_2003", 23, 1) };
        var initiative = new[] { new Cite("LAW_15_2003", 23, 2), new Cite("LAW_39_2013", 1, 5) };
        Expect(AwardCodes.GrassrootsEmulationFighter, Teacher(), "CSTDCS.MEETS_ADVANCED_STANDARD", ConditionOutcome.Met, standard, new[] { Period });
        Expect(AwardCodes.GrassrootsEmulationFighter, Teacher().WithRating(TaskRating.Completed), "CSTDCS.MEETS_ADVANCED_STANDARD", ConditionOutcome.NotMet, standard, new[] { Period });
        Expect(AwardCodes.GrassrootsEmulationFighter, Teacher(), "CSTDCS.UNIT_INITIATIVE", ConditionOutcome.Met, initiative, new[] { Period });
        Expect(AwardCodes.GrassrootsEmulationFighter, Teacher().WithoutInitiatives(), "CSTDCS.UNIT_INITIATIVE", ConditionOutcome.NotMet, initiative, new[] { Period });
    }

    [Fact]
    [Covers("CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("CSTD_BO_TINH.OUTSTANDING", ConditionOutcome.Met, Regime = Regime)]
    [Covers("CSTD_BO_TINH.OUTSTANDING", ConditionOutcome.NotMet, Regime = Regime)]
    public void Ministry_LawArticle22()
    {
        var cites = new[] { new Cite("LAW_15_2003", 22) };
        Expect(AwardCodes.MinistryEmulationFighter, GrassrootsRun(3), "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.Met, cites, new[] { "3 lần" });
        Expect(AwardCodes.MinistryEmulationFighter, GrassrootsRun(2), "CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", ConditionOutcome.NotMet, cites, new[] { "2 lần" });
        Expect(AwardCodes.MinistryEmulationFighter, GrassrootsRun(3), "CSTD_BO_TINH.OUTSTANDING", ConditionOutcome.Met, cites, new[] { Period });
        Expect(AwardCodes.MinistryEmulationFighter, GrassrootsRun(3).WithAttestations(a => a with { OutstandingAmongPeers = false }), "CSTD_BO_TINH.OUTSTANDING", ConditionOutcome.NotMet, cites, new[] { Period });
    }

    [Fact]
    [Covers("CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", ConditionOutcome.Met, Regime = Regime)]
    [Covers("CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("CSTD_TOAN_QUOC.MOST_OUTSTANDING", ConditionOutcome.Met, Regime = Regime)]
    [Covers("CSTD_TOAN_QUOC.MOST_OUTSTANDING", ConditionOutcome.NotMet, Regime = Regime)]
    public void National_LawArticle21()
    {
        var two = new[] { new Cite("LAW_15_2003", 21), new Cite("LAW_39_2013", 1, 4) };
        var most = new[] { new Cite("LAW_15_2003", 21) };
        Expect(AwardCodes.NationalEmulationFighter, MinistryRun(2), "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", ConditionOutcome.Met, two, new[] { "2 lần" });
        Expect(AwardCodes.NationalEmulationFighter, MinistryRun(1), "CSTD_TOAN_QUOC.TWO_CONSECUTIVE_MINISTRY_TITLES", ConditionOutcome.NotMet, two, new[] { "1 lần" });
        Expect(AwardCodes.NationalEmulationFighter, MinistryRun(2), "CSTD_TOAN_QUOC.MOST_OUTSTANDING", ConditionOutcome.Met, most, new[] { Period });
        Expect(AwardCodes.NationalEmulationFighter, MinistryRun(2).WithAttestations(a => a with { MostOutstandingAmongPeers = false }), "CSTD_TOAN_QUOC.MOST_OUTSTANDING", ConditionOutcome.NotMet, most, new[] { Period });
    }
}
