using System;

namespace ThiDua.Rules
{
    /// <summary>
    /// One legal citation of a host condition (see <see cref="ThiDuaConditionAttribute"/>): the document, Điều, khoản
    /// and điểm. Repeat the attribute for several citations; a host condition needs at least one.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ThiDuaCitationAttribute : Attribute
    {
        /// <summary>Cites an article.</summary>
        /// <param name="document">
        /// The id of a document the regime declares (e.g. <c>DECREE_91_2017</c>) or of one the host adds with
        /// <see cref="ThiDuaRulesOptions.AddDocument"/>.
        /// </param>
        /// <param name="article">The article (Điều), a positive number.</param>
        public ThiDuaCitationAttribute(string document, int article)
        {
            Document = document;
            Article = article;
        }

        /// <summary>The document id.</summary>
        public string Document { get; }

        /// <summary>The article (Điều).</summary>
        public int Article { get; }

        /// <summary>The clause (khoản); 0 when the citation is to the whole article.</summary>
        public int Clause { get; set; }

        /// <summary>The point (điểm) within the clause, e.g. <c>a</c>; <see langword="null"/> for none.</summary>
        public string? Point { get; set; }

        /// <summary>What the citation was checked against (the official text, a gazette copy).</summary>
        public string? Basis { get; set; }
    }
}
