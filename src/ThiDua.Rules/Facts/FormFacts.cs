using System;
using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What the dossier says about the forms of commendation (parameter <c>forms</c>): the earlier form a higher one
    /// builds on, the years that followed it, and the titles, ratings and initiatives within those years.
    /// </summary>
    /// <remarks>
    /// "After form X, the following N years" is read as the run of consecutive periods ending with the period assessed
    /// (the proposal year) that starts after the achievement period of the latest merit decision of X. One-off and
    /// thematic decisions do not serve as that base (Decree 98/2023 Điều 4, Law 06/2022 Điều 8). A period the dossier
    /// does not rate ends the run unsettled, so the clerk is asked for it instead of being told "not enough years".
    /// </remarks>
    public sealed partial class FormFacts
    {
        private readonly AwardCheck _check;
        private (string Code, IReadOnlyList<AwardRecord>? Decisions)? _decisionsBefore;
        private (string Code, TaskRating Minimum, PeriodRun Run)? _openRun;

        internal FormFacts(AwardCheck check)
        {
            _check = check;
        }

        /// <summary>A council finding of the period assessed: true only when the council gave it.</summary>
        private bool Finding(Func<CouncilAttestations, bool?> read)
            => _check.PeriodRecord?.Attestations is { } attestations && read(attestations) == true;

        /// <summary>The council's finding that the person set an example in complying with policy and law (fact <c>exemplaryPolicyCompliance</c>).</summary>
        public bool ExemplaryPolicyCompliance => Finding(a => a.ExemplaryPolicyCompliance);

        /// <summary>The council's finding of outstanding achievements in a movement the ministry or province launched (fact <c>outstandingInMinistryMovement</c>).</summary>
        public bool OutstandingInMinistryMovement => Finding(a => a.OutstandingInMinistryMovement);

        /// <summary>The council's finding of an achievement influencing a field the ministry or province manages (fact <c>achievementInMinistryField</c>).</summary>
        public bool AchievementInMinistryField => Finding(a => a.AchievementInMinistryField);

        /// <summary>The council's finding of a large socio-economic, scientific, social or charitable contribution (fact <c>largeContribution</c>).</summary>
        public bool LargeContribution => Finding(a => a.LargeContribution);

        /// <summary>The council's finding that the person meets the Law's standard for the Letter of Commendation (fact <c>metLetterOfCommendationLawStandard</c>).</summary>
        public bool MetLetterOfCommendationLawStandard => Finding(a => a.MetLetterOfCommendationLawStandard);

        /// <summary>The council's finding that the person meets the issuer's own criteria for the Letter of Commendation (fact <c>metIssuerLetterOfCommendationCriteria</c>).</summary>
        public bool MetIssuerLetterOfCommendationCriteria => Finding(a => a.MetIssuerLetterOfCommendationCriteria);

        /// <summary>The council's finding that the person meets the Friendship Medal's own standard (fact <c>metFriendshipMedalStandard</c>).</summary>
        public bool MetFriendshipMedalStandard => Finding(a => a.MetFriendshipMedalStandard);

        /// <summary>The council's finding <c>goldStarRevolutionaryMerit</c> (a form of commendation added for issue 11).</summary>
        public bool GoldStarRevolutionaryMerit => Finding(a => a.GoldStarRevolutionaryMerit);

        /// <summary>The council's finding <c>goldStarMeritToCountry</c> (a form of commendation added for issue 11).</summary>
        public bool GoldStarMeritToCountry => Finding(a => a.GoldStarMeritToCountry);

        /// <summary>The council's finding <c>metGoldStarOrderStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetGoldStarOrderStandard => Finding(a => a.MetGoldStarOrderStandard);

        /// <summary>The council's finding <c>metHoChiMinhOrderStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetHoChiMinhOrderStandard => Finding(a => a.MetHoChiMinhOrderStandard);

        /// <summary>The council's finding <c>metIndependenceOrderFirstClassStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetIndependenceOrderFirstClassStandard => Finding(a => a.MetIndependenceOrderFirstClassStandard);

        /// <summary>The council's finding <c>metIndependenceOrderSecondClassStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetIndependenceOrderSecondClassStandard => Finding(a => a.MetIndependenceOrderSecondClassStandard);

        /// <summary>The council's finding <c>metIndependenceOrderThirdClassStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetIndependenceOrderThirdClassStandard => Finding(a => a.MetIndependenceOrderThirdClassStandard);

        /// <summary>The council's finding <c>metFriendshipOrderStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetFriendshipOrderStandard => Finding(a => a.MetFriendshipOrderStandard);

        /// <summary>The council's finding <c>friendshipCooperationContribution</c> (a form of commendation added for issue 11).</summary>
        public bool FriendshipCooperationContribution => Finding(a => a.FriendshipCooperationContribution);

        /// <summary>The council's finding <c>metFriendshipMedalDetailedStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetFriendshipMedalDetailedStandard => Finding(a => a.MetFriendshipMedalDetailedStandard);

        /// <summary>The council's finding <c>metLabourHeroStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetLabourHeroStandard => Finding(a => a.MetLabourHeroStandard);

        /// <summary>The council's finding <c>braveActRescue</c> (a form of commendation added for issue 11).</summary>
        public bool BraveActRescue => Finding(a => a.BraveActRescue);

        /// <summary>The council's finding <c>diedHeroicallyRescuing</c> (a form of commendation added for issue 11).</summary>
        public bool DiedHeroicallyRescuing => Finding(a => a.DiedHeroicallyRescuing);

        /// <summary>The council's finding <c>metBraveryOrderStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetBraveryOrderStandard => Finding(a => a.MetBraveryOrderStandard);

        /// <summary>The council's finding <c>peoplesArmyPersonnel</c> (a form of commendation added for issue 11).</summary>
        public bool PeoplesArmyPersonnel => Finding(a => a.PeoplesArmyPersonnel);

        /// <summary>The council's finding <c>victoryBannerServiceLength</c> (a form of commendation added for issue 11).</summary>
        public bool VictoryBannerServiceLength => Finding(a => a.VictoryBannerServiceLength);

        /// <summary>The council's finding <c>completedTasksWellOverService</c> (a form of commendation added for issue 11).</summary>
        public bool CompletedTasksWellOverService => Finding(a => a.CompletedTasksWellOverService);

        /// <summary>The council's finding <c>metSecurityMedalStandard</c> (a form of commendation added for issue 11).</summary>
        public bool MetSecurityMedalStandard => Finding(a => a.MetSecurityMedalStandard);

        /// <summary>The council's finding that the person is a foreigner with many contributions to building and defending Viet Nam (fact <c>foreignerContributedToVietnam</c>).</summary>
        public bool ForeignerContributedToVietnam => Finding(a => a.ForeignerContributedToVietnam);

        /// <summary>The council's finding of a great contribution to Viet Nam and to friendship and cooperation, recognised and proposed by a ministry or province (fact <c>greatContributionToVietnam</c>).</summary>
        public bool GreatContributionToVietnam => Finding(a => a.GreatContributionToVietnam);

        /// <summary>The council's finding of solidarity and friendship and respect for Viet Nam's sovereignty, laws and customs (fact <c>friendshipSolidarityAndRespect</c>).</summary>
        public bool FriendshipSolidarityAndRespect => Finding(a => a.FriendshipSolidarityAndRespect);

        /// <summary>The council's finding that the person is a foreigner with a great contribution to friendship with Viet Nam (fact <c>foreignFriendshipContributor</c>).</summary>
        public bool ForeignFriendshipContributor => Finding(a => a.ForeignFriendshipContributor);

        /// <summary>The council's finding of many especially outstanding achievements with nationwide influence (fact <c>nationwideOutstandingAchievements</c>).</summary>
        public bool NationwideOutstandingAchievements => Finding(a => a.NationwideOutstandingAchievements);

        /// <summary>The council's finding that the person complies well with policy and law (fact <c>compliesWellWithPolicyAndLaw</c>).</summary>
        public bool CompliesWellWithPolicyAndLaw => Finding(a => a.CompliesWellWithPolicyAndLaw);

        /// <summary>The council's finding <c>outstandingInThreeYearMovementReview</c> (Decree 91/2017 Điều 38 khoản 1 điểm a).</summary>
        public bool OutstandingInThreeYearMovementReview => Finding(a => a.OutstandingInThreeYearMovementReview);

        /// <summary>The council's finding <c>ministryWideAchievements</c> (Decree 91/2017 Điều 38 khoản 1 điểm b).</summary>
        public bool MinistryWideAchievements => Finding(a => a.MinistryWideAchievements);

        /// <summary>The council's finding <c>metMinistryCertificateMeritStandard</c> (a form of commendation under the 2013 Law).</summary>
        public bool MetMinistryCertificateMeritStandard => Finding(a => a.MetMinistryCertificateMeritStandard);

        /// <summary>The council's finding <c>labourOrderThirdClassOneOffOrWork</c> (a form of commendation under the 2013 Law).</summary>
        public bool LabourOrderThirdClassOneOffOrWork => Finding(a => a.LabourOrderThirdClassOneOffOrWork);

        /// <summary>The council's finding <c>labourOrderSecondClassOneOffOrWork</c> (a form of commendation under the 2013 Law).</summary>
        public bool LabourOrderSecondClassOneOffOrWork => Finding(a => a.LabourOrderSecondClassOneOffOrWork);

        /// <summary>The council's finding <c>labourOrderFirstClassOneOffOrWork</c> (a form of commendation under the 2013 Law).</summary>
        public bool LabourOrderFirstClassOneOffOrWork => Finding(a => a.LabourOrderFirstClassOneOffOrWork);

        /// <summary>The council's finding <c>longServiceForLabourOrderThirdClass</c> (a form of commendation under the 2013 Law).</summary>
        public bool LongServiceForLabourOrderThirdClass => Finding(a => a.LongServiceForLabourOrderThirdClass);

        /// <summary>The council's finding <c>longServiceForLabourOrderSecondClass</c> (a form of commendation under the 2013 Law).</summary>
        public bool LongServiceForLabourOrderSecondClass => Finding(a => a.LongServiceForLabourOrderSecondClass);

        /// <summary>The council's finding <c>longServiceForLabourOrderFirstClass</c> (a form of commendation under the 2013 Law).</summary>
        public bool LongServiceForLabourOrderFirstClass => Finding(a => a.LongServiceForLabourOrderFirstClass);

        /// <summary>The council's finding <c>workerStandardForLabourOrderThirdClass</c> (a form of commendation under the 2013 Law).</summary>
        public bool WorkerStandardForLabourOrderThirdClass => Finding(a => a.WorkerStandardForLabourOrderThirdClass);

        /// <summary>The council's finding <c>workerStandardForLabourOrderSecondClass</c> (a form of commendation under the 2013 Law).</summary>
        public bool WorkerStandardForLabourOrderSecondClass => Finding(a => a.WorkerStandardForLabourOrderSecondClass);

        /// <summary>The council's finding <c>workerStandardForLabourOrderFirstClass</c> (a form of commendation under the 2013 Law).</summary>
        public bool WorkerStandardForLabourOrderFirstClass => Finding(a => a.WorkerStandardForLabourOrderFirstClass);

        /// <summary>The council's finding <c>labourOrderSecondClassMeritFinding</c> (a form of commendation under the 2013 Law).</summary>
        public bool LabourOrderSecondClassMeritFinding => Finding(a => a.LabourOrderSecondClassMeritFinding);

        /// <summary>The council's finding <c>labourOrderFirstClassMeritFinding</c> (a form of commendation under the 2013 Law).</summary>
        public bool LabourOrderFirstClassMeritFinding => Finding(a => a.LabourOrderFirstClassMeritFinding);

        /// <summary>The council's finding <c>outstandingInEmulationMovement</c> (a route of a 2022 form of commendation).</summary>
        public bool OutstandingInEmulationMovement => Finding(a => a.OutstandingInEmulationMovement);

        /// <summary>The council's finding <c>ministryWideAchievementsOrRegionalPrize</c> (a route of a 2022 form of commendation).</summary>
        public bool MinistryWideAchievementsOrRegionalPrize => Finding(a => a.MinistryWideAchievementsOrRegionalPrize);

        /// <summary>The council's finding <c>contributionToNationalDevelopment</c> (a route of a 2022 form of commendation).</summary>
        public bool ContributionToNationalDevelopment => Finding(a => a.ContributionToNationalDevelopment);

        /// <summary>The council's finding <c>metPrimeMinisterCertificateWorkerStandard</c> (a route of a 2022 form of commendation).</summary>
        public bool MetPrimeMinisterCertificateWorkerStandard => Finding(a => a.MetPrimeMinisterCertificateWorkerStandard);

        /// <summary>The council's finding <c>metLabourOrderThirdClassOtherPoint</c> (a route of a 2022 form of commendation).</summary>
        public bool MetLabourOrderThirdClassOtherPoint => Finding(a => a.MetLabourOrderThirdClassOtherPoint);

        /// <summary>The council's finding <c>labourOrderThirdClassLongService</c> (a route of a 2022 form of commendation).</summary>
        public bool LabourOrderThirdClassLongService => Finding(a => a.LabourOrderThirdClassLongService);

        /// <summary>The council's finding <c>metLabourOrderThirdClassWorkerStandard</c> (a route of a 2022 form of commendation).</summary>
        public bool MetLabourOrderThirdClassWorkerStandard => Finding(a => a.MetLabourOrderThirdClassWorkerStandard);

        /// <summary>The council's finding <c>oneOffAchievementMinistryWide</c> (a route of a 2022 form of commendation).</summary>
        public bool OneOffAchievementMinistryWide => Finding(a => a.OneOffAchievementMinistryWide);

        /// <summary>The council's finding <c>highestRegionalInternationalPrize</c> (a route of a 2022 form of commendation).</summary>
        public bool HighestRegionalInternationalPrize => Finding(a => a.HighestRegionalInternationalPrize);

        /// <summary>The council's finding <c>ministryLevelInventionOrWork</c> (a route of a 2022 form of commendation).</summary>
        public bool MinistryLevelInventionOrWork => Finding(a => a.MinistryLevelInventionOrWork);

        /// <summary>The council's finding <c>largeContributionToDevelopment</c> (a route of a 2022 form of commendation).</summary>
        public bool LargeContributionToDevelopment => Finding(a => a.LargeContributionToDevelopment);

        /// <summary>The council's finding <c>labourOrderSecondClassLongService</c> (a route of a 2022 form of commendation).</summary>
        public bool LabourOrderSecondClassLongService => Finding(a => a.LabourOrderSecondClassLongService);

        /// <summary>The council's finding <c>metLabourOrderSecondClassWorkerStandard</c> (a route of a 2022 form of commendation).</summary>
        public bool MetLabourOrderSecondClassWorkerStandard => Finding(a => a.MetLabourOrderSecondClassWorkerStandard);

        /// <summary>The council's finding that the person meets the Government's detailed rules on the Friendship Order (fact <c>metFriendshipOrderDecreeDetail</c>).</summary>
        public bool MetFriendshipOrderDecreeDetail => Finding(a => a.MetFriendshipOrderDecreeDetail);

        /// <summary>The council's finding that the person meets the Labour Order, First Class, individual standard (fact <c>metLabourOrderFirstClassStandard</c>).</summary>
        public bool MetLabourOrderFirstClassStandard => Finding(a => a.MetLabourOrderFirstClassStandard);

        /// <summary>Whether the person holds a merit Ministry or Provincial Certificate of Merit from before the period (fact <c>ministryCertificateHeld</c>).</summary>
        public bool MinistryCertificateHeld => Base(AwardCodes.MinistryCertificateOfMerit).Latest != null;

        /// <summary>Whether the person holds a merit Prime Minister's Certificate of Merit from before the period (fact <c>primeMinisterCertificateHeld</c>).</summary>
        public bool PrimeMinisterCertificateHeld => Base(AwardCodes.PrimeMinisterCertificateOfMerit).Latest != null;

        /// <summary>Consecutive years rated at least "completed well", ending with the period, after the latest ministry/provincial certificate (fact <c>wellRatedYearsAfterMinistryCertificate</c>).</summary>
        public int WellRatedYearsAfterMinistryCertificate => RunAfter(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedWell).Count;

        /// <summary>Consecutive years rated "completed excellently", ending with the period, after the latest ministry/provincial certificate (fact <c>excellentYearsAfterMinistryCertificate</c>).</summary>
        public int ExcellentYearsAfterMinistryCertificate => RunAfter(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedExcellently).Count;

        /// <summary>Grassroots emulation fighter titles within the well-rated run after the ministry/provincial certificate (fact <c>grassrootsTitlesAfterMinistryCertificate</c>).</summary>
        public int GrassrootsTitlesAfterMinistryCertificate => TitlesInRun(RunAfter(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedWell));

        /// <summary>Unit-level (or higher) initiatives within the excellent run after the ministry/provincial certificate (fact <c>grassrootsInitiativesAfterMinistryCertificate</c>).</summary>
        public int GrassrootsInitiativesAfterMinistryCertificate => InitiativesInRun(RunAfter(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedExcellently), InitiativeKind.Initiative, InitiativeScope.Unit).Count;

        /// <summary>Consecutive years rated at least "completed well", ending with the period, after the latest Prime Minister's certificate (fact <c>wellRatedYearsAfterPrimeMinisterCertificate</c>).</summary>
        public int WellRatedYearsAfterPrimeMinisterCertificate => RunAfter(AwardCodes.PrimeMinisterCertificateOfMerit, TaskRating.CompletedWell).Count;

        /// <summary>Years rated "completed excellently" within the well-rated run after the Prime Minister's certificate (fact <c>excellentYearsAfterPrimeMinisterCertificate</c>).</summary>
        public int ExcellentYearsAfterPrimeMinisterCertificate => ExcellentInRun(RunAfter(AwardCodes.PrimeMinisterCertificateOfMerit, TaskRating.CompletedWell)).Count;

        /// <summary>Grassroots emulation fighter titles within the well-rated run after the Prime Minister's certificate (fact <c>grassrootsTitlesAfterPrimeMinisterCertificate</c>).</summary>
        public int GrassrootsTitlesAfterPrimeMinisterCertificate => TitlesInRun(RunAfter(AwardCodes.PrimeMinisterCertificateOfMerit, TaskRating.CompletedWell));

        /// <summary>Whether the person holds a merit Labour Order, Third Class, from before the period (fact <c>labourOrderThirdClassHeld</c>).</summary>
        public bool LabourOrderThirdClassHeld => Base(AwardCodes.LabourOrderThirdClass).Latest != null;

        /// <summary>Consecutive years rated at least "completed well", ending with the period, after the latest Labour Order, Third Class (fact <c>wellRatedYearsAfterLabourOrderThirdClass</c>).</summary>
        public int WellRatedYearsAfterLabourOrderThirdClass => RunAfter(AwardCodes.LabourOrderThirdClass, TaskRating.CompletedWell).Count;

        /// <summary>Years rated "completed excellently" within the well-rated run after the Labour Order, Third Class (fact <c>excellentYearsAfterLabourOrderThirdClass</c>).</summary>
        public int ExcellentYearsAfterLabourOrderThirdClass => ExcellentInRun(RunAfter(AwardCodes.LabourOrderThirdClass, TaskRating.CompletedWell)).Count;

        /// <summary>Ministry/provincial emulation fighter titles within the well-rated run after the Labour Order, Third Class (fact <c>ministryTitlesAfterLabourOrderThirdClass</c>).</summary>
        public int MinistryTitlesAfterLabourOrderThirdClass => TitlesInRun(RunAfter(AwardCodes.LabourOrderThirdClass, TaskRating.CompletedWell), AwardCodes.MinistryEmulationFighter);

        /// <summary>
        /// The longer of two runs ending with the period, after the latest ministry/provincial certificate: consecutive
        /// grassroots emulation fighter titles, or consecutive years rated "completed excellently" (fact <c>certificateRunYears</c>).
        /// </summary>
        public int CertificateRunYears => CertificateRun().Count;

        /// <summary>Unit-level (or higher) initiatives recognised within that run (fact <c>grassrootsInitiativesInCertificateRun</c>).</summary>
        public int GrassrootsInitiativesInCertificateRun => InitiativesInRun(CertificateRun(), InitiativeKind.Initiative, InitiativeScope.Unit).Count;

        /// <summary>Unit-level (or higher) research topics accepted and applied within that run (fact <c>grassrootsTopicsInCertificateRun</c>).</summary>
        public int GrassrootsTopicsInCertificateRun => InitiativesInRun(CertificateRun(), InitiativeKind.ResearchTopic, InitiativeScope.Unit).Count;

        /// <summary>
        /// Whether the person holds a merit Ministry or Provincial Certificate of Merit from before the period, where the
        /// law of the period may also have let other certificates serve as the base (fact
        /// <c>ministryCertificateHeldOpenBasis</c>). Settled when a merit one is held or no certificate of another or an
        /// unstated basis is: whether a one-off or thematic certificate served as a base before 2024 was not confirmed.
        /// </summary>
        public bool MinistryCertificateHeldOpenBasis => HeldOpenBasis(AwardCodes.MinistryCertificateOfMerit).Held;

        /// <summary>
        /// Consecutive years rated "completed excellently", ending with the period, after the latest merit
        /// ministry/provincial certificate (fact <c>excellentYearsAfterMinistryCertificateOpenBasis</c>). Unsettled when
        /// counting from another certificate before the period (an earlier one, or one of another or an unstated basis)
        /// would give another number, since the texts read do not say which certificate the years follow.
        /// </summary>
        public int ExcellentYearsAfterMinistryCertificateOpenBasis => RunAfterOpenBasis(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedExcellently).Count;

        /// <summary>Unit-level (or higher) initiatives within that run (fact <c>grassrootsInitiativesAfterMinistryCertificateOpenBasis</c>).</summary>
        public int GrassrootsInitiativesAfterMinistryCertificateOpenBasis => InitiativesInRun(RunAfterOpenBasis(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedExcellently), InitiativeKind.Initiative, InitiativeScope.Unit).Count;

        /// <summary>
        /// Whether the person holds a merit Prime Minister's certificate of merit from before the period, where the law of the period may also have let
        /// decisions of another basis serve as the base (fact <c>primeMinisterCertificateHeldOpenBasis</c>); settled as for <see cref="MinistryCertificateHeldOpenBasis"/>.
        /// </summary>
        public bool PrimeMinisterCertificateHeldOpenBasis => HeldOpenBasis(AwardCodes.PrimeMinisterCertificateOfMerit).Held;

        /// <summary>
        /// Consecutive years rated "completed excellently", ending with the period, after the latest merit Prime Minister's certificate of merit
        /// (fact <c>excellentYearsAfterPrimeMinisterCertificateOpenBasis</c>); unsettled as for <see cref="ExcellentYearsAfterMinistryCertificateOpenBasis"/>.
        /// </summary>
        public int ExcellentYearsAfterPrimeMinisterCertificateOpenBasis => RunAfterOpenBasis(AwardCodes.PrimeMinisterCertificateOfMerit, TaskRating.CompletedExcellently).Count;

        /// <summary>Initiatives recognised at ministry or provincial level (or higher) within that run (fact <c>ministryInitiativesAfterPrimeMinisterCertificateOpenBasis</c>).</summary>
        public int MinistryInitiativesAfterPrimeMinisterCertificateOpenBasis => InitiativesInRun(RunAfterOpenBasis(AwardCodes.PrimeMinisterCertificateOfMerit, TaskRating.CompletedExcellently), InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince).Count;

        /// <summary>
        /// Whether the person holds a merit Labour Order, Third Class from before the period, where the law of the period may also have let
        /// decisions of another basis serve as the base (fact <c>labourOrderThirdClassHeldOpenBasis</c>); settled as for <see cref="MinistryCertificateHeldOpenBasis"/>.
        /// </summary>
        public bool LabourOrderThirdClassHeldOpenBasis => HeldOpenBasis(AwardCodes.LabourOrderThirdClass).Held;

        /// <summary>
        /// Consecutive years rated "completed excellently", ending with the period, after the latest merit Labour Order, Third Class
        /// (fact <c>excellentYearsAfterLabourOrderThirdClassOpenBasis</c>); unsettled as for <see cref="ExcellentYearsAfterMinistryCertificateOpenBasis"/>.
        /// </summary>
        public int ExcellentYearsAfterLabourOrderThirdClassOpenBasis => RunAfterOpenBasis(AwardCodes.LabourOrderThirdClass, TaskRating.CompletedExcellently).Count;

        /// <summary>Initiatives recognised at ministry or provincial level (or higher) within that run (fact <c>ministryInitiativesAfterLabourOrderThirdClassOpenBasis</c>).</summary>
        public int MinistryInitiativesAfterLabourOrderThirdClassOpenBasis => InitiativesInRun(RunAfterOpenBasis(AwardCodes.LabourOrderThirdClass, TaskRating.CompletedExcellently), InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince).Count;

        /// <summary>
        /// Whether the person holds a merit Labour Order, Second Class from before the period, where the law of the period may also have let
        /// decisions of another basis serve as the base (fact <c>labourOrderSecondClassHeldOpenBasis</c>); settled as for <see cref="MinistryCertificateHeldOpenBasis"/>.
        /// </summary>
        public bool LabourOrderSecondClassHeldOpenBasis => HeldOpenBasis(AwardCodes.LabourOrderSecondClass).Held;

        /// <summary>
        /// Consecutive years rated "completed excellently", ending with the period, after the latest merit Labour Order, Second Class
        /// (fact <c>excellentYearsAfterLabourOrderSecondClassOpenBasis</c>); unsettled as for <see cref="ExcellentYearsAfterMinistryCertificateOpenBasis"/>.
        /// </summary>
        public int ExcellentYearsAfterLabourOrderSecondClassOpenBasis => RunAfterOpenBasis(AwardCodes.LabourOrderSecondClass, TaskRating.CompletedExcellently).Count;

        /// <summary>Initiatives recognised at ministry or provincial level (or higher) within that run (fact <c>ministryInitiativesAfterLabourOrderSecondClassOpenBasis</c>).</summary>
        public int MinistryInitiativesAfterLabourOrderSecondClassOpenBasis => InitiativesInRun(RunAfterOpenBasis(AwardCodes.LabourOrderSecondClass, TaskRating.CompletedExcellently), InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince).Count;

        /// <summary>
        /// Letters of commendation for resourcefulness, bravery or creativity in combat or combat support within that
        /// run (fact <c>combatLettersAfterMinistryCertificate</c>). No dossier field records what a letter rewarded, so a
        /// condition needing it is always Unknown; its value is never read.
        /// </summary>
        public int CombatLettersAfterMinistryCertificate => 0;

        internal (AwardRecord? Latest, bool Known) Base(string code) => CommendationTime.LatestMerit(_check.Dossier.AwardHistory, code, _check.Period);

        /// <summary>
        /// Whether the base decision of <paramref name="code"/> is settled. Then the runs after it, and the titles, ratings
        /// and initiatives counted within them, are lower bounds even when a year is not rated: the missing years could
        /// only lengthen a run. With the base unsettled a later decision might be the base and shorten it, so no bound.
        /// </summary>
        internal bool BaseKnown(string code) => Base(code).Known;

        /// <summary>The rating run after the latest merit decision of <paramref name="code"/>; unsettled when that decision is.</summary>
        internal PeriodRun RunAfter(string code, TaskRating minimum)
        {
            var (latest, known) = Base(code);
            var run = CommendationTime.RatingRun(_check.Dossier.Periods, _check.Period, latest?.Period, minimum);
            return known ? run : new PeriodRun(run.Count, false, run.Last);
        }

        /// <summary>Whether a merit decision of <paramref name="code"/> precedes the period, and whether the dossier settles the answer when one-off, thematic or unstated decisions may also count.</summary>
        internal (bool Held, bool Known) HeldOpenBasis(string code)
        {
            var decisions = DecisionsBefore(code);
            if (decisions == null)
            {
                return (false, false);
            }

            var merit = false;
            var other = false;
            foreach (var award in decisions)
            {
                merit |= award.Basis == CommendationBasis.Merit;
                other |= award.Basis != CommendationBasis.Merit;
            }

            return (merit, merit || !other);
        }

        /// <summary>
        /// The rating run after the latest merit decision of <paramref name="code"/>; unsettled when the history is not
        /// stated, or when the run after any other decision of that code before the period (any basis) has another length.
        /// </summary>
        internal PeriodRun RunAfterOpenBasis(string code, TaskRating minimum)
        {
            if (_openRun is { } cached && cached.Code == code && cached.Minimum == minimum)
            {
                return cached.Run;
            }

            var decisions = DecisionsBefore(code);
            AwardRecord? latest = null;
            foreach (var award in decisions ?? (IReadOnlyList<AwardRecord>)Array.Empty<AwardRecord>())
            {
                if (award.Basis == CommendationBasis.Merit && (latest == null || award.Period.End > latest.Period.End))
                {
                    latest = award;
                }
            }

            var run = CommendationTime.RatingRun(_check.Dossier.Periods, _check.Period, latest?.Period, minimum);
            var known = run.Known && decisions != null;
            var boundaries = new HashSet<int>();
            for (var i = 0; known && i < decisions!.Count; i++)
            {
                // The run after a decision depends only on its year: a long history repeats few of them.
                if (boundaries.Add(decisions[i].Period.StartYear))
                {
                    var other = CommendationTime.RatingRun(_check.Dossier.Periods, _check.Period, decisions[i].Period, minimum);
                    known = other.Known && other.Count == run.Count;
                }
            }

            var result = new PeriodRun(run.Count, known, run.Last);
            _openRun = (code, minimum, result);
            return result;
        }

        /// <summary>
        /// The decisions of <paramref name="code"/> whose achievement period ends before the period starts, whatever
        /// they rewarded; null when the history is not stated. Read from the history once per check: every open-basis
        /// fact is asked twice (known, value), and the history may be long.
        /// </summary>
        private IReadOnlyList<AwardRecord>? DecisionsBefore(string code)
        {
            if (_decisionsBefore is { } cached && cached.Code == code)
            {
                return cached.Decisions;
            }

            var history = _check.Dossier.AwardHistory;
            List<AwardRecord>? decisions = null;
            if (history != null)
            {
                decisions = new List<AwardRecord>();
                for (var i = 0; i < history.Count; i++)
                {
                    var award = history[i];
                    if (award != null && string.Equals(award.Code, code, StringComparison.Ordinal) && award.Period.End < _check.Period.Start)
                    {
                        decisions.Add(award);
                    }
                }
            }

            _decisionsBefore = (code, decisions);
            return decisions;
        }

        internal bool MinistryInitiativesAfterOpenBasisKnown(string code)
        {
            var run = RunAfterOpenBasis(code, TaskRating.CompletedExcellently);
            return run.Known && InitiativesInRun(run, InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince).Known;
        }

        internal bool InitiativesAfterOpenBasisKnown(string code)
        {
            var run = RunAfterOpenBasis(code, TaskRating.CompletedExcellently);
            return run.Known && InitiativesInRun(run, InitiativeKind.Initiative, InitiativeScope.Unit).Known;
        }

        internal bool RunAfterKnown(string code, TaskRating minimum) => RunAfter(code, minimum).Known;

        internal bool TitlesInRunKnown(string code) => _check.Dossier.AwardHistory != null && RunAfterKnown(code, TaskRating.CompletedWell);

        internal bool ExcellentInRunKnown(string code)
        {
            var run = RunAfter(code, TaskRating.CompletedWell);
            return run.Known && ExcellentInRun(run).Known;
        }

        internal bool InitiativesAfterMinistryCertificateKnown()
        {
            var run = RunAfter(AwardCodes.MinistryCertificateOfMerit, TaskRating.CompletedExcellently);
            return run.Known && InitiativesInRun(run, InitiativeKind.Initiative, InitiativeScope.Unit).Known;
        }

        /// <summary>Whether both runs behind <see cref="CertificateRunYears"/> are settled.</summary>
        internal bool CertificateRunKnown() => CertificateRunParts().Ratings.Known && CertificateRunParts().Titles.Known;

        internal bool CertificateRunInitiativesKnown(InitiativeKind kind)
            => CertificateRunKnown() && InitiativesInRun(CertificateRun(), kind, InitiativeScope.Unit).Known;

        private PeriodRun CertificateRun()
        {
            var (ratings, titles) = CertificateRunParts();
            return ratings.Count >= titles.Count ? ratings : titles;
        }

        private (PeriodRun Ratings, PeriodRun Titles) CertificateRunParts()
        {
            var (latest, known) = Base(AwardCodes.MinistryCertificateOfMerit);
            var ratings = CommendationTime.RatingRun(_check.Dossier.Periods, _check.Period, latest?.Period, TaskRating.CompletedExcellently);
            var titles = CommendationTime.TitleRun(_check.Dossier.AwardHistory, AwardCodes.GrassrootsEmulationFighter, _check.Period, latest?.Period);
            return known ? (ratings, titles) : (new PeriodRun(ratings.Count, false, ratings.Last), new PeriodRun(titles.Count, false, titles.Last));
        }

        // Grassroots titles unless another title is named (the Labour Order, Second Class counts ministry/provincial ones).
        private int TitlesInRun(PeriodRun run, string code = AwardCodes.GrassrootsEmulationFighter)
            => run.Count == 0 ? 0 : CommendationTime.TitlesIn(_check.Dossier.AwardHistory, code, run.First, run.Last);

        private (int Count, bool Known) ExcellentInRun(PeriodRun run)
            => run.Count == 0 ? (0, true) : CommendationTime.RatingsIn(_check.Dossier.Periods, run.First, run.Last, TaskRating.CompletedExcellently);

        private (int Count, bool Known) InitiativesInRun(PeriodRun run, InitiativeKind kind, InitiativeScope scope)
            => run.Count == 0
                ? (0, _check.Dossier.Initiatives != null)
                : CommendationTime.InitiativesIn(_check.Dossier.Initiatives, kind, scope, run.First, run.Last);
    }
}
