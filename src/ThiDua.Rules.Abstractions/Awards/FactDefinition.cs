using System;

namespace ThiDua.Rules
{
    /// <summary>A fact that conditions may need: its name, the dossier field that supplies it, and what it is.</summary>
    public sealed record FactDefinition
    {
        /// <summary>Creates a fact definition.</summary>
        /// <param name="name">The fact name used by <see cref="ConditionDefinition.RequiredFacts"/>.</param>
        /// <param name="dossierField">The dossier field that supplies it; <c>{period}</c> stands for the period assessed.</param>
        /// <param name="label">What it is, for people.</param>
        public FactDefinition(string name, string dossierField, LocalizedText label)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            DossierField = dossierField ?? throw new ArgumentNullException(nameof(dossierField));
            Label = label ?? throw new ArgumentNullException(nameof(label));
        }

        /// <summary>The fact name used by <see cref="ConditionDefinition.RequiredFacts"/>, e.g. <c>monthsSinceRecruitment</c>.</summary>
        public string Name { get; }

        /// <summary>The dossier field that supplies it, e.g. <c>periods[{period}].taskRating</c>.</summary>
        public string DossierField { get; }

        /// <summary>What it is, for people.</summary>
        public LocalizedText Label { get; }
    }
}
