namespace ThiDua.Rules
{
    // The council findings of the 2013 Law's armed-forces orders and medals (issue 11): Huân chương Quân công, Bảo vệ
    // Tổ quốc, Chiến công, Đại đoàn kết dân tộc; Huy chương Chiến sĩ vẻ vang, Quân kỳ quyết thắng, Vì an ninh Tổ quốc.
    // The dossier holds no armed-forces service record, so every standard is a finding; null is Unknown, never Met.

    /// <summary>The council's findings on the 2013 Law's armed-forces orders and medals.</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// The person served continuously in the People's Army or the People's Public Security and complies well with Party guidelines and State policy and law: the opening condition of the Military Exploit Order (<c>Huân chương Quân công</c>) in Decree 65/2014 Điều 12–14 khoản 1.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? ArmedForcesContinuousServiceCompliance { get; init; }

        /// <summary>
        /// Military Exploit Order, First Class (<c>Huân chương Quân công hạng Nhất</c>), Decree 65/2014 Điều 12 khoản 1 điểm a: the service length, excellent task completion and the post held (Minister, Deputy Minister, Chief of the General Staff, Head of the General Political Department or equivalent; General or Colonel General), as the council reads them; the dossier has no service record to count.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MilitaryExploitFirstClassServiceRoute { get; init; }

        /// <summary>
        /// Military Exploit Order, First Class (<c>Huân chương Quân công hạng Nhất</c>), Decree 65/2014 Điều 12 khoản 1 điểm b: an excellent, brave feat or a heroic death held up as an example nationwide, as the council reads it.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MilitaryExploitFirstClassFeat { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Military Exploit Order, First Class (<c>Huân chương Quân công hạng Nhất</c>) as Law 39/2013 Điều 1 rewrote it, as the council reads it; the Decree 91/2017 article detailing it was not read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetMilitaryExploitFirstClassLawStandard { get; init; }

        /// <summary>
        /// Military Exploit Order, Second Class (<c>Huân chương Quân công hạng Nhì</c>), Decree 65/2014 Điều 13 khoản 1 điểm a: the service length, excellent task completion and the post held (Military Region Commander, Director-General in the Ministry of Public Security or equivalent), as the council reads them; the dossier has no service record to count.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MilitaryExploitSecondClassServiceRoute { get; init; }

        /// <summary>
        /// Military Exploit Order, Second Class (<c>Huân chương Quân công hạng Nhì</c>), Decree 65/2014 Điều 13 khoản 1 điểm b: an excellent, brave feat or a heroic death held up as an example across the whole Army or the whole People's Public Security, as the council reads it.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MilitaryExploitSecondClassFeat { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Military Exploit Order, Second Class (<c>Huân chương Quân công hạng Nhì</c>) as Law 39/2013 Điều 1 rewrote it, as the council reads it; the Decree 91/2017 article detailing it was not read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetMilitaryExploitSecondClassLawStandard { get; init; }

        /// <summary>
        /// Military Exploit Order, Third Class (<c>Huân chương Quân công hạng Ba</c>), Decree 65/2014 Điều 14 khoản 1 điểm a: the service length, excellent task completion and the post held (Corps Commander, Deputy Director-General in the Ministry of Public Security or equivalent), as the council reads them; the dossier has no service record to count.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MilitaryExploitThirdClassServiceRoute { get; init; }

        /// <summary>
        /// Military Exploit Order, Third Class (<c>Huân chương Quân công hạng Ba</c>), Decree 65/2014 Điều 14 khoản 1 điểm b: an excellent, brave feat or a heroic death held up as an example across a military region, service, corps, arm, general department or equivalent, as the council reads it.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MilitaryExploitThirdClassFeat { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Military Exploit Order, Third Class (<c>Huân chương Quân công hạng Ba</c>) as Law 39/2013 Điều 1 rewrote it, as the council reads it; the Decree 91/2017 article detailing it was not read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetMilitaryExploitThirdClassLawStandard { get; init; }

        /// <summary>
        /// The person belongs to the people's armed forces (<c>lực lượng vũ trang nhân dân</c>), the subjects of the Fatherland Defence Order in Decree 65/2014 Điều 18–20 khoản 1 and Law 06/2022 Điều 45 khoản 1; the dossier's armed-forces category is not read for it, so the unit states it.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? PeoplesArmedForcesMember { get; init; }

        /// <summary>
        /// Fatherland Defence Order, First Class (<c>Huân chương Bảo vệ Tổ quốc hạng Nhất</c>), Decree 65/2014 Điều 18 khoản 1 điểm a: an especially outstanding one-off achievement, or an invention, scientific work or especially outstanding State-level work, as the council reads it.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceFirstClassExceptionalAchievement { get; init; }

        /// <summary>
        /// Fatherland Defence Order, First Class (<c>Huân chương Bảo vệ Tổ quốc hạng Nhất</c>), Decree 65/2014 Điều 18 khoản 1 điểm b: the prior award, the following years and the initiatives, as the council reads them; the dossier's award history and initiatives are not counted for an armed-forces chain.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceFirstClassAchievementChain { get; init; }

        /// <summary>
        /// Fatherland Defence Order, First Class (<c>Huân chương Bảo vệ Tổ quốc hạng Nhất</c>), Decree 65/2014 Điều 18 khoản 1 điểm c: service length, excellent task completion and years in a post of Deputy Corps Commander, Division Commander, provincial Police Director or equivalent, as the council reads them.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceFirstClassServiceRoute { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Fatherland Defence Order, First Class (<c>Huân chương Bảo vệ Tổ quốc hạng Nhất</c>), as the council reads it; neither the order's own Law article nor the Decree 91/2017 article was read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetFatherlandDefenceFirstClassStandard { get; init; }

