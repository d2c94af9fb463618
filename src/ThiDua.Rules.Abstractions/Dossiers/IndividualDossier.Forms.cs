using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    // The dossier history the forms of commendation (hình thức khen thưởng) read: why each earlier decision was made,
    // who made it, and the posts the person held. Kept apart from the emulation-title fields.

    /// <summary>The posts the person held, read by the long-service (cống hiến) routes of the forms of commendation.</summary>
    public sealed partial record IndividualDossier
    {
        /// <summary>
        /// Leadership posts held, current and past; <see langword="null"/> when not stated (the long-service routes are
        /// then Unknown), empty when the person held none.
        /// </summary>
        public IReadOnlyList<PositionRecord>? Positions { get; init; }
    }

    /// <summary>What the forms of commendation need to know about an earlier decision.</summary>
    public sealed partial record AwardRecord
    {
        /// <summary>
        /// What the decision rewarded: the achievement of the period (<see cref="CommendationBasis.Merit"/>), a one-off
        /// achievement, a thematic movement, or long service. Only merit decisions serve as the base of a later merit
        /// form; <see langword="null"/> when not stated, which makes the conditions that need it Unknown.
        /// </summary>
        public CommendationBasis? Basis { get; init; }

        /// <summary>The authority that made the decision (e.g. "Chủ tịch UBND tỉnh Nam Định"), for the explanation.</summary>
        public string? IssuedBy { get; init; }

        /// <summary>The level of that authority.</summary>
        public IssuerLevel? IssuerLevel { get; init; }
    }

    /// <summary>The council's finding the forms of commendation open with.</summary>
    public sealed partial record CouncilAttestations
    {
        /// <summary>
        /// Set an example in complying with Party guidelines and State policy and law (<c>gương mẫu chấp hành tốt chủ
        /// trương của Đảng, chính sách, pháp luật của Nhà nước</c>), the lead-in of the ministry/provincial certificate (Law 06/2022
        /// Điều 74) and of the Labour Order, Third Class (Điều 44, as earlier data read it).
        /// </summary>
        public bool? ExemplaryPolicyCompliance { get; init; }

        /// <summary>
        /// Outstanding achievements, assessed in an emulation movement the ministry, sector or province launched (the
        /// route of Law 06/2022 Điều 74 khoản 1 điểm a to the ministry/provincial certificate of merit).
        /// </summary>
        public bool? OutstandingInMinistryMovement { get; init; }

        /// <summary>
        /// An achievement, one-off ones included, whose influence reaches across one of the fields the ministry, sector
        /// or province manages (the route of Law 06/2022 Điều 74 khoản 1 điểm b).
        /// </summary>
        public bool? AchievementInMinistryField { get; init; }

        /// <summary>
        /// A large contribution to socio-economic development, the application of scientific and technological
        /// progress, social work or charity (the route of Law 06/2022 Điều 74 khoản 1 điểm c).
        /// </summary>
        public bool? LargeContribution { get; init; }

        /// <summary>
        /// The person meets the national standard the 2022 Law sets for the Letter of Commendation (<c>Giấy khen</c>,
        /// Law 06/2022 Điều 75), as the council reads it. The library has not read that article's standard, so it does
        /// not check its points itself.
        /// </summary>
        public bool? MetLetterOfCommendationLawStandard { get; init; }

        /// <summary>
        /// The person meets the detailed criteria the ministry, sector or province that manages the person sets for the Letter of
        /// Commendation (Law 06/2022 Điều 75 khoản 2 leaves them to it).
        /// </summary>
        public bool? MetIssuerLetterOfCommendationCriteria { get; init; }

        /// <summary>
        /// The person meets the individual standard of Law 06/2022 Điều 42 for the Labour Order, First Class (<c>Huân chương Lao động hạng
        /// Nhất</c>), as the council reads it. The library has not verified that standard's numbers, so it does not count them itself.
        /// </summary>
        public bool? MetLabourOrderFirstClassStandard { get; init; }

        /// <summary>
        /// The person meets the Government's detailed rules on the Friendship Order (Law 06/2022 Điều 53 khoản 2; Decree 98/2023, then
        /// 152/2025), as the council reads them. The library has not read the decree's article.
        /// </summary>
        public bool? MetFriendshipOrderDecreeDetail { get; init; }

        /// <summary>
        /// The person complies well with Party guidelines and State policy and law (<c>chấp hành tốt chủ trương của Đảng, chính sách, pháp
        /// luật của Nhà nước</c>), the lead-in of Law 06/2022 Điều 35 khoản 1 (Ho Chi Minh Order), Điều 43 khoản 1 (Labour Order, Second
        /// Class) and Điều 73 khoản 1 (Prime Minister's certificate of merit); weaker than
        /// <see cref="ExemplaryPolicyCompliance"/>.
        /// </summary>
        public bool? CompliesWellWithPolicyAndLaw { get; init; }

        /// <summary>
        /// The person has many especially outstanding achievements with nationwide influence and example in one of the fields the Law
        /// lists (Law 06/2022 Điều 35 khoản 1 điểm b, Ho Chi Minh Order), as the council reads it.
        /// </summary>
        public bool? NationwideOutstandingAchievements { get; init; }

        /// <summary>
        /// The person is a foreigner with a great contribution to building, consolidating and developing friendship between Viet Nam
        /// and other countries (the lead-in of Law 06/2022 Điều 53 khoản 1, Friendship Order), as the council reads it. The dossier has
        /// no nationality field, so the council states it.
        /// </summary>
        public bool? ForeignFriendshipContributor { get; init; }

        /// <summary>
        /// The person shows solidarity and friendship and respects Viet Nam's independence, sovereignty, unity, territorial integrity,
        /// laws and good customs (the first standard of Law 06/2022 Điều 53 khoản 1), as the council reads it.
        /// </summary>
        public bool? FriendshipSolidarityAndRespect { get; init; }

        /// <summary>
        /// The person made a great contribution to Viet Nam's struggle for independence and reunification or to its socio-economic
        /// development, security, defence and foreign affairs, and an active contribution to friendship and cooperation with Viet Nam that a
        /// ministry, sector or province recognised and proposed (the second standard of Law 06/2022 Điều 53 khoản 1), as the council reads it.
        /// </summary>
        public bool? GreatContributionToVietnam { get; init; }

        /// <summary>
        /// The person is a foreigner with many contributions to building and defending Viet Nam (Law 06/2022 Điều 54 khoản 1, the medals),
        /// as the council reads it. The dossier has no nationality field, so the council states it.
        /// </summary>
        public bool? ForeignerContributedToVietnam { get; init; }

        /// <summary>
        /// The person meets the standard of the 2022 Law's own article on the Friendship Medal (<c>Huy chương Hữu nghị</c>, named in
        /// Law 06/2022 Điều 54 khoản 2 điểm d), as the council reads it. The library has not read that article.
        /// </summary>
        public bool? MetFriendshipMedalStandard { get; init; }

        /// <summary>
        /// Many great, especially outstanding merits in the revolutionary cause of the Party and the nation (the Gold Star Order's route in Law 06/2022 Điều 34 khoản 2 điểm a, detailed by the Government's decree), as the council reads it.
        /// </summary>
        public bool? GoldStarRevolutionaryMerit { get; init; }

        /// <summary>
        /// Many great, especially outstanding merits to the country in politics, the economy, society, culture, the arts, science, technology, defence, security, foreign affairs or another field (the Gold Star Order's route in Law 06/2022 Điều 34 khoản 2 điểm b), as the council reads it.
        /// </summary>
        public bool? GoldStarMeritToCountry { get; init; }

        /// <summary>
        /// The person meets the standard for the Gold Star Order (<c>Huân chương Sao vàng</c>) for individuals, as the council reads it; the library has not read the order's own article.
        /// </summary>
        public bool? MetGoldStarOrderStandard { get; init; }

        /// <summary>
        /// The person meets the standard for the Ho Chi Minh Order (<c>Huân chương Hồ Chí Minh</c>) for individuals under the 2003 Law as amended, as the council reads it; the library has not read the order's own article.
        /// </summary>
        public bool? MetHoChiMinhOrderStandard { get; init; }

        /// <summary>
        /// The person meets one of the individual standards of the Independence Order, First Class (<c>Huân chương Độc lập hạng Nhất</c>), as the council reads it.
        /// </summary>
        public bool? MetIndependenceOrderFirstClassStandard { get; init; }

        /// <summary>
        /// The person meets one of the individual standards of the Independence Order, Second Class (<c>Huân chương Độc lập hạng Nhì</c>), as the council reads it.
        /// </summary>
        public bool? MetIndependenceOrderSecondClassStandard { get; init; }

        /// <summary>
        /// The person meets one of the individual standards of the Independence Order, Third Class (<c>Huân chương Độc lập hạng Ba</c>), as the council reads it.
        /// </summary>
        public bool? MetIndependenceOrderThirdClassStandard { get; init; }

        /// <summary>
        /// The person meets the detailed standards of the Friendship Order (<c>Huân chương Hữu nghị</c>) set by the decree guiding the 2003 Law as amended, as the council reads them; the library has not read that decree's article.
        /// </summary>
        public bool? MetFriendshipOrderStandard { get; init; }

        /// <summary>
        /// An active contribution to building, consolidating and developing friendship and cooperation between Viet Nam and other countries, regions or international organisations (the Friendship Medal standard of Decree 65/2014 Điều 22 khoản 2), as the council reads it.
        /// </summary>
        public bool? FriendshipCooperationContribution { get; init; }

        /// <summary>
        /// The person meets the detailed standards of the Friendship Medal (<c>Huy chương Hữu nghị</c>) set by Decree 91/2017, as the council reads them; the library has not read that decree's article.
        /// </summary>
        public bool? MetFriendshipMedalDetailedStandard { get; init; }

        /// <summary>
        /// The person meets the individual standards of the State honorary title Labour Hero (<c>Anh hùng Lao động</c>), as the council reads them.
        /// </summary>
        public bool? MetLabourHeroStandard { get; init; }

        /// <summary>
        /// Without fear for their own life the person bravely saved people or State or citizens' property, stood up to criminals or went into an epidemic danger zone, with an example set at provincial or regional level or above (Decree 91/2017 Điều 32 khoản 1), as the council reads it.
        /// </summary>
        public bool? BraveActRescue { get; init; }

        /// <summary>
        /// The person died heroically saving people or State or citizens' property and is admired and held up as an example (Decree 91/2017 Điều 32 khoản 2), as the council reads it.
        /// </summary>
        public bool? DiedHeroicallyRescuing { get; init; }

        /// <summary>
        /// The person's brave act saving people or State or citizens' property meets the standard for the Bravery Order (<c>Huân chương Dũng cảm</c>), as the council reads it; the guiding decree's detail was not read for this regime.
        /// </summary>
        public bool? MetBraveryOrderStandard { get; init; }

        /// <summary>
        /// The person is a service member, defence worker, defence civil servant or public employee of the People's Army (<c>quân nhân, công nhân, công chức, viên chức quốc phòng</c>), as the unit states it.
        /// </summary>
        public bool? PeoplesArmyPersonnel { get; init; }

        /// <summary>
        /// The person's continuous service in the People's Army reaches the length Law 06/2022 Điều 55 sets for the Victory Banner Medal (25 years or more), as the unit states it; the dossier holds no service record to count.
        /// </summary>
        public bool? VictoryBannerServiceLength { get; init; }

        /// <summary>
        /// The person completed the assigned tasks well over the whole service, the standard the 2022 Law sets for the armed forces' length-of-service medals, as the council reads it.
        /// </summary>
        public bool? CompletedTasksWellOverService { get; init; }

        /// <summary>
        /// The person meets the standard of Law 06/2022 Điều 56 for the For National Security Medal (<c>Huy chương Vì an ninh Tổ quốc</c>), as the council reads it; the library has read only the article's opening.
        /// </summary>
        public bool? MetSecurityMedalStandard { get; init; }

        /// <summary>
        /// An outstanding, typical achievement singled out when a review closed an emulation movement of three years or
        /// more launched by the Central Emulation and Commendation Council or by a ministry, sector or province (the route
        /// of Decree 91/2017 Điều 38 khoản 1 điểm a to the Prime Minister's certificate of merit), as the council reads it.
        /// </summary>
        public bool? OutstandingInThreeYearMovementReview { get; init; }

        /// <summary>
        /// Many achievements, or a one-off achievement, whose influence reaches across the ministry, sector or province
        /// (the route of Decree 91/2017 Điều 38 khoản 1 điểm b to the Prime Minister's certificate of merit), as the
        /// council reads it.
        /// </summary>
        public bool? MinistryWideAchievements { get; init; }

        /// <summary>
        /// The person meets the merit standard (consecutive excellent years with recognised initiatives) of Decree 91/2017 Điều 39 khoản 1
        /// for the ministry or provincial certificate of merit, as the council reads it. The library read the article but not the
        /// numbers of that point under Decree 91, so it does not count the years itself.
        /// </summary>
        public bool? MetMinistryCertificateMeritStandard { get; init; }

        /// <summary>
        /// A one-off outstanding achievement, or a scientific or artistic work or an initiative rated excellent by a ministry or provincial
        /// council, with effect and example in the ministry's or province's field (the non-merit point of the Labour Order, Third Class,
        /// under the 2013 Law: Decree 65/2014 Điều 17 khoản 1 điểm a, Decree 91/2017 Điều 24 khoản 1 điểm b), as the council reads it.
        /// </summary>
        public bool? LabourOrderThirdClassOneOffOrWork { get; init; }

        /// <summary>
        /// An especially outstanding one-off achievement, an invention or initiative of high effect in the ministry, sector or locality,
        /// or an outstanding work of ministry or provincial standing (the non-merit point of the Labour Order, Second Class, under the
        /// 2013 Law: Decree 65/2014 Điều 16 khoản 1 điểm a), as the council reads it.
        /// </summary>
        public bool? LabourOrderSecondClassOneOffOrWork { get; init; }

        /// <summary>
        /// An especially outstanding one-off achievement, an invention or initiative of high effect with nationwide influence, or an
        /// outstanding work of State standing (the non-merit point of the Labour Order, First Class, under the 2013 Law: Law Điều 42
        /// khoản 1 điểm b, Decree 65/2014 Điều 15 khoản 1 điểm a), as the council reads it.
        /// </summary>
        public bool? LabourOrderFirstClassOneOffOrWork { get; init; }

        /// <summary>
        /// Long, continuous service in agencies and organisations, with the posts and years in post the decree's table sets for the
        /// Labour Order, Third Class, under the 2013 Law (Decree 65/2014 Điều 17 khoản 3; the Decree 91/2017 table was not read), as the
        /// council reads it. The dossier has no record of posts held, so the council states it.
        /// </summary>
        public bool? LongServiceForLabourOrderThirdClass { get; init; }

        /// <summary>
        /// Long, continuous service in agencies and organisations, with the posts and years in post the decree's table sets for the
        /// Labour Order, Second Class, under the 2013 Law (Decree 65/2014 Điều 16 khoản 3; the Decree 91/2017 table was not read), as the
        /// council reads it. The dossier has no record of posts held, so the council states it.
        /// </summary>
        public bool? LongServiceForLabourOrderSecondClass { get; init; }

        /// <summary>
        /// Long, continuous service in agencies and organisations, with the posts and years in post the decree's table sets for the
        /// Labour Order, First Class, under the 2013 Law (Decree 65/2014 Điều 15 khoản 3; the Decree 91/2017 table was not read), as the
        /// council reads it. The dossier has no record of posts held, so the council states it.
        /// </summary>
        public bool? LongServiceForLabourOrderFirstClass { get; init; }

        /// <summary>
        /// A worker, farmer or labourer meeting the decree's own standard for the Labour Order, Third Class (initiatives recognised
        /// at the stated level with help to colleagues, or a stable production model: Decree 65/2014 Điều 17 khoản 2 điểm b), as the
        /// council reads it.
        /// </summary>
        public bool? WorkerStandardForLabourOrderThirdClass { get; init; }

        /// <summary>
        /// A worker, farmer or labourer meeting the decree's own standard for the Labour Order, Second Class (initiatives recognised
        /// at the stated level with help to colleagues, or a stable production model: Decree 65/2014 Điều 16 khoản 2 điểm b), as the
        /// council reads it.
        /// </summary>
        public bool? WorkerStandardForLabourOrderSecondClass { get; init; }

        /// <summary>
        /// A worker, farmer or labourer meeting the decree's own standard for the Labour Order, First Class (initiatives recognised
        /// at the stated level with help to colleagues, or a stable production model: Decree 65/2014 Điều 15 khoản 2 điểm b), as the
        /// council reads it.
        /// </summary>
        public bool? WorkerStandardForLabourOrderFirstClass { get; init; }

        /// <summary>
        /// In the years following the Labour Order, Third Class, the person kept up outstanding achievements with influence and example
        /// across the ministry, sector or province, as the decree of the period details them (the merit point of the Labour Order,
        /// Second Class, under the 2013 Law), as the council reads it.
        /// </summary>
        public bool? LabourOrderSecondClassMeritFinding { get; init; }

        /// <summary>
        /// In the five or more years following the Labour Order, Second Class, the person kept up outstanding achievements with
        /// nationwide influence and example, as the decree of the period details them (the merit point of the Labour Order, First
        /// Class, under the 2013 Law: Law Điều 42 khoản 1 điểm a), as the council reads it.
        /// </summary>
        public bool? LabourOrderFirstClassMeritFinding { get; init; }

        /// <summary>
        /// Typical outstanding achievements assessed in an emulation movement (the route of Law 06/2022 Điều 73 khoản 1 điểm a to the Prime Minister's certificate of merit), as the council reads it.
        /// </summary>
        public bool? OutstandingInEmulationMovement { get; init; }

        /// <summary>
        /// Many achievements, or a one-off achievement, whose influence reaches across the ministry, sector or province, or a prize at regional level (the route of Law 06/2022 Điều 73 khoản 1 điểm c), as the council reads it.
        /// </summary>
        public bool? MinistryWideAchievementsOrRegionalPrize { get; init; }

        /// <summary>
        /// Contributions to the country's socio-economic development as point d of Law 06/2022 Điều 73 khoản 1 describes them (the route to the Prime Minister's certificate of merit), as the council reads it. The library has read only the opening words of that point.
        /// </summary>
        public bool? ContributionToNationalDevelopment { get; init; }

        /// <summary>
        /// The person is a worker, farmer or labourer who meets one of the standards of Law 06/2022 Điều 73 khoản 2 (the clause for workers, farmers and labourers of the Prime Minister's certificate of merit), as the council reads it.
        /// </summary>
        public bool? MetPrimeMinisterCertificateWorkerStandard { get; init; }

        /// <summary>
        /// The person meets one of points a to đ of Law 06/2022 Điều 44 khoản 1 (the Labour Order, Third Class, for individuals: the points other than merit and long service), as the council reads it. The library has not read those points.
        /// </summary>
        public bool? MetLabourOrderThirdClassOtherPoint { get; init; }

        /// <summary>
        /// Long service in an agency, organisation or unit meeting Law 06/2022 Điều 44 khoản 1 điểm g as the Government's decree details it (posts held and for how long), as the council reads it.
        /// </summary>
        public bool? LabourOrderThirdClassLongService { get; init; }

        /// <summary>
        /// The person is a worker or farmer who meets one of the standards of Law 06/2022 Điều 44 khoản 2 (Labour Order, Third Class), as the council reads it.
        /// </summary>
        public bool? MetLabourOrderThirdClassWorkerStandard { get; init; }

        /// <summary>
        /// An outstanding one-off achievement in work, production, business, study, research or another field, with influence and example across the ministry, sector or province (a route of Law 06/2022 Điều 43 khoản 1, Labour Order, Second Class), as the council reads it.
        /// </summary>
        public bool? OneOffAchievementMinistryWide { get; init; }

        /// <summary>
        /// The highest international prize of the region (a route of Law 06/2022 Điều 43 khoản 1, Labour Order, Second Class), as the council reads it.
        /// </summary>
        public bool? HighestRegionalInternationalPrize { get; init; }

        /// <summary>
        /// A highly effective applied discovery or invention with influence across the ministry, sector or province, or an outstanding scientific and technological work or creative work at ministry or provincial level (a route of Law 06/2022 Điều 43 khoản 1, Labour Order, Second Class), as the council reads it.
        /// </summary>
        public bool? MinistryLevelInventionOrWork { get; init; }

        /// <summary>
        /// A large contribution to the country's socio-economic development, social security, humanitarian charity or the application of scientific and technical progress (a route of Law 06/2022 Điều 43 khoản 1, Labour Order, Second Class), as the council reads it.
        /// </summary>
        public bool? LargeContributionToDevelopment { get; init; }

        /// <summary>
        /// Long service in an agency, organisation or unit (a route of Law 06/2022 Điều 43 khoản 1, Labour Order, Second Class) meeting the standard the Government's decree sets (posts held and for how long), as the council reads it.
        /// </summary>
        public bool? LabourOrderSecondClassLongService { get; init; }

        /// <summary>
        /// The person is a worker or farmer who meets one of the standards of Law 06/2022 Điều 43 khoản 2 (Labour Order, Second Class), as the council reads it. The library has not read that clause's standards.
        /// </summary>
        public bool? MetLabourOrderSecondClassWorkerStandard { get; init; }
    }

    /// <summary>A leadership post the person held.</summary>
    public sealed record PositionRecord
    {
        /// <summary>The post's name as written in the appointment decision.</summary>
        public string? Title { get; init; }

        /// <summary>The post's rank among the ranks the long-service tables use.</summary>
        public PositionLevel Level { get; init; }

        /// <summary>The first day in the post.</summary>
        public DateTime From { get; init; }

        /// <summary>The last day in the post; <see langword="null"/> while it is still held.</summary>
        public DateTime? To { get; init; }

        /// <summary>The appointment decision number.</summary>
        public string? DecisionNumber { get; init; }
    }

    /// <summary>What a decision rewarded (the kinds of commendation of Law 06/2022 Điều 8).</summary>
    public enum CommendationBasis
    {
        /// <summary>Achievements in a period of work (<c>khen thưởng theo công trạng và thành tích đạt được</c>).</summary>
        Merit = 0,

        /// <summary>A sudden, one-off achievement (<c>khen thưởng đột xuất</c>).</summary>
        OneOff = 1,

        /// <summary>An emulation movement or campaign on one theme (<c>khen thưởng theo chuyên đề</c>).</summary>
        Thematic = 2,

        /// <summary>A long working life (<c>khen thưởng quá trình cống hiến</c>).</summary>
        LongService = 3,

        /// <summary>Seniority in the armed forces (<c>khen thưởng theo niên hạn</c>).</summary>
        Seniority = 4,

        /// <summary>Foreign affairs (<c>khen thưởng đối ngoại</c>).</summary>
        ForeignAffairs = 5,
    }

    /// <summary>The level of the authority that made a decision.</summary>
    public enum IssuerLevel
    {
        /// <summary>The head of an agency, unit or enterprise (grassroots).</summary>
        Unit = 0,

        /// <summary>A commune-level People's Committee chairman.</summary>
        Commune = 1,

        /// <summary>A district-level People's Committee chairman (until 2025-06-30).</summary>
        District = 2,

        /// <summary>The head of a ministry, sector, province or central mass organisation.</summary>
        MinistryOrProvince = 3,

        /// <summary>The Prime Minister.</summary>
        PrimeMinister = 4,

        /// <summary>The State President.</summary>
        President = 5,
    }

    /// <summary>
    /// Ranks of leadership posts, as the long-service tables group them (lowest first). Each rank stands for the posts a
    /// table lists with it and for posts equivalent to them (<c>chức vụ tương đương</c>); the host records the rank its
    /// own post is equivalent to.
    /// </summary>
    public enum PositionLevel
    {
        /// <summary>A post below the ranks listed here, or one the tables do not name.</summary>
        Other = 0,

        /// <summary>
        /// Deputy head of a provincial department or sector (<c>Phó Trưởng ban, ngành cấp tỉnh</c>, e.g. <c>Phó Giám đốc
        /// Sở</c>), or deputy director of a department of a ministry (<c>Phó Cục trưởng</c>) below the next rank.
        /// </summary>
        DeputyProvincialDepartmentDirector = 1,

        /// <summary>
        /// Deputy director of a department of a ministry (<c>Phó Vụ trưởng</c>) and the posts the tables list with it:
        /// director of a provincial department (<c>Giám đốc Sở</c>, <c>Trưởng ban, ngành cấp tỉnh</c>), vice-chair of a
        /// provincial Fatherland Front committee, head of a provincial socio-political organisation, district Party
        /// secretary and district People's Council or Committee chair.
        /// </summary>
        DeputyDepartmentDirector = 2,

        /// <summary>
        /// Director of a department of a ministry (<c>Vụ trưởng</c>) and the posts the tables list with it: member of a
        /// provincial Party standing committee, vice-chair of a provincial People's Council or Committee, chair of a
        /// provincial Fatherland Front committee, full-time deputy head of a provincial National Assembly delegation.
        /// </summary>
        DepartmentDirector = 3,

        /// <summary>Deputy head of a general department (<c>Phó Tổng cục trưởng</c>); Decree 65/2014 names no such rank.</summary>
        DeputyGeneralDirector = 4,

        /// <summary>Head of a general department (<c>Tổng cục trưởng</c>); Decree 65/2014 names no such rank.</summary>
        GeneralDirector = 5,

        /// <summary>
        /// Deputy minister (<c>Thứ trưởng</c>) and the posts the tables list with it: deputy head of a central Party
        /// commission, provincial Party deputy secretary, provincial People's Council or Committee chair, vice-chair of the
        /// Central Committee of the Fatherland Front, deputy head of a central socio-political organisation.
        /// </summary>
        DeputyMinister = 6,

        /// <summary>
        /// Minister (<c>Bộ trưởng</c>) and the posts the tables list with it: head of a central Party commission,
        /// provincial Party secretary, member of the National Assembly Standing Committee, head of a central
        /// socio-political organisation.
        /// </summary>
        Minister = 7,
    }
}
