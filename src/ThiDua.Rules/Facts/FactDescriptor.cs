using System;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// One fact rules may need: its name, the fact group that holds it, what the clerk must fill in to supply it, how
    /// to tell whether the dossier supplies it, and how to read its value for explanations.
    /// </summary>
    internal sealed class FactDescriptor
    {
        public FactDescriptor(string name, FactGroup group, string dossierField, LocalizedText label, Func<AwardCheck, bool> isKnown, Func<AwardCheck, object> value, Func<AwardCheck, bool>? isLowerBound = null)
        {
            IsLowerBound = isLowerBound;
            Name = name;
            Group = group;
            DossierField = dossierField;
            Label = label;
            IsKnown = isKnown;
            Value = value;
        }

        /// <summary>The fact name used in rule files (<c>needs</c>) and message placeholders; the camel-case name of its property.</summary>
        public string Name { get; }

        /// <summary>The fact type whose property of the same name (Pascal case) computes it.</summary>
        public FactGroup Group { get; }

        /// <summary>The dossier field that supplies it; <c>{period}</c> stands for the period assessed.</summary>
        public string DossierField { get; }

        /// <summary>What it is, for people.</summary>
        public LocalizedText Label { get; }

        /// <summary>Whether the dossier supplies it.</summary>
        public Func<AwardCheck, bool> IsKnown { get; }

        /// <summary>Its value, for explanations.</summary>
        public Func<AwardCheck, object> Value { get; }

        /// <summary>
        /// For a count the dossier may leave unsettled: whether, for this check, its value is still a lower bound of what
        /// the complete dossier would give (the rest could only add to it). <see langword="null"/> for facts that are
        /// never a bound. A rule whose test only grows with the fact is then met once the bound meets it.
        /// </summary>
        public Func<AwardCheck, bool>? IsLowerBound { get; }

        /// <summary>The dossier field with the period filled in.</summary>
        public string FieldFor(AssessmentPeriod period) => DossierField.Replace("{period}", period.ToString());
    }
}
