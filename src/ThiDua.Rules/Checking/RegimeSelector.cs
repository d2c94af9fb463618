using System;
using System.Collections.Generic;
using System.Globalization;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Words the choice of a regime for a result: the date that selected it, and a warning when that date is past the
    /// day the regime's data is known to reflect the law (a later amendment may not be encoded yet). Never silent.
    /// </summary>
    internal static class RegimeSelector
    {
        /// <summary>The regime whose range holds the consideration date, or the period's end when none is given.</summary>
        /// <param name="regime">The regime selected.</param>
        /// <param name="period">The period assessed.</param>
        /// <param name="consideredOn">The consideration date, if the request gave one.</param>
        /// <param name="periodRegime">With a consideration date, the regime the period's end alone would select (may differ), or <see langword="null"/>.</param>
        public static RegimeSelection ByDate(LegalRegime regime, AssessmentPeriod period, DateTime? consideredOn, LegalRegime? periodRegime)
        {
            if (consideredOn is not DateTime on)
            {
                var reason = new LocalizedText(
                    $"Kỳ {period} kết thúc ngày {Vi(period.End)}, thuộc phạm vi áp dụng của {regime.Id} ({RangeVi(regime)}).",
                    $"period ends {En(period.End)}, within {regime.Id} ({RangeEn(regime)}).");
                return new RegimeSelection(regime.Id, RegimeSelectionBasis.PeriodEnd, period.End, reason, Warnings(regime, period.End));
            }

            var vi = $"Đề nghị được xét ngày {Vi(on)}, thuộc phạm vi áp dụng của {regime.Id} ({RangeVi(regime)}).";
            var en = $"considered on {En(on)}, within {regime.Id} ({RangeEn(regime)}).";
            if (periodRegime?.Id != regime.Id)
            {
                // The transitional case: practice applied the law in force on the day of consideration (MoHA answers
                // in 2024 judged 2023 achievements under the 2022 Law), not the law of the achievement period.
                var under = periodRegime?.Id ?? "không chế độ nào / no regime";
                vi += $" Kỳ {period} kết thúc ngày {Vi(period.End)} (thuộc {under}); áp dụng văn bản có hiệu lực vào ngày xét.";
                en += $" The period ends {En(period.End)} (under {under}); the law in force on the day of consideration applies.";
            }

            return new RegimeSelection(regime.Id, RegimeSelectionBasis.ConsideredOn, on.Date, new LocalizedText(vi, en), Warnings(regime, on.Date));
        }

        /// <summary>A regime the request or the host named; it covers the key date (the caller checked).</summary>
        public static RegimeSelection Named(LegalRegime regime, AssessmentPeriod period, DateTime? consideredOn, RegimeSelectionBasis basis)
        {
            var key = (consideredOn ?? period.End).Date;
            var reason = basis == RegimeSelectionBasis.Pinned
                ? new LocalizedText($"Chế độ {regime.Id} do ứng dụng chỉ định cho mọi lần kiểm tra ({RangeVi(regime)}).", $"pinned by the host for every check ({RangeEn(regime)}).")
                : new LocalizedText($"Chế độ {regime.Id} do yêu cầu chỉ định ({RangeVi(regime)}).", $"named in the request ({RangeEn(regime)}).");
            return new RegimeSelection(regime.Id, basis, key, reason, Warnings(regime, key));
        }

        /// <summary>A regime applied for a comparison, whatever dates it covers.</summary>
        public static RegimeSelection Compared(LegalRegime regime, AssessmentPeriod period, DateTime? consideredOn)
        {
            var key = (consideredOn ?? period.End).Date;
            var reason = new LocalizedText(
                $"Áp dụng {regime.Id} để so sánh, không xét ngày ({RangeVi(regime)}).",
                $"applied for comparison, whatever the dates ({RangeEn(regime)}).");
            var warnings = new List<LocalizedText>(Warnings(regime, key));
            if (!regime.Covers(key))
            {
                warnings.Add(new LocalizedText(
                    $"Ngày {Vi(key)} nằm ngoài phạm vi áp dụng của {regime.Id}: kết quả chỉ để so sánh, không phải kết luận theo pháp luật áp dụng cho hồ sơ.",
                    $"{En(key)} is outside the dates of {regime.Id}: this result is for comparison only, not the answer of the law that applies to the dossier."));
            }

            return new RegimeSelection(regime.Id, RegimeSelectionBasis.Named, key, reason, warnings);
        }

        /// <summary>The currency warning, when <paramref name="keyDate"/> is past the day the regime's data is known current to.</summary>
        private static IReadOnlyList<LocalizedText> Warnings(LegalRegime regime, DateTime keyDate)
        {
            if (regime.KnownCurrentTo is not DateTime current || keyDate <= current)
            {
                return Array.Empty<LocalizedText>();
            }

            var vi = $"Dữ liệu quy tắc {regime.Id} (phiên bản {regime.DataVersion}) chỉ được biết là đúng với pháp luật đến hết ngày {Vi(current)}; ngày {Vi(keyDate)} ở sau mốc đó, nên dữ liệu có thể chưa phản ánh một thay đổi của pháp luật. Đối chiếu với văn bản đang có hiệu lực trước khi dùng kết quả.";
            var en = $"The {regime.Id} rule data (version {regime.DataVersion}) is known to reflect the law only up to {En(current)}; {En(keyDate)} is later, so the data may predate a change in the law. Check against the texts in force before relying on this result.";
            if (regime.CurrencyNote is LocalizedText note)
            {
                vi += " " + note.Vi;
                en += " " + note.En;
            }

            return new[] { new LocalizedText(vi, en) };
        }

        private static string RangeVi(LegalRegime regime)
            => regime.IsOpenEnded ? $"áp dụng từ ngày {Vi(regime.PeriodsEndingFrom)}" : $"áp dụng từ ngày {Vi(regime.PeriodsEndingFrom)} đến ngày {Vi(regime.PeriodsEndingTo)}";

        private static string RangeEn(LegalRegime regime)
            => regime.IsOpenEnded ? $"dates from {En(regime.PeriodsEndingFrom)}" : $"dates {En(regime.PeriodsEndingFrom)} to {En(regime.PeriodsEndingTo)}";

        private static string Vi(DateTime date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        private static string En(DateTime date) => AwardCatalog.Day(date);
    }
}
