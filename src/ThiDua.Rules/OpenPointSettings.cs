using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>How the checker treats a point of law that no national text settles, once the host has decided it.</summary>
    public enum OpenPointTreatment
    {
        /// <summary>Not decided: a person the point concerns gets Unknown, with the setting named among the missing facts.</summary>
        Unknown = 0,

        /// <summary>The host applies a rule (a ministry's, a province's, its own reading) under which the point excludes: NotMet.</summary>
        Excludes = 1,
    }

    /// <summary>
    /// The host's choices on points of law that no national text settles. Each is <see cref="OpenPointTreatment.Unknown"/>
    /// by default, so the checker never reads an open point as met or not met on its own; a host that applies a sector or
    /// local rule sets it to <see cref="OpenPointTreatment.Excludes"/>. The rule data names the points a regime uses.
    /// </summary>
    public sealed class OpenPointSettings
    {
        /// <summary>
        /// How a result names an undecided setting among its missing facts (<c>options.openPoints.</c> and the setting's
        /// camel-case name): an entry with this prefix is for the host to decide, not a dossier field to collect.
        /// </summary>
        public const string MissingFactPrefix = "options.openPoints.";

        /// <summary>
        /// A discipline decided before the period and still in force during it (Decree 91/2017 Điều 10 khoản 6 has no time
        /// qualifier). A discipline decided within the period always excludes.
        /// </summary>
        public OpenPointTreatment DisciplineInForceFromEarlierPeriod { get; set; }

        /// <summary>
        /// A criminal sentence, suspended ones included, being served during the period (no national text; a legal
        /// answer reads the duty to comply with the law as excluding it).
        /// </summary>
        public OpenPointTreatment CriminalSentenceBeingServed { get; set; }

        /// <summary>
        /// No registration for the emulation movement in the period: a basis for every emulation title under the 2003
        /// Law, but no decree in force says that its absence bars the title; some sectors' rules do.
        /// </summary>
        public OpenPointTreatment NotRegisteredForEmulation { get; set; }

        /// <summary>A copy, so that later changes to the options do not reach a checker already created.</summary>
        internal OpenPointSettings Copy() => (OpenPointSettings)MemberwiseClone();

        /// <summary>What is wrong with these settings (an undefined enum value), in the words of the options.</summary>
        internal IEnumerable<string> Failures()
        {
            foreach (var (name, value) in new[]
            {
                (nameof(DisciplineInForceFromEarlierPeriod), DisciplineInForceFromEarlierPeriod),
                (nameof(CriminalSentenceBeingServed), CriminalSentenceBeingServed),
                (nameof(NotRegisteredForEmulation), NotRegisteredForEmulation),
            })
            {
                if (!Enum.IsDefined(typeof(OpenPointTreatment), value))
                {
                    yield return $"ThiDuaRulesOptions.OpenPoints.{name} is {(int)value}, not one of: {string.Join(", ", Enum.GetNames(typeof(OpenPointTreatment)))}.";
                }
            }
        }
    }
}
