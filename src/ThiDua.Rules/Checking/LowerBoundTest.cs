using System;
using System.Linq.Expressions;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Whether a rule's legal test can only go from false to true as one fact grows: then a count the dossier leaves
    /// unsettled but already large enough (a run of years that reaches the first year listed, say) decides the
    /// condition, since the rest of the dossier could only raise it. Read from the parsed expression, conservatively:
    /// the fact may appear only as the larger side of <c>&gt;=</c> or <c>&gt;</c> against something that does not
    /// read it, under <c>&amp;&amp;</c> and <c>||</c>; anything else (equality, arithmetic, negation, a call) is not
    /// recognised and the condition stays Unknown as before.
    /// </summary>
    internal static class LowerBoundTest
    {
        /// <summary>Whether <paramref name="test"/> is non-decreasing in <paramref name="fact"/>.</summary>
        public static bool IsNonDecreasingIn(LambdaExpression test, FactDescriptor fact)
            => NonDecreasing(test.Body, fact);

        private static bool NonDecreasing(Expression node, FactDescriptor fact)
        {
            if (!Reads(node, fact))
            {
                return true;
            }

            switch (node.NodeType)
            {
                case ExpressionType.AndAlso:
                case ExpressionType.OrElse:
                    var logical = (BinaryExpression)node;
                    return NonDecreasing(logical.Left, fact) && NonDecreasing(logical.Right, fact);
                case ExpressionType.GreaterThanOrEqual:
                case ExpressionType.GreaterThan:
                    var greater = (BinaryExpression)node;
                    return IsFact(greater.Left, fact) && !Reads(greater.Right, fact);
                case ExpressionType.LessThanOrEqual:
                case ExpressionType.LessThan:
                    var less = (BinaryExpression)node;
                    return IsFact(less.Right, fact) && !Reads(less.Left, fact);
                default:
                    return false;
            }
        }

        /// <summary>The fact itself, read as <c>group.Property</c> (possibly widened, as <c>int</c> to <c>long</c>).</summary>
        private static bool IsFact(Expression node, FactDescriptor fact)
        {
            while (node.NodeType == ExpressionType.Convert)
            {
                node = ((UnaryExpression)node).Operand;
            }

            return node is MemberExpression member && IsMember(member, fact);
        }

        private static bool IsMember(MemberExpression member, FactDescriptor fact)
            => member.Member.DeclaringType == fact.Group.Type
               && string.Equals(member.Member.Name, char.ToUpperInvariant(fact.Name[0]) + fact.Name.Substring(1), StringComparison.Ordinal);

        private static bool Reads(Expression node, FactDescriptor fact)
        {
            var finder = new FactFinder(fact);
            finder.Visit(node);
            return finder.Found;
        }

        private sealed class FactFinder : ExpressionVisitor
        {
            private readonly FactDescriptor _fact;

            public FactFinder(FactDescriptor fact)
            {
                _fact = fact;
            }

            public bool Found { get; private set; }

            protected override Expression VisitMember(MemberExpression node)
            {
                if (IsMember(node, _fact))
                {
                    Found = true;
                    return node;
                }

                return base.VisitMember(node);
            }
        }
    }
}
