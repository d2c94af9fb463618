using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>LDTT.SUBJECT_GROUP and CSTT.SUBJECT_GROUP: who each title is for (Law Điều 24 as replaced in 2013).</summary>
public sealed class SubjectGroupConditionTests
{
    private const string Ldtt = "LDTT.SUBJECT_GROUP";
    private const string Cstt = "CSTT.SUBJECT_GROUP";

    // Khoản 1 (cadres, civil servants) and khoản 3 (workers) for LĐTT; khoản 2 (armed forces) for CSTT.
    private static readonly Cite[] LdttCitations = { new("LAW_15_2003", 24, 1), new("LAW_15_2003", 24, 3), new("LAW_39_2013", 1, 6) };
    private static readonly Cite[] CsttCitations = { new("LAW_15_2003", 24, 2), new("LAW_39_2013", 1, 6) };

    [Fact]
    [Covers(Ldtt, ConditionOutcome.Met)]
    public void LdttSubjectGroup_CivilServant_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant(), Ldtt, ConditionOutcome.Met, LdttCitations, new[] { "cán bộ, công chức, viên chức" });

    [Fact]
    [Covers(Ldtt, ConditionOutcome.Met)]
    public void LdttSubjectGroup_Worker_Met()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.Worker(), Ldtt, ConditionOutcome.Met, LdttCitations, new[] { "công nhân, nông dân, người lao động" });

    [Fact]
    [Covers(Ldtt, ConditionOutcome.NotMet)]
    public void LdttSubjectGroup_Soldier_NotMet()
        => Expect(AwardCodes.AdvancedWorker, DossierBuilder.Soldier(), Ldtt, ConditionOutcome.NotMet, LdttCitations, new[] { "sĩ quan, hạ sĩ quan, chiến sĩ", "Chiến sĩ tiên tiến" });

    [Fact]
    [Covers(Ldtt, ConditionOutcome.Unknown)]
    public void LdttSubjectGroup_CategoryMissing_Unknown()
    {
        var condition = Expect(AwardCodes.AdvancedWorker, DossierBuilder.CivilServant().WithCategory(null), Ldtt, ConditionOutcome.Unknown, LdttCitations, new[] { "nhóm đối tượng" });
        Assert.Equal(new[] { "category" }, condition.MissingFacts);
    }

    [Fact]
    [Covers(Cstt, ConditionOutcome.Met)]
    public void CsttSubjectGroup_Soldier_Met()
        => Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Soldier(), Cstt, ConditionOutcome.Met, CsttCitations, new[] { "sĩ quan, hạ sĩ quan, chiến sĩ" });

    [Fact]
    [Covers(Cstt, ConditionOutcome.NotMet)]
    public void CsttSubjectGroup_CivilServant_NotMet()
        => Expect(AwardCodes.AdvancedSoldier, DossierBuilder.CivilServant(), Cstt, ConditionOutcome.NotMet, CsttCitations, new[] { "cán bộ, công chức, viên chức", "Lao động tiên tiến" });

    [Fact]
    [Covers(Cstt, ConditionOutcome.NotMet)]
    public void CsttSubjectGroup_Worker_NotMet()
        => Expect(AwardCodes.AdvancedSoldier, DossierBuilder.Worker(), Cstt, ConditionOutcome.NotMet, CsttCitations, new[] { "công nhân, nông dân, người lao động" });
}
