using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions.EarlierLayers;

/// <summary>
/// The Law's own standards (Điều 20 khoản 4, Điều 24 as amended by Law 39/2013, in force 1 June 2014) carried by the
/// two earlier regimes: each criterion met and not met, with the Law cited, for a period of each layer — calendar
/// 2015 (Decree 65/2014) and the school year ending 31/07/2014 (before Decree 65/2014, Decree 42/2010 still in force).
/// </summary>
public sealed class LawStandardAcrossLayersTests
{
    private const string Nd42 = "vn-2013-nd42";
    private const string Nd65 = "vn-2013-nd65";

    /// <summary>The council findings of Law Điều 24 khoản 1 điểm b-d and khoản 3 điểm a-b, with the point each rests on.</summary>
    private static readonly (string Id, int Clause, string Point, Func<CouncilAttestations, CouncilAttestations> Withhold)[] Findings =
    {
        ("STD.K1_POLICY_SOLIDARITY", 1, "b", a => a with { PolicyComplianceAndSolidarity = false }),
        ("STD.K1_ACTIVE_STUDY", 1, "c", a => a with { ActiveStudy = false }),
        ("STD.K1_ETHICS", 1, "d", a => a with { EthicsAndLifestyle = false }),
        ("STD.K3_PRODUCTIVE_WORK", 3, "a", a => a with { ProductiveWorkAndEmulation = false }),
        ("STD.K3_EXEMPLARY_CONDUCT", 3, "b", a => a with { ExemplaryConduct = false }),
    };

    private static Cite[] LawPoint(int clause, string point) => new[] { new Cite("LAW_15_2003", 24, clause, point), new Cite("LAW_39_2013", 1, 6) };

    [Theory]
    [InlineData("2015", Nd65)]
    [InlineData("2013-2014@08", Nd42)]
    public void Period_SelectsItsLayer(string period, string regime)
        => Assert.Equal(regime, Check(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(period)).RegimeId);

    [Theory]
    [InlineData("2015")]
    [InlineData("2013-2014@08")]
    [CoversMetAndNotMet("LDTT.SUBJECT_GROUP", Nd42, Nd65)]
    [CoversMetAndNotMet("CSTT.SUBJECT_GROUP", Nd42, Nd65)]
    public void SubjectGroups_FollowLawArticle24(string period)
    {
        var ldtt = new[] { new Cite("LAW_15_2003", 24, 1), new Cite("LAW_15_2003", 24, 3), new Cite("LAW_39_2013", 1, 6) };
        var cstt = new[] { new Cite("LAW_15_2003", 24, 2), new Cite("LAW_39_2013", 1, 6) };
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(period), "LDTT.SUBJECT_GROUP", ConditionOutcome.Met, ldtt, new[] { "Đối tượng" });
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.Soldier(period), "LDTT.SUBJECT_GROUP", ConditionOutcome.NotMet, ldtt, new[] { "Chiến sĩ tiên tiến" });
        Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Soldier(period), "CSTT.SUBJECT_GROUP", ConditionOutcome.Met, cstt, new[] { "Đối tượng" });
        Expect(AwardCodes.AdvancedSoldier, DossierBuilder.CivilServant(period), "CSTT.SUBJECT_GROUP", ConditionOutcome.NotMet, cstt, new[] { "Lao động tiên tiến" });
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("2013-2014@08")]
    [CoversMetAndNotMet("STD.K1_TASKS_WELL", Nd42, Nd65)]
    public void TasksWell_WellMet_OnlyCompletedNotMet(string period)
    {
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(period), "STD.K1_TASKS_WELL", ConditionOutcome.Met, LawPoint(1, "a"), new[] { period });
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(period).WithRating(TaskRating.Completed), "STD.K1_TASKS_WELL", ConditionOutcome.NotMet, LawPoint(1, "a"), new[] { "hoàn thành tốt" });
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("2013-2014@08")]
    [CoversMetAndNotMet("STD.K1_POLICY_SOLIDARITY", Nd42, Nd65)]
    [CoversMetAndNotMet("STD.K1_ACTIVE_STUDY", Nd42, Nd65)]
    [CoversMetAndNotMet("STD.K1_ETHICS", Nd42, Nd65)]
    [CoversMetAndNotMet("STD.K3_PRODUCTIVE_WORK", Nd42, Nd65)]
    [CoversMetAndNotMet("STD.K3_EXEMPLARY_CONDUCT", Nd42, Nd65)]
    public void CouncilFindings_AttestedMet_WithheldNotMet(string period)
    {
        foreach (var (id, clause, point, withhold) in Findings)
        {
            DossierBuilder Subject() => clause == 1 ? DossierBuilder.CivilServant(period) : DossierBuilder.Worker(period);
            Expect(AwardCodes.AdvancedWorker, Subject(), id, ConditionOutcome.Met, LawPoint(clause, point), new[] { period });
            Expect(AwardCodes.AdvancedWorker, Subject().WithAttestations(withhold), id, ConditionOutcome.NotMet, LawPoint(clause, point), new[] { "không xác nhận" });
        }
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("2013-2014@08")]
    [CoversMetAndNotMet("GEN.NOT_ALREADY_AWARDED", Nd42, Nd65)]
    public void NotAlreadyAwarded_NoDecisionMet_DecisionForPeriodNotMet(string period)
    {
        var cites = new[] { new Cite("LAW_15_2003", 20, 4) };
        var decided = AssessmentPeriod.Parse(period).End.AddDays(20);
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(period), "GEN.NOT_ALREADY_AWARDED", ConditionOutcome.Met, cites, new[] { period });
        Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(period).WithAward(AwardCodes.AdvancedWorker, period, decided), "GEN.NOT_ALREADY_AWARDED", ConditionOutcome.NotMet, cites, new[] { period });
    }
}
