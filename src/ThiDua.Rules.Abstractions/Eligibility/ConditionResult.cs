using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>The outcome of one legal condition for one dossier, with its explanation and citations.</summary>
    public sealed record ConditionResult
    {
        /// <summary>Creates a condition result.</summary>
        /// <param name="conditionId">The condition's stable id.</param>
        /// <param name="outcome">Met, NotMet or Unknown.</param>
        /// <param name="message">The explanation, with the dossier's values filled in.</param>
        /// <param name="citations">Where the law says so.</param>
        /// <param name="values">The values the condition used, by fact name, formatted invariantly.</param>
        /// <param name="missingFacts">The facts that were missing (empty unless the outcome is Unknown).</param>
        /// <param name="prerequisite">For a prerequisite condition, the nested result of the other award; otherwise <see langword="null"/>.</param>
        public ConditionResult(
            string conditionId,
            ConditionOutcome outcome,
            LocalizedText message,
            IReadOnlyList<LegalCitation> citations,
            IReadOnlyDictionary<string, string?> values,
            IReadOnlyList<string> missingFacts,
            EligibilityResult? prerequisite)
        {
            ConditionId = conditionId ?? throw new ArgumentNullException(nameof(conditionId));
            Outcome = outcome;
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Citations = citations ?? throw new ArgumentNullException(nameof(citations));
            Values = values ?? throw new ArgumentNullException(nameof(values));
            MissingFacts = missingFacts ?? throw new ArgumentNullException(nameof(missingFacts));
            Prerequisite = prerequisite;
        }

        /// <summary>The condition's stable id.</summary>
        public string ConditionId { get; }

        /// <summary>Met, NotMet or Unknown.</summary>
        public ConditionOutcome Outcome { get; }

        /// <summary>The explanation in Vietnamese (authoritative) and English, with the dossier's values filled in.</summary>
        public LocalizedText Message { get; }

        /// <summary>Where the law says so.</summary>
        public IReadOnlyList<LegalCitation> Citations { get; }

        /// <summary>The values the condition used, by fact or parameter name, formatted invariantly.</summary>
        public IReadOnlyDictionary<string, string?> Values { get; }

        /// <summary>The facts that were missing; empty unless <see cref="Outcome"/> is Unknown.</summary>
        public IReadOnlyList<string> MissingFacts { get; }

        /// <summary>For a prerequisite condition, the nested result for the other award.</summary>
        public EligibilityResult? Prerequisite { get; }

        /// <summary>Where the condition comes from (the law, a local overlay, the host's code): see <see cref="ConditionDefinition.Origin"/>.</summary>
        public ConditionOrigin Origin { get; init; }

        /// <summary>The overlay id or host rule class behind the condition; <see langword="null"/> for the law's own conditions.</summary>
        public string? OriginName { get; init; }

        /// <summary>
        /// The id of the award's alternative route this condition belongs to (<see cref="ConditionDefinition.Route"/>);
        /// <see langword="null"/> for a condition every route requires, and for every condition of an award with one route.
        /// </summary>
        public string? Route { get; init; }
    }
}
