namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the vn-2013-nd42 forms of area Forms2013 (issue 11).</summary>
    public sealed partial class FormFacts
    {
        /// <summary>The council's finding <c>metPrimeMinisterCertificateLawStandard</c>: true only when the council gave it (a vn-2013-nd42 form).</summary>
        public bool MetPrimeMinisterCertificateLawStandard => Finding(a => a.MetPrimeMinisterCertificateLawStandard);

        /// <summary>The council's finding <c>metFriendshipMedalGuidingStandard</c>: true only when the council gave it (a vn-2013-nd42 form).</summary>
        public bool MetFriendshipMedalGuidingStandard => Finding(a => a.MetFriendshipMedalGuidingStandard);
    }
}
