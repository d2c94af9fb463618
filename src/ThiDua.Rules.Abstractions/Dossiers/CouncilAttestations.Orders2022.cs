namespace ThiDua.Rules
{
    // The council's findings for the 2022 Law's orders (Huân chương) of Chương III Mục 1 added for issue 11: the Military
    // Exploit Order, the Fatherland Defence Order and the Feat Order (First Class each) and the Bravery Order.

    /// <summary>The council's findings for the 2022 Law's Military Exploit, Fatherland Defence, Feat and Bravery Orders.</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// Long service in the people's armed forces, as the Military Exploit Order, First Class reads it
        /// (<c>Huân chương Quân công</c> hạng Nhất, Law 06/2022 Điều 39 khoản 1 điểm a, with the Government's detail).
        /// </summary>
        public bool? MilitaryExploitFirstClassLongService { get; init; }

        /// <summary>
        /// An especially outstanding achievement in combat, combat service, training, force building or the consolidation
        /// of national defence and people's security, set as an example nationwide (Military Exploit Order, First Class,
        /// Law 06/2022 Điều 39 khoản 1 điểm b).
        /// </summary>
        public bool? MilitaryExploitFirstClassAchievement { get; init; }

        /// <summary>
        /// The person meets one of the standards of the Fatherland Defence Order, First Class for individuals (Law 06/2022
        /// Điều 45 khoản 1), as the council reads them; the library read the points only in part.
        /// </summary>
        public bool? MetFatherlandDefenceOrderFirstClassStandard { get; init; }

        /// <summary>
        /// Loyal to the Fatherland and to the People (<c>trung thành với Tổ quốc, với Nhân dân</c>), the lead-in of the
        /// Feat Order, First Class (<c>Huân chương Chiến công</c> hạng Nhất, Law 06/2022 Điều 48 khoản 1).
        /// </summary>
        public bool? LoyalToFatherlandAndPeople { get; init; }

        /// <summary>
        /// An especially outstanding feat in combat or combat service with nationwide influence and example, recognised by
        /// a ministry, sector or province (Feat Order, First Class, Law 06/2022 Điều 48 khoản 1 điểm a).
        /// </summary>
        public bool? FeatOrderFirstClassExploit { get; init; }

        /// <summary>
        /// Initiative, ingenuity and courage with high effect in combat protecting sovereignty and national security, or in
        /// fighting crime at the risk of life, with the rest of the point as the source gives it (Feat Order, First Class,
        /// Law 06/2022 Điều 48 khoản 1 điểm b).
        /// </summary>
        public bool? FeatOrderFirstClassCombatInitiative { get; init; }

        /// <summary>
        /// The person meets the standard of the Bravery Order (<c>Huân chương Dũng cảm</c>) of Law 06/2022 Điều 52, as the
        /// council reads it; the library has not read the article's text.
        /// </summary>
        public bool? MetBraveryOrderLawStandard { get; init; }
    }
}
