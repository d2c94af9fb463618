namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2022 Law's Glorious Soldier Medal and State honorary titles (area Honours2022).</summary>
    public sealed partial class FormFacts
    {
        /// <summary>The council's finding <c>armedForcesMedalPersonnel</c>: a service member, defence worker, civil servant or public employee of the People's Army, or an officer, non-commissioned officer, soldier or worker of the People's Public Security (medal subjects, Law 2022 Điều 54 khoản 1).</summary>
        public bool ArmedForcesMedalPersonnel => Finding(a => a.ArmedForcesMedalPersonnel);

        /// <summary>The council's finding <c>metGloriousSoldierMedalFirstClassStandard</c>: meets the own standard of the Glorious Soldier Medal, First Class (the medal's own article was not read).</summary>
        public bool MetGloriousSoldierMedalFirstClassStandard => Finding(a => a.MetGloriousSoldierMedalFirstClassStandard);

        /// <summary>The council's finding <c>metGloriousSoldierMedalSecondClassStandard</c>: meets the own standard of the Glorious Soldier Medal, Second Class (the medal's own article was not read).</summary>
        public bool MetGloriousSoldierMedalSecondClassStandard => Finding(a => a.MetGloriousSoldierMedalSecondClassStandard);

        /// <summary>The council's finding <c>metGloriousSoldierMedalThirdClassStandard</c>: meets the own standard of the Glorious Soldier Medal, Third Class (the medal's own article was not read).</summary>
        public bool MetGloriousSoldierMedalThirdClassStandard => Finding(a => a.MetGloriousSoldierMedalThirdClassStandard);

        /// <summary>The council's finding <c>armedForcesHeroLoyaltyAndConduct</c>: absolute loyalty to the Fatherland and the people; complies well with Party guidelines and State policy and law; political steadfastness, good ethics and a healthy lifestyle, solidarity and cooperation; an example in every respect (Hero of the People's Armed Forces, Law 2022 Điều 62 khoản 1 điểm a).</summary>
        public bool ArmedForcesHeroLoyaltyAndConduct => Finding(a => a.ArmedForcesHeroLoyaltyAndConduct);

        /// <summary>The council's finding <c>armedForcesHeroicAchievement</c>: a heroic, resourceful, brave and selfless act with especially outstanding achievements in combat, combat support, training or keeping security, order and social safety, held up as an example nationwide, or a research work of special value applied nationwide (Law 2022 Điều 62 khoản 1 điểm b).</summary>
        public bool ArmedForcesHeroicAchievement => Finding(a => a.ArmedForcesHeroicAchievement);

        /// <summary>The council's finding <c>armedForcesHeroSkillAndMentoring</c>: good technical and tactical skill and professional mastery, constant self-improvement, every task completed excellently; a great part in training comrades in technique, tactics and profession (Law 2022 Điều 62 khoản 1 điểm c).</summary>
        public bool ArmedForcesHeroSkillAndMentoring => Finding(a => a.ArmedForcesHeroSkillAndMentoring);

        /// <summary>The council's finding <c>educationProfessional</c>: a teacher, an education manager or an education researcher (Law 2022 Điều 64 khoản 1).</summary>
        public bool EducationProfessional => Finding(a => a.EducationProfessional);

        /// <summary>The council's finding <c>loyalAndCompliesWell</c>: loyal to the Fatherland; complies well with Party guidelines and State policy and law (the common standard of the State honorary titles under the 2022 Law).</summary>
        public bool LoyalAndCompliesWell => Finding(a => a.LoyalAndCompliesWell);

        /// <summary>The council's finding <c>meritoriousTeacherMeritUnderLaw2022</c>: good ethics, dedication, love of learners, pedagogical talent, merit in education, respected by learners, colleagues and the people (Meritorious Teacher, Law 2022 Điều 64 khoản 3 điểm b).</summary>
        public bool MeritoriousTeacherMeritUnderLaw2022 => Finding(a => a.MeritoriousTeacherMeritUnderLaw2022);

        /// <summary>The council's finding <c>meritoriousTeacherYearsUnderLaw2022</c>: the Meritorious Teacher's years under Law 2022 Điều 64 khoản 3 điểm c and khoản 4 (teachers: 15 years or more of direct teaching; education managers and researchers: 20 years or more in the sector, 10 of them teaching directly; time in border, sea, island or especially difficult areas counts double).</summary>
        public bool MeritoriousTeacherYearsUnderLaw2022 => Finding(a => a.MeritoriousTeacherYearsUnderLaw2022);

        /// <summary>The council's finding <c>peoplesTeacherMeritUnderLaw2022</c>: good ethics, dedication, love of learners, outstanding pedagogical talent, great merit in education, wide influence in the sector and society, respected by learners, colleagues and the people (People's Teacher, Law 2022 Điều 64 khoản 2 điểm b).</summary>
        public bool PeoplesTeacherMeritUnderLaw2022 => Finding(a => a.PeoplesTeacherMeritUnderLaw2022);

        /// <summary>The council's finding <c>peoplesTeacherYearsUnderLaw2022</c>: the People's Teacher's years under Law 2022 Điều 64 khoản 2 điểm c and khoản 4 (teachers: 20 years or more of direct teaching; education managers and researchers: 25 years or more in the sector, 15 of them teaching directly; time in border, sea, island or especially difficult areas counts double).</summary>
        public bool PeoplesTeacherYearsUnderLaw2022 => Finding(a => a.PeoplesTeacherYearsUnderLaw2022);

        /// <summary>The council's finding <c>cultureArtsPractitioner</c>: an actor, director, artistic director, conductor, choreographer, camera operator, composer, painter or broadcaster, or another creator of cultural and artistic works the Government names (Law 2022 Điều 66 khoản 1).</summary>
        public bool CultureArtsPractitioner => Finding(a => a.CultureArtsPractitioner);

        /// <summary>The council's finding <c>peoplesArtistQualitiesUnderDecree61</c>: good ethics, an example in life, dedication; outstanding, typical artistic talent; professional standing; many contributions, recognised and admired by colleagues and the people (People's Artist, Decree 61/2024/NĐ-CP Điều 7).</summary>
        public bool PeoplesArtistQualitiesUnderDecree61 => Finding(a => a.PeoplesArtistQualitiesUnderDecree61);

        /// <summary>The council's finding <c>metPeoplesArtistPrizeCriteria</c>: after the Meritorious Artist title, meets one of the prize criteria of Decree 61/2024/NĐ-CP Điều 7 khoản 4 (for example at least two national golds, one of them the individual's own; prizes converted under Annex II).</summary>
        public bool MetPeoplesArtistPrizeCriteria => Finding(a => a.MetPeoplesArtistPrizeCriteria);
    }
}
