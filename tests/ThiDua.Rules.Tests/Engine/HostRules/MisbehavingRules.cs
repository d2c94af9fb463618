using NRules.Fluent.Dsl;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Tests.Engine.HostRules;

// Host rules that break the contract on purpose. They are registered by type in the tests that need them; scanning
// the test assembly would pick them up too, so the tests never register the assembly as a whole.

[ThiDuaCondition("STD.NO_DISCIPLINE", AwardCodes.AdvancedWorker, DescriptionVi = "Thay điều kiện của luật.", DescriptionEn = "Replaces a condition of the law.")]
[ThiDuaCitation("ND91_2017", 10)]
public sealed class ReplacesLawConditionRule : Rule
{
    public override void Define()
    {
        AwardCheck check = null!;
        When().Match(() => check, c => c.Award == AwardCodes.AdvancedWorker);
        Then().Do(ctx => check.RecordOutcome(ctx, ConditionOutcome.Met, new LocalizedText("x", "x"), null, null));
    }
}

[ThiDuaCondition("EXAMPLE.LDTT.UNCITED", AwardCodes.AdvancedWorker, DescriptionVi = "Không có trích dẫn.", DescriptionEn = "No citation.")]
public sealed class UncitedRule : Rule
{
    public override void Define()
    {
        AwardCheck check = null!;
        When().Match(() => check, c => c.Award == AwardCodes.AdvancedWorker);
        Then().Do(ctx => check.RecordOutcome(ctx, ConditionOutcome.Met, new LocalizedText("x", "x"), null, null));
    }
}

[ThiDuaCondition("EXAMPLE.LDTT.TWICE", AwardCodes.AdvancedWorker, DescriptionVi = "Ghi hai lần.", DescriptionEn = "Records twice.")]
[ThiDuaCitation(ProvincialDocument.Id, 5)]
public sealed class RecordsTwiceRule : Rule
{
    public override void Define()
    {
        AwardCheck check = null!;
        When().Match(() => check, c => c.Award == AwardCodes.AdvancedWorker && !c.IsStandardOnly);
        Then()
            .Do(ctx => check.RecordOutcome(ctx, ConditionOutcome.Met, new LocalizedText("một", "one"), null, null))
            .Do(ctx => check.RecordOutcome(ctx, ConditionOutcome.Met, new LocalizedText("hai", "two"), null, null));
    }
}

/// <summary>Withdraws the check before the law's rules fire, which would silently drop every condition of the law.</summary>
[ThiDuaCondition("EXAMPLE.LDTT.WITHDRAWS", AwardCodes.AdvancedWorker, DescriptionVi = "Rút hồ sơ.", DescriptionEn = "Withdraws the check.")]
[ThiDuaCitation(ProvincialDocument.Id, 5)]
[Priority(100)]
public sealed class WithdrawsCheckRule : Rule
{
    public override void Define()
    {
        AwardCheck check = null!;
        When().Match(() => check, c => c.Award == AwardCodes.AdvancedWorker && !c.IsStandardOnly);
        Then().Do(ctx => ctx.Retract(check));
    }
}

[ThiDuaCondition("EXAMPLE.LDTT.THROWS", AwardCodes.AdvancedWorker, DescriptionVi = "Lỗi khi chạy.", DescriptionEn = "Fails when it runs.")]
[ThiDuaCitation(ProvincialDocument.Id, 5)]
public sealed class ThrowsOnSoldiersRule : Rule
{
    public override void Define()
    {
        AwardCheck check = null!;
        When().Match(() => check, c => c.Award == AwardCodes.AdvancedWorker && !c.IsStandardOnly);
        Then().Do(ctx => Fail(check));
    }

    private static void Fail(AwardCheck check)
    {
        if (check.Dossier.FullName == "Boom")
        {
            throw new InvalidOperationException("the host's rule failed");
        }
    }
}
