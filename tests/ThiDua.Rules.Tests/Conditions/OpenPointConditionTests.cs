using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// The points of law no national text settles, each a condition whose host setting decides it: a discipline decided
/// before the period and still in force (Decree 91/2017 Điều 10 khoản 6), a criminal sentence being served (Law Điều
/// 24), no registration for emulation (Law Điều 10 khoản 1 điểm b). By default the case gives Unknown with the
/// setting named; set to Excludes it gives NotMet; a person the point does not concern meets the condition either way.
/// </summary>
public sealed class OpenPointConditionTests
{
    private const string EarlierDiscipline = "STD.NO_DISCIPLINE_IN_FORCE_FROM_EARLIER";
    private const string Sentence = "STD.NO_CRIMINAL_SENTENCE_BEING_SERVED";
    private const string Registration = "GEN.EMULATION_REGISTRATION";

    private static readonly Cite[] Khoan6 = { new("ND91_2017", 10, 6) };
    private static readonly Cite[] Dieu24 = { new("LAW_15_2003", 24, 1, "b"), new("LAW_15_2003", 24, 3, "b"), new("LAW_39_2013", 1, 6) };
    private static readonly Cite[] Dieu10 = { new("LAW_15_2003", 10, 1, "b") };

    /// <summary>A checker whose host excludes every open point; the earlier layers' open-point tests use it too.</summary>
    internal static readonly Lazy<IEligibilityChecker> Excluding = new(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions
    {
        OpenPoints = new OpenPointSettings
        {
            DisciplineInForceFromEarlierPeriod = OpenPointTreatment.Excludes,
            CriminalSentenceBeingServed = OpenPointTreatment.Excludes,
            NotRegisteredForEmulation = OpenPointTreatment.Excludes,
        },
    }));

    // A discipline decided before the period.
    [Theory]
    [InlineData("2020-03-10", "2020-06-10", null)] // lapsed at the end of a 3-month term
    [InlineData("2019-05-01", "2020-04-30", null)]
    [InlineData("2020-09-01", "2021-08-31", "2020-12-01")] // lifted before the period, though its term ran on
    [InlineData("2020-12-31", null, "2020-12-31")] // lifted the day it was decided
    [Covers(EarlierDiscipline, ConditionOutcome.Met)]
    public void EarlierDiscipline_EndedBeforeThePeriod_MetEvenWhenTheHostExcludes(string decided, string? until, string? lifted)
    {
        var dossier = DossierBuilder.CivilServant().WithDiscipline(Day(decided), until == null ? null : Day(until), lifted == null ? null : Day(lifted));

        Expect(AwardCodes.AdvancedWorker, dossier, EarlierDiscipline, ConditionOutcome.Met, Khoan6, new[] { "Không có quyết định kỷ luật nào từ trước kỳ 2021" }, checker: Excluding.Value);
        Expect(AwardCodes.AdvancedWorker, dossier, EarlierDiscipline, ConditionOutcome.Met, Khoan6, new[] { "2021" });
    }

    [Fact]
    [Covers(EarlierDiscipline, ConditionOutcome.Met)]
    public void EarlierDiscipline_DisciplineDecidedInThePeriod_IsLeftToNoDiscipline()
    {
        var dossier = DossierBuilder.CivilServant().WithDiscipline(new DateTime(2021, 2, 1), null, null);

        Expect(AwardCodes.AdvancedWorker, dossier, EarlierDiscipline, ConditionOutcome.Met, Khoan6, new[] { "2021" });
        Assert.Equal(ConditionOutcome.NotMet, Find(Check(AwardCodes.AdvancedWorker, dossier), "STD.NO_DISCIPLINE").Outcome);
    }

    [Theory]
    [InlineData("2020-06-01", "2021-05-31", null)]
    [InlineData("2020-12-31", "2021-01-01", null)] // in force on the period's first day only
    [InlineData("2020-06-01", "2021-05-31", "2021-02-01")] // lifted during the period
    [Covers(EarlierDiscipline, ConditionOutcome.NotMet)]
    public void EarlierDiscipline_InForceDuringThePeriodAndHostExcludes_NotMet(string decided, string until, string? lifted)
    {
        var dossier = DossierBuilder.CivilServant().WithDiscipline(Day(decided), Day(until), lifted == null ? null : Day(lifted));

        var condition = Expect(AwardCodes.AdvancedWorker, dossier, EarlierDiscipline, ConditionOutcome.NotMet, Khoan6, new[] { "1 quyết định kỷ luật từ trước kỳ 2021" }, checker: Excluding.Value);
        Assert.Equal("excludes", condition.Values["earlierDisciplineTreatment"]);
    }

    [Fact]
    [Covers(EarlierDiscipline, ConditionOutcome.Unknown)]
    public void EarlierDiscipline_InForceDuringThePeriodWithDefaultSettings_UnknownAskingForTheSetting()
    {
        var dossier = DossierBuilder.CivilServant().WithDiscipline(new DateTime(2020, 6, 1), new DateTime(2021, 5, 31), null);

        var condition = Expect(AwardCodes.AdvancedWorker, dossier, EarlierDiscipline, ConditionOutcome.Unknown, Khoan6, new[] { "thiết lập của đơn vị" });
        Assert.Equal(new[] { "options.openPoints.disciplineInForceFromEarlierPeriod" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(EarlierDiscipline, ConditionOutcome.Unknown)]
    public void EarlierDiscipline_NoEndStated_UnknownAskingForTheDossierEvenWhenTheHostExcludes()
    {
        var dossier = DossierBuilder.CivilServant().WithDiscipline(new DateTime(2020, 6, 1), null, null);

        var condition = Expect(AwardCodes.AdvancedWorker, dossier, EarlierDiscipline, ConditionOutcome.Unknown, Khoan6, new[] { "ngày xóa kỷ luật" }, checker: Excluding.Value);
        Assert.Equal(new[] { "disciplines" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(EarlierDiscipline, ConditionOutcome.NotMet)]
    public void EarlierDiscipline_OneSurelyInForceAndOneUndecidable_NotMetWhenTheHostExcludes()
    {
        var dossier = DossierBuilder.CivilServant()
            .WithDiscipline(new DateTime(2019, 6, 1), null, null)
            .WithDiscipline(new DateTime(2020, 10, 1), new DateTime(2021, 9, 30), null);

        Expect(AwardCodes.AdvancedWorker, dossier, EarlierDiscipline, ConditionOutcome.NotMet, Khoan6, new[] { "2021" }, checker: Excluding.Value);
    }

    [Fact]
    [Covers(EarlierDiscipline, ConditionOutcome.Unknown)]
    public void EarlierDiscipline_ListNotStated_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithoutDisciplineList(), EarlierDiscipline, ConditionOutcome.Unknown, Khoan6, Array.Empty<string>());
        Assert.Equal(new[] { "disciplines" }, condition.MissingFacts);
    }

    // Criminal sentences.
    [Theory]
    [InlineData("2018-03-01", "2020-12-31")] // served before the period
    [InlineData("2022-01-01", "2023-01-01")] // judged after it
    [Covers(Sentence, ConditionOutcome.Met)]
    public void Sentence_NotServedDuringThePeriod_Met(string judged, string until)
    {
        var dossier = DossierBuilder.CivilServant().WithCriminalSentence(CriminalSentenceKind.Suspended, Day(judged), Day(until));

        Expect(AwardCodes.AdvancedWorker, dossier, Sentence, ConditionOutcome.Met, Dieu24, new[] { "Không chấp hành bản án hình sự nào trong kỳ 2021" }, checker: Excluding.Value);
    }

    [Fact]
    [Covers(Sentence, ConditionOutcome.Met)]
    public void Sentence_EmptyList_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), Sentence, ConditionOutcome.Met, Dieu24, new[] { "2021" });

    [Theory]
    [InlineData(CriminalSentenceKind.Suspended, "2020-05-10", "2022-05-10")] // probation running through the period
    [InlineData(CriminalSentenceKind.NonCustodialReform, "2020-01-01", "2021-01-01")] // ends on the period's first day
    [InlineData(CriminalSentenceKind.Imprisonment, "2021-12-31", null)] // judged on the last day, no end stated
    [Covers(Sentence, ConditionOutcome.NotMet)]
    public void Sentence_ServedDuringThePeriodAndHostExcludes_NotMet(CriminalSentenceKind kind, string judged, string? until)
    {
        var dossier = DossierBuilder.CivilServant().WithCriminalSentence(kind, Day(judged), until == null ? null : Day(until));

        Expect(AwardCodes.AdvancedWorker, dossier, Sentence, ConditionOutcome.NotMet, Dieu24, new[] { "1 bản án hình sự" }, checker: Excluding.Value);
    }

    [Fact]
    [Covers(Sentence, ConditionOutcome.NotMet)]
    public void Sentence_WorkerServingASentenceAndHostExcludes_NotMet()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.Worker().WithCriminalSentence(CriminalSentenceKind.Suspended, new DateTime(2021, 4, 1), new DateTime(2023, 4, 1)), Sentence, ConditionOutcome.NotMet, Dieu24, new[] { "2021" }, checker: Excluding.Value);

    [Fact]
    [Covers(Sentence, ConditionOutcome.Unknown)]
    public void Sentence_ServedWithDefaultSettings_UnknownAskingForTheSetting()
    {
        var dossier = DossierBuilder.CivilServant().WithCriminalSentence(CriminalSentenceKind.Suspended, new DateTime(2021, 8, 16), null);

        var condition = Expect(AwardCodes.AdvancedWorker, dossier, Sentence, ConditionOutcome.Unknown, Dieu24, new[] { "án hình sự" });
        Assert.Equal(new[] { "options.openPoints.criminalSentenceBeingServed" }, condition.MissingFacts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    [Covers(Sentence, ConditionOutcome.Unknown)]
    public void Sentence_EarlierJudgmentWithoutEndOrListNotStated_Unknown(bool listStated)
    {
        var dossier = listStated
            ? DossierBuilder.CivilServant().WithCriminalSentence(CriminalSentenceKind.Suspended, new DateTime(2019, 8, 16), null)
            : DossierBuilder.CivilServant().WithoutCriminalSentenceList();

        var condition = Expect(AwardCodes.AdvancedWorker, dossier, Sentence, ConditionOutcome.Unknown, Dieu24, Array.Empty<string>(), checker: Excluding.Value);
        Assert.Equal(new[] { "criminalSentences" }, condition.MissingFacts);
    }

    // Registration for emulation.
    [Theory]
    [InlineData(AwardCodes.AdvancedWorker)]
    [InlineData(AwardCodes.GrassrootsEmulationFighter)]
    [Covers(Registration, ConditionOutcome.Met)]
    public void Registration_Registered_Met(string award)
        => Expect(award, DossierBuilder.CivilServant(), Registration, ConditionOutcome.Met, Dieu10, new[] { "Đã đăng ký tham gia phong trào thi đua kỳ 2021" }, checker: Excluding.Value);

    [Fact]
    [Covers(Registration, ConditionOutcome.Met)]
    public void Registration_RegisteredSoldierForCstt_Met()
        => Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Soldier(), Registration, ConditionOutcome.Met, Dieu10, new[] { "2021" });

    [Fact]
    [Covers(Registration, ConditionOutcome.NotMet)]
    public void Registration_NotRegisteredAndHostExcludes_NotMet()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithRegistration(false), Registration, ConditionOutcome.NotMet, Dieu10, new[] { "Không đăng ký", "Lao động tiên tiến" }, checker: Excluding.Value);

    [Fact]
    [Covers(Registration, ConditionOutcome.NotMet)]
    public void Registration_NotRegisteredForNationalTitleAndHostExcludes_NotMet()
        => Expect(AwardCodes.NationalEmulationFighter, DossierBuilder.NationalFighter().WithRegistration(false), Registration, ConditionOutcome.NotMet, Dieu10, new[] { "2022" }, checker: Excluding.Value);

    [Fact]
    [Covers(Registration, ConditionOutcome.Unknown)]
    public void Registration_NotRegisteredWithDefaultSettings_UnknownAskingForTheSetting()
    {
        var condition = Expect(AwardCodes.MinistryEmulationFighter, DossierBuilder.MinistryFighter().WithRegistration(false), Registration, ConditionOutcome.Unknown, Dieu10, new[] { "đăng ký thi đua" });
        Assert.Equal(new[] { "options.openPoints.notRegisteredForEmulation" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(Registration, ConditionOutcome.Unknown)]
    public void Registration_NotStated_UnknownAskingForTheRecord()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithRegistration(null), Registration, ConditionOutcome.Unknown, Dieu10, new[] { "đăng ký tham gia phong trào thi đua" }, checker: Excluding.Value);
        Assert.Equal(new[] { "periods[2021].emulationRegistered" }, condition.MissingFacts);
    }

    [Fact]
    public void Registration_StandardOnlyCheck_IsNotAsked()
    {
        // Registration is a basis for awarding a title, not part of its standard: CSTĐ cơ sở asks for the LĐTT standard only.
        var result = Check(AwardCodes.GrassrootsEmulationFighter, DossierBuilder.CivilServant().WithRegistration(false), checker: Excluding.Value);

        var nested = Find(result, "CSTDCS.MEETS_ADVANCED_STANDARD").Prerequisite!;
        Assert.DoesNotContain(nested.Conditions, c => c.ConditionId == Registration);
        Assert.Equal(ConditionOutcome.NotMet, Find(result, Registration).Outcome);
    }

    private static DateTime Day(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
