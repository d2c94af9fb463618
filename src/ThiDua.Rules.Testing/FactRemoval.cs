using System;
using System.Collections.Generic;

namespace ThiDua.Rules.Testing
{
    /// <summary>
    /// One fact taken out of a dossier (a value set to <see langword="null"/>), with the rule facts that can no longer
    /// be computed once it is gone.
    /// </summary>
    public sealed class FactRemoval
    {
        private readonly Func<IndividualDossier, IndividualDossier> _apply;

        /// <summary>Creates a removal.</summary>
        /// <param name="field">The dossier field removed, as a JSON path such as <c>periods[2021].taskRating</c>.</param>
        /// <param name="facts">
        /// The rule facts (the names rule files list in <c>needs</c>, as in <see cref="ConditionDefinition.RequiredFacts"/>)
        /// that are certainly unknown without the field; empty when whether they are depends on other entries.
        /// </param>
        /// <param name="apply">Returns a copy of a dossier without the field.</param>
        public FactRemoval(string field, IReadOnlyList<string> facts, Func<IndividualDossier, IndividualDossier> apply)
        {
            Field = field ?? throw new ArgumentNullException(nameof(field));
            Facts = facts ?? throw new ArgumentNullException(nameof(facts));
            _apply = apply ?? throw new ArgumentNullException(nameof(apply));
        }

        /// <summary>The dossier field removed, as a JSON path such as <c>periods[2021].taskRating</c>.</summary>
        public string Field { get; }

        /// <summary>The rule facts that are certainly unknown once the field is removed.</summary>
        public IReadOnlyList<string> Facts { get; }

        /// <summary>Removes the field.</summary>
        /// <param name="dossier">The dossier; it is not changed.</param>
        /// <returns>A copy without the field.</returns>
        public IndividualDossier ApplyTo(IndividualDossier dossier)
            => _apply(dossier ?? throw new ArgumentNullException(nameof(dossier)));

        /// <summary>The field removed.</summary>
        /// <returns><see cref="Field"/>.</returns>
        public override string ToString() => "remove " + Field;
    }
}
