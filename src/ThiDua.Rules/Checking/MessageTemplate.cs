using System;
using System.Collections.Generic;
using System.Text;

namespace ThiDua.Rules.Checking
{
    /// <summary>Fills <c>{name}</c> placeholders. Names were checked against the rule's facts and parameters at load.</summary>
    internal static class MessageTemplate
    {
        public static string Fill(string template, Func<string, string?> lookup)
        {
            var text = new StringBuilder(template.Length + 32);
            foreach (var (isPlaceholder, part) in Split(template))
            {
                text.Append(isPlaceholder ? lookup(part) ?? "{" + part + "}" : part);
            }

            return text.ToString();
        }

        /// <summary>
        /// Splits <paramref name="template"/> into literal text and placeholder names (<c>IsPlaceholder</c>). The checker
        /// does this once per rule at start-up instead of scanning every template on every check.
        /// </summary>
        public static IReadOnlyList<(bool IsPlaceholder, string Text)> Split(string template)
        {
            var parts = new List<(bool IsPlaceholder, string Text)>();
            var i = 0;
            while (i < template.Length)
            {
                var open = template.IndexOf('{', i);
                var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
                if (open < 0 || close < 0)
                {
                    parts.Add((false, template.Substring(i)));
                    break;
                }

                if (open > i)
                {
                    parts.Add((false, template.Substring(i, open - i)));
                }

                parts.Add((true, template.Substring(open + 1, close - open - 1)));
                i = close + 1;
            }

            return parts;
        }

        public static LocalizedText Fill(LocalizedText template, Func<string, Language, string?> lookup)
            => new LocalizedText(
                Fill(template.Vi, name => lookup(name, Language.Vietnamese)),
                Fill(template.En, name => lookup(name, Language.English)));

        public static readonly LocalizedText UnknownTemplate = new LocalizedText(
            "Chưa đủ thông tin để xét điều kiện này: cần bổ sung {missing}.",
            "Not enough information to decide this condition: please supply {missing}.");

        public static readonly LocalizedText PrerequisiteUnknownTemplate = new LocalizedText(
            "Chưa đủ thông tin để xét tiêu chuẩn {prerequisite} năm {period}: xem các điều kiện còn thiếu thông tin trong kết quả của {prerequisite}.",
            "Not enough information to decide the {prerequisite} standard for {period}: see the conditions with missing facts in the {prerequisite} result.");

        public static LocalizedText Unknown(IReadOnlyList<LocalizedText> missing)
            => Fill(UnknownTemplate, (_, language) => string.Join("; ", ListIn(missing, language)));

        private static IEnumerable<string> ListIn(IReadOnlyList<LocalizedText> items, Language language)
        {
            foreach (var item in items)
            {
                yield return item.Get(language);
            }
        }
    }
}
