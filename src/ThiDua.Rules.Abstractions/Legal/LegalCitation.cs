using System;
using System.Text;

namespace ThiDua.Rules
{
    /// <summary>
    /// Where a legal condition comes from: document, article (<c>Điều</c>), clause (<c>khoản</c>) and point
    /// (<c>điểm</c>), the way Vietnamese citations are written.
    /// </summary>
    public sealed record LegalCitation
    {
        /// <summary>Creates a citation.</summary>
        /// <param name="document">The cited document.</param>
        /// <param name="article">The article number (<c>Điều</c>).</param>
        /// <param name="clause">The clause number (<c>khoản</c>), if the citation is that precise.</param>
        /// <param name="point">The point letter (<c>điểm</c>), if the citation is that precise.</param>
        /// <param name="basis">What the citation was checked against and how confident that check is.</param>
        public LegalCitation(LegalDocument document, int article, int? clause = null, string? point = null, string? basis = null)
        {
            Document = document ?? throw new ArgumentNullException(nameof(document));
            if (article <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(article), article, "An article number is positive.");
            }

            Article = article;
            Clause = clause;
            Point = point;
            Basis = basis;
        }

        /// <summary>The cited document.</summary>
        public LegalDocument Document { get; }

        /// <summary>The article number (<c>Điều</c>).</summary>
        public int Article { get; }

        /// <summary>The clause number (<c>khoản</c>), or <see langword="null"/>.</summary>
        public int? Clause { get; }

        /// <summary>The point letter (<c>điểm</c>), or <see langword="null"/>.</summary>
        public string? Point { get; }

        /// <summary>
        /// What the citation was checked against (sources and confidence), as recorded in the rule data. Where a
        /// point of law is uncertain, this says so.
        /// </summary>
        public string? Basis { get; }

        /// <summary>Formats the citation, e.g. <c>điểm a khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP</c>.</summary>
        /// <param name="language">The language.</param>
        /// <returns>The formatted citation.</returns>
        public string Format(Language language)
        {
            var text = new StringBuilder();
            var english = language == Language.English;
            if (Point != null)
            {
                text.Append(english ? "point " : "điểm ").Append(Point).Append(english ? ", " : " ");
            }

            if (Clause != null)
            {
                text.Append(english ? "clause " : "khoản ").Append(Clause.Value).Append(english ? ", " : " ");
            }

            text.Append(english ? "Article " : "Điều ").Append(Article).Append(english ? ", " : " ");
            text.Append(Document.ShortName(language));
            return text.ToString();
        }

        /// <summary>Formats the citation in Vietnamese.</summary>
        /// <returns>The formatted citation.</returns>
        public override string ToString() => Format(Language.Vietnamese);
    }
}
