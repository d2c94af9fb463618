using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>One legal condition of an award, as the rule data declares it: one legal point, one condition.</summary>
    public sealed record ConditionDefinition
    {
        /// <summary>Creates a condition definition.</summary>
        /// <param name="id">Stable ASCII id, e.g. <c>LDTT.NEW_RECRUIT_10_MONTHS</c>.</param>
        /// <param name="description">What the condition requires, paraphrased.</param>
        /// <param name="citations">Where the law says so; never empty.</param>
        /// <param name="requiredFacts">The dossier facts the condition needs; when one is missing the outcome is Unknown.</param>
        /// <param name="appliesTo">The personnel categories the condition applies to; empty when it applies to all.</param>
        /// <param name="prerequisiteAwards">For a prerequisite condition, the awards whose standard must be met.</param>
        /// <param name="notes">Uncertainties and reading choices recorded with the rule, or <see langword="null"/>.</param>
        public ConditionDefinition(
            string id,
            LocalizedText description,
            IReadOnlyList<LegalCitation> citations,
            IReadOnlyList<string> requiredFacts,
            IReadOnlyList<PersonnelCategory> appliesTo,
            IReadOnlyList<string> prerequisiteAwards,
            LocalizedText? notes)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Description = description ?? throw new ArgumentNullException(nameof(description));
            Citations = citations ?? throw new ArgumentNullException(nameof(citations));
            RequiredFacts = requiredFacts ?? throw new ArgumentNullException(nameof(requiredFacts));
            AppliesTo = appliesTo ?? throw new ArgumentNullException(nameof(appliesTo));
            PrerequisiteAwards = prerequisiteAwards ?? throw new ArgumentNullException(nameof(prerequisiteAwards));
            Notes = notes;
            Concept = id;
        }

        /// <summary>Stable ASCII id, e.g. <c>LDTT.NEW_RECRUIT_10_MONTHS</c>. Ids are never reused.</summary>
        public string Id { get; }

        /// <summary>What the condition requires, paraphrased (never the legal text verbatim).</summary>
        public LocalizedText Description { get; }

        /// <summary>Where the law says so. Every condition has at least one citation.</summary>
        public IReadOnlyList<LegalCitation> Citations { get; }

        /// <summary>The dossier facts the condition needs (see the dossier format documentation).</summary>
        public IReadOnlyList<string> RequiredFacts { get; }

        /// <summary>The personnel categories the condition applies to; empty when it applies to everyone.</summary>
        public IReadOnlyList<PersonnelCategory> AppliesTo { get; }

        /// <summary>For a prerequisite condition, the awards whose standard must be met; otherwise empty.</summary>
        public IReadOnlyList<string> PrerequisiteAwards { get; }

        /// <summary>Whether this condition checks another award's standard.</summary>
        public bool IsPrerequisite => PrerequisiteAwards.Count > 0;

        /// <summary>Uncertainties and reading choices recorded with the rule, or <see langword="null"/>.</summary>
        public LocalizedText? Notes { get; }

        /// <summary>Where the condition comes from; <see cref="ConditionOrigin.Law"/> unless an overlay or the host added or tightened it.</summary>
        public ConditionOrigin Origin { get; init; }

        /// <summary>
        /// The overlay that added or tightened the condition (its id), or the host rule class that defines it (its full
        /// name); <see langword="null"/> for a condition of the law.
        /// </summary>
        public string? OriginName { get; init; }
        /// <summary>
        /// For a condition that applies to only part of its regime's range (a guiding circular that came into force
        /// mid-regime), the first period end date it applies to; <see langword="null"/> when it applies to the whole regime.
        /// </summary>
        public DateTime? PeriodsEndingFrom { get; init; }

        /// <summary>The last period end date the condition applies to; <see langword="null"/> when it applies to the whole regime.</summary>
        public DateTime? PeriodsEndingTo { get; init; }

        /// <summary>
        /// The legal point the condition encodes, stable across regimes: conditions of different regimes with the same
        /// concept are compared with each other (<see cref="IEligibilityChecker.Compare"/>). The condition's own id unless
        /// the rule data names an earlier condition's id, e.g. the 6-month new-recruit rule of 2024 has the concept of the
        /// 10-month rule it replaced.
        /// </summary>
        public string Concept { get; init; }

        /// <summary>
        /// The id of the award's alternative route (<see cref="AwardDefinition.Routes"/>) this condition belongs to;
        /// <see langword="null"/> for a condition every route requires.
        /// </summary>
        public string? Route { get; init; }
    }
}
