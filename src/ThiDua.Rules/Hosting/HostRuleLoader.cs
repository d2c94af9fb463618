using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NRules.Fluent;
using NRules.RuleModel;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Hosting
{
    /// <summary>
    /// Loads the host's NRules fluent rules with NRules' own <see cref="RuleRepository"/> and checks the condition each
    /// declares: a stable id that no law condition uses, awards that exist, a description in both languages, and
    /// citations of declared documents. Problems are collected like rule-data problems, the rule's class as the file.
    /// </summary>
    internal static class HostRuleLoader
    {
        private static readonly Regex IdPattern = new Regex("^[A-Z0-9_]+(\\.[A-Z0-9_]+)+$", RegexOptions.CultureInvariant);

        public static HostConditionRegistry Load(IReadOnlyList<Type> ruleTypes, IReadOnlyList<LegalDocument> hostDocuments, IReadOnlyList<CompiledRegime> regimes)
        {
            if (ruleTypes.Count == 0)
            {
                return HostConditionRegistry.None;
            }

            var problems = new List<RuleSetProblem>();
            var lawIds = new HashSet<string>(regimes.SelectMany(r => r.Awards).SelectMany(a => a.Rules).Select(r => r.Id), StringComparer.Ordinal);
            foreach (var document in hostDocuments.Where(d => regimes.Any(r => r.Regime.Documents.Any(l => l.Id == d.Id))))
            {
                problems.Add(new RuleSetProblem("(host documents)", null, $"document id '{document.Id}' is already declared by a regime; choose another id"));
            }

            var definitions = Definitions(ruleTypes, problems);
            var conditions = new List<HostCondition>();
            var seenIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in ruleTypes)
            {
                if (!definitions.TryGetValue(type, out var rule))
                {
                    continue;
                }

                var condition = Condition(type, rule, hostDocuments, regimes, lawIds, seenIds, problems);
                if (condition != null)
                {
                    conditions.Add(condition);
                }
            }

            if (problems.Count > 0)
            {
                throw new RuleSetValidationException(problems);
            }

            return new HostConditionRegistry(conditions);
        }

        /// <summary>Every type in <paramref name="assemblies"/> that is a host condition rule.</summary>
        public static IEnumerable<Type> RuleTypesIn(IEnumerable<Assembly> assemblies)
            => assemblies.SelectMany(a => a.GetTypes())
                .Where(t => !t.IsAbstract && typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t) && t.GetCustomAttribute<ThiDuaConditionAttribute>() != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal);

        private static Dictionary<Type, IRuleDefinition> Definitions(IReadOnlyList<Type> ruleTypes, List<RuleSetProblem> problems)
        {
            var result = new Dictionary<Type, IRuleDefinition>();
            foreach (var type in ruleTypes)
            {
                if (!typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(type) || type.IsAbstract)
                {
                    problems.Add(new RuleSetProblem(type.FullName ?? type.Name, null, "a host rule is a concrete class deriving from NRules.Fluent.Dsl.Rule"));
                    continue;
                }

                try
                {
                    // NRules' own loader: it instantiates the class, runs Define() and applies its metadata attributes.
                    var repository = new RuleRepository();
                    repository.Load(spec => spec.From(type));
                    result[type] = repository.GetRuleSets().SelectMany(s => s.Rules).Single();
                }
                catch (Exception e) when (e is RuleDefinitionException || e is RuleActivationException || e is InvalidOperationException || e is ArgumentException)
                {
                    problems.Add(new RuleSetProblem(type.FullName ?? type.Name, null, "NRules cannot build the rule: " + (e.InnerException?.Message ?? e.Message)));
                }
            }

            foreach (var duplicate in result.GroupBy(r => r.Value.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add(new RuleSetProblem(string.Join(", ", duplicate.Select(d => d.Key.FullName)), null, $"these rules share the NRules name '{duplicate.Key}'; rule names identify host conditions and must be unique"));
            }

            return result;
        }

        private static HostCondition? Condition(
            Type type,
            IRuleDefinition rule,
            IReadOnlyList<LegalDocument> hostDocuments,
            IReadOnlyList<CompiledRegime> regimes,
            ISet<string> lawIds,
            ISet<string> seenIds,
            List<RuleSetProblem> problems)
        {
            var file = type.FullName ?? type.Name;
            var before = problems.Count;
            void Problem(string? id, string reason) => problems.Add(new RuleSetProblem(file, id, reason));

            var declared = type.GetCustomAttribute<ThiDuaConditionAttribute>();
            if (declared == null)
            {
                Problem(null, "a host rule needs [ThiDuaCondition] with its id, awards and description, and at least one [ThiDuaCitation]");
                return null;
            }

            var id = declared.Id ?? string.Empty;
            if (!IdPattern.IsMatch(id))
            {
                Problem(declared.Id, "a condition id must be upper-case ASCII words joined by dots, e.g. HN.LDTT.COMMUNITY_HOURS");
            }
            else if (lawIds.Contains(id))
            {
                Problem(id, "the id is a condition of the law; a host rule adds its own condition and cannot replace or remove one of the law's");
            }
            else if (!seenIds.Add(id))
            {
                Problem(id, "another host rule declares the same condition id");
            }

            if (string.IsNullOrWhiteSpace(declared.DescriptionVi) || string.IsNullOrWhiteSpace(declared.DescriptionEn))
            {
                Problem(id, "DescriptionVi (authoritative) and DescriptionEn are both required");
            }

            if (declared.Awards.Count == 0)
            {
                Problem(id, "name at least one award code the condition is added to");
            }

            foreach (var fact in declared.Needs ?? Array.Empty<string>())
            {
                if (!FactCatalog.TryGet(fact, out _))
                {
                    Problem(id, $"unknown fact '{fact}' in Needs; known facts: {string.Join(", ", FactCatalog.All.Select(f => f.Name))}");
                }
            }

            var citations = type.GetCustomAttributes<ThiDuaCitationAttribute>().ToList();
            if (citations.Count == 0)
            {
                Problem(id, "missing citation: add [ThiDuaCitation] naming the document, article (Điều), clause (khoản) and point (điểm) the condition rests on");
            }

            var byRegime = new Dictionary<string, ConditionDefinition>(StringComparer.Ordinal);
            foreach (var regime in regimes.Where(r => declared.Regimes == null || declared.Regimes.Contains(r.Regime.Id)))
            {
                if (!declared.Awards.Any(regime.ByCode.ContainsKey))
                {
                    continue;
                }

                var documents = regime.Regime.Documents.Concat(hostDocuments).ToList();
                var built = new List<LegalCitation>();
                foreach (var citation in citations)
                {
                    var document = documents.FirstOrDefault(d => d.Id == citation.Document);
                    if (document == null)
                    {
                        Problem(id, $"cites document '{citation.Document}', which neither regime '{regime.Regime.Id}' nor ThiDuaRulesOptions.AddDocument declares");
                    }
                    else if (citation.Article <= 0 || citation.Clause < 0 || (citation.Point != null && (citation.Point.Length == 0 || citation.Point.Length > 2 || citation.Clause == 0)))
                    {
                        Problem(id, $"citation of '{citation.Document}' needs a positive article, a clause of 0 or more, and a point only inside a clause");
                    }
                    else
                    {
                        built.Add(new LegalCitation(document, citation.Article, citation.Clause == 0 ? null : citation.Clause, citation.Point, citation.Basis));
                    }
                }

                byRegime[regime.Regime.Id] = new ConditionDefinition(
                    id,
                    new LocalizedText(declared.DescriptionVi ?? string.Empty, declared.DescriptionEn ?? string.Empty),
                    built,
                    declared.Needs ?? Array.Empty<string>(),
                    Array.Empty<PersonnelCategory>(),
                    Array.Empty<string>(),
                    null)
                {
                    Origin = ConditionOrigin.HostRule,
                    OriginName = type.FullName,
                };
            }

            if (byRegime.Count == 0 && declared.Awards.Count > 0)
            {
                Problem(id, $"no regime has award(s) {string.Join(", ", declared.Awards)}" + (declared.Regimes == null ? string.Empty : $" among regimes {string.Join(", ", declared.Regimes)}"));
            }

            return problems.Count == before ? new HostCondition(id, rule, declared.Awards, byRegime) : null;
        }
    }
}
