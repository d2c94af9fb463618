using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// The procedural conditions shared by the titles: pending proceedings (Circular 12/2019 Điều 2 khoản 5), the
/// next-award clock (Circular 12/2019 Điều 2 khoản 6) and once-per-period annual titles (Decree 91/2017 Điều 50
/// khoản 1; Law Điều 20 khoản 4).
/// </summary>
public sealed class GeneralConditionTests
{
    private const string Pending = "GEN.NO_PENDING_PROCEEDINGS";
    private const string AfterPrevious = "GEN.AFTER_PREVIOUS_AWARD_PERIOD";
    private const string NotAlready = "GEN.NOT_ALREADY_AWARDED";

    private static readonly Cite[] PendingCitations = { new("TT12_2019", 2, 5) };
    private static readonly Cite[] AfterPreviousCitations = { new("TT12_2019", 2, 6) };
    private static readonly Cite[] NotAlreadyCitations = { new("ND91_2017", 50, 1), new("LAW_15_2003", 20, 4) };

    private static readonly DateTime CouncilMeets = new(2022, 1, 20);

    [Fact]
    [Covers(Pending, ConditionOutcome.Met)]
    public void NoPendingProceedings_NoneRecorded_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), Pending, ConditionOutcome.Met, PendingCitations, new[] { "Không có việc xem xét kỷ luật" });

    [Theory]
    [InlineData(2022, 1, 10)]
    [InlineData(2022, 1, 20)] // concluded on the day the council meets.
    [Covers(Pending, ConditionOutcome.Met)]
    public void NoPendingProceedings_ClosedByConsiderationDay_Met(int year, int month, int day)
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithProceeding(ProceedingKind.ComplaintVerification, new DateTime(2021, 11, 15), new DateTime(year, month, day)),
            Pending,
            ConditionOutcome.Met,
            PendingCitations,
            new[] { "ngày xét" },
            CouncilMeets);

    [Fact]
    [Covers(Pending, ConditionOutcome.NotMet)]
    public void NoPendingProceedings_OpenOnConsiderationDay_NotMet()
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithProceeding(ProceedingKind.ComplaintVerification, new DateTime(2021, 11, 15), new DateTime(2022, 2, 10)),
            Pending,
            ConditionOutcome.NotMet,
            PendingCitations,
            new[] { "Có 1 việc" },
            CouncilMeets);

    [Fact]
    [Covers(Pending, ConditionOutcome.NotMet)]
    public void NoPendingProceedings_TwoOpenForCstdcs_NotMetWithCount()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant()
                .WithProceeding(ProceedingKind.DisciplinaryReview, new DateTime(2021, 12, 1), null)
                .WithProceeding(ProceedingKind.Investigation, new DateTime(2021, 10, 1), null),
            Pending,
            ConditionOutcome.NotMet,
            PendingCitations,
            new[] { "Có 2 việc" });

    [Fact]
    [Covers(Pending, ConditionOutcome.Met)]
    public void NoPendingProceedings_OpenedAfterConsiderationDay_Met()
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithProceeding(ProceedingKind.Investigation, new DateTime(2022, 3, 1), null),
            Pending,
            ConditionOutcome.Met,
            PendingCitations,
            new[] { "ngày xét" },
            CouncilMeets);

    [Fact]
    [Covers(Pending, ConditionOutcome.Unknown)]
    public void NoPendingProceedings_ListMissing_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithoutProceedingList(), Pending, ConditionOutcome.Unknown, PendingCitations, new[] { "khiếu nại" });
        Assert.Equal(new[] { "proceedings" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(AfterPrevious, ConditionOutcome.Met)]
    public void AfterPreviousAward_PreviousLdttFor2020_Met()
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithAward(AwardCodes.AdvancedWorker, "2020", new DateTime(2021, 1, 15)),
            AfterPrevious,
            ConditionOutcome.Met,
            AfterPreviousCitations,
            new[] { "2021", "Lao động tiên tiến" });

    [Fact]
    [Covers(AfterPrevious, ConditionOutcome.Met)]
    public void AfterPreviousAward_PreviousMinistryTitleBeforeNewRun_Met()
        => Expect(
            AwardCodes.MinistryEmulationFighter,
            DossierBuilder.MinistryFighter().WithAward(AwardCodes.MinistryEmulationFighter, "2018", new DateTime(2019, 3, 1)),
            AfterPrevious,
            ConditionOutcome.Met,
            AfterPreviousCitations,
            new[] { "2021" });

    [Fact]
    [Covers(AfterPrevious, ConditionOutcome.NotMet)]
    public void AfterPreviousAward_LdttAlreadyDecidedForLaterPeriod_NotMet()
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithAward(AwardCodes.AdvancedWorker, "2022", new DateTime(2023, 1, 12)),
            AfterPrevious,
            ConditionOutcome.NotMet,
            AfterPreviousCitations,
            new[] { "2021", "không nằm sau", "Lao động tiên tiến" });

    [Fact]
    [Covers(AfterPrevious, ConditionOutcome.Unknown)]
    public void AfterPreviousAward_HistoryMissing_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithoutAwardHistory(), AfterPrevious, ConditionOutcome.Unknown, AfterPreviousCitations, new[] { "danh hiệu" });
        Assert.Equal(new[] { "awardHistory" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(NotAlready, ConditionOutcome.Met)]
    public void NotAlreadyAwarded_OtherTitleForSamePeriod_Met()
        => Expect(
            AwardCodes.GrassrootsEmulationFighter,
            DossierBuilder.CivilServant().WithAward(AwardCodes.AdvancedWorker, "2021", new DateTime(2022, 1, 15)),
            NotAlready,
            ConditionOutcome.Met,
            NotAlreadyCitations,
            new[] { "Chiến sĩ thi đua cơ sở", "2021" });

    [Fact]
    [Covers(NotAlready, ConditionOutcome.NotMet)]
    public void NotAlreadyAwarded_LdttDecidedForSamePeriod_NotMet()
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant().WithAward(AwardCodes.AdvancedWorker, "2021", new DateTime(2022, 1, 15)),
            NotAlready,
            ConditionOutcome.NotMet,
            NotAlreadyCitations,
            new[] { "Đã có 1 quyết định", "Lao động tiên tiến", "2021" });

    [Fact]
    [Covers(NotAlready, ConditionOutcome.NotMet)]
    public void NotAlreadyAwarded_TeacherTitleForSameSchoolYear_NotMet()
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant("2021-2022").WithAward(AwardCodes.AdvancedWorker, "2021-2022", new DateTime(2022, 8, 10)),
            NotAlready,
            ConditionOutcome.NotMet,
            NotAlreadyCitations,
            new[] { "2021-2022" });

    [Fact]
    [Covers(NotAlready, ConditionOutcome.Met)]
    public void NotAlreadyAwarded_CalendarYearTitleWhenCheckingSchoolYear_Met()
        => Expect(
            AwardCodes.AdvancedWorker,
            DossierBuilder.CivilServant("2021-2022").WithAward(AwardCodes.AdvancedWorker, "2020", new DateTime(2021, 1, 10)),
            NotAlready,
            ConditionOutcome.Met,
            NotAlreadyCitations,
            new[] { "2021-2022" });
}
