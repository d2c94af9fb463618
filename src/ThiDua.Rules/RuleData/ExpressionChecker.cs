using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.RuleData
{
    /// <summary>
    /// Parses a rule expression once with System.Linq.Dynamic.Core and walks the tree against an allow-list: the
    /// expression may read the properties of the fact groups (<c>person</c>, <c>record</c>, <c>history</c>,
    /// <c>initiatives</c>, <c>discipline</c>) and compare them with constants, and nothing else. The same tree,
    /// rewritten to read the groups from an <see cref="AwardCheck"/>, becomes the legal test of the NRules rule.
    /// </summary>
    internal static class ExpressionChecker
    {
        /// <summary>The types rule expressions may name: the fact groups and the enums they compare with.</summary>
        private static readonly Type[] ExpressionTypes = FactGroup.All.Select(g => g.Type).Concat(new[]
        {
            typeof(PersonnelCategory), typeof(TaskRating), typeof(StudyResult), typeof(DisciplineForm), typeof(InitiativeScope), typeof(InitiativeKind), typeof(CollectiveKind),
        }).ToArray();

        private static readonly ParsingConfig Config = new ParsingConfig
        {
            CustomTypeProvider = new FixedTypeProvider(),
            IsCaseSensitive = true,
        };

        /// <summary>
        /// Checks an expression. Returns the problems (empty when it is fine), the facts it reads, and the legal test as
        /// a lambda over the check (<see langword="null"/> when there are problems).
        /// </summary>
        public static IReadOnlyList<string> Check(string expression, ThiDuaLimits limits, out ISet<string> factsRead, out Expression<Func<AwardCheck, bool>>? test)
        {
            factsRead = new HashSet<string>(StringComparer.Ordinal);
            test = null;

            // Length and nesting are checked before parsing (ThiDuaLimits.MaxExpressionDepth says why).
            var shape = ShapeProblem(expression, limits);
            if (shape != null)
            {
                return new[] { shape };
            }

            var parameters = FactGroup.All.Select(g => Expression.Parameter(g.Type, g.ParameterName)).ToArray();
            LambdaExpression lambda;
            try
            {
                lambda = DynamicExpressionParser.ParseLambda(Config, parameters, typeof(bool), expression);
            }
            catch (Exception e) when (e is ParseException || e is InvalidOperationException || e is ArgumentException)
            {
                var hint = System.Text.RegularExpressions.Regex.IsMatch(expression, @"\bf\.")
                    ? " (expressions name the fact group they read, e.g. person.MonthsSinceRecruitment or history.SameAwardForPeriod; the single 'f.' of schema 1's first release is gone)"
                    : string.Empty;
                return new[] { $"expression `{expression}` does not compile: {e.Message}{hint}" };
            }

            var walker = new AllowListWalker();
            walker.Visit(lambda.Body);
            factsRead = walker.FactsRead;
            if (walker.Problems.Count > 0)
            {
                return walker.Problems;
            }

            // Each group parameter becomes a read of the check's property of that group.
            var check = Expression.Parameter(typeof(AwardCheck), "check");
            var body = new GroupToCheck(check, parameters).Visit(lambda.Body);
            test = Expression.Lambda<Func<AwardCheck, bool>>(body, check);
            return walker.Problems;
        }

        private static string? ShapeProblem(string expression, ThiDuaLimits limits)
        {
            if (expression.Length > limits.MaxExpressionLength)
            {
                return $"expression is {expression.Length} characters long, more than {ThiDuaLimits.Named(nameof(ThiDuaLimits.MaxExpressionLength), limits.MaxExpressionLength)}";
            }

            var depth = 0;
            foreach (var c in expression)
            {
                depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
                if (depth > limits.MaxExpressionDepth)
                {
                    return $"expression nests brackets more than {limits.MaxExpressionDepth} deep, {ThiDuaLimits.Named(nameof(ThiDuaLimits.MaxExpressionDepth), limits.MaxExpressionDepth)}";
                }
            }

            return null;
        }

        private sealed class GroupToCheck : ExpressionVisitor
        {
            private readonly Dictionary<ParameterExpression, Expression> _reads;

            public GroupToCheck(ParameterExpression check, IEnumerable<ParameterExpression> groups)
            {
                _reads = groups.ToDictionary(p => p, p => (Expression)Expression.Property(check, FactGroup.ForType(p.Type)!.CheckProperty));
            }

            protected override Expression VisitParameter(ParameterExpression node) => _reads.TryGetValue(node, out var read) ? read : node;
        }

        private sealed class AllowListWalker : ExpressionVisitor
        {
            public List<string> Problems { get; } = new List<string>();

            public HashSet<string> FactsRead { get; } = new HashSet<string>(StringComparer.Ordinal);

            protected override Expression VisitMember(MemberExpression node)
            {
                if (node.Expression is ParameterExpression parameter && node.Member is PropertyInfo property && property.DeclaringType == parameter.Type)
                {
                    var fact = char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
                    if (FactCatalog.TryGet(fact, out var descriptor) && descriptor.Group.Type == parameter.Type)
                    {
                        FactsRead.Add(fact);
                    }
                    else
                    {
                        Problems.Add($"reads '{parameter.Name}.{property.Name}', which is not a registered fact");
                    }

                    return node;
                }

                if (node.Expression == null && node.Type.GetTypeInfo().IsEnum)
                {
                    return node;
                }

                Problems.Add($"reads '{node.Member.DeclaringType?.Name}.{node.Member.Name}', which rule expressions may not use");
                return node;
            }

            protected override Expression VisitParameter(ParameterExpression node)
            {
                Problems.Add($"uses '{node.Name}' itself; rule expressions read facts of it, e.g. {node.Name}.<Fact>");
                return node;
            }

            protected override Expression VisitMethodCall(MethodCallExpression node)
            {
                Problems.Add($"calls '{node.Method.DeclaringType?.Name}.{node.Method.Name}', which rule expressions may not use");
                return node;
            }

            protected override Expression VisitNew(NewExpression node)
            {
                Problems.Add($"creates '{node.Type.Name}', which rule expressions may not do");
                return node;
            }

            protected override Expression VisitLambda<T>(Expression<T> node)
            {
                Problems.Add("contains a nested lambda, which rule expressions may not use");
                return node;
            }

            protected override Expression VisitIndex(IndexExpression node)
            {
                Problems.Add("indexes a value, which rule expressions may not do");
                return node;
            }

            protected override Expression VisitInvocation(InvocationExpression node)
            {
                Problems.Add("invokes a delegate, which rule expressions may not do");
                return node;
            }

            protected override Expression VisitNewArray(NewArrayExpression node)
            {
                Problems.Add("creates an array, which rule expressions may not do");
                return node;
            }

            protected override Expression VisitConstant(ConstantExpression node)
            {
                var type = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
                if (node.Value != null && !(type.GetTypeInfo().IsPrimitive || type.GetTypeInfo().IsEnum || type == typeof(string) || type == typeof(decimal)))
                {
                    Problems.Add($"uses a constant of type '{type.Name}', which rule expressions may not use");
                }

                return node;
            }
        }

        private sealed class FixedTypeProvider : IDynamicLinqCustomTypeProvider
        {
            private readonly HashSet<Type> _types = new HashSet<Type>(ExpressionTypes);

            public HashSet<Type> GetCustomTypes() => _types;

            public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => new Dictionary<Type, List<MethodInfo>>();

            public Type? ResolveType(string typeName) => _types.FirstOrDefault(t => t.FullName == typeName);

            public Type? ResolveTypeBySimpleName(string simpleTypeName) => _types.FirstOrDefault(t => t.Name == simpleTypeName);
        }
    }
}
