using System;
using System.Collections.Generic;
using System.Globalization;

namespace ThiDua.Rules
{
    /// <summary>
    /// Limits on a dossier read as JSON, so that a hostile or broken document is refused with a clear problem instead
    /// of exhausting memory or time. The defaults are far above any real dossier (a whole career fits many times over).
    /// </summary>
    /// <remarks>
    /// Pass them to <see cref="ThiDuaJson.ReadDossier(string, ThiDuaLimits)"/> and its byte and stream overloads; the
    /// overloads without limits use the defaults. A limit that is exceeded is reported as an
    /// <see cref="InvalidDossierException"/> problem naming the limit, its value and the JSON path where it was hit.
    /// </remarks>
    public sealed class ThiDuaLimits
    {
        /// <summary>The largest value <see cref="MaxDocumentBytes"/> may take (1 GiB).</summary>
        public const int MaxDocumentBytesCeiling = 1 << 30;

        /// <summary>The smallest value <see cref="MaxDepth"/> may take: the format itself nests five levels (dossier, periods, period record, leaves, leave).</summary>
        public const int MinDepth = 5;

        /// <summary>The largest value <see cref="MaxDepth"/> may take.</summary>
        public const int MaxDepthCeiling = 256;

        /// <summary>The largest document, in bytes of UTF-8 (for a string, its length in characters is also held to it).</summary>
        /// <value>The default is 1 048 576 (1 MiB); a real dossier is a few kilobytes. At most <see cref="MaxDocumentBytesCeiling"/>.</value>
        public int MaxDocumentBytes { get; set; } = 1024 * 1024;

        /// <summary>How deeply objects and lists may nest, the dossier object itself counting as one level.</summary>
        /// <value>The default is 16; between <see cref="MinDepth"/> and <see cref="MaxDepthCeiling"/>.</value>
        public int MaxDepth { get; set; } = 16;

        /// <summary>The most entries of <c>periods</c>.</summary>
        /// <value>The default is 200.</value>
        public int MaxPeriods { get; set; } = 200;

        /// <summary>The most entries of <c>awardHistory</c>.</summary>
        /// <value>The default is 500.</value>
        public int MaxAwardHistoryEntries { get; set; } = 500;

        /// <summary>The most entries of <c>initiatives</c>.</summary>
        /// <value>The default is 1 000.</value>
        public int MaxInitiatives { get; set; } = 1000;

        /// <summary>The most entries of <c>disciplines</c>.</summary>
        /// <value>The default is 200.</value>
        public int MaxDisciplines { get; set; } = 200;

        /// <summary>The most entries of <c>criminalSentences</c>.</summary>
        /// <value>The default is 50.</value>
        public int MaxCriminalSentences { get; set; } = 50;

        /// <summary>The most entries of <c>employmentBreaks</c>.</summary>
        /// <value>The default is 100.</value>
        public int MaxEmploymentBreaks { get; set; } = 100;

        /// <summary>The most entries of <c>positions</c> (posts held, read by the forms of commendation).</summary>
        /// <value>The default is 100.</value>
        public int MaxPositions { get; set; } = 100;

        /// <summary>The most entries of <c>proceedings</c>.</summary>
        /// <value>The default is 200.</value>
        public int MaxProceedings { get; set; } = 200;

        /// <summary>The most entries of <c>leaves</c> in one period record.</summary>
        /// <value>The default is 100.</value>
        public int MaxLeavesPerPeriod { get; set; } = 100;

        /// <summary>The most entries of <c>ballots</c> in one period record.</summary>
        /// <value>The default is 100.</value>
        public int MaxBallotsPerPeriod { get; set; } = 100;

        /// <summary>The most members of one collective in one period record (<c>members</c>), and the most people on one nomination list.</summary>
        /// <value>The default is 10 000.</value>
        public int MaxMembers { get; set; } = 10_000;

        /// <summary>The most nominations on one nomination list (individual and collective together).</summary>
        /// <value>The default is 50 000.</value>
        public int MaxNominations { get; set; } = 50_000;

        /// <summary>The longest text value (a name, a title, a decision number), in characters.</summary>
        /// <value>The default is 1 000.</value>
        public int MaxStringLength { get; set; } = 1000;

        /// <summary>The longest rule expression accepted in rule data, in characters (the shipped ones are under 200).</summary>
        /// <value>The default is 2 000; at most <see cref="MaxExpressionLengthCeiling"/>.</value>
        public int MaxExpressionLength { get; set; } = 2000;

