using System;
using System.Globalization;

namespace ThiDua.Rules
{
    /// <summary>A legal document that a regime draws on, as declared in the regime's data.</summary>
    public sealed record LegalDocument
    {
        /// <summary>Creates a document.</summary>
        /// <param name="id">Stable ASCII id used by citations, e.g. <c>ND91_2017</c>.</param>
        /// <param name="number">The official number, e.g. <c>91/2017/NĐ-CP</c>.</param>
        /// <param name="kind">The kind of document.</param>
        /// <param name="title">The document's title.</param>
        /// <param name="effectiveFrom">The day it came into force.</param>
        /// <param name="effectiveTo">The last day it was in force, or <see langword="null"/>.</param>
        public LegalDocument(string id, string number, LegalDocumentKind kind, LocalizedText title, DateTime effectiveFrom, DateTime? effectiveTo)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Number = number ?? throw new ArgumentNullException(nameof(number));
            Kind = kind;
            Title = title ?? throw new ArgumentNullException(nameof(title));
            EffectiveFrom = effectiveFrom;
            EffectiveTo = effectiveTo;
        }

        /// <summary>Stable ASCII id used by citations, e.g. <c>ND91_2017</c>.</summary>
        public string Id { get; }

        /// <summary>The official number, e.g. <c>91/2017/NĐ-CP</c>.</summary>
        public string Number { get; }

        /// <summary>The kind of document.</summary>
        public LegalDocumentKind Kind { get; }

        /// <summary>The document's title.</summary>
        public LocalizedText Title { get; }

        /// <summary>The day it came into force.</summary>
        public DateTime EffectiveFrom { get; }

        /// <summary>The last day it was in force, or <see langword="null"/> while it is in force.</summary>
        public DateTime? EffectiveTo { get; }

        /// <summary>The kind and number, e.g. <c>Nghị định 91/2017/NĐ-CP</c>.</summary>
        /// <param name="language">The language to name the kind in.</param>
        /// <returns>The short name.</returns>
        public string ShortName(Language language)
        {
            var kind = (Kind, language) switch
            {
                (LegalDocumentKind.Law, Language.English) => "Law",
                (LegalDocumentKind.Law, _) => "Luật",
                (LegalDocumentKind.ConsolidatedText, Language.English) => "Consolidated text",
                (LegalDocumentKind.ConsolidatedText, _) => "Văn bản hợp nhất",
                (LegalDocumentKind.Decree, Language.English) => "Decree",
                (LegalDocumentKind.Decree, _) => "Nghị định",
                (LegalDocumentKind.Decision, Language.English) => "Decision",
                (LegalDocumentKind.Decision, _) => "Quyết định",
                (_, Language.English) => "Circular",
                _ => "Thông tư",
            };
            return string.Format(CultureInfo.InvariantCulture, "{0} {1}", kind, Number);
        }
    }
}
