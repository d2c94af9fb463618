using NRules.Fluent.Dsl;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Tests.Engine.HostRules;

/// <summary>
/// The worked host example (also in README.md): a province adds its own condition to Lao động tiên tiến. The decision
/// it cites is an illustration declared by the test (document <c>EXAMPLE_PROVINCE_DECISION</c>), not a real text.
/// The condition: the unit's emulation council approved the nomination by ballot with more than half of its members.
/// </summary>
[ThiDuaCondition(
    Id,
    AwardCodes.AdvancedWorker,
    DescriptionVi = "Được quá nửa thành viên Hội đồng thi đua - khen thưởng của đơn vị bỏ phiếu đồng ý đề nghị.",
    DescriptionEn = "Approved by more than half of the unit's emulation council by ballot.")]
[ThiDuaCitation(ProvincialDocument.Id, 5, Clause = 2, Basis = "Illustration for the tests and the README; not a real decision.")]
public sealed class ProvincialBallotRule : Rule
{
    public const string Id = "EXAMPLE.LDTT.COUNCIL_MAJORITY";

    public override void Define()
    {
        AwardCheck check = null!;

        When().Match(() => check, c => c.Award == AwardCodes.AdvancedWorker && !c.IsStandardOnly);
        Then().Do(ctx => check.RecordOutcome(ctx, Outcome(check), Message(check), Missing(check), null));
    }

    private static CouncilBallot? Ballot(AwardCheck check)
        => check.Dossier.Periods?.FirstOrDefault(p => p.Period == check.Period)?.Ballots?.LastOrDefault(b => b.Award == check.Award);

    private static ConditionOutcome Outcome(AwardCheck check)
        => Ballot(check) is not CouncilBallot ballot ? ConditionOutcome.Unknown
            : ballot.VotesInFavour * 2 > ballot.CouncilMembers ? ConditionOutcome.Met
            : ConditionOutcome.NotMet;

    private static LocalizedText Message(AwardCheck check)
        => Ballot(check) is not CouncilBallot ballot
            ? new LocalizedText("Chưa có kết quả bỏ phiếu của Hội đồng.", "The council's ballot is not in the dossier.")
            : new LocalizedText(
                $"{ballot.VotesInFavour}/{ballot.CouncilMembers} thành viên Hội đồng đồng ý.",
                $"{ballot.VotesInFavour} of {ballot.CouncilMembers} council members approved.");

    private static IReadOnlyList<string>? Missing(AwardCheck check)
        => Ballot(check) == null ? new[] { $"periods[{check.Period}].ballots" } : null;
}

/// <summary>The illustrative provincial decision the example cites.</summary>
public static class ProvincialDocument
{
    public const string Id = "EXAMPLE_PROVINCE_DECISION";

    public static LegalDocument Document { get; } = new(
        Id,
        "01/2020/QĐ-UBND (ví dụ)",
        LegalDocumentKind.Decision,
        new LocalizedText("Quyết định minh họa của Ủy ban nhân dân tỉnh về thi đua, khen thưởng", "Illustrative provincial decision on emulation and commendation"),
        new DateTime(2020, 1, 1),
        null);

    public static ThiDuaRulesOptions WithExample(this ThiDuaRulesOptions options)
        => options.AddDocument(Document).AddRules(typeof(ProvincialBallotRule));
}
