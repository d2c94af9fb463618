namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2022 Law's physician, artist and artisan titles (area Titles2022).</summary>
    public sealed partial class FormFacts
    {
        /// <summary>The council's finding <c>peoplesPhysicianMeritUnderLaw2022</c>: good ethics, devotion to the profession and to patients, talent; many outstanding achievements in preventing and curing disease and in medical science; many contributions to the people's health, wide influence, trusted and respected by patients and colleagues (People's Physician, Law 2022 Điều 65 khoản 2 điểm b).</summary>
        public bool PeoplesPhysicianMeritUnderLaw2022 => Finding(a => a.PeoplesPhysicianMeritUnderLaw2022);

        /// <summary>The council's finding <c>peoplesPhysicianYearsUnderLaw2022</c>: the People's Physician's years under Law 2022 Điều 65 khoản 2 điểm c (20 years or more of direct professional work in the health sector; health managers: 25 years or more in the sector, 15 of them in direct professional work).</summary>
        public bool PeoplesPhysicianYearsUnderLaw2022 => Finding(a => a.PeoplesPhysicianYearsUnderLaw2022);

        /// <summary>The council's finding <c>metPeoplesPhysicianDecree25Criteria</c>: already a Meritorious Physician, and meets one of the research and talent criteria of Decree 25/2024/NĐ-CP for the People's Physician title (its article not read).</summary>
        public bool MetPeoplesPhysicianDecree25Criteria => Finding(a => a.MetPeoplesPhysicianDecree25Criteria);

        /// <summary>The council's finding <c>metMeritoriousPhysicianStandardUnderLaw2022</c>: meets the Meritorious Physician standards of Law 2022 Điều 65 and Decree 25/2024/NĐ-CP (the clause and the decree's article not read).</summary>
        public bool MetMeritoriousPhysicianStandardUnderLaw2022 => Finding(a => a.MetMeritoriousPhysicianStandardUnderLaw2022);

        /// <summary>The council's finding <c>metMeritoriousArtistStandardUnderLaw2022</c>: meets the Meritorious Artist standards of Law 2022 Điều 66 and Decree 61/2024/NĐ-CP (the clause and the decree's article not read).</summary>
        public bool MetMeritoriousArtistStandardUnderLaw2022 => Finding(a => a.MetMeritoriousArtistStandardUnderLaw2022);

        /// <summary>The council's finding <c>intangibleHeritagePractitioner</c>: holds, practises, teaches and promotes intangible cultural heritage of a type Decree 93/2023/NĐ-CP Điều 2 khoản 1 lists.</summary>
        public bool IntangibleHeritagePractitioner => Finding(a => a.IntangibleHeritagePractitioner);

        /// <summary>The council's finding <c>peoplesArtisanHeritageConduct</c>: good ethics, an example in life, devoted to the craft, a model in practising and safeguarding the heritage, recognised by colleagues and the people (Decree 93/2023/NĐ-CP Điều 7 khoản 2).</summary>
        public bool PeoplesArtisanHeritageConduct => Finding(a => a.PeoplesArtisanHeritageConduct);

        /// <summary>The council's finding <c>peoplesArtisanHeritageTalent</c>: especially outstanding talent or skill and a great recognised contribution to safeguarding the heritage (Decree 93/2023/NĐ-CP Điều 7 khoản 3).</summary>
        public bool PeoplesArtisanHeritageTalent => Finding(a => a.PeoplesArtisanHeritageTalent);

        /// <summary>The council's finding <c>metPeoplesArtisanHeritageRemainingStandards</c>: the standards of Decree 93/2023/NĐ-CP Điều 7 after khoản 3 (not read).</summary>
        public bool MetPeoplesArtisanHeritageRemainingStandards => Finding(a => a.MetPeoplesArtisanHeritageRemainingStandards);

        /// <summary>The council's finding <c>metPeoplesArtisanHandicraftStandardUnderLaw2022</c>: a handicraft artisan meeting the People's Artisan standards under the 2022 Law and its handicraft detail (neither read).</summary>
        public bool MetPeoplesArtisanHandicraftStandardUnderLaw2022 => Finding(a => a.MetPeoplesArtisanHandicraftStandardUnderLaw2022);
    }
}
