using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// What a host knows about a collective (a unit, department, school, company or armed-forces unit) when it is
    /// checked for a collective title. Every field may be absent: a condition whose facts are missing is Unknown.
    /// </summary>
    public sealed record CollectiveDossier
    {
        /// <summary>The host's identifier of the collective, echoed in results.</summary>
        public string? Id { get; init; }

        /// <summary>The collective's name.</summary>
        public string? Name { get; init; }

        /// <summary>
        /// Whether the collective belongs to the people's armed forces (Đơn vị tiên tiến, Đơn vị quyết thắng), is civilian,
        /// or is a commune-level administrative unit (Xã, phường, thị trấn tiêu biểu).
        /// </summary>
        public CollectiveKind? Kind { get; init; }

        /// <summary>The collective's record for each assessed period.</summary>
        public IReadOnlyList<CollectivePeriodRecord>? Periods { get; init; }

        /// <summary>Collective titles and flags already awarded to it, with their periods; write an empty list if none.</summary>
        public IReadOnlyList<AwardRecord>? AwardHistory { get; init; }

        /// <summary>Disciplinary reviews, investigations and complaints concerning the collective; write an empty list if none.</summary>
        public IReadOnlyList<ProceedingRecord>? Proceedings { get; init; }
    }

    /// <summary>The collective's record of one assessment period.</summary>
    public sealed record CollectivePeriodRecord
    {
        /// <summary>The period assessed.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>How the collective completed its tasks and plan in the period.</summary>
        public TaskRating? TaskRating { get; init; }

        /// <summary>The emulation council's findings on the judgement criteria; a finding left out is Unknown.</summary>
        public CollectiveAttestations? Attestations { get; init; }

        /// <summary>
        /// The members for the period as full dossiers: their outcomes then come from the checker itself. Leave it out
        /// and give <see cref="MemberCounts"/> when member dossiers are not available.
        /// </summary>
        public IReadOnlyList<IndividualDossier>? Members { get; init; }

        /// <summary>Member counts supplied by the host, used when <see cref="Members"/> is absent.</summary>
        public MemberCounts? MemberCounts { get; init; }
    }

    /// <summary>The emulation council's findings on a collective's judgement criteria; <see langword="null"/> means not stated.</summary>
    public sealed record CollectiveAttestations
    {
        /// <summary>Its emulation movement was regular, practical and effective.</summary>
        public bool? EffectiveEmulationMovement { get; init; }

        /// <summary>Internal unity, and compliance with the Party's and the State's policies and laws.</summary>
        public bool? UnityAndCompliance { get; init; }

        /// <summary>Creative and resilient in overcoming difficulties; fulfilled its obligations to the State.</summary>
        public bool? CreativeAndFulfilledObligations { get; init; }

        /// <summary>Exceeded the year's emulation targets and assigned tasks.</summary>
        public bool? ExceededTargets { get; init; }

        /// <summary>A typical, outstanding collective of its ministry, sector, province or central mass organisation.</summary>
        public bool? OutstandingInMinistryOrProvince { get; init; }

        /// <summary>Has new factors or models for other collectives to learn from.</summary>
        public bool? NewFactorsOrModels { get; init; }

        /// <summary>Active in thrift and in fighting waste, corruption and other social evils.</summary>
        public bool? ThriftAndFightingWaste { get; init; }

        /// <summary>Chosen through the comparison and rating of its emulation cluster or block.</summary>
        public bool? ChosenInClusterRating { get; init; }

        /// <summary>A typical, outstanding collective nationwide.</summary>
        public bool? OutstandingNationwide { get; init; }

        /// <summary>The most outstanding collective of its ministry's or province's emulation movement.</summary>
        public bool? MostOutstandingInMovement { get; init; }

        /// <summary>
        /// Met the standard of the ministry's or province's emulation flag in the period (the pool from which the
        /// Government flag is chosen). A decision awarding that flag for the period in the award history proves it.
        /// </summary>
        public bool? MetMinistryFlagStandard { get; init; }

        /// <summary>
        /// Chosen as a typical, outstanding collective among those leading the emulation clusters or blocks organised by
        /// its ministry, sector or province (the pool of the Government flag under the 2022 Law).
        /// </summary>
        public bool? OutstandingAmongClusterLeaders { get; init; }

        /// <summary>Its Party organisation and mass organisations are clean and strong.</summary>
        public bool? PartyAndMassOrganisationsStrong { get; init; }

        /// <summary>
        /// Meets the conditions the Government's detailing decree adds for the Government flag (the 2022 Law delegates
        /// the detail to the Government; the library has not read that detail, so the council states it).
        /// </summary>
        public bool? MetGovernmentFlagDecreeDetail { get; init; }

        /// <summary>
        /// A commune: leads the emulation movement of its district (Law 06/2022 Điều 29 khoản 1). Only for periods while
        /// districts existed (until 30 June 2025).
        /// </summary>
        public bool? LeadsDistrictMovement { get; init; }

        /// <summary>
        /// A commune, from 1 July 2025 (no district level): meets the movement-leadership test the province's regulation in
        /// force applies in place of the Law's district-level test. The library has read no text saying what replaced it,
        /// so the host states it from its province's rule; left out, the condition is Unknown.
        /// </summary>
        public bool? MetProvincialLeadershipTest { get; init; }

        /// <summary>A commune: carried out its socio-economic, defence, security, order and social-safety tasks well.</summary>
        public bool? SocioEconomicAndSecurityTasksDone { get; init; }

        /// <summary>A commune: a stable economic life that is developing step by step.</summary>
        public bool? StableDevelopingEconomy { get; init; }

        /// <summary>A commune: a healthy, rich cultural and spiritual life.</summary>
        public bool? HealthyCommuneCulturalLife { get; init; }

        /// <summary>A commune: a safe, friendly environment and a clean landscape.</summary>
        public bool? SafeCleanEnvironment { get; init; }

        /// <summary>A commune: complies well with the Party's guidelines and the State's policies and laws.</summary>
        public bool? CompliesWithPartyAndStatePolicy { get; init; }

        /// <summary>
        /// A commune: meets the detailed standard its province sets for the title within the Government's framework
        /// (Decree 86/2023); the library does not hold the provinces' standards, so the council states it.
        /// </summary>
        public bool? MetProvincialCommuneStandard { get; init; }

        /// <summary>
        /// The leading collective of an emulation cluster or block organised by the Central Emulation and Commendation
        /// Council in the period (the Government flag's route of Law 06/2022 Điều 25 khoản 2).
        /// </summary>
        public bool? LeadsCentralCouncilCluster { get; init; }

        /// <summary>
        /// The collective leading an emulation movement the Prime Minister launched for five years or more, found so at
        /// the movement's interim or final review held in the period (the Government flag's route of Law 06/2022 Điều 25
        /// khoản 3).
        /// </summary>
        public bool? LeadsPrimeMinisterMovementAtReview { get; init; }

        /// <summary>
        /// An armed-forces unit meets the member part of the Determined-to-Win Unit standard (Law 06/2022 Điều 27
        /// khoản 2), as the council reads it. The library has not read that part of the clause, so it does not count the
        /// members itself.
        /// </summary>
        public bool? MetArmedUnitMemberStandard { get; init; }

        /// <summary>
        /// An armed-forces unit meets the Advanced Unit standard of Law 06/2022 Điều 28, as the council reads it. The
        /// library has not read that clause, so it does not check its points itself.
        /// </summary>
        public bool? MetAdvancedUnitStandard { get; init; }
    }

    /// <summary>Member counts for one period, supplied by the host when member dossiers are not available.</summary>
    public sealed record MemberCounts
    {
        /// <summary>Members of the collective in the period.</summary>
        public int Total { get; init; }

        /// <summary>Members who completed their tasks.</summary>
        public int? CompletedTasks { get; init; }

        /// <summary>Members who achieved Lao động tiên tiến (civilian) or Chiến sĩ tiên tiến (armed forces).</summary>
        public int? AdvancedTitle { get; init; }

        /// <summary>Members who achieved Chiến sĩ thi đua cơ sở.</summary>
        public int? GrassrootsFighters { get; init; }

        /// <summary>Members disciplined in the period at warning (cảnh cáo) or above.</summary>
        public int? DisciplinedWarningOrAbove { get; init; }
    }
}
