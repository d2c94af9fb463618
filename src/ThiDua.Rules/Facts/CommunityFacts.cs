using System;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What a household's or village's dossier says for the assessed year, as rule expressions read it (parameter
    /// <c>community</c>, e.g. <c>community.MeetingAttended * 100 &gt;= 60 * community.MeetingInvited</c>).
    /// </summary>
    /// <remarks>
    /// When the dossier lacks what a fact is computed from, the property returns a neutral value; the condition that
    /// needs it is reported Unknown before its expression runs, so a neutral value never decides anything.
    /// </remarks>
    public sealed class CommunityFacts
    {
        private readonly AwardCheck _check;
        private CommunityPeriodRecord? _record;
        private bool _looked;

        internal CommunityFacts(AwardCheck check)
        {
            _check = check;
        }

        /// <summary>The household registered for the year's cultured-family movement (fact <c>householdRegistered</c>).</summary>
        public bool HouseholdRegistered => Record?.EmulationRegistered ?? false;

        /// <summary>Finding: exemplary in following policy and law, active in local movements (fact <c>compliantAndActive</c>).</summary>
        public bool CompliantAndActive => Attestations?.CompliantAndActive ?? false;

        /// <summary>Finding: harmonious, happy, progressive family that helps others (fact <c>harmoniousAndHelpful</c>).</summary>
        public bool HarmoniousAndHelpful => Attestations?.HarmoniousAndHelpful ?? false;

        /// <summary>Finding: productive work, production, business and study (fact <c>productiveWorkAndStudy</c>).</summary>
        public bool ProductiveWorkAndStudy => Attestations?.ProductiveWorkAndStudy ?? false;

        /// <summary>Finding: members follow policy and law well (fact <c>compliesWithPolicyAndLaw</c>).</summary>
        public bool CompliesWithPolicyAndLaw => Attestations?.CompliesWithPolicyAndLaw ?? false;

        /// <summary>Finding: active in the local labour, production, study and security movements (fact <c>activeInLocalMovements</c>).</summary>
        public bool ActiveInLocalMovements => Attestations?.ActiveInLocalMovements ?? false;

        /// <summary>Finding: prosperous, progressive, happy, civilised family close to the community (fact <c>prosperousHappyFamily</c>).</summary>
        public bool ProsperousHappyFamily => Attestations?.ProsperousHappyFamily ?? false;

        /// <summary>Finding: the village's economic life is stable and developing (fact <c>stableEconomy</c>).</summary>
        public bool StableEconomy => Attestations?.StableEconomy ?? false;

        /// <summary>Finding: the village's cultural and spiritual life is healthy and rich (fact <c>healthyCulturalLife</c>).</summary>
        public bool HealthyCulturalLife => Attestations?.HealthyCulturalLife ?? false;

        /// <summary>Finding: the village's environment and landscape are clean (fact <c>cleanEnvironment</c>).</summary>
        public bool CleanEnvironment => Attestations?.CleanEnvironment ?? false;

        /// <summary>Finding: the village observes policy, law and local order (fact <c>observesPolicyAndLaw</c>).</summary>
        public bool ObservesPolicyAndLaw => Attestations?.ObservesPolicyAndLaw ?? false;

        /// <summary>Finding: solidarity and mutual help in the community (fact <c>communitySolidarity</c>).</summary>
        public bool CommunitySolidarity => Attestations?.CommunitySolidarity ?? false;

        /// <summary>People invited to the review meeting (fact <c>meetingInvited</c>).</summary>
        public int MeetingInvited => Meeting?.Invited ?? 0;

        /// <summary>People who attended the review meeting (fact <c>meetingAttended</c>).</summary>
        public int MeetingAttended => Meeting?.Attended ?? 0;

        /// <summary>Attendees who agreed (fact <c>meetingInFavour</c>).</summary>
        public int MeetingInFavour => Meeting?.InFavour ?? 0;

        /// <summary>Attendance as a share of those invited, in percent, for messages (fact <c>meetingAttendancePercent</c>).</summary>
        public decimal MeetingAttendancePercent => Percent(MeetingAttended, MeetingInvited);

        /// <summary>Agreement as a share of attendees, in percent, for messages (fact <c>meetingApprovalPercent</c>).</summary>
        public decimal MeetingApprovalPercent => Percent(MeetingInFavour, MeetingAttended);

        /// <summary>The dossier's record of the assessed year, if any.</summary>
        internal CommunityPeriodRecord? Record
        {
            get
            {
                if (!_looked)
                {
                    _record = RecordFor(_check.CommunityDossier, _check.Period);
                    _looked = true;
                }

                return _record;
            }
        }

        internal CommunityAttestations? Attestations => Record?.Attestations;

        internal ReviewMeeting? Meeting => Record?.Meeting;

        private static CommunityPeriodRecord? RecordFor(CommunityDossier? dossier, AssessmentPeriod period)
        {
            var records = dossier?.Periods;
            for (var i = 0; i < (records?.Count ?? 0); i++)
            {
                if (records![i].Period == period)
                {
                    return records[i];
                }
            }

            return null;
        }

        private static decimal Percent(int part, int whole) => whole == 0 ? 0m : Math.Round(part * 100m / whole, 1);
    }
}
