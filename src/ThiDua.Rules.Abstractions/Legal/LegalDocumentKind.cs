namespace ThiDua.Rules
{
    /// <summary>The kinds of legal document a rule may cite.</summary>
    public enum LegalDocumentKind
    {
        /// <summary>A law of the National Assembly (<c>Luật</c>).</summary>
        Law = 0,

        /// <summary>A consolidated text of a law (<c>văn bản hợp nhất</c>).</summary>
        ConsolidatedText = 1,

        /// <summary>A Government decree (<c>Nghị định</c>).</summary>
        Decree = 2,

        /// <summary>A ministerial circular (<c>Thông tư</c>).</summary>
        Circular = 3,

        /// <summary>
        /// A decision (<c>Quyết định</c>): how ministries, provinces and units usually issue their own emulation and
        /// commendation regulations, which overlays cite.
        /// </summary>
        Decision = 4,
    }
}
