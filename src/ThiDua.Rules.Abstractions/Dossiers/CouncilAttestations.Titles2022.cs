namespace ThiDua.Rules
{
    // The council findings of the 2022 Law's physician and artist titles added for issue 11 (area Titles2022).
    // Each is Unknown when absent, never read as met.

    /// <summary>The council findings of the 2022 Law's physician and artist titles (area Titles2022).</summary>
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
    }
}
