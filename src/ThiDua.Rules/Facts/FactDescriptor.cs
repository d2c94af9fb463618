using System;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// One fact rules may need: its name, what the clerk must fill in to supply it, how to tell whether the dossier
    /// supplies it, and how to read its value for explanations.
    /// </summary>
    internal sealed class FactDescriptor
    {
        public FactDescriptor(string name, string dossierField, LocalizedText label, Func<RuleFacts, bool> isKnown, Func<RuleFacts, object> value)
        {
            Name = name;
            DossierField = dossierField;
            Label = label;
            IsKnown = isKnown;
            Value = value;
        }

        /// <summary>The fact name used in rule files (<c>needs</c>) and message placeholders; the camel-case property of <see cref="RuleFacts"/>.</summary>
        public string Name { get; }

        /// <summary>The dossier field that supplies it; <c>{period}</c> stands for the period assessed.</summary>
        public string DossierField { get; }

        /// <summary>What it is, for people.</summary>
        public LocalizedText Label { get; }

        /// <summary>Whether the dossier supplies it.</summary>
        public Func<RuleFacts, bool> IsKnown { get; }

        /// <summary>Its value, for explanations.</summary>
        public Func<RuleFacts, object> Value { get; }

        /// <summary>The dossier field with the period filled in.</summary>
        public string FieldFor(AssessmentPeriod period) => DossierField.Replace("{period}", period.ToString());
    }
}
