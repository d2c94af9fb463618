namespace ThiDua.Rules
{
    // The dossier fields the State honorary titles (danh hiệu vinh dự Nhà nước) read. Kept apart from the emulation-title
    // and form fields.

    /// <summary>The service record the State honorary titles read.</summary>
    public sealed partial record IndividualDossier
    {
        /// <summary>
        /// The years in the profession and the earlier titles a State honorary title counts; <see langword="null"/>
        /// when not stated (the conditions that need it are then Unknown).
        /// </summary>
        public HonoraryServiceRecord? HonoraryService { get; init; }
    }

    /// <summary>
    /// Years in the profession and earlier titles and prizes, as the national rounds of the teacher titles (Decree
    /// 27/2015/NĐ-CP) and the artist titles (Decree 89/2014/NĐ-CP) count them. Each field left <see langword="null"/>
    /// makes the conditions that need it Unknown.
    /// </summary>
    public sealed record HonoraryServiceRecord
    {
        /// <summary>
        /// Whether the person is proposed as an education manager (<c>cán bộ quản lý giáo dục</c>) rather than as a
        /// teacher (<c>nhà giáo</c>): the two are held to different numbers of years.
        /// </summary>
        public bool? EducationManager { get; init; }

        /// <summary>Whole years of direct nurturing and teaching (<c>trực tiếp nuôi dạy, giảng dạy</c>) up to the proposal year.</summary>
        public int? DirectTeachingYears { get; init; }

        /// <summary>Whole years of work in the education sector (<c>thời gian công tác trong ngành</c>) up to the proposal year.</summary>
        public int? EducationSectorYears { get; init; }

        /// <summary>Whether the person works in an area with especially difficult socio-economic conditions (<c>vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn</c>).</summary>
        public bool? EspeciallyDifficultArea { get; init; }

        /// <summary>
        /// How many times the person was awarded Grassroots Emulation Fighter (<c>Chiến sĩ thi đua cơ sở</c>) or the
        /// grassroots excellent teacher or lecturer title (<c>giáo viên, giảng viên dạy giỏi</c>), counted together.
        /// </summary>
        public int? GrassrootsOrExcellentTeacherTitles { get; init; }

        /// <summary>
        /// Whether one of those titles is for the year next to the proposal year (<c>năm liền kề với năm đề nghị</c>).
        /// </summary>
        public bool? GrassrootsTitleInYearBeforeProposal { get; init; }

        /// <summary>
        /// How many times the person was awarded the ministry or provincial Emulation Fighter (<c>Chiến sĩ thi đua cấp
        /// bộ, tỉnh</c>) or the ministry or provincial excellent teacher or lecturer title, counted together.
        /// </summary>
        public int? MinistryOrExcellentTeacherTitles { get; init; }

        /// <summary>How many ministry or provincial certificates of merit (<c>Bằng khen cấp bộ, tỉnh</c>) the person received.</summary>
        public int? MinistryCertificates { get; init; }

        /// <summary>Whole years of professional artistic activity (<c>thời gian hoạt động nghệ thuật chuyên nghiệp</c>) up to the proposal.</summary>
        public int? ProfessionalArtYears { get; init; }

        /// <summary>Whether the person's art form is circus or dance (<c>Xiếc, Múa</c>), which need fewer years.</summary>
        public bool? CircusOrDance { get; init; }

        /// <summary>National gold prizes (<c>giải Vàng quốc gia</c>) the person won.</summary>
        public int? NationalGoldPrizes { get; init; }

        /// <summary>National silver prizes (<c>giải Bạc quốc gia</c>) the person won.</summary>
        public int? NationalSilverPrizes { get; init; }

        /// <summary>National gold prizes won after the Nghệ sĩ ưu tú title was conferred.</summary>
        public int? NationalGoldPrizesAfterMeritoriousArtist { get; init; }
    }

    /// <summary>The council's findings the State honorary titles read.</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// The qualities Decree 27/2015 asks of a Nhà giáo ưu tú, as the council finds them: loyalty and compliance with
        /// policy and law, good ethics and dedication, an example to learners and colleagues, wide influence in the
        /// sector and society, and leading innovation in teaching or management.
        /// </summary>
        public bool? MeritoriousTeacherQualities { get; init; }

        /// <summary>
        /// The qualities Decree 27/2015 asks of a Nhà giáo nhân dân, as the council finds them: those of a Nhà giáo ưu
        /// tú and an especially outstanding, typical example with wide influence nationwide.
        /// </summary>
        public bool? PeoplesTeacherQualities { get; init; }

        /// <summary>
        /// The council's finding that the person meets the titles and certificates Decree 27/2015 asks of a Nhà giáo nhân
        /// dân (a ministry or provincial Emulation Fighter or excellent teacher title, and a Prime Minister's certificate of
        /// merit or higher, or two ministry or provincial certificates for preschool, primary and lower-secondary teachers),
        /// which the library does not count because the texts read do not say from when they are counted.
        /// </summary>
        public bool? MetPeoplesTeacherAwardRequirements { get; init; }

        /// <summary>
        /// The qualities Decree 89/2014 asks of a Nghệ sĩ ưu tú, as the council finds them: loyalty and compliance with
        /// policy, law and the rules of one's body; good ethics, dedication, outstanding artistic talent and professional standing.
        /// </summary>
        public bool? MeritoriousArtistQualities { get; init; }

        /// <summary>The qualities Decree 89/2014 asks of a Nghệ sĩ nhân dân, as the council finds them.</summary>
        public bool? PeoplesArtistQualities { get; init; }

        /// <summary>
        /// The council's finding that the person meets the years and prizes of the Nghệ sĩ ưu tú title as Decree 40/2021
        /// amended them (from 15 May 2021), which the library does not count because the amended text was not read in full.
        /// </summary>
        public bool? MetAmendedMeritoriousArtistStandards { get; init; }

        /// <summary>
        /// The council's finding that the person meets the years and prizes of the Nghệ sĩ nhân dân title as Decree 40/2021
        /// amended them (from 15 May 2021), which the library does not count because the amended text was not read in full.
        /// </summary>
        public bool? MetAmendedPeoplesArtistStandards { get; init; }
    }
}
