using System;

namespace ThiDua.Rules
{
    /// <summary>
    /// A text in Vietnamese, which is authoritative, and in English, which is a convenience translation.
    /// </summary>
    public sealed record LocalizedText
    {
        /// <summary>Creates a text in both languages.</summary>
        /// <param name="vi">The Vietnamese text (authoritative).</param>
        /// <param name="en">The English text.</param>
        public LocalizedText(string vi, string en)
        {
            Vi = vi ?? throw new ArgumentNullException(nameof(vi));
            En = en ?? throw new ArgumentNullException(nameof(en));
        }

        /// <summary>The Vietnamese text. Where the two differ, this one is authoritative.</summary>
        public string Vi { get; }

        /// <summary>The English text.</summary>
        public string En { get; }

        /// <summary>The text in <paramref name="language"/>, falling back to Vietnamese.</summary>
        /// <param name="language"><see cref="Language.English"/> or <see cref="Language.Vietnamese"/>.</param>
        /// <returns>The text.</returns>
        public string Get(Language language) => language == Language.English && En.Length > 0 ? En : Vi;

        /// <summary>Returns the Vietnamese text.</summary>
        /// <returns>The Vietnamese text.</returns>
        public override string ToString() => Vi;
    }

    /// <summary>The languages messages are written in.</summary>
    public enum Language
    {
        /// <summary>Vietnamese, the authoritative language.</summary>
        Vietnamese = 0,

        /// <summary>English.</summary>
        English = 1,
    }
}
