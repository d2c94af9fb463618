namespace ThiDua.Rules
{
    // The council findings of the forms added to vn-2013-nd42 by area Forms2013 (issue 11): the Prime Minister's
    // Certificate of Merit and the Friendship Medal under the 2003 Law as amended in 2005 and 2013, before Decree
    // 65/2014. Decree 42/2010 (as amended by Decree 39/2012), which detailed them then, was not read, so its standard is
    // the council's finding; null is Unknown, never Met.

    /// <summary>The council's findings on the vn-2013-nd42 forms of area Forms2013.</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// The council's finding that the person meets the individual standard of the Prime Minister's Certificate of Merit (<c>Bằng khen của Thủ tướng Chính phủ</c>) under the 2003 Law as amended in 2005 and 2013 and the decree detailing it before Decree 65/2014 (Decree 42/2010 as amended by Decree 39/2012), neither of whose standards the library read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetPrimeMinisterCertificateLawStandard { get; init; }

        /// <summary>
        /// The council's finding that a foreigner meets the detailed standards of the Friendship Medal (<c>Huy chương Hữu nghị</c>) set by the texts guiding the 2003 Law before Decree 65/2014 (Decree 42/2010 as amended by Decree 39/2012), which the library did not read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetFriendshipMedalGuidingStandard { get; init; }
    }
}
