using System;
using System.Globalization;

namespace ThiDua.Rules
{
    /// <summary>
    /// The period whose achievements are assessed: a calendar year, or a school year (<c>năm học</c>) for the
    /// education sector, which the 2013 rules assess by school year rather than by calendar year.
    /// </summary>
    /// <remarks>
    /// A school year is identified by the year it starts in and by the month it starts in. No national text fixes
    /// the school year's dates for emulation purposes (Circular 12/2019/TT-BNV Điều 2 khoản 8 only says education
    /// titles are considered after the school year ends), so the start month is the host's to set; it defaults to
    /// September (<see cref="DefaultSchoolYearStartMonth"/>), the usual start of the school calendar. Written as
    /// text, a calendar year is <c>"2021"</c> and a school year is <c>"2021-2022"</c>, or <c>"2021-2022@07"</c> for
    /// one that starts in July.
    /// </remarks>
    public readonly struct AssessmentPeriod : IEquatable<AssessmentPeriod>, IComparable<AssessmentPeriod>
    {
        /// <summary>The earliest year a period may start in.</summary>
        public const int MinYear = 1945;

        /// <summary>The latest year a period may start in.</summary>
        public const int MaxYear = 2100;

        /// <summary>The month a school year starts in when the host does not say otherwise.</summary>
        public const int DefaultSchoolYearStartMonth = 9;

        private readonly int _schoolYearStartMonth;

        private AssessmentPeriod(AssessmentPeriodKind kind, int startYear, int schoolYearStartMonth = DefaultSchoolYearStartMonth)
        {
            if (schoolYearStartMonth < 1 || schoolYearStartMonth > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(schoolYearStartMonth), schoolYearStartMonth, "A month is from 1 to 12.");
            }

            _schoolYearStartMonth = kind == AssessmentPeriodKind.SchoolYear ? schoolYearStartMonth : 0;
            if (startYear < MinYear || startYear > MaxYear)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(startYear),
                    startYear,
                    $"An assessment period must start between {MinYear} and {MaxYear}.");
            }

            Kind = kind;
            StartYear = startYear;
        }

        /// <summary>Whether this is a calendar year or a school year.</summary>
        public AssessmentPeriodKind Kind { get; }

        /// <summary>The year the period starts in (for a calendar year, the year itself).</summary>
        public int StartYear { get; }

        /// <summary>For a school year, the month it starts in; for a calendar year, 1.</summary>
        public int StartMonth => Kind == AssessmentPeriodKind.SchoolYear
            ? (_schoolYearStartMonth == 0 ? DefaultSchoolYearStartMonth : _schoolYearStartMonth)
            : 1;

        /// <summary>The first day of the period.</summary>
        public DateTime Start => new DateTime(StartYear, StartMonth, 1);

        /// <summary>The last day of the period.</summary>
        public DateTime End => Start.AddYears(1).AddDays(-1);

        /// <summary>The period that follows this one, of the same kind.</summary>
        public AssessmentPeriod Next => new AssessmentPeriod(Kind, StartYear + 1, StartMonth);

        /// <summary>The period that precedes this one, of the same kind.</summary>
        public AssessmentPeriod Previous => new AssessmentPeriod(Kind, StartYear - 1, StartMonth);

        /// <summary>Creates the calendar year <paramref name="year"/>.</summary>
        /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
        /// <returns>The period.</returns>
        public static AssessmentPeriod CalendarYear(int year) => new AssessmentPeriod(AssessmentPeriodKind.CalendarYear, year);

        /// <summary>Creates the school year that starts in <paramref name="startMonth"/> of <paramref name="startYear"/>.</summary>
        /// <param name="startYear">The year the school year starts in.</param>
        /// <param name="startMonth">The month it starts in; September unless the host's regulation says otherwise.</param>
        /// <returns>The period.</returns>
        public static AssessmentPeriod SchoolYear(int startYear, int startMonth = DefaultSchoolYearStartMonth) => new AssessmentPeriod(AssessmentPeriodKind.SchoolYear, startYear, startMonth);

        /// <summary>Parses <c>"2021"</c> (calendar year), <c>"2021-2022"</c> (school year from September) or <c>"2021-2022@07"</c> (from July).</summary>
        /// <param name="text">The text to parse.</param>
        /// <returns>The period.</returns>
        /// <exception cref="FormatException">The text is not a period, or its years are out of range.</exception>
        public static AssessmentPeriod Parse(string text)
        {
            if (TryParse(text, out var period, out var reason))
            {
                return period;
            }

            throw new FormatException(reason);
        }

        /// <summary>Tries to parse <c>"2021"</c> or <c>"2021-2022"</c>.</summary>
        /// <param name="text">The text to parse.</param>
        /// <param name="period">The period, when the text is valid.</param>
        /// <returns><see langword="true"/> when the text is a valid period.</returns>
        public static bool TryParse(string? text, out AssessmentPeriod period) => TryParse(text, out period, out _);

        /// <summary>Tries to parse a period and says why it failed.</summary>
        /// <param name="text">The text to parse.</param>
        /// <param name="period">The period, when the text is valid.</param>
        /// <param name="reason">Why the text is not a period, when it is not.</param>
        /// <returns><see langword="true"/> when the text is a valid period.</returns>
        public static bool TryParse(string? text, out AssessmentPeriod period, out string reason)
        {
            period = default;
            reason = string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                reason = "An assessment period is required: a calendar year such as \"2021\" or a school year such as \"2021-2022\".";
                return false;
            }

            var trimmed = text!.Trim();
            var startMonth = DefaultSchoolYearStartMonth;
            var at = trimmed.IndexOf('@');
            if (at >= 0)
            {
                var month = trimmed.Substring(at + 1);
                if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out startMonth) || month.Length != 2 || startMonth < 1 || startMonth > 12)
                {
                    reason = $"'{trimmed}' has an invalid start month: write a school year starting in July as \"2021-2022@07\".";
                    return false;
                }

                trimmed = trimmed.Substring(0, at);
            }

            var dash = trimmed.IndexOf('-');
            var first = dash < 0 ? trimmed : trimmed.Substring(0, dash);
            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start) || first.Length != 4)
            {
                reason = $"'{trimmed}' is not an assessment period: use a calendar year such as \"2021\" or a school year such as \"2021-2022\".";
                return false;
            }

            if (start < MinYear || start > MaxYear)
            {
                reason = $"'{trimmed}' is out of range: an assessment period must start between {MinYear} and {MaxYear}.";
                return false;
            }

            if (dash < 0)
            {
                if (at >= 0)
                {
                    reason = $"'{text!.Trim()}': only a school year (\"2021-2022@07\") has a start month.";
                    return false;
                }

                period = CalendarYear(start);
                return true;
            }

            var second = trimmed.Substring(dash + 1);
            if (!int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var end) || second.Length != 4 || end != start + 1)
            {
                reason = $"'{trimmed}' is not a school year: write it as two consecutive years, such as \"2021-2022\".";
                return false;
            }

            period = SchoolYear(start, startMonth);
            return true;
        }

        /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
        /// <param name="date">A date; its time of day is ignored.</param>
        /// <returns><see langword="true"/> when the date is between <see cref="Start"/> and <see cref="End"/>.</returns>
        public bool Contains(DateTime date) => date.Date >= Start && date.Date <= End;

        /// <summary>The number of periods from this one to <paramref name="later"/> (negative if it is earlier).</summary>
        /// <param name="later">A period of the same kind.</param>
        /// <returns>The difference in start years.</returns>
        public int PeriodsUntil(AssessmentPeriod later) => later.StartYear - StartYear;

        /// <summary>Writes <c>"2021"</c>, <c>"2021-2022"</c>, or <c>"2021-2022@07"</c> for a school year not starting in September.</summary>
        /// <returns>The period as text; <see cref="Parse"/> reads it back.</returns>
        public override string ToString() => Kind == AssessmentPeriodKind.CalendarYear
            ? StartYear.ToString(CultureInfo.InvariantCulture)
            : StartMonth == DefaultSchoolYearStartMonth
                ? string.Format(CultureInfo.InvariantCulture, "{0}-{1}", StartYear, StartYear + 1)
                : string.Format(CultureInfo.InvariantCulture, "{0}-{1}@{2:00}", StartYear, StartYear + 1, StartMonth);

        /// <inheritdoc />
        public bool Equals(AssessmentPeriod other) => Kind == other.Kind && StartYear == other.StartYear && StartMonth == other.StartMonth;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is AssessmentPeriod other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => (((int)Kind * 397) ^ StartYear) * 31 + StartMonth;

        /// <summary>Orders periods by start year, calendar years before school years that start the same year.</summary>
        /// <param name="other">The period to compare with.</param>
        /// <returns>A negative, zero or positive number.</returns>
        public int CompareTo(AssessmentPeriod other)
        {
            var byYear = StartYear.CompareTo(other.StartYear);
            return byYear != 0 ? byYear : Kind.CompareTo(other.Kind);
        }

        /// <summary>Equality.</summary>
        /// <param name="left">The first period.</param>
        /// <param name="right">The second period.</param>
        /// <returns>Whether they are the same period.</returns>
        public static bool operator ==(AssessmentPeriod left, AssessmentPeriod right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        /// <param name="left">The first period.</param>
        /// <param name="right">The second period.</param>
        /// <returns>Whether they are different periods.</returns>
        public static bool operator !=(AssessmentPeriod left, AssessmentPeriod right) => !left.Equals(right);
    }

    /// <summary>The kinds of assessment period.</summary>
    public enum AssessmentPeriodKind
    {
        /// <summary>1 January to 31 December.</summary>
        CalendarYear = 0,

        /// <summary>A school year (education sector), twelve months from its start month.</summary>
        SchoolYear = 1,
    }
}
