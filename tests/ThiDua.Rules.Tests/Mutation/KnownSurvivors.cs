namespace ThiDua.Rules.Tests.Mutation;

/// <summary>
/// Mutations no worked example kills yet, each a known gap in the worked examples (not in the rules' own tests: every
/// one of these conditions has met and not-met unit tests). The list may only shrink: the mutation test fails on a
/// survivor missing here and on an entry here that a worked example now kills.
/// <list type="bullet">
/// <item>The collective, household, village and list conditions of the 2014–2017 layers and of Decree 122/2018 were
/// added with unit tests but without a worked example for every "forced always true" mutation (merge of 1 Dec 2026).</item>
/// <item><c>STD.EXCLUSIONS_NOT_ENCODED</c> needs a fact no dossier supplies, so it is always Unknown and no example can
/// tell its expression apart from a constant: that is its purpose.</item>
/// </list>
/// </summary>
internal static class KnownSurvivors
{
    public static readonly IReadOnlyList<string> Mutations = new[]
    {
        "DVQT.MEMBERS_ADVANCED (vn-2013-nd42/awards/DVQT.json) forced always true",
        "DVQT.MEMBERS_ADVANCED (vn-2013-nd65/awards/DVQT.json) forced always true",
        "DVTT.SUBJECT_GROUP (vn-2013-nd42/awards/DVTT.json) forced always true",
        "DVTT.SUBJECT_GROUP (vn-2013-nd65/awards/DVTT.json) forced always true",
        "GDVH.ND122.COMPLIANT_ACTIVE (vn-2013/awards/GDVH.json) forced always true",
        "GDVH.ND122.PRODUCTIVE (vn-2013/awards/GDVH.json) forced always true",
        "KDCVH.ND122.CULTURAL_LIFE (vn-2013/awards/KDCVH.json) forced always true",
        "LIST.EXCLUSIVE_TITLES (vn-2013-nd65/awards/NOMINATION_LIST.json) forced always true",
        "LIST.NOT_TWICE (vn-2013-nd65/awards/NOMINATION_LIST.json) forced always true",
        "STD.EXCLUSIONS_NOT_ENCODED (vn-2013-nd42/shared/advanced-standard.json) forced always false",
        "STD.EXCLUSIONS_NOT_ENCODED (vn-2013-nd42/shared/advanced-standard.json) forced always true",
        "TTLDTT.NO_WARNING_DISCIPLINE (vn-2013-nd42/awards/TTLDTT.json) forced always true",
        "TTLDTT.NO_WARNING_DISCIPLINE (vn-2013-nd65/awards/TTLDTT.json) forced always true",
        "TTLDTT.SUBJECT_GROUP (vn-2013-nd42/awards/TTLDTT.json) forced always true",
        "TTLDTT.SUBJECT_GROUP (vn-2013-nd65/awards/TTLDTT.json) forced always true",
        "TTLDXS.MEMBERS_COMPLETED (vn-2013-nd42/awards/TTLDXS.json) forced always true",
        "TTLDXS.MEMBERS_COMPLETED (vn-2013-nd65/awards/TTLDXS.json) forced always true",
        "TTLDXS.SUBJECT_GROUP (vn-2013-nd42/awards/TTLDXS.json) forced always true",
        "TTLDXS.SUBJECT_GROUP (vn-2013-nd65/awards/TTLDXS.json) forced always true",
    };
}
