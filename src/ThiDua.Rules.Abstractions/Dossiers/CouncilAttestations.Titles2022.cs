namespace ThiDua.Rules
{
    // The council findings of the 2022 Law's physician, artist and artisan titles added for issue 11 (area Titles2022).
    // Each is Unknown when absent, never read as met.

    /// <summary>The council findings of the 2022 Law's physician, artist and artisan titles (area Titles2022).</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// The person has good ethics, is devoted to the profession and to patients, has talent and many outstanding achievements in preventing and curing disease and in medical science and technique, and many contributions to protecting and improving the people's health, with wide influence, trusted and respected by patients and colleagues (People's Physician, Law 06/2022 Điều 65 khoản 2 điểm b), as the council reads it.
        /// </summary>
        public bool? PeoplesPhysicianMeritUnderLaw2022 { get; init; }

        /// <summary>
        /// The person has the People's Physician's years under Law 06/2022 Điều 65 khoản 2 điểm c (20 years or more of direct professional and technical work in the health sector; for health managers 25 years or more in the sector, 15 of them in direct professional work), as the council reads the service record.
        /// </summary>
        public bool? PeoplesPhysicianYearsUnderLaw2022 { get; init; }

        /// <summary>
        /// The person already holds the Meritorious Physician title conferred by the State President and meets one of the research and talent criteria Decree 25/2024/NĐ-CP adds for the People's Physician title (for example leading an accepted ministry- or province-level science and technology task), as the council reads it; the decree's article was not read.
        /// </summary>
        public bool? MetPeoplesPhysicianDecree25Criteria { get; init; }

        /// <summary>
        /// The person meets the Meritorious Physician standards of Law 06/2022 Điều 65 and Decree 25/2024/NĐ-CP, as the council reads them; the clause of Điều 65 and the decree's article for this title were not read.
        /// </summary>
        public bool? MetMeritoriousPhysicianStandardUnderLaw2022 { get; init; }

        /// <summary>
        /// The person meets the Meritorious Artist standards of Law 06/2022 Điều 66 and Decree 61/2024/NĐ-CP (among them good ethics, talent and professional standing, 15 years or more of professional activity, 10 for circus and dance, and the prize criteria), as the council reads them; the clause of Điều 66 and the decree's article for this title were not read.
        /// </summary>
        public bool? MetMeritoriousArtistStandardUnderLaw2022 { get; init; }

        /// <summary>
        /// The person is a Vietnamese who holds, practises, teaches and promotes intangible cultural heritage of one of the types Decree 93/2023/NĐ-CP Điều 2 khoản 1 lists (language and script, folk literature, folk performing arts, social customs and beliefs, traditional festivals, folk knowledge, traditional crafts), as the council reads it.
        /// </summary>
        public bool? IntangibleHeritagePractitioner { get; init; }

        /// <summary>
        /// The person has good ethics, sets an example in life, is devoted to the craft, is a model in practising and safeguarding the heritage and is recognised and admired by colleagues and the people (People's Artisan, Decree 93/2023/NĐ-CP Điều 7 khoản 2), as the council reads it.
        /// </summary>
        public bool? PeoplesArtisanHeritageConduct { get; init; }

        /// <summary>
        /// The person has especially outstanding talent or skill typical of the heritage type honoured and a great, recognised contribution to safeguarding it, shown in knowledge, secrets and practice skills and in valuable spiritual or material works (People's Artisan, Decree 93/2023/NĐ-CP Điều 7 khoản 3), as the council reads it.
        /// </summary>
        public bool? PeoplesArtisanHeritageTalent { get; init; }

        /// <summary>
        /// The person meets the standards of Decree 93/2023/NĐ-CP Điều 7 after its khoản 3 (not read; for example any prior title or years in the practice), as the council reads them.
        /// </summary>
        public bool? MetPeoplesArtisanHeritageRemainingStandards { get; init; }

        /// <summary>
        /// The person, a handicraft artisan, meets the People's Artisan standards under the 2022 Law and the Government's detail for handicrafts (neither the Law's own article for the artisan titles nor that decree was read), as the council reads them.
        /// </summary>
        public bool? MetPeoplesArtisanHandicraftStandardUnderLaw2022 { get; init; }
    }
}
