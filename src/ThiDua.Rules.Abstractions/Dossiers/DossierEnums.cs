namespace ThiDua.Rules
{
    /// <summary>The annual rating of how a person completed their tasks.</summary>
    public enum TaskRating
    {
        /// <summary>Did not complete their tasks (<c>không hoàn thành nhiệm vụ</c>).</summary>
        NotCompleted = 0,

        /// <summary>Completed their tasks (<c>hoàn thành nhiệm vụ</c>).</summary>
        Completed = 1,

        /// <summary>Completed their tasks well (<c>hoàn thành tốt nhiệm vụ</c>).</summary>
        CompletedWell = 2,

        /// <summary>Completed their tasks excellently (<c>hoàn thành xuất sắc nhiệm vụ</c>).</summary>
        CompletedExcellently = 3,
    }

    /// <summary>Kinds of leave or absence recorded for a period.</summary>
    public enum LeaveKind
    {
        /// <summary>Maternity leave taken under the rules (<c>nghỉ chế độ thai sản</c>).</summary>
        Maternity = 0,

        /// <summary>Treatment of an injury suffered in combat, combat support or a brave act saving people or property.</summary>
        BraveActInjury = 1,

        /// <summary>Study or training (<c>đi học, bồi dưỡng</c>).</summary>
        Training = 2,

        /// <summary>Sick leave.</summary>
        Sickness = 3,

        /// <summary>Unpaid leave.</summary>
        Unpaid = 4,

        /// <summary>Any other leave.</summary>
        Other = 5,
    }

    /// <summary>A study result, as a training institution grades it.</summary>
    public enum StudyResult
    {
        /// <summary>Weak (<c>yếu</c>) or below.</summary>
        Weak = 0,

        /// <summary>Average (<c>trung bình</c>).</summary>
        Average = 1,

        /// <summary>Good (<c>khá</c>).</summary>
        Good = 2,

        /// <summary>Very good (<c>giỏi</c>).</summary>
        VeryGood = 3,

        /// <summary>Excellent (<c>xuất sắc</c>).</summary>
        Excellent = 4,
    }

    /// <summary>Disciplinary forms, from the Law on Cadres and Civil Servants and the Labour Code.</summary>
    public enum DisciplineForm
    {
        /// <summary>Reprimand (<c>khiển trách</c>), the lightest form in both ladders.</summary>
        Reprimand = 0,

        /// <summary>Warning (<c>cảnh cáo</c>).</summary>
        Warning = 1,

        /// <summary>Salary-step reduction (<c>hạ bậc lương</c>).</summary>
        SalaryReduction = 2,

        /// <summary>Demotion (<c>giáng chức</c>).</summary>
        Demotion = 3,

        /// <summary>Removal from post (<c>cách chức</c>).</summary>
        RemovalFromPost = 4,

        /// <summary>Forced resignation (<c>buộc thôi việc</c>).</summary>
        ForcedResignation = 5,

        /// <summary>Labour Code: deferred salary increase of up to six months (<c>kéo dài thời hạn nâng lương</c>).</summary>
        DeferredSalaryIncrease = 6,

        /// <summary>Labour Code: dismissal (<c>sa thải</c>).</summary>
        Dismissal = 7,
    }

    /// <summary>Proceedings that block a proposal while they are pending.</summary>
    public enum ProceedingKind
    {
        /// <summary>Being considered for discipline.</summary>
        DisciplinaryReview = 0,

        /// <summary>Under investigation, inspection or examination with signs of a violation.</summary>
        Investigation = 1,

        /// <summary>A complaint or denunciation against the person being verified.</summary>
        ComplaintVerification = 2,
    }

    /// <summary>What an achievement that serves as the basis for an emulation fighter title is.</summary>
    public enum InitiativeKind
    {
        /// <summary>An initiative (<c>sáng kiến</c>) raising productivity or work efficiency.</summary>
        Initiative = 0,

        /// <summary>A scientific research topic (<c>đề tài nghiên cứu khoa học</c>), accepted and applied.</summary>
        ResearchTopic = 1,

        /// <summary>Armed forces: resourcefulness and creativity in combat or combat support (<c>mưu trí, sáng tạo trong chiến đấu</c>).</summary>
        CombatCreativity = 2,
    }

    /// <summary>
    /// The level that recognised an initiative, and so the scope of its effect. The levels rank Unit &lt; District &lt;
    /// MinistryOrProvince &lt; National (their numeric values do not follow that order: District was added later).
    /// </summary>
    public enum InitiativeScope
    {
        /// <summary>Recognised by the unit (<c>cơ sở</c>): its head, helped by the unit's initiative or science council.</summary>
        Unit = 0,

        /// <summary>Recognised by the head of a ministry, sector, province or central mass organisation, with effect at that level.</summary>
        MinistryOrProvince = 1,

        /// <summary>Applied with high effect and nationwide influence, so certified by the ministry or province.</summary>
        National = 2,

        /// <summary>
        /// Recognised at district level (the district People's Committee or its initiative council): above the unit,
        /// so it serves the grassroots title, but not the ministry or province level a higher title needs.
        /// </summary>
        District = 3,
    }

    /// <summary>Kinds of criminal sentence (<c>hình phạt</c>) recorded for a person.</summary>
    public enum CriminalSentenceKind
    {
        /// <summary>Imprisonment (<c>tù có thời hạn</c> or longer).</summary>
        Imprisonment = 0,

        /// <summary>A suspended prison sentence (<c>án treo</c>), served as a probation period.</summary>
        Suspended = 1,

        /// <summary>Non-custodial reform (<c>cải tạo không giam giữ</c>).</summary>
        NonCustodialReform = 2,

        /// <summary>Any other principal penalty (a warning, a fine).</summary>
        Other = 3,
    }
}