        /// <summary>
        /// The deepest nesting of brackets accepted in a rule expression. It is checked before parsing, because the
        /// parser recurses once per bracket and a few thousand nested brackets would overflow the stack and end the
        /// process, which no catch can stop.
        /// </summary>
        /// <value>The default is 32; at most <see cref="MaxExpressionDepthCeiling"/>.</value>
        public int MaxExpressionDepth { get; set; } = 32;

        /// <summary>The highest <see cref="MaxExpressionLength"/> a host may set.</summary>
        public const int MaxExpressionLengthCeiling = 100_000;

        /// <summary>The highest <see cref="MaxExpressionDepth"/> a host may set: far below what overflows the parser's stack.</summary>
        public const int MaxExpressionDepthCeiling = 100;

        /// <summary>How a problem names a limit: <c>the limit ThiDuaLimits.MaxPeriods (200)</c>; the reader and the validator say it alike.</summary>
        internal static string Named(string limit, int value) => $"the limit ThiDuaLimits.{limit} ({value.ToString(System.Globalization.CultureInfo.InvariantCulture)})";

        /// <summary>The problem of a text longer than <see cref="MaxStringLength"/>.</summary>
        internal string TextTooLong(int length)
            => $"the text is {length.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters long, more than {Named(nameof(MaxStringLength), MaxStringLength)}";

        /// <summary>A copy, so that a checker keeps the limits it was created with even if the host changes its options later.</summary>
        internal ThiDuaLimits Copy() => (ThiDuaLimits)MemberwiseClone();

        /// <summary>What is wrong with these limits' own values, one sentence each; empty when they are usable.</summary>
        /// <returns>The failures.</returns>
        internal IReadOnlyList<string> Failures()
        {
            var failures = new List<string>();
            Range(failures, nameof(MaxDocumentBytes), MaxDocumentBytes, 1, MaxDocumentBytesCeiling);
            Range(failures, nameof(MaxDepth), MaxDepth, MinDepth, MaxDepthCeiling);
            Range(failures, nameof(MaxPeriods), MaxPeriods, 1, int.MaxValue);
            Range(failures, nameof(MaxAwardHistoryEntries), MaxAwardHistoryEntries, 1, int.MaxValue);
            Range(failures, nameof(MaxInitiatives), MaxInitiatives, 1, int.MaxValue);
            Range(failures, nameof(MaxDisciplines), MaxDisciplines, 1, int.MaxValue);
            Range(failures, nameof(MaxCriminalSentences), MaxCriminalSentences, 1, int.MaxValue);
            Range(failures, nameof(MaxEmploymentBreaks), MaxEmploymentBreaks, 1, int.MaxValue);
            Range(failures, nameof(MaxPositions), MaxPositions, 1, int.MaxValue);
            Range(failures, nameof(MaxProceedings), MaxProceedings, 1, int.MaxValue);
            Range(failures, nameof(MaxLeavesPerPeriod), MaxLeavesPerPeriod, 1, int.MaxValue);
            Range(failures, nameof(MaxBallotsPerPeriod), MaxBallotsPerPeriod, 1, int.MaxValue);
            Range(failures, nameof(MaxMembers), MaxMembers, 1, int.MaxValue);
            Range(failures, nameof(MaxNominations), MaxNominations, 1, int.MaxValue);
            Range(failures, nameof(MaxStringLength), MaxStringLength, 1, int.MaxValue);
            Range(failures, nameof(MaxExpressionLength), MaxExpressionLength, 1, MaxExpressionLengthCeiling);
            Range(failures, nameof(MaxExpressionDepth), MaxExpressionDepth, 1, MaxExpressionDepthCeiling);
            return failures;
        }

        /// <summary>Throws when a limit has an unusable value.</summary>
        /// <param name="parameterName">The parameter the limits were passed as.</param>
        internal void ThrowIfInvalid(string parameterName)
        {
            var failures = Failures();
            if (failures.Count > 0)
            {
                throw new ArgumentException(string.Join(" ", failures), parameterName);
            }
        }

        private static void Range(List<string> failures, string name, int value, int min, int max)
        {
            if (value < min || value > max)
            {
                var bound = max == int.MaxValue
                    ? "at least " + min.ToString(CultureInfo.InvariantCulture)
                    : $"between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}";
                failures.Add($"ThiDuaLimits.{name} is {value.ToString(CultureInfo.InvariantCulture)}; it must be {bound}.");
            }
        }
    }
}
