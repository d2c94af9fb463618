using System.Text.RegularExpressions;

namespace ThiDua.Rules.Overlays
{
    /// <summary>
    /// Tells, from how a condition's expression uses a parameter, which way of changing it makes the condition
    /// stricter. Only the plain shapes are understood — the parameter compared with &lt;, &lt;=, &gt; or &gt;= and
    /// nothing else around it, in an expression without negation, boolean literals or a conditional — because only for them is
    /// "stricter" certain: <c>fact &gt;= $n</c> gets stricter as <c>n</c> grows. Anything else cannot be overridden,
    /// so an overlay can never loosen the law by accident.
    /// </summary>
    internal static class Tightening
    {
        private static readonly Regex Negation = new Regex(@"!(?!=)|\bnot\b|\?|\btrue\b|\bfalse\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Joiner = new Regex(@"^(&&|\|\||and\b|or\b|\))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex JoinerBefore = new Regex(@"(&&|\|\||\band|\bor|\()$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>
        /// <see langword="true"/> when a larger value of <paramref name="parameter"/> makes <paramref name="expression"/>
        /// stricter, <see langword="false"/> when a smaller one does, <see langword="null"/> when it cannot be told.
        /// </summary>
        public static bool? LargerIsStricter(string expression, string parameter)
        {
            if (Negation.IsMatch(expression))
            {
                return null;
            }

            bool? direction = null;
            var uses = Regex.Matches(expression, @"\$" + Regex.Escape(parameter) + @"(?![A-Za-z0-9])", RegexOptions.CultureInvariant);
            foreach (Match use in uses)
            {
                var before = expression.Substring(0, use.Index).TrimEnd();
                var after = expression.Substring(use.Index + use.Length).TrimStart();
                var here = OperatorBefore(before, after) ?? OperatorAfter(before, after);
                if (here == null || (direction != null && direction != here))
                {
                    return null;
                }

                direction = here;
            }

            return direction;
        }

        // fact >= $n, fact > $n: a larger n is stricter; fact <= $n, fact < $n: a smaller n is.
        private static bool? OperatorBefore(string before, string after)
        {
            if (!(after.Length == 0 || Joiner.IsMatch(after)))
            {
                return null;
            }

            if (before.EndsWith(">=", System.StringComparison.Ordinal) || (before.EndsWith(">", System.StringComparison.Ordinal) && !before.EndsWith("=>", System.StringComparison.Ordinal)))
            {
                return true;
            }

            if (before.EndsWith("<=", System.StringComparison.Ordinal) || (before.EndsWith("<", System.StringComparison.Ordinal) && !before.EndsWith("<>", System.StringComparison.Ordinal)))
            {
                return false;
            }

            return null;
        }

        // $n <= fact, $n < fact: a larger n is stricter; $n >= fact, $n > fact: a smaller n is.
        private static bool? OperatorAfter(string before, string after)
        {
            if (!(before.Length == 0 || JoinerBefore.IsMatch(before)))
            {
                return null;
            }

            if (after.StartsWith("<=", System.StringComparison.Ordinal) || (after.StartsWith("<", System.StringComparison.Ordinal) && !after.StartsWith("<>", System.StringComparison.Ordinal)))
            {
                return true;
            }

            if (after.StartsWith(">=", System.StringComparison.Ordinal) || after.StartsWith(">", System.StringComparison.Ordinal))
            {
                return false;
            }

            return null;
        }
    }
}
