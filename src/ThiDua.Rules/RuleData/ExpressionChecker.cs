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
    /// Parses a rule expression exactly as the engine will, then walks the tree against an allow-list: the
    /// expression may read properties of <see cref="RuleFacts"/> and compare them with constants, and nothing
    /// else. RulesEngine itself reports a parse error only when the rule runs, as a failed rule, which would read
    /// as "not met"; and it lets property reads through to reflection types. Both are closed here, at load time.
    /// </summary>
    internal static class ExpressionChecker
    {
        public const string FactsParameterName = "f";

        /// <summary>The types rule expressions may name: the facts and the enums they compare with.</summary>
        public static readonly Type[] ExpressionTypes =
        {
            typeof(RuleFacts), typeof(PersonnelCategory), typeof(TaskRating), typeof(StudyResult),
            typeof(DisciplineForm), typeof(InitiativeScope), typeof(InitiativeKind),
        };

        private static readonly ParsingConfig Config = new ParsingConfig
        {
            CustomTypeProvider = new FixedTypeProvider(),
            IsCaseSensitive = true,
        };

        /// <summary>Checks an expression; returns the problems (empty when it is fine) and the facts it reads.</summary>
        public static IReadOnlyList<string> Check(string expression, out ISet<string> factsRead)
        {
            factsRead = new HashSet<string>(StringComparer.Ordinal);
            LambdaExpression lambda;
            try
            {
                var parameter = Expression.Parameter(typeof(RuleFacts), FactsParameterName);
                lambda = DynamicExpressionParser.ParseLambda(Config, new[] { parameter }, typeof(bool), expression);
            }
            catch (Exception e) when (e is ParseException || e is InvalidOperationException || e is ArgumentException)
            {
                return new[] { $"expression `{expression}` does not compile: {e.Message}" };
            }

            var walker = new AllowListWalker();
            walker.Visit(lambda.Body);
            factsRead = walker.FactsRead;
            return walker.Problems;
        }

        private sealed class AllowListWalker : ExpressionVisitor
        {
            public List<string> Problems { get; } = new List<string>();

            public HashSet<string> FactsRead { get; } = new HashSet<string>(StringComparer.Ordinal);

            protected override Expression VisitMember(MemberExpression node)
            {
                if (node.Expression is ParameterExpression && node.Member is PropertyInfo property && property.DeclaringType == typeof(RuleFacts))
                {
                    var fact = char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
                    if (FactCatalog.TryGet(fact, out _))
                    {
                        FactsRead.Add(fact);
                    }
                    else
                    {
                        Problems.Add($"reads '{property.Name}', which is not a registered fact");
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
