using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions.EarlierLayers;

/// <summary>
/// The open points of <see cref="OpenPointConditionTests"/> in the layers before Decree 91/2017: registration for
/// emulation (Law Điều 10 khoản 1 điểm b) and a criminal sentence being served (Law Điều 24 as amended in 2013) for
/// periods ending 2014-06-01 to 2017-09-30, and an earlier discipline still in force (Decree 65/2014 Điều 5 khoản 6)
/// for periods ending from 2014-08-20. Met, NotMet when the host excludes, Unknown by default.
/// </summary>
public sealed class EarlierLayerOpenPointTests
{
    private const string Nd65 = "vn-2013-nd65";
    private const string Nd42 = "vn-2013-nd42";
    private const string EarlierDiscipline = "STD.NO_DISCIPLINE_IN_FORCE_FROM_EARLIER";
    private const string Sentence = "STD.NO_CRIMINAL_SENTENCE_BEING_SERVED";
    private const string Registration = "GEN.EMULATION_REGISTRATION";

    private static readonly Cite[] Khoan6 = { new("ND65_2014", 5, 6) };
    private static readonly Cite[] Dieu24 = { new("LAW_15_2003", 24, 1, "b"), new("LAW_15_2003", 24, 3, "b"), new("LAW_39_2013", 1, 6) };
    private static readonly Cite[] Dieu10 = { new("LAW_15_2003", 10, 1, "b") };

    private static IEligibilityChecker Excluding => OpenPointConditionTests.Excluding.Value;

    /// <summary>A period of each layer: the calendar year 2015 (Decree 65), the school year ending 31/07/2014 (Law only).</summary>
    private static string PeriodOf(string regime) => regime == Nd65 ? "2015" : "2013-2014@08";

    /// <summary>A civil servant eligible for LĐTT in the layer's period, with the absence Decree 65 asks for stated.</summary>
    private static DossierBuilder CivilServant(string regime) => DossierBuilder.CivilServant(PeriodOf(regime)).WithWorkingDaysAbsent(3);

    [Theory]
    [InlineData(Nd65)]
    [InlineData(Nd42)]
    public void Layers_TheirPeriods_AreCheckedUnderTheirOwnRegime(string regime)
        => Assert.Equal(regime, Check(AwardCodes.AdvancedWorker, CivilServant(regime)).RegimeId);

    // Registration for emulation: a basis for every title, the group ones included.
    [Theory]
    [InlineData(AwardCodes.AdvancedWorker)]
    [InlineData(AwardCodes.AdvancedSoldier)]
    [InlineData(AwardCodes.GrassrootsEmulationFighter)]
    [InlineData(AwardCodes.MinistryEmulationFighter)]
    [InlineData(AwardCodes.NationalEmulationFighter)]
    [CoversMetAndNotMet(Registration, Nd65, Nd42)]
    public void Registration_RegisteredMet_NotRegisteredAndHostExcludesNotMet_InBothLayers(string award)
    {
        foreach (var regime in new[] { Nd65, Nd42 })
        {
            var dossier = award == AwardCodes.AdvancedSoldier ? DossierBuilder.Soldier(PeriodOf(regime)).WithWorkingDaysAbsent(3) : CivilServant(regime);
            Expect(award, dossier, Registration, ConditionOutcome.Met, Dieu10, new[] { "Đã đăng ký tham gia phong trào thi đua kỳ" }, checker: Excluding);
            Expect(award, dossier.WithRegistration(false), Registration, ConditionOutcome.NotMet, Dieu10, new[] { "Không đăng ký" }, checker: Excluding);
        }
    }

    [Fact]
    [Covers(Registration, ConditionOutcome.Unknown, Regime = Nd65)]
    [Covers(Registration, ConditionOutcome.Unknown, Regime = Nd42)]
    public void Registration_NotRegisteredWithDefaultSettingsOrNotStated_Unknown()
    {
        foreach (var regime in new[] { Nd65, Nd42 })
        {
            var unset = Expect(AwardCodes.AdvancedWorker, CivilServant(regime).WithRegistration(false), Registration, ConditionOutcome.Unknown, Dieu10, new[] { "đăng ký thi đua" });
            Assert.Equal(new[] { "options.openPoints.notRegisteredForEmulation" }, unset.MissingFacts);

            var unstated = Expect(AwardCodes.AdvancedWorker, CivilServant(regime).WithRegistration(null), Registration, ConditionOutcome.Unknown, Dieu10, Array.Empty<string>(), checker: Excluding);
            Assert.Equal(new[] { $"periods[{PeriodOf(regime)}].emulationRegistered" }, unstated.MissingFacts);
        }
    }

