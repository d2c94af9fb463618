using System;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What a collective's dossier says for the assessed period, as rule expressions read it (parameter
    /// <c>collective</c>, e.g. <c>collective.AdvancedTitleMembers * 100 &gt; 50 * collective.MemberCount</c>).
    /// Member figures come from the members' own checks when the record lists member dossiers, otherwise from the
    /// host's counts (<see cref="MemberSource"/> says which).
    /// </summary>
    /// <remarks>
    /// When the dossier lacks what a fact is computed from, the property returns a neutral value; the condition that
    /// needs it is reported Unknown before its expression runs, so a neutral value never decides anything.
    /// </remarks>
    public sealed class CollectiveFacts
    {
        private readonly AwardCheck _check;

        internal CollectiveFacts(AwardCheck check)
        {
            _check = check;
        }

        /// <summary>Civilian or armed forces (fact <c>collectiveKind</c>).</summary>
        public CollectiveKind CollectiveKind => _check.CollectiveDossier?.Kind ?? CollectiveKind.Civilian;

        /// <summary>How the collective completed its tasks and plan (fact <c>collectiveTaskRating</c>).</summary>
        public TaskRating CollectiveTaskRating => Record?.TaskRating ?? TaskRating.NotCompleted;

        /// <summary>Council finding: regular, practical and effective emulation movement (fact <c>effectiveEmulationMovement</c>).</summary>
        public bool EffectiveEmulationMovement => Attestations?.EffectiveEmulationMovement ?? false;

        /// <summary>Council finding: internal unity and compliance with policy and law (fact <c>unityAndCompliance</c>).</summary>
        public bool UnityAndCompliance => Attestations?.UnityAndCompliance ?? false;

        /// <summary>Council finding: creative, resilient, fulfilled its obligations to the State (fact <c>creativeAndFulfilledObligations</c>).</summary>
        public bool CreativeAndFulfilledObligations => Attestations?.CreativeAndFulfilledObligations ?? false;

        /// <summary>Council finding: exceeded the year's targets and tasks (fact <c>exceededTargets</c>).</summary>
        public bool ExceededTargets => Attestations?.ExceededTargets ?? false;

        /// <summary>Council finding: typical and outstanding in its ministry or province (fact <c>outstandingInMinistryOrProvince</c>).</summary>
        public bool OutstandingInMinistryOrProvince => Attestations?.OutstandingInMinistryOrProvince ?? false;

        /// <summary>Council finding: new factors or models for others to learn from (fact <c>newFactorsOrModels</c>).</summary>
        public bool NewFactorsOrModels => Attestations?.NewFactorsOrModels ?? false;

        /// <summary>Council finding: thrift, fighting waste, corruption and social evils (fact <c>thriftAndFightingWaste</c>).</summary>
        public bool ThriftAndFightingWaste => Attestations?.ThriftAndFightingWaste ?? false;

        /// <summary>Council finding: chosen by its emulation cluster's or block's rating (fact <c>chosenInClusterRating</c>).</summary>
        public bool ChosenInClusterRating => Attestations?.ChosenInClusterRating ?? false;

        /// <summary>Council finding: typical and outstanding nationwide (fact <c>outstandingNationwide</c>).</summary>
        public bool OutstandingNationwide => Attestations?.OutstandingNationwide ?? false;

        /// <summary>Council finding: the most outstanding of its ministry's or province's movement (fact <c>mostOutstandingInMovement</c>).</summary>
        public bool MostOutstandingInMovement => Attestations?.MostOutstandingInMovement ?? false;

        /// <summary>Council finding: typical and outstanding among the collectives leading its ministry's or province's clusters and blocks (fact <c>outstandingAmongClusterLeaders</c>).</summary>
        public bool OutstandingAmongClusterLeaders => Attestations?.OutstandingAmongClusterLeaders ?? false;

        /// <summary>Council finding: clean and strong Party and mass organisations (fact <c>partyAndMassOrganisationsStrong</c>).</summary>
        public bool PartyAndMassOrganisationsStrong => Attestations?.PartyAndMassOrganisationsStrong ?? false;

        /// <summary>Council finding: meets the conditions of the Government's decree detailing the Government flag (fact <c>governmentFlagDecreeDetailMet</c>).</summary>
        public bool GovernmentFlagDecreeDetailMet => Attestations?.MetGovernmentFlagDecreeDetail ?? false;

        /// <summary>Council finding: a commune leading its district's emulation movement (fact <c>leadsDistrictMovement</c>).</summary>
        public bool LeadsDistrictMovement => Attestations?.LeadsDistrictMovement ?? false;

        /// <summary>Host finding: a commune meeting the leadership test its province applies since districts ended (fact <c>metProvincialLeadershipTest</c>).</summary>
        public bool MetProvincialLeadershipTest => Attestations?.MetProvincialLeadershipTest ?? false;

        /// <summary>Council finding: a commune's socio-economic, defence and security tasks done well (fact <c>socioEconomicAndSecurityTasksDone</c>).</summary>
        public bool SocioEconomicAndSecurityTasksDone => Attestations?.SocioEconomicAndSecurityTasksDone ?? false;

        /// <summary>Council finding: a commune's stable, developing economic life (fact <c>stableDevelopingEconomy</c>).</summary>
        public bool StableDevelopingEconomy => Attestations?.StableDevelopingEconomy ?? false;

        /// <summary>Council finding: a commune's healthy cultural life (fact <c>healthyCommuneCulturalLife</c>).</summary>
        public bool HealthyCommuneCulturalLife => Attestations?.HealthyCommuneCulturalLife ?? false;

        /// <summary>Council finding: a commune's safe, clean environment (fact <c>safeCleanEnvironment</c>).</summary>
        public bool SafeCleanEnvironment => Attestations?.SafeCleanEnvironment ?? false;

        /// <summary>Council finding: a commune complying with Party and State policy (fact <c>compliesWithPartyAndStatePolicy</c>).</summary>
        public bool CompliesWithPartyAndStatePolicy => Attestations?.CompliesWithPartyAndStatePolicy ?? false;

        /// <summary>Council finding: a commune meeting its province's detailed standard for the title (fact <c>metProvincialCommuneStandard</c>).</summary>
        public bool MetProvincialCommuneStandard => Attestations?.MetProvincialCommuneStandard ?? false;

        /// <summary>Council finding: the leading collective of a cluster or block organised by the Central Emulation and Commendation Council (fact <c>leadsCentralCouncilCluster</c>).</summary>
        public bool LeadsCentralCouncilCluster => Attestations?.LeadsCentralCouncilCluster ?? false;

        /// <summary>Council finding: the collective leading a Prime Minister's movement of five years or more, at its review (fact <c>leadsPrimeMinisterMovementAtReview</c>).</summary>
        public bool LeadsPrimeMinisterMovementAtReview => Attestations?.LeadsPrimeMinisterMovementAtReview ?? false;

        /// <summary>Council finding: an armed-forces unit meeting the member part of the Determined-to-Win Unit standard (fact <c>metArmedUnitMemberStandard</c>).</summary>
        public bool MetArmedUnitMemberStandard => Attestations?.MetArmedUnitMemberStandard ?? false;

        /// <summary>Council finding: an armed-forces unit meeting the Advanced Unit standard (fact <c>metAdvancedUnitStandard</c>).</summary>
        public bool MetAdvancedUnitStandard => Attestations?.MetAdvancedUnitStandard ?? false;

        /// <summary>
        /// Met the ministry's or province's flag standard in the period (fact <c>ministryFlagStandardMet</c>): a decision
        /// awarding that flag for the period proves it; otherwise the council's finding says.
        /// </summary>
        public bool MinistryFlagStandardMet => MinistryFlagsForPeriod > 0 || Attestations?.MetMinistryFlagStandard == true;

        internal int MinistryFlagsForPeriod
        {
            get
            {
                var history = _check.CollectiveDossier?.AwardHistory;
                var count = 0;
                for (var i = 0; i < (history?.Count ?? 0); i++)
                {
                    count += history![i].Code == AwardCodes.MinistryEmulationFlag && history[i].Period == _check.Period ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>Members in the period (fact <c>memberCount</c>).</summary>
        public int MemberCount => _check.Tally?.Total ?? Counts?.Total ?? 0;

        /// <summary>Members who completed their tasks (fact <c>membersCompletedTasks</c>).</summary>
        public int MembersCompletedTasks => _check.Tally?.CompletedTasks.Yes ?? Counts?.CompletedTasks ?? 0;

        /// <summary>Members holding Lao động tiên tiến or Chiến sĩ tiên tiến (fact <c>advancedTitleMembers</c>).</summary>
        public int AdvancedTitleMembers => _check.Tally?.AdvancedTitle.Yes ?? Counts?.AdvancedTitle ?? 0;

        /// <summary>Members holding Chiến sĩ thi đua cơ sở (fact <c>grassrootsFighterMembers</c>).</summary>
        public int GrassrootsFighterMembers => _check.Tally?.GrassrootsFighter.Yes ?? Counts?.GrassrootsFighters ?? 0;

        /// <summary>Members disciplined in the period at warning or above (fact <c>membersDisciplinedWarningOrAbove</c>).</summary>
        public int MembersDisciplinedWarningOrAbove => _check.Tally?.DisciplinedWarningOrAbove.Yes ?? Counts?.DisciplinedWarningOrAbove ?? 0;

        /// <summary>The share of members who completed their tasks, in percent, for messages (fact <c>completedTasksPercent</c>).</summary>
        public decimal CompletedTasksPercent => Percent(MembersCompletedTasks);

        /// <summary>The share of members holding Lao động tiên tiến or Chiến sĩ tiên tiến, in percent, for messages (fact <c>advancedTitlePercent</c>).</summary>
        public decimal AdvancedTitlePercent => Percent(AdvancedTitleMembers);

        /// <summary>
        /// The host's figure for the 2022 Law's Tập thể lao động tiên tiến member share, in percent (fact
        /// <c>advancedCollectiveMinMemberPercent</c>; unknown while the host has not set it).
        /// </summary>
        public int AdvancedCollectiveMinMemberPercent => _check.Plan.Regime.OpenPoints.AdvancedCollectiveMinMemberPercent ?? 0;

        /// <summary>Where the member figures came from (fact <c>memberSource</c>).</summary>
        public MemberDataSource MemberSource => _check.Tally != null ? MemberDataSource.MemberDossiers : MemberDataSource.HostCounts;

        internal CollectivePeriodRecord? Record => _check.CollectiveRecord;

        private CollectiveAttestations? Attestations => Record?.Attestations;

        private MemberCounts? Counts => Record?.MemberCounts;

        /// <summary>Whether a member measure is known: from member dossiers, when no member leaves it undecided; from counts, when the host gave it.</summary>
        internal bool MeasureKnown(Func<MemberTally, MemberTally.Count> fromMembers, Func<MemberCounts, int?> fromCounts)
        {
            if (_check.Tally is MemberTally tally)
            {
                return fromMembers(tally).Undecided == 0;
            }

            return Counts is MemberCounts counts && fromCounts(counts) != null;
        }

        /// <summary>Whether the member figures have a source at all.</summary>
        internal bool MembersGiven => _check.Tally != null || Counts != null;

        private decimal Percent(int part) => MemberCount == 0 ? 0m : Math.Round(part * 100m / MemberCount, 1);
    }
}
