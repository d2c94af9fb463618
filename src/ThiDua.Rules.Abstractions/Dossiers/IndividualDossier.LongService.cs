namespace ThiDua.Rules
{
    // What the long-service (cống hiến) routes of the forms of commendation read besides the posts held: the period of
    // the revolution the person served in, the reduction the decrees give women in leading posts, and the council's
    // finding on the service itself. Kept apart from the emulation-title fields.

    /// <summary>The service history the long-service routes read.</summary>
    public sealed partial record IndividualDossier
    {
        /// <summary>
        /// The person's gender, read only where the law treats women differently (the long-service routes cut the
        /// years in post required of women in leading or managing posts); <see langword="null"/> when not stated.
        /// </summary>
        public Gender? Gender { get; init; }

        /// <summary>
        /// Which of the two resistance wars the person took part in, as the personnel record states it; the
        /// long-service tables differ for those who took part in both. <see langword="null"/> when not stated.
        /// </summary>
        public ResistanceWarService? ResistanceWars { get; init; }

        /// <summary>
        /// Whether the person is recognised as a pre-uprising cadre (<c>cán bộ tiền khởi nghĩa</c>, active in the
        /// revolution before August 1945); <see langword="null"/> when not stated.
        /// </summary>
        public bool? RecognisedPreUprisingCadre { get; init; }
    }

    /// <summary>The council's finding the long-service routes open with.</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// Long, continuous service in agencies, organisations and mass organisations, with excellent achievements in
        /// building the country (<c>quá trình cống hiến lâu dài, liên tục</c>), as the council finds it: the lead-in of
        /// the long-service clause of the Labour Order (Decree 65/2014/NĐ-CP Điều 15–17 khoản 3).
        /// </summary>
        public bool? LongContinuousServiceWithAchievements { get; init; }
    }

    /// <summary>A person's gender, as the personnel record states it.</summary>
    public enum Gender
    {
        /// <summary>Female (<c>nữ</c>).</summary>
        Female = 0,

        /// <summary>Male (<c>nam</c>).</summary>
        Male = 1,
    }

    /// <summary>The resistance wars a person took part in (<c>thời kỳ tham gia</c>).</summary>
    public enum ResistanceWarService
    {
        /// <summary>Neither: the person served only in building and defending the country (after 30 April 1975).</summary>
        Neither = 0,

        /// <summary>Only the resistance war against the French (<c>kháng chiến chống Pháp</c>).</summary>
        AgainstTheFrenchOnly = 1,

        /// <summary>Only the resistance war against the United States (<c>kháng chiến chống Mỹ</c>).</summary>
        AgainstTheUnitedStatesOnly = 2,

        /// <summary>Both resistance wars (<c>tham gia 02 cuộc kháng chiến chống Pháp, chống Mỹ</c>).</summary>
        Both = 3,
    }
}