    // A criminal sentence being served during the period, suspended ones included.
    [Fact]
    [CoversMetAndNotMet(Sentence, Nd65, Nd42)]
    public void Sentence_NoneMet_ProbationRunningThroughThePeriodAndHostExcludesNotMet()
    {
        foreach (var regime in new[] { Nd65, Nd42 })
        {
            Expect(AwardCodes.AdvancedWorker, CivilServant(regime), Sentence, ConditionOutcome.Met, Dieu24, new[] { "Không chấp hành bản án hình sự nào trong kỳ" }, checker: Excluding);

            // Served before the period: judged 2010, probation ended 31/12/2012.
            var served = CivilServant(regime).WithCriminalSentence(CriminalSentenceKind.Suspended, new DateTime(2010, 6, 1), new DateTime(2012, 12, 31));
            Expect(AwardCodes.AdvancedWorker, served, Sentence, ConditionOutcome.Met, Dieu24, Array.Empty<string>(), checker: Excluding);

            // Probation from May 2013 to May 2016 covers both the school year 2013-2014 and the year 2015.
            var serving = CivilServant(regime).WithCriminalSentence(CriminalSentenceKind.Suspended, new DateTime(2013, 5, 10), new DateTime(2016, 5, 10));
            Expect(AwardCodes.AdvancedWorker, serving, Sentence, ConditionOutcome.NotMet, Dieu24, new[] { "1 bản án hình sự" }, checker: Excluding);
            Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Soldier(PeriodOf(regime)).WithWorkingDaysAbsent(3).WithCriminalSentence(CriminalSentenceKind.NonCustodialReform, new DateTime(2013, 5, 10), new DateTime(2016, 5, 10)), Sentence, ConditionOutcome.NotMet, Dieu24, new[] { "1 bản án hình sự" }, checker: Excluding);
        }
    }

    [Fact]
    [Covers(Sentence, ConditionOutcome.Unknown, Regime = Nd65)]
    [Covers(Sentence, ConditionOutcome.Unknown, Regime = Nd42)]
    public void Sentence_ServedWithDefaultSettingsOrListNotStated_Unknown()
    {
        foreach (var regime in new[] { Nd65, Nd42 })
        {
            var serving = CivilServant(regime).WithCriminalSentence(CriminalSentenceKind.Suspended, new DateTime(2013, 5, 10), new DateTime(2016, 5, 10));
            var unset = Expect(AwardCodes.AdvancedWorker, serving, Sentence, ConditionOutcome.Unknown, Dieu24, new[] { "án hình sự" });
            Assert.Equal(new[] { "options.openPoints.criminalSentenceBeingServed" }, unset.MissingFacts);

            var unstated = Expect(AwardCodes.AdvancedWorker, CivilServant(regime).WithoutCriminalSentenceList(), Sentence, ConditionOutcome.Unknown, Dieu24, Array.Empty<string>(), checker: Excluding);
            Assert.Equal(new[] { "criminalSentences" }, unstated.MissingFacts);
        }
    }

    // A discipline decided before the period and still in force during it: Decree 65 only.
    [Fact]
    [CoversMetAndNotMet(EarlierDiscipline, Nd65)]
    public void EarlierDiscipline_LapsedBeforeThePeriodMet_InForceDuringItAndHostExcludesNotMet()
    {
        var lapsed = CivilServant(Nd65).WithDiscipline(new DateTime(2014, 3, 10), new DateTime(2014, 6, 10), null);
        Expect(AwardCodes.AdvancedWorker, lapsed, EarlierDiscipline, ConditionOutcome.Met, Khoan6, new[] { "Không có quyết định kỷ luật nào từ trước kỳ 2015" }, checker: Excluding);

        var lifted = CivilServant(Nd65).WithDiscipline(new DateTime(2014, 9, 1), new DateTime(2015, 8, 31), new DateTime(2014, 12, 1));
        Expect(AwardCodes.AdvancedWorker, lifted, EarlierDiscipline, ConditionOutcome.Met, Khoan6, new[] { "2015" }, checker: Excluding);

        var inForce = CivilServant(Nd65).WithDiscipline(new DateTime(2014, 6, 1), new DateTime(2015, 5, 31), null);
        var condition = Expect(AwardCodes.AdvancedWorker, inForce, EarlierDiscipline, ConditionOutcome.NotMet, Khoan6, new[] { "1 quyết định kỷ luật từ trước kỳ 2015" }, checker: Excluding);
        Assert.Equal("excludes", condition.Values["earlierDisciplineTreatment"]);
    }

    [Fact]
    [Covers(EarlierDiscipline, ConditionOutcome.Unknown, Regime = Nd65)]
    public void EarlierDiscipline_InForceWithDefaultSettingsOrNoEndStated_Unknown()
    {
        var inForce = CivilServant(Nd65).WithDiscipline(new DateTime(2014, 6, 1), new DateTime(2015, 5, 31), null);
        var unset = Expect(AwardCodes.AdvancedWorker, inForce, EarlierDiscipline, ConditionOutcome.Unknown, Khoan6, new[] { "thiết lập của đơn vị" });
        Assert.Equal(new[] { "options.openPoints.disciplineInForceFromEarlierPeriod" }, unset.MissingFacts);

        var noEnd = CivilServant(Nd65).WithDiscipline(new DateTime(2014, 6, 1), null, null);
        var undecided = Expect(AwardCodes.AdvancedWorker, noEnd, EarlierDiscipline, ConditionOutcome.Unknown, Khoan6, Array.Empty<string>(), checker: Excluding);
        Assert.Equal(new[] { "disciplines" }, undecided.MissingFacts);
    }

    [Fact]
    public void EarlierDiscipline_BeforeDecree65_IsNoCondition()
    {
        // No Decree 42/2010 text could be read, so the Law-only layer has no discipline condition to carry it.
        var result = Check(AwardCodes.AdvancedWorker, CivilServant(Nd42).WithDiscipline(new DateTime(2013, 6, 1), new DateTime(2014, 5, 31), null), checker: Excluding);

        Assert.Equal(Nd42, result.RegimeId);
        Assert.DoesNotContain(result.Conditions, c => c.ConditionId == EarlierDiscipline);
    }
}
