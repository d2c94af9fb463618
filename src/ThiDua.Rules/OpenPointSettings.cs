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
        /// Under the 2022 Law: a discipline in force at some time during the period (decided in it, or decided earlier and
        /// neither lifted nor lapsed before it began). The Law has no discipline bar for the individual titles; Decree
        /// 98/2023 and Decree 152/2025 Điều 4 are reported to count achievements only from the end of a disciplinary
        /// term, but the clause was not read, so whether such a year can still earn a title is the host's call.
        /// </summary>
        public OpenPointTreatment DisciplineInForceDuringPeriod { get; set; }

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

        /// <summary>
        /// The share of a collective's members, in percent, who must hold Lao động tiên tiến (or Chiến sĩ tiên tiến) for
        /// Tập thể lao động tiên tiến (or Đơn vị tiên tiến) under the 2022 Law (Điều 28 khoản 1 điểm c, whose text was not
        /// read: the 2013 Law said more than 50 %, the education sector's circular says at least 70 %). Unset
        /// (<see langword="null"/>): the member-share condition, and the no-warning-discipline condition of the same
        /// point, are Unknown; a host that applies its sector's or province's text sets the figure (1 to 100, "at least").
        /// </summary>
        public int? AdvancedCollectiveMinMemberPercent { get; set; }

        /// <summary>A copy, so that later changes to the options do not reach a checker already created.</summary>
        internal OpenPointSettings Copy() => (OpenPointSettings)MemberwiseClone();

        /// <summary>What is wrong with these settings (an undefined enum value), in the words of the options.</summary>
        internal IEnumerable<string> Failures()
        {
            foreach (var (name, value) in new[]
            {
                (nameof(DisciplineInForceFromEarlierPeriod), DisciplineInForceFromEarlierPeriod),
                (nameof(DisciplineInForceDuringPeriod), DisciplineInForceDuringPeriod),
                (nameof(CriminalSentenceBeingServed), CriminalSentenceBeingServed),
                (nameof(NotRegisteredForEmulation), NotRegisteredForEmulation),
            })
            {
                if (!Enum.IsDefined(typeof(OpenPointTreatment), value))
                {
                    yield return $"ThiDuaRulesOptions.OpenPoints.{name} is {(int)value}, not one of: {string.Join(", ", Enum.GetNames(typeof(OpenPointTreatment)))}.";
                }
            }

            if (AdvancedCollectiveMinMemberPercent is int percent && (percent < 1 || percent > 100))
            {
                yield return $"ThiDuaRulesOptions.OpenPoints.{nameof(AdvancedCollectiveMinMemberPercent)} is {percent}, not a percentage from 1 to 100.";
            }
        }
    }
}
