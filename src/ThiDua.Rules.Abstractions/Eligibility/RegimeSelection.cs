using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>What chose the regime a result was checked under.</summary>
    public enum RegimeSelectionBasis
    {
        /// <summary>The end of the assessment period (no consideration date was given).</summary>
        PeriodEnd = 0,

        /// <summary>The day the competent body considers the proposal (<see cref="EligibilityRequest.ConsideredOn"/>).</summary>
        ConsideredOn = 1,

        /// <summary>The request named the regime (<see cref="EligibilityRequest.RegimeId"/>, or a comparison).</summary>
        Named = 2,

        /// <summary>The host pinned one regime for every check (<c>ThiDuaRulesOptions.RegimeId</c>).</summary>
        Pinned = 3,
    }

    /// <summary>Which regime a check applied, and why: the date that selected it and any warning about the rule data's currency.</summary>
    public sealed record RegimeSelection
    {
        /// <summary>Creates a regime selection.</summary>
        /// <param name="regimeId">The regime applied.</param>
        /// <param name="basis">What chose it.</param>
        /// <param name="keyDate">The date that selected it (the consideration date, else the period's end).</param>
        /// <param name="reason">Why this regime, in Vietnamese and English.</param>
        /// <param name="warnings">Warnings the host must show with the result, e.g. that the rule data may predate a change in the law.</param>
        public RegimeSelection(string regimeId, RegimeSelectionBasis basis, DateTime keyDate, LocalizedText reason, IReadOnlyList<LocalizedText> warnings)
        {
            RegimeId = regimeId ?? throw new ArgumentNullException(nameof(regimeId));
            Basis = basis;
            KeyDate = keyDate;
            Reason = reason ?? throw new ArgumentNullException(nameof(reason));
            Warnings = warnings ?? throw new ArgumentNullException(nameof(warnings));
        }

        /// <summary>The regime applied, e.g. <c>vn-2022</c>.</summary>
        public string RegimeId { get; }

        /// <summary>What chose the regime.</summary>
        public RegimeSelectionBasis Basis { get; }

        /// <summary>The date that selected the regime: the consideration date when the request gives one, else the last day of the period.</summary>
        public DateTime KeyDate { get; }

        /// <summary>Why this regime applies, e.g. "period ends 2024-12-31".</summary>
        public LocalizedText Reason { get; }

        /// <summary>Warnings to show with the result; empty when there are none.</summary>
        public IReadOnlyList<LocalizedText> Warnings { get; }
    }
}
