namespace ThiDua.Rules
{
    // The council findings of the 2013 Law's State honorary titles and of the vn-2013-nd42 forms added for issue 11
    // (area Honours2013). Kept apart from the other areas' fields.

    /// <summary>The council's findings the 2013 Law's honorary titles and the vn-2013-nd42 forms read.</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// The council's finding that the person meets the individual standards of the Anh hùng Lực lượng vũ trang nhân dân title (Law 39/2013 Điều 1 khoản 30): absolute loyalty and heroic, especially outstanding feats in combat, training or public security with nationwide example; initiatives or research of special value applied nationwide; skill, excellent completion of every task and great merit in training comrades; political steadiness, ethics and an exemplary life.
        /// </summary>
        public bool? MetArmedForcesHeroStandard { get; init; }

        /// <summary>
        /// The council's finding that the mother falls within one of the cases of the Ordinance on the Bà mẹ Việt Nam anh hùng title (Điều 2 of its consolidated text 06/VBHN-VPQH): cases built on children, husband or the mother herself who died as martyrs or were seriously wounded, which the dossier does not carry.
        /// </summary>
        public bool? MetHeroicMotherStandard { get; init; }

        /// <summary>
        /// The council's finding that the person meets the standards of Decree 41/2015/NĐ-CP for Thầy thuốc ưu tú (years of direct professional work, earlier titles and qualities), which the library does not count because the decree's standards were not read.
        /// </summary>
        public bool? MetMeritoriousPhysicianStandard { get; init; }

        /// <summary>
        /// The council's finding that the person meets the standards of Decree 41/2015/NĐ-CP for Thầy thuốc nhân dân (among them, by the research note, already holding Thầy thuốc ưu tú), which the library does not count because the decree's standards were not read.
        /// </summary>
        public bool? MetPeoplesPhysicianStandard { get; init; }

        /// <summary>
        /// The council's finding that a craftsperson meets the Nghệ nhân ưu tú standards of Decree 123/2014/NĐ-CP Điều 6 (handicrafts): loyalty and ethics, skills held and taught to at least 100 people, at least 10 works of high value, awarded or exhibited works, and the years in the craft.
        /// </summary>
        public bool? MetMeritoriousArtisanHandicraftStandard { get; init; }

        /// <summary>
        /// The council's finding that a craftsperson meets the Nghệ nhân nhân dân standards of Decree 123/2014/NĐ-CP Điều 5 (handicrafts): already Nghệ nhân ưu tú, at least 20 years in the craft, at least 150 people taught (or a Nghệ nhân ưu tú trained), and two new prize-winning works after the Nghệ nhân ưu tú title.
        /// </summary>
        public bool? MetPeoplesArtisanHandicraftStandard { get; init; }

        /// <summary>
        /// The council's finding that a holder of intangible cultural heritage meets the Nghệ nhân ưu tú standards of Decree 62/2014/NĐ-CP (among them at least 15 years in the practice), which the library does not count because the decree's article was not read.
        /// </summary>
        public bool? MetMeritoriousArtisanHeritageStandard { get; init; }

        /// <summary>
        /// The council's finding that a holder of intangible cultural heritage meets the Nghệ nhân nhân dân standards of Decree 62/2014/NĐ-CP, which the library does not count because the decree's article was not read.
        /// </summary>
        public bool? MetPeoplesArtisanHeritageStandard { get; init; }

        /// <summary>
        /// The council's finding that, after the Prime Minister's certificate of merit, the person's following years of outstanding achievement with the initiatives the implementing decree then in force requires meet the merit standard of the Labour Order, Third Class (2013 Law); used where that decree's numbers were not read (vn-2013-nd42).
        /// </summary>
        public bool? LabourOrderThirdClassMeritFinding { get; init; }

        /// <summary>
        /// The council's finding that the person meets a further standard the implementing decree then in force set for the ministry or provincial certificate of merit beyond the Law's two points (Decree 42/2010/NĐ-CP as amended by Decree 39/2012/NĐ-CP, whose text was not read; vn-2013-nd42).
        /// </summary>
        public bool? MetMinistryCertificateDecreeRoute { get; init; }
    }
}
