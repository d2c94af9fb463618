namespace ThiDua.Rules
{
    /// <summary>Who an award is given to.</summary>
    public enum AwardSubject
    {
        /// <summary>A person (<c>cá nhân</c>).</summary>
        Individual = 0,

        /// <summary>A collective (<c>tập thể</c>): a unit, department, school, company…</summary>
        Collective = 1,

        /// <summary>A household (<c>hộ gia đình</c>).</summary>
        Household = 2,

        /// <summary>A village or residential group (<c>thôn, làng, ấp, bản, tổ dân phố</c>).</summary>
        Village = 3,

        /// <summary>
        /// A unit's nomination list: not an award but the list's own rules (caps, exclusive titles), checked over the
        /// results of the nominations on it.
        /// </summary>
        NominationList = 4,
    }

    /// <summary>The legal category of an award.</summary>
    public enum AwardCategory
    {
        /// <summary>An emulation title (<c>danh hiệu thi đua</c>).</summary>
        EmulationTitle = 0,

        /// <summary>An order (<c>huân chương</c>).</summary>
        Order = 1,

        /// <summary>A medal (<c>huy chương</c>).</summary>
        Medal = 2,

        /// <summary>A State honorary title (<c>danh hiệu vinh dự nhà nước</c>).</summary>
        HonoraryTitle = 3,

        /// <summary>A certificate of merit (<c>bằng khen</c>).</summary>
        CertificateOfMerit = 4,

        /// <summary>A letter of commendation (<c>giấy khen</c>).</summary>
        LetterOfCommendation = 5,
    }

    /// <summary>How often an award can be given.</summary>
    public enum AwardCadence
    {
        /// <summary>Once per assessment period (calendar or school year).</summary>
        Annual = 0,

        /// <summary>When a run of consecutive earlier titles completes (e.g. three consecutive grassroots titles).</summary>
        OnCompletedRun = 1,

        /// <summary>Proposed in one fixed year after a run completes; the year assessed is the proposal year.</summary>
        ProposalYearAfterRun = 2,
    }

    /// <summary>
    /// The groups of people the law treats differently (Law on Emulation and Commendation, Điều 24 as amended
    /// in 2013).
    /// </summary>
    public enum PersonnelCategory
    {
        /// <summary>Cadres, civil servants and public employees (<c>cán bộ, công chức, viên chức</c>).</summary>
        CivilServant = 0,

        /// <summary>Workers, farmers and other labourers (<c>công nhân, nông dân, người lao động</c>), including contract staff of State bodies.</summary>
        Worker = 1,

        /// <summary>Officers, NCOs and soldiers of the People's Army and People's Public Security (<c>sĩ quan, hạ sĩ quan, chiến sĩ</c>).</summary>
        ArmedForces = 2,
    }
}
