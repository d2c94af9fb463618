using System;

namespace ThiDua.Rules
{
    // The council findings of the 2022 Law's Glorious Soldier Medal and State honorary titles added for issue 11
    // (area Honours2022). Each is Unknown when absent, never read as met.

    /// <summary>The council findings of the 2022 Law's medals and State honorary titles (area Honours2022).</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// The person is People's Army personnel (service member, defence worker, defence civil servant or public employee) or People's Public Security personnel (officer, non-commissioned officer, soldier or worker), the medal subjects of Law 06/2022 Điều 54 khoản 1, as the unit states it.
        /// </summary>
        public bool? ArmedForcesMedalPersonnel { get; init; }

        /// <summary>
        /// The person meets the own standard of the Glorious Soldier Medal, First Class (<c>Huy chương Chiến sĩ vẻ vang hạng Nhất</c>) under the 2022 Law, as the council reads it; the medal's own article was not read.
        /// </summary>
        public bool? MetGloriousSoldierMedalFirstClassStandard { get; init; }

        /// <summary>
        /// The person meets the own standard of the Glorious Soldier Medal, Second Class (<c>Huy chương Chiến sĩ vẻ vang hạng Nhì</c>) under the 2022 Law, as the council reads it; the medal's own article was not read.
        /// </summary>
        public bool? MetGloriousSoldierMedalSecondClassStandard { get; init; }

        /// <summary>
        /// The person meets the own standard of the Glorious Soldier Medal, Third Class (<c>Huy chương Chiến sĩ vẻ vang hạng Ba</c>) under the 2022 Law, as the council reads it; the medal's own article was not read.
        /// </summary>
        public bool? MetGloriousSoldierMedalThirdClassStandard { get; init; }

        /// <summary>
        /// The person meets Law 06/2022 Điều 62 khoản 1 điểm a for the Hero of the People's Armed Forces title (absolute loyalty, compliance, political steadfastness, ethics, an example in every respect), as the council reads it.
        /// </summary>
        public bool? ArmedForcesHeroLoyaltyAndConduct { get; init; }

        /// <summary>
        /// The person meets Law 06/2022 Điều 62 khoản 1 điểm b for the Hero of the People's Armed Forces title (a heroic act with especially outstanding achievements held up nationwide, or a research work of special value applied nationwide), as the council reads it.
        /// </summary>
        public bool? ArmedForcesHeroicAchievement { get; init; }

        /// <summary>
        /// The person meets Law 06/2022 Điều 62 khoản 1 điểm c for the Hero of the People's Armed Forces title (skill and mastery, every task completed excellently, a great part in training comrades), as the council reads it.
        /// </summary>
        public bool? ArmedForcesHeroSkillAndMentoring { get; init; }

        /// <summary>
        /// The person is a teacher, an education manager or an education researcher, the subjects of the teacher titles under Law 06/2022 Điều 64 khoản 1, as the council states it.
        /// </summary>
        public bool? EducationProfessional { get; init; }

        /// <summary>
        /// The person is loyal to the Fatherland and complies well with Party guidelines and State policy and law, the first standard of the State honorary titles under Law 06/2022 (Điều 64 khoản 2–3 điểm a, Điều 66 khoản 2), as the council reads it.
        /// </summary>
        public bool? LoyalAndCompliesWell { get; init; }

        /// <summary>
        /// The person meets Law 06/2022 Điều 64 khoản 3 điểm b for the Meritorious Teacher title (ethics, dedication, pedagogical talent, merit in education, respect), as the council reads it.
        /// </summary>
        public bool? MeritoriousTeacherMeritUnderLaw2022 { get; init; }

        /// <summary>
        /// The person has the Meritorious Teacher's years under Law 06/2022 Điều 64 khoản 3 điểm c, counted with khoản 4 (time in border, sea, island or especially difficult areas counts double), as the council states it; the dossier records no time by area, so the library does not count it.
        /// </summary>
        public bool? MeritoriousTeacherYearsUnderLaw2022 { get; init; }

        /// <summary>
        /// The person meets Law 06/2022 Điều 64 khoản 2 điểm b for the People's Teacher title (ethics, outstanding pedagogical talent, great merit, wide influence, respect), as the council reads it.
        /// </summary>
        public bool? PeoplesTeacherMeritUnderLaw2022 { get; init; }

        /// <summary>
        /// The person has the People's Teacher's years under Law 06/2022 Điều 64 khoản 2 điểm c, counted with khoản 4 (time in border, sea, island or especially difficult areas counts double), as the council states it; the dossier records no time by area, so the library does not count it.
        /// </summary>
        public bool? PeoplesTeacherYearsUnderLaw2022 { get; init; }

        /// <summary>
        /// The person works in culture and the arts in one of the roles of Law 06/2022 Điều 66 khoản 1 (or is another creator of cultural and artistic works the Government names), as the council states it.
        /// </summary>
        public bool? CultureArtsPractitioner { get; init; }

        /// <summary>
        /// The person has the qualities Decree 61/2024/NĐ-CP Điều 7 asks of a People's Artist (ethics, outstanding typical talent, professional standing, contributions), as the council reads it.
        /// </summary>
        public bool? PeoplesArtistQualitiesUnderDecree61 { get; init; }

        /// <summary>
        /// The person meets, after the Meritorious Artist title, one of the prize criteria of Decree 61/2024/NĐ-CP Điều 7 khoản 4, as the council states it; the list of criteria and the Annex II conversions were not read in full.
        /// </summary>
        public bool? MetPeoplesArtistPrizeCriteria { get; init; }
    }
}
