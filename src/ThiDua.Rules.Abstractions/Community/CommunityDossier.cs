using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// What a host knows about a household (for Gia đình văn hóa) or a village or residential group (for Thôn, tổ dân
    /// phố văn hóa) when it is checked for its culture title. Neither is a person nor a unit with members: the facts
    /// are the community's own findings, the review meeting's figures and its earlier recognitions. Every field may be
    /// absent: a condition whose facts are missing is Unknown.
    /// </summary>
    public sealed record CommunityDossier
    {
        /// <summary>The host's identifier of the household or village, echoed in results.</summary>
        public string? Id { get; init; }

        /// <summary>The household's head or the village's name.</summary>
        public string? Name { get; init; }

        /// <summary>The record of each assessed year.</summary>
        public IReadOnlyList<CommunityPeriodRecord>? Periods { get; init; }

        /// <summary>Culture titles and commendations already given to it, with their years; write an empty list if none.</summary>
        public IReadOnlyList<AwardRecord>? AwardHistory { get; init; }
    }

    /// <summary>A household's or village's record of one assessed year.</summary>
    public sealed record CommunityPeriodRecord
    {
        /// <summary>The year assessed.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>Whether the household registered for the year's cultured-family movement (Decree 122/2018).</summary>
        public bool? EmulationRegistered { get; init; }

        /// <summary>The findings on the judgement criteria; a finding left out is Unknown.</summary>
        public CommunityAttestations? Attestations { get; init; }

        /// <summary>The review meeting that considered the household or village, when the procedure requires one.</summary>
        public ReviewMeeting? Meeting { get; init; }
    }

    /// <summary>
    /// Findings on the standards of the culture titles, made by those the procedure names (the village meeting, the
    /// commune's emulation council); <see langword="null"/> means not stated. Which findings a title reads depends on
    /// the decree that applies.
    /// </summary>
    public sealed record CommunityAttestations
    {
        /// <summary>Household, Decree 122/2018: members exemplary in following policy and law, and active in the local emulation movements.</summary>
        public bool? CompliantAndActive { get; init; }

        /// <summary>Household, Decree 122/2018: a harmonious, happy and progressive family that helps others in the community.</summary>
        public bool? HarmoniousAndHelpful { get; init; }

        /// <summary>Household, Decree 122/2018: work, production, business and study organised with good productivity and results.</summary>
        public bool? ProductiveWorkAndStudy { get; init; }

        /// <summary>Household, Decree 86/2023 group I: members follow policy and law well (civilised customs, security, fire safety, noise).</summary>
        public bool? CompliesWithPolicyAndLaw { get; init; }

        /// <summary>Household, Decree 86/2023 group II: active in the local labour, production, study and security movements.</summary>
        public bool? ActiveInLocalMovements { get; init; }

        /// <summary>Household, Decree 86/2023 group III: a prosperous, progressive, happy and civilised family, close to and helping the community.</summary>
        public bool? ProsperousHappyFamily { get; init; }

        /// <summary>Village: economic life stable and developing.</summary>
        public bool? StableEconomy { get; init; }

        /// <summary>Village: cultural and spiritual life healthy and rich.</summary>
        public bool? HealthyCulturalLife { get; init; }

        /// <summary>Village: environment and landscape clean (and, under Decree 86/2023, safe and friendly).</summary>
        public bool? CleanEnvironment { get; init; }

        /// <summary>Village: policy, law and local order observed, and active in the local emulation movements.</summary>
        public bool? ObservesPolicyAndLaw { get; init; }

        /// <summary>Village: solidarity and mutual help within the community.</summary>
        public bool? CommunitySolidarity { get; init; }
    }

    /// <summary>The figures of a review meeting: who was invited, who came, who agreed.</summary>
    public sealed record ReviewMeeting
    {
        /// <summary>People invited (convened) to the meeting.</summary>
        public int? Invited { get; init; }

        /// <summary>People who attended.</summary>
        public int? Attended { get; init; }

        /// <summary>Attendees who agreed to propose the household or village (by secret ballot or show of hands).</summary>
        public int? InFavour { get; init; }
    }
}
