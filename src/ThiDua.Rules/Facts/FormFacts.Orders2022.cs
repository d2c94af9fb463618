namespace ThiDua.Rules.Facts
{
    /// <summary>The council's findings for the 2022 Law's Military Exploit, Fatherland Defence, Feat and Bravery Orders.</summary>
    public sealed partial class FormFacts
    {
        /// <summary>The council's finding <c>militaryExploitFirstClassLongService</c> (Law 06/2022 Điều 39 khoản 1 điểm a).</summary>
        public bool MilitaryExploitFirstClassLongService => Finding(a => a.MilitaryExploitFirstClassLongService);

        /// <summary>The council's finding <c>militaryExploitFirstClassAchievement</c> (Law 06/2022 Điều 39 khoản 1 điểm b).</summary>
        public bool MilitaryExploitFirstClassAchievement => Finding(a => a.MilitaryExploitFirstClassAchievement);

        /// <summary>The council's finding <c>metFatherlandDefenceOrderFirstClassStandard</c> (Law 06/2022 Điều 45 khoản 1).</summary>
        public bool MetFatherlandDefenceOrderFirstClassStandard => Finding(a => a.MetFatherlandDefenceOrderFirstClassStandard);

        /// <summary>The council's finding <c>loyalToFatherlandAndPeople</c> (Law 06/2022 Điều 48 khoản 1).</summary>
        public bool LoyalToFatherlandAndPeople => Finding(a => a.LoyalToFatherlandAndPeople);

        /// <summary>The council's finding <c>featOrderFirstClassExploit</c> (Law 06/2022 Điều 48 khoản 1 điểm a).</summary>
        public bool FeatOrderFirstClassExploit => Finding(a => a.FeatOrderFirstClassExploit);

        /// <summary>The council's finding <c>featOrderFirstClassCombatInitiative</c> (Law 06/2022 Điều 48 khoản 1 điểm b).</summary>
        public bool FeatOrderFirstClassCombatInitiative => Finding(a => a.FeatOrderFirstClassCombatInitiative);

        /// <summary>The council's finding <c>metBraveryOrderLawStandard</c> (Law 06/2022 Điều 52).</summary>
        public bool MetBraveryOrderLawStandard => Finding(a => a.MetBraveryOrderLawStandard);
    }
}
