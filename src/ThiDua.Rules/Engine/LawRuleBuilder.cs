using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// Turns a regime's rule data into NRules rule definitions with NRules.RuleModel's <see cref="RuleBuilder"/>: one
    /// rule per legal condition, named by its stable id, its citations, facts, parameters and expression as rule
    /// properties.
    /// </summary>
    /// <remarks>
    /// Shape, each part measured (../shared/DESIGN.md, "The fast shape"):
    /// <list type="bullet">
    /// <item>The rule matches the checks of its award: the award in its pattern (a bucket test when the factory holds
    /// more than a bucket of awards, then the award code; NRules shares these nodes between all rules of an award). A
    /// condition shared by several awards gets one OR branch per award, all binding the same declaration.</item>
    /// <item>The action first tests whether the condition applies to the check (the personnel categories it is for,
    /// the periods it covers and, for a procedural rule, a full check rather than a standard-only one) and does
    /// nothing when it does not. An agenda filter did this before, but NRules builds every rule's filters again for
    /// each new session: with the filters in the actions, a CheckAll allocates about 11 % less and runs faster
    /// (measured, benchmarks/README.md), at the price of firing the few rules that do not apply.</item>
    /// <item>The action then runs the legal test (the expression's tree, inlined) only when every fact it needs is
    /// present, and records Met, NotMet or Unknown in the check.</item>
    /// <item>A prerequisite rule inserts the nested standard check; a second rule, with a priority below every rule of
    /// the standard's award chain, joins that check back to its parent once its own rules have fired.</item>
    /// </list>
    /// </remarks>
    internal static class LawRuleBuilder
    {
        public const string CheckDeclaration = "check";
        public const string StandardDeclaration = "standard";

        /// <summary>Rule property: the condition's definition (citations, needs, categories, notes).</summary>
        public const string ConditionProperty = "ThiDua.Condition";

        /// <summary>Rule property: the condition's legal citations.</summary>
        public const string CitationsProperty = "ThiDua.Citations";

        /// <summary>Rule property: the facts the condition needs.</summary>
        public const string NeedsProperty = "ThiDua.Needs";

        /// <summary>Rule property: the legal numbers of the condition, by parameter name.</summary>
        public const string ParametersProperty = "ThiDua.Parameters";

        /// <summary>Rule property: the expression as written in the rule data, parameters filled in.</summary>
        public const string ExpressionProperty = "ThiDua.Expression";

        /// <summary>Suffix of the name of the rule that joins a standard check back to the prerequisite rule that asked for it.</summary>
        public const string StandardJoinSuffix = "#standard";

        private static readonly MethodInfo MissingMethod = Method(nameof(ConditionActions.Missing));
        private static readonly MethodInfo DecideMethod = Method(nameof(ConditionActions.Decide));
        private static readonly MethodInfo MayTestLowerBoundsMethod = Method(nameof(ConditionActions.MayTestLowerBounds));
        private static readonly MethodInfo RequestStandardMethod = Method(nameof(ConditionActions.RequestStandard));
        private static readonly MethodInfo CompleteStandardMethod = Method(nameof(ConditionActions.CompleteStandard));

        /// <summary>The rules of <paramref name="awards"/>' conditions, each rule matching only those awards' checks.</summary>
        /// <param name="runtime">The regime.</param>
        /// <param name="awards">The awards whose checks the rules serve.</param>
        /// <param name="standardOnly">
        /// Awards of <paramref name="awards"/> checked only for their standard (the prerequisites in an award's own
        /// factory): their procedural conditions never apply, so no rule is built for them.
        /// </param>
        public static IEnumerable<IRuleDefinition> Build(RegimeRuntime runtime, IReadOnlyList<AwardPlan> awards, IReadOnlyCollection<AwardPlan>? standardOnly = null)
        {
            var regimeId = runtime.Compiled.Regime.Id;
            var depths = PrerequisiteDepths(runtime.Compiled);

            // With a bucket's worth of awards or fewer, the bucket test would only add a node to every check's path.
            var byBucket = awards.Count > RegimeRuntime.AwardsPerBucket;
            var byCondition = awards
                .SelectMany(plan => plan.Rules.Select(rule => (Plan: plan, Rule: rule.Rule)))
                .Where(x => !(x.Rule.IsProcedural && standardOnly != null && standardOnly.Contains(x.Plan)))
                .GroupBy(x => x.Rule.Id, StringComparer.Ordinal);
            foreach (var condition in byCondition)
            {
                var rule = condition.First().Rule;
                var plans = condition.Select(x => x.Plan).ToList();
                var number = runtime.ConditionNumber(rule.Id);
                yield return ConditionRule(regimeId, rule, plans, number, byBucket);
                if (rule.Definition.IsPrerequisite)
                {
                    var depth = rule.Definition.PrerequisiteAwards.Max(code => depths[code]);
                    yield return StandardJoinRule(regimeId, rule, plans, number, depth, byBucket);
                }
            }
        }

        private static IRuleDefinition ConditionRule(string regimeId, CompiledRule rule, IReadOnlyList<AwardPlan> plans, int number, bool byBucket)
        {
            var builder = Describe(rule.Id, regimeId, rule, plans);
            builder.Property(ConditionProperty, rule.Definition);
            builder.Property(CitationsProperty, rule.Definition.Citations);
            builder.Property(NeedsProperty, rule.Definition.RequiredFacts);
            builder.Property(ParametersProperty, rule.Parameters);
            if (rule.Expression != null)
            {
                builder.Property(ExpressionProperty, rule.Expression);
            }

            var check = MatchAny(builder.LeftHandSide(), rule, plans, byBucket);
            var context = Expression.Parameter(typeof(IContext), "context");
            var checkParameter = Expression.Parameter(typeof(AwardCheck), check.Name);
            var n = Expression.Constant(number);
            Expression body;
            if (rule.Test == null)
            {
                body = Expression.Call(RequestStandardMethod, context, checkParameter, n);
            }
            else
            {
                // missing = Missing(check, n);
                // Decide(check, n, missing, (missing == 0 || MayTestLowerBounds(check, n, missing)) && <legal test>)
                var missing = Expression.Variable(typeof(ulong), "missing");
                var test = new ReplaceParameter(rule.Test.Parameters[0], checkParameter).Visit(rule.Test.Body);
                var mayTest = Expression.OrElse(
                    Expression.Equal(missing, Expression.Constant(0UL)),
                    Expression.Call(MayTestLowerBoundsMethod, checkParameter, n, missing));
                body = Expression.Block(
                    new[] { missing },
                    Expression.Assign(missing, Expression.Call(MissingMethod, checkParameter, n)),
                    Expression.Call(DecideMethod, checkParameter, n, missing, Expression.AndAlso(mayTest, test)));
            }

            var applies = Applicability(rule, checkParameter);
            if (applies != null)
            {
                body = Expression.IfThen(applies, body);
            }

            builder.RightHandSide().Action(Expression.Lambda(body, context, checkParameter));
            return builder.Build();
        }

        private static IRuleDefinition StandardJoinRule(string regimeId, CompiledRule rule, IReadOnlyList<AwardPlan> plans, int number, int depth, bool byBucket)
        {
            var builder = Describe(rule.Id + StandardJoinSuffix, regimeId, rule, plans);

            // Below every condition rule (priority 0) and below the join rules of the standard's own prerequisites.
            builder.Priority(-1 - depth);
            var lhs = builder.LeftHandSide();
            var parent = MatchAny(lhs, rule, plans, byBucket);
            var request = lhs.Pattern(typeof(StandardRequest), StandardDeclaration);
            var r = Expression.Parameter(typeof(StandardRequest), StandardDeclaration);
            var p = Expression.Parameter(typeof(AwardCheck), parent.Name);
            request.Condition(Expression.Lambda(Expression.Equal(Expression.Property(r, nameof(StandardRequest.Condition)), Expression.Constant(number)), r));
            request.Condition(Expression.Lambda(Expression.ReferenceEqual(Expression.Property(r, nameof(StandardRequest.Parent)), p), r, p));

            var context = Expression.Parameter(typeof(IContext), "context");
            builder.RightHandSide().Action(Expression.Lambda(Expression.Call(CompleteStandardMethod, p, Expression.Property(r, nameof(StandardRequest.Standard)), Expression.Constant(number)), context, p, r));
            return builder.Build();
        }

        private static RuleBuilder Describe(string name, string regimeId, CompiledRule rule, IReadOnlyList<AwardPlan> plans)
        {
            var builder = new RuleBuilder();
            builder.Name(name);
            builder.Description(rule.Definition.Description.Vi);
            builder.Tag("regime:" + regimeId);
            builder.Tags(plans.Select(p => "award:" + p.Code));
            return builder;
        }

        /// <summary>
        /// Matches the checks of <paramref name="plans"/>' awards that <paramref name="rule"/> applies to: one pattern,
        /// or an OR group with one branch per award binding the same declaration.
        /// </summary>
        private static Declaration MatchAny(GroupBuilder lhs, CompiledRule rule, IReadOnlyList<AwardPlan> plans, bool byBucket)
        {
            var group = plans.Count > 1 ? lhs.Group(GroupType.Or) : lhs;
            Declaration? declaration = null;
            foreach (var plan in plans)
            {
                var pattern = declaration == null ? group.Pattern(typeof(AwardCheck), CheckDeclaration) : group.Pattern(declaration);
                declaration ??= pattern.Declaration;
                var c = Expression.Parameter(typeof(AwardCheck), CheckDeclaration);

                // Same expressions in the same order for every rule of the award, so NRules shares the selection nodes.
                if (byBucket)
                {
                    pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(c, nameof(AwardCheck.RouteBucket)), Expression.Constant(plan.RouteBucket)), c));
                }

                pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(c, nameof(AwardCheck.Award)), Expression.Constant(plan.Code)), c));
            }

            return declaration!;
        }

        /// <summary>
        /// The test on the check <paramref name="c"/> that limits <paramref name="rule"/> to the checks it applies to;
        /// <see langword="null"/> when it applies to all. <see cref="RulePlan.AppliesTo"/> states the same in C#, so that
        /// the result composer can verify that the engine recorded an outcome for exactly the conditions that apply.
        /// </summary>
        private static Expression? Applicability(CompiledRule rule, ParameterExpression c)
        {
            Expression? test = null;
            if (rule.IsProcedural)
            {
                test = Expression.Not(Expression.Property(c, nameof(AwardCheck.IsStandardOnly)));
            }

            if (rule.Definition.AppliesTo.Count > 0)
            {
                var mask = rule.Definition.AppliesTo.Aggregate(0, (m, category) => m | (1 << (int)category));
                var inCategory = Expression.NotEqual(Expression.And(Expression.Property(c, nameof(AwardCheck.CategoryMask)), Expression.Constant(mask)), Expression.Constant(0));
                test = test == null ? inCategory : Expression.AndAlso(test, inCategory);
            }

            if (rule.PeriodsEndingFrom != null || rule.PeriodsEndingTo != null)
            {
                var end = Expression.Property(Expression.Property(c, nameof(AwardCheck.Period)), nameof(AssessmentPeriod.End));
                Expression? inRange = null;
                if (rule.PeriodsEndingFrom is DateTime from)
                {
                    inRange = Expression.GreaterThanOrEqual(end, Expression.Constant(from));
                }

                if (rule.PeriodsEndingTo is DateTime to)
                {
                    var upTo = Expression.LessThanOrEqual(end, Expression.Constant(to));
                    inRange = inRange == null ? upTo : Expression.AndAlso(inRange, upTo);
                }

                test = test == null ? inRange : Expression.AndAlso(test, inRange!);
            }

            return test;
        }

        /// <summary>How many prerequisite levels lie below each award (0 for an award without prerequisites); the loader refuses cycles.</summary>
        private static Dictionary<string, int> PrerequisiteDepths(CompiledRegime regime)
        {
            var depths = new Dictionary<string, int>(StringComparer.Ordinal);
            int Depth(string code)
            {
                if (!depths.TryGetValue(code, out var depth))
                {
                    var prerequisites = regime.ByCode[code].Definition.Prerequisites;
                    depth = prerequisites.Count == 0 ? 0 : 1 + prerequisites.Max(Depth);
                    depths[code] = depth;
                }

                return depth;
            }

            foreach (var award in regime.Awards)
            {
                Depth(award.Code);
            }

            return depths;
        }

        private static MethodInfo Method(string name)
            => typeof(ConditionActions).GetMethod(name, BindingFlags.Public | BindingFlags.Static)
               ?? throw new InvalidOperationException($"ConditionActions.{name} is missing.");

        private sealed class ReplaceParameter : ExpressionVisitor
        {
            private readonly ParameterExpression _from;
            private readonly Expression _to;

            public ReplaceParameter(ParameterExpression from, Expression to)
            {
                _from = from;
                _to = to;
            }

            protected override Expression VisitParameter(ParameterExpression node) => node == _from ? _to : node;
        }
    }
}