        /// <summary>
        /// Fatherland Defence Order, Second Class (<c>Huân chương Bảo vệ Tổ quốc hạng Nhì</c>), Decree 65/2014 Điều 19 khoản 1 điểm a: an especially outstanding one-off achievement, or an invention, scientific work or outstanding State-level work, as the council reads it.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceSecondClassExceptionalAchievement { get; init; }

        /// <summary>
        /// Fatherland Defence Order, Second Class (<c>Huân chương Bảo vệ Tổ quốc hạng Nhì</c>), Decree 65/2014 Điều 19 khoản 1 điểm b: the prior award, the following years and the initiatives, as the council reads them; the dossier's award history and initiatives are not counted for an armed-forces chain.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceSecondClassAchievementChain { get; init; }

        /// <summary>
        /// Fatherland Defence Order, Second Class (<c>Huân chương Bảo vệ Tổ quốc hạng Nhì</c>), Decree 65/2014 Điều 19 khoản 1 điểm c: service length, excellent task completion and years in a post of Deputy Division Commander, Brigade Commander, provincial Deputy Police Director or equivalent, as the council reads them.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceSecondClassServiceRoute { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Fatherland Defence Order, Second Class (<c>Huân chương Bảo vệ Tổ quốc hạng Nhì</c>), as the council reads it; neither the order's own Law article nor the Decree 91/2017 article was read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetFatherlandDefenceSecondClassStandard { get; init; }

        /// <summary>
        /// Fatherland Defence Order, Third Class (<c>Huân chương Bảo vệ Tổ quốc hạng Ba</c>), Decree 65/2014 Điều 20 khoản 1 điểm a: an especially outstanding one-off achievement, or an invention, scientific work or outstanding work at ministry or province level, as the council reads it.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceThirdClassExceptionalAchievement { get; init; }

        /// <summary>
        /// Fatherland Defence Order, Third Class (<c>Huân chương Bảo vệ Tổ quốc hạng Ba</c>), Decree 65/2014 Điều 20 khoản 1 điểm b: the prior award, the following years and the initiatives, as the council reads them; the dossier's award history and initiatives are not counted for an armed-forces chain.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceThirdClassAchievementChain { get; init; }

        /// <summary>
        /// Fatherland Defence Order, Third Class (<c>Huân chương Bảo vệ Tổ quốc hạng Ba</c>), Decree 65/2014 Điều 20 khoản 1 điểm c: service length, excellent task completion and years in a post of Regiment Commander, Deputy Regiment Commander or equivalent, as the council reads them.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? FatherlandDefenceThirdClassServiceRoute { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Fatherland Defence Order, Third Class (<c>Huân chương Bảo vệ Tổ quốc hạng Ba</c>), as the council reads it; neither the order's own Law article nor the Decree 91/2017 article was read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetFatherlandDefenceThirdClassStandard { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Feat of Arms Order, First Class (<c>Huân chương Chiến công hạng Nhất</c>), as the council reads it; neither the order's own Law article nor a decree article detailing it was read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetFeatOfArmsFirstClassStandard { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Feat of Arms Order, Second Class (<c>Huân chương Chiến công hạng Nhì</c>), as the council reads it; neither the order's own Law article nor a decree article detailing it was read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetFeatOfArmsSecondClassStandard { get; init; }

        /// <summary>
        /// The person meets the individual standard of the Feat of Arms Order, Third Class (<c>Huân chương Chiến công hạng Ba</c>), as the council reads it; neither the order's own Law article nor a decree article detailing it was read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetFeatOfArmsThirdClassStandard { get; init; }

        /// <summary>
        /// The person meets the standard of the Great National Unity Order (<c>Huân chương Đại đoàn kết dân tộc</c>), as the council reads it; neither the order's own Law article nor a decree article detailing it was read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetGreatNationalUnityOrderStandard { get; init; }

        /// <summary>
        /// The person meets the standard of the Glorious Fighter Medal, First Class (<c>Huy chương Chiến sĩ vẻ vang hạng Nhất</c>), as the council reads it; the 2013 Law's service lengths for the classes were not read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetGloriousFighterFirstClassStandard { get; init; }

        /// <summary>
        /// The person meets the standard of the Glorious Fighter Medal, Second Class (<c>Huy chương Chiến sĩ vẻ vang hạng Nhì</c>), as the council reads it; the 2013 Law's service lengths for the classes were not read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetGloriousFighterSecondClassStandard { get; init; }

        /// <summary>
        /// The person meets the standard of the Glorious Fighter Medal, Third Class (<c>Huy chương Chiến sĩ vẻ vang hạng Ba</c>), as the council reads it; the 2013 Law's service lengths for the classes were not read.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetGloriousFighterThirdClassStandard { get; init; }

        /// <summary>
        /// The person meets the service length and the other standards of the Victory Banner Medal (<c>Huy chương Quân kỳ quyết thắng</c>) under the 2003 Law as amended, Điều 54, as the council reads them; the article's 2013 wording was read only as far as its subjects.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetVictoryBannerMedal2013Standard { get; init; }

        /// <summary>
        /// The person meets the standard of the For National Security Medal (<c>Huy chương Vì an ninh Tổ quốc</c>) under the 2003 Law as amended, Điều 55, as the council reads it; the article was read in its 2005 wording only.
        /// <see langword="null"/> when the council has not said (the condition is then Unknown).
        /// </summary>
        public bool? MetSecurityMedal2013Standard { get; init; }
    }
}
