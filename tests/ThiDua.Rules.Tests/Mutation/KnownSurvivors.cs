namespace ThiDua.Rules.Tests.Mutation;

/// <summary>
/// Mutations no worked example kills yet, each a known gap in the worked examples (not in the rules' own tests: every
/// one of these conditions has met and not-met unit tests). The list may only shrink: the mutation test fails on a
/// survivor missing here and on an entry here that a worked example now kills.
/// <list type="bullet">
/// <item><c>STD.EXCLUSIONS_NOT_ENCODED</c> needs a fact no dossier supplies, so it is always Unknown and no example can
/// tell its expression apart from a constant: that is its purpose.</item>
/// <item><c>BK_TTG.FIVE_INITIATIVES_OR_COMBAT_LETTERS</c> (vn-2013, and vn-2013-nd65 under Decree 65/2014) likewise needs
/// a fact no dossier supplies (letters of commendation for combat), so it is always Unknown for the armed forces.</item>
/// <item><c>NSUT.BEFORE_DECREE_89</c> and <c>NSND.BEFORE_DECREE_89</c> (vn-2013-nd65) guard the periods before Decree
/// 89/2014 took effect with the same never-supplied fact, so such a period is always Unknown: that is their purpose.</item>
/// <item><c>TTUT65.BEFORE_DECREE_41</c> and <c>TTND65.BEFORE_DECREE_41</c> (vn-2013-nd65) do the same for the physician
/// titles before Decree 41/2015 took effect (20 June 2015).</item>
/// </list>
/// </summary>
internal static class KnownSurvivors
{
    public static readonly IReadOnlyList<string> Mutations = new[]
    {
        "STD.EXCLUSIONS_NOT_ENCODED (vn-2013-nd42/shared/advanced-standard.json) forced always false",
        "STD.EXCLUSIONS_NOT_ENCODED (vn-2013-nd42/shared/advanced-standard.json) forced always true",
        "BK_TTG.FIVE_INITIATIVES_OR_COMBAT_LETTERS (vn-2013/awards/BK_TTG.json) forced always false",
        "BK_TTG.FIVE_INITIATIVES_OR_COMBAT_LETTERS (vn-2013/awards/BK_TTG.json) forced always true",
        "BK_TTG.FIVE_INITIATIVES_OR_COMBAT_LETTERS (vn-2013-nd65/awards/BK_TTG.json) forced always false",
        "BK_TTG.FIVE_INITIATIVES_OR_COMBAT_LETTERS (vn-2013-nd65/awards/BK_TTG.json) forced always true",
        "NSND.BEFORE_DECREE_89 (vn-2013-nd65/awards/NSND.json) forced always false",
        "NSND.BEFORE_DECREE_89 (vn-2013-nd65/awards/NSND.json) forced always true",
        "NSUT.BEFORE_DECREE_89 (vn-2013-nd65/awards/NSUT.json) forced always false",
        "NSUT.BEFORE_DECREE_89 (vn-2013-nd65/awards/NSUT.json) forced always true",
        "TTND65.BEFORE_DECREE_41 (vn-2013-nd65/awards/TTND.json) forced always false",
        "TTND65.BEFORE_DECREE_41 (vn-2013-nd65/awards/TTND.json) forced always true",
        "TTUT65.BEFORE_DECREE_41 (vn-2013-nd65/awards/TTUT.json) forced always false",
        "TTUT65.BEFORE_DECREE_41 (vn-2013-nd65/awards/TTUT.json) forced always true",
    };
}
