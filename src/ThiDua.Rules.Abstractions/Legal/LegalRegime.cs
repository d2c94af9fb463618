using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// A legal regime: the set of legal documents in force for a range of assessment periods, and the rule data
    /// that encodes them (e.g. <c>vn-2013</c>: the 2003 Law as amended in 2005 and 2013, with Decree 91/2017).
    /// </summary>
    public sealed record LegalRegime
    {
        /// <summary>Creates a regime description.</summary>
        /// <param name="id">Stable id, e.g. <c>vn-2013</c>.</param>
        /// <param name="name">The regime's name.</param>
        /// <param name="dataVersion">Version of the rule data that encodes it.</param>
        /// <param name="periodsEndingFrom">First end date of an assessment period the regime is selected for.</param>
        /// <param name="periodsEndingTo">Last end date of an assessment period the regime is selected for.</param>
        /// <param name="documents">The documents the regime draws on.</param>
        /// <param name="notes">What the regime does not cover, and other caveats.</param>
        public LegalRegime(string id, LocalizedText name, string dataVersion, DateTime periodsEndingFrom, DateTime periodsEndingTo, IReadOnlyList<LegalDocument> documents, LocalizedText? notes)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            DataVersion = dataVersion ?? throw new ArgumentNullException(nameof(dataVersion));
            PeriodsEndingFrom = periodsEndingFrom;
            PeriodsEndingTo = periodsEndingTo;
            Documents = documents ?? throw new ArgumentNullException(nameof(documents));
            Notes = notes;
        }

        /// <summary>Stable id, e.g. <c>vn-2013</c>.</summary>
        public string Id { get; }

        /// <summary>The regime's name.</summary>
        public LocalizedText Name { get; }

        /// <summary>Version of the rule data that encodes the regime.</summary>
        public string DataVersion { get; }

        /// <summary>The regime covers assessment periods that end on or after this day.</summary>
        public DateTime PeriodsEndingFrom { get; }

        /// <summary>The regime covers assessment periods that end on or before this day; <see cref="DateTime.MaxValue"/>'s date when the range is open (<see cref="IsOpenEnded"/>).</summary>
        public DateTime PeriodsEndingTo { get; }

        /// <summary>The documents the regime draws on; every citation in its rules names one of them.</summary>
        public IReadOnlyList<LegalDocument> Documents { get; }

        /// <summary>What the regime does not cover, and other caveats.</summary>
        public LocalizedText? Notes { get; }

        /// <summary>
        /// Whether the range has no last day: the regime is the latest the data knows, and applies to every later date
        /// (with a warning past <see cref="KnownCurrentTo"/>).
        /// </summary>
        public bool IsOpenEnded => PeriodsEndingTo == DateTime.MaxValue.Date;

        /// <summary>
        /// The last day the rule data is known to reflect the law; <see langword="null"/> when the regime's range is closed
        /// (the whole range is in the past). A check selected by a later date still runs, with a warning.
        /// </summary>
        public DateTime? KnownCurrentTo { get; init; }

        /// <summary>What may have changed after <see cref="KnownCurrentTo"/> (e.g. an amending law reported but not confirmed).</summary>
        public LocalizedText? CurrencyNote { get; init; }

        /// <summary>Whether the regime covers <paramref name="period"/>.</summary>
        /// <param name="period">An assessment period.</param>
        /// <returns><see langword="true"/> when the period's end date is within the regime's range.</returns>
        public bool Covers(AssessmentPeriod period) => Covers(period.End);

        /// <summary>Whether the regime is selected by <paramref name="date"/> (a period's end, or a consideration date).</summary>
        /// <param name="date">The date that selects a regime.</param>
        /// <returns><see langword="true"/> when the date is within the regime's range.</returns>
        public bool Covers(DateTime date) => date.Date >= PeriodsEndingFrom && date.Date <= PeriodsEndingTo;
    }
}
