using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.RuleData
{
    /// <summary>
    /// Reads rule files, checks every one of them, and compiles the result. Problems are collected, never
    /// thrown one at a time: a broken rule set fails with the full list (file, rule id, reason).
    /// </summary>
    internal sealed class RuleSetLoader
    {
        public const int SupportedSchemaVersion = 1;

        /// <summary>The most facts one rule may need: the checker marks a rule's missing facts as bits of a 64-bit mask.</summary>
        public const int MaxNeeds = 64;

        private static readonly Regex RuleIdPattern = new Regex("^[A-Z0-9_]+(\\.[A-Z0-9_]+)+$", RegexOptions.CultureInvariant);
        private static readonly Regex AwardCodePattern = new Regex("^[A-Z0-9_]+$", RegexOptions.CultureInvariant);
        private static readonly Regex RouteIdPattern = new Regex("^[a-z0-9][a-z0-9_]*$", RegexOptions.CultureInvariant);
        private static readonly Regex PlaceholderPattern = new Regex("\\{([A-Za-z][A-Za-z0-9]*)\\}", RegexOptions.CultureInvariant);
        private static readonly Regex ParameterReference = new Regex("\\$([A-Za-z][A-Za-z0-9]*)", RegexOptions.CultureInvariant);

        private static readonly JsonSerializerOptions FileOptions = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        };

        /// <summary>Placeholders every message may use besides the rule's facts and parameters.</summary>
        public static readonly IReadOnlyList<string> AmbientPlaceholders = new[] { "period", "award" };

        private readonly List<RuleSetProblem> _problems = new List<RuleSetProblem>();
        private readonly ThiDuaLimits _limits;

        /// <summary>The regime being loaded, whose range bounds a rule's own 'periodsEnding'; <see langword="null"/> when its regime.json is broken.</summary>
        private LegalRegime? _regime;

        /// <summary>A loader with the default limits.</summary>
        public RuleSetLoader()
            : this(new ThiDuaLimits())
        {
        }

        /// <summary>A loader that holds rule expressions to <paramref name="limits"/>.</summary>
        public RuleSetLoader(ThiDuaLimits limits)
        {
            _limits = limits;
        }

        /// <summary>Loads and checks every regime in <paramref name="source"/>; the engine compiles them afterwards (<see cref="Engine.RuleEngine"/>).</summary>
        /// <exception cref="RuleSetValidationException">Any problem in any file.</exception>
        public IReadOnlyList<CompiledRegime> Load(RuleSetSource source)
        {
            var files = source.ReadFiles();
            var regimes = new List<CompiledRegime>();
            foreach (var folder in files.GroupBy(f => RegimeFolderOf(f.Key), StringComparer.Ordinal))
            {
                var regime = LoadRegime(folder.Key, folder.ToList());
                if (regime != null)
                {
                    regimes.Add(regime);
                }
            }

            if (files.Count == 0)
            {
                Problem(source.Description, null, "no rule files were found");
            }

            CheckRegimesDoNotOverlap(regimes);

            if (_problems.Count > 0)
            {
                throw new RuleSetValidationException(_problems.ToList());
            }

            return regimes.OrderBy(r => r.Regime.PeriodsEndingFrom).ToList();
        }

        private static string RegimeFolderOf(string path)
        {
            var slash = path.IndexOf('/');
            return slash < 0 ? string.Empty : path.Substring(0, slash);
        }

        private CompiledRegime? LoadRegime(string folder, IReadOnlyList<KeyValuePair<string, string>> files)
        {
            var regimePath = folder + "/regime.json";
            var regimeFile = files.FirstOrDefault(f => f.Key == regimePath);
            if (regimeFile.Key == null)
            {
                Problem(folder.Length == 0 ? "(root)" : folder, null, "the folder has no regime.json; rule files must sit in <regime>/regime.json, <regime>/awards/*.json or <regime>/shared/*.json");
                return null;
            }

            foreach (var stray in files.Where(f => f.Key != regimePath && !IsIn(f.Key, folder + "/awards/") && !IsIn(f.Key, folder + "/shared/")))
            {
                Problem(stray.Key, null, "unexpected file: rule files must be regime.json, awards/<code>.json or shared/<group>.json");
            }

            var model = Parse<RegimeFileModel>(regimeFile);
            if (model == null)
            {
                // Without the regime there are no documents to check citations against, but the other files can
                // still be read, so their syntax errors are reported in the same run.
                foreach (var file in files.Where(f => IsIn(f.Key, folder + "/awards/")))
                {
                    Parse<AwardFileModel>(file);
                }

                foreach (var file in files.Where(f => IsIn(f.Key, folder + "/shared/")))
                {
                    Parse<RuleGroupFileModel>(file);
                }

                return null;
            }

            var regime = BuildRegime(regimePath, folder, model);
            _regime = regime;
            var documents = regime?.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal) ?? new Dictionary<string, LegalDocument>();
            var ruleIds = new Dictionary<string, string>(StringComparer.Ordinal);

            var groups = new Dictionary<string, List<(RuleModel Rule, CompiledRule? Compiled)>>(StringComparer.Ordinal);
            foreach (var file in files.Where(f => IsIn(f.Key, folder + "/shared/")))
            {
                var group = Parse<RuleGroupFileModel>(file);
                if (group == null)
                {
                    continue;
                }

                var name = FileStem(file.Key);
                CheckSchemaVersion(file.Key, group.SchemaVersion);
                if (group.Group != name)
                {
                    Problem(file.Key, null, $"'group' is '{group.Group}' but the file is named '{name}.json'; they must match");
                }

                groups[name] = CompileRules(file.Key, group.Rules, documents, ruleIds);
            }

            var awardFiles = files.Where(f => IsIn(f.Key, folder + "/awards/")).ToDictionary(f => FileStem(f.Key), StringComparer.Ordinal);
            var declared = model.Awards ?? new List<string>();
            if (declared.Count == 0)
            {
                Problem(regimePath, null, "'awards' must list the regime's award codes in catalogue order");
            }

            foreach (var duplicate in declared.GroupBy(a => a, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Problem(regimePath, null, $"award '{duplicate.Key}' is listed more than once");
            }

            foreach (var missing in declared.Where(a => !awardFiles.ContainsKey(a)).Distinct(StringComparer.Ordinal))
            {
                Problem(regimePath, null, $"award '{missing}' is listed but awards/{missing}.json does not exist");
            }

            foreach (var unlisted in awardFiles.Keys.Where(a => !declared.Contains(a)))
            {
                Problem(folder + "/awards/" + unlisted + ".json", null, $"award '{unlisted}' is not listed in regime.json 'awards'");
            }

            var awards = new List<CompiledAward>();
            foreach (var code in declared.Distinct(StringComparer.Ordinal).Where(awardFiles.ContainsKey))
            {
                var award = LoadAward(awardFiles[code], code, folder, documents, ruleIds, groups);
                if (award != null)
                {
                    awards.Add(award);
                }
            }

            CheckPrerequisites(folder, awards, new HashSet<string>(declared.Where(awardFiles.ContainsKey), StringComparer.Ordinal));
            return regime == null ? null : new CompiledRegime(regime, awards);
        }

        private LegalRegime? BuildRegime(string path, string folder, RegimeFileModel model)
        {
            CheckSchemaVersion(path, model.SchemaVersion);
            var ok = true;
            if (model.Id != folder)
            {
                Problem(path, null, $"'id' is '{model.Id}' but the folder is '{folder}'; they must match");
                ok = false;
            }

            var name = Localized(path, null, "name", model.Name);
            if (string.IsNullOrWhiteSpace(model.DataVersion))
            {
                Problem(path, null, "'dataVersion' is required");
                ok = false;
            }

            var from = Date(path, null, "periodsEnding.from", model.PeriodsEnding?.From);
            // An omitted end makes the regime open: the latest one, applied to every later date with a warning past the
            // day its data is known current to, which must then be stated.
            var to = model.PeriodsEnding != null && model.PeriodsEnding.To == null ? DateTime.MaxValue.Date : Date(path, null, "periodsEnding.to", model.PeriodsEnding?.To);
            if (from != null && to != null && from > to)
            {
                Problem(path, null, "'periodsEnding.from' is after 'periodsEnding.to'");
                ok = false;
            }

            var knownCurrentTo = model.KnownCurrentTo == null ? null : Date(path, null, "knownCurrentTo", model.KnownCurrentTo);
            if (to == DateTime.MaxValue.Date && model.KnownCurrentTo == null)
            {
                Problem(path, null, "a regime without 'periodsEnding.to' applies to every later date, so it must state 'knownCurrentTo', the last day its data is known to reflect the law");
                ok = false;
            }

            var currencyNote = model.CurrencyNote == null ? null : Localized(path, null, "currencyNote", model.CurrencyNote);

            var documents = new List<LegalDocument>();
            if (model.Documents == null || model.Documents.Count == 0)
            {
                Problem(path, null, "'documents' must declare the legal documents the rules cite");
            }

            foreach (var document in model.Documents ?? new List<DocumentModel>())
            {
                var built = BuildDocument(path, document);
                if (built == null)
                {
                    continue;
                }

                if (documents.Any(d => d.Id == built.Id))
                {
                    Problem(path, null, $"document '{built.Id}' is declared more than once");
                    continue;
                }

                documents.Add(built);
            }

            var notes = model.Notes == null ? null : Localized(path, null, "notes", model.Notes);
            if (!ok || name == null || from == null || to == null)
            {
                // Keep the documents so that rule files are still checked against them.
                return documents.Count == 0 ? null : new LegalRegime(folder, name ?? new LocalizedText(folder, folder), model.DataVersion ?? "?", from ?? DateTime.MinValue, to ?? DateTime.MinValue, documents, notes);
            }

            return new LegalRegime(folder, name, model.DataVersion!, from.Value, to.Value, documents, notes) { KnownCurrentTo = knownCurrentTo, CurrencyNote = currencyNote };
        }

        internal LegalDocument? BuildDocument(string path, DocumentModel model)
        {
            var where = $"document '{model.Id}'";
            if (string.IsNullOrWhiteSpace(model.Id) || string.IsNullOrWhiteSpace(model.Number))
            {
                Problem(path, null, "every document needs an 'id' and a 'number'");
                return null;
            }

            if (!TryEnum<LegalDocumentKind>(model.Kind, out var kind))
            {
                Problem(path, null, $"{where}: 'kind' must be one of {EnumNames<LegalDocumentKind>()}");
                return null;
            }

            var title = Localized(path, null, where + " title", model.Title);
            var from = Date(path, null, where + " effectiveFrom", model.EffectiveFrom);
            var to = model.EffectiveTo == null ? null : Date(path, null, where + " effectiveTo", model.EffectiveTo);
            return title == null || from == null ? null : new LegalDocument(model.Id!, model.Number!, kind, title, from.Value, to);
        }

        private CompiledAward? LoadAward(
            KeyValuePair<string, string> file,
            string code,
            string regimeId,
            IReadOnlyDictionary<string, LegalDocument> documents,
            Dictionary<string, string> ruleIds,
            IReadOnlyDictionary<string, List<(RuleModel Rule, CompiledRule? Compiled)>> groups)
        {
            var model = Parse<AwardFileModel>(file);
            if (model == null)
            {
                return null;
            }

            var path = file.Key;
            CheckSchemaVersion(path, model.SchemaVersion);
            if (model.Code != code || !AwardCodePattern.IsMatch(code))
            {
                Problem(path, null, $"'code' is '{model.Code}' but the file is named '{code}.json'; they must match and be upper-case ASCII");
            }

            var name = Localized(path, null, "name", model.Name);
            var subjectOk = TryEnum<AwardSubject>(model.Subject, out var subject);
            var categoryOk = TryEnum<AwardCategory>(model.Category, out var category);
            var cadenceOk = TryEnum<AwardCadence>(model.Cadence, out var cadence);
            if (!subjectOk)
            {
                Problem(path, null, $"'subject' must be one of {EnumNames<AwardSubject>()}");
            }

            if (!categoryOk)
            {
                Problem(path, null, $"'category' must be one of {EnumNames<AwardCategory>()}");
            }

            if (!cadenceOk)
            {
                Problem(path, null, $"'cadence' must be one of {EnumNames<AwardCadence>()}");
            }

            CommendationBasis? basis = null;
            if (model.Basis != null)
            {
                if (TryEnum<CommendationBasis>(model.Basis, out var parsedBasis))
                {
                    basis = parsedBasis;
                }
                else
                {
                    Problem(path, null, $"'basis' must be one of {EnumNames<CommendationBasis>()}, or absent when the basis depends on the achievement");
                }
            }

            var eligible = Categories(path, null, "eligibleCategories", model.EligibleCategories);
            var rules = CompileRules(path, model.Rules, documents, ruleIds);
            if (model.Rules == null || model.Rules.Count == 0)
            {
                Problem(path, null, "an award needs at least one rule of its own");
            }

            var routes = Routes(path, model, documents);
            foreach (var include in model.Include ?? new List<string>())
            {
                if (groups.TryGetValue(include, out var group))
                {
                    foreach (var shared in group.Where(g => g.Rule.Route != null))
                    {
                        Problem($"{regimeId}/shared/{include}.json", shared.Rule.Id, $"'route' is '{shared.Rule.Route}', but a shared rule is common to every award that includes it and cannot belong to one award's route; move it into awards/{code}.json");
                    }

                    rules.AddRange(group);
                }
                else
                {
                    Problem(path, null, $"includes rule group '{include}', but shared/{include}.json does not exist");
                }
            }

            var notes = model.Notes == null ? null : Localized(path, null, "notes", model.Notes);
            if (name == null || !subjectOk || !categoryOk || !cadenceOk || rules.Any(r => r.Compiled == null))
            {
                return null;
            }

            var compiled = rules.Select(r => r.Compiled!).ToList();
            if (routes == null)
            {
                return null;
            }

            var definition = new AwardDefinition(code, regimeId, name, subject, category, cadence, eligible, compiled.Select(r => r.Definition).ToList(), notes)
            {
                Routes = routes.Count == 0 ? null : routes,
                IsStateLevel = model.StateLevel ?? IsStateLevelCategory(category),
                Basis = basis,
            };
            return new CompiledAward(definition, compiled);
        }

        /// <summary>
        /// Orders, medals and State honorary titles are decided at State level by their nature; any other award is a
        /// State-level form only when its file says so (<c>"stateLevel": true</c>, e.g. the Prime Minister's certificate of merit).
        /// </summary>
        private static bool IsStateLevelCategory(AwardCategory category)
            => category == AwardCategory.Order || category == AwardCategory.Medal || category == AwardCategory.HonoraryTitle;

        /// <summary>
        /// The award's alternative routes, checked against its own rules: ids unique and declared, each route with a
        /// rule of its own, and at least two routes when any is declared. Empty when the award declares none;
        /// <see langword="null"/> after a problem.
        /// </summary>
        private List<AwardRoute>? Routes(string path, AwardFileModel model, IReadOnlyDictionary<string, LegalDocument> documents)
        {
            var before = _problems.Count;
            var routes = new List<AwardRoute>();
            var declared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var route in model.Routes ?? new List<RouteModel>())
            {
                var id = route.Id ?? string.Empty;
                var where = $"routes[{id}]";
                if (!RouteIdPattern.IsMatch(id))
                {
                    Problem(path, null, $"route id '{route.Id}' must be lower-case ASCII letters, digits or '_', e.g. k2");
                    continue;
                }

                if (!declared.Add(id))
                {
                    Problem(path, null, $"route '{id}' is declared more than once");
                    continue;
                }

                var name = Localized(path, null, where + ".name", route.Name);
                var citations = Citations(path, where, route.Citations, documents);
                if (name != null)
                {
                    routes.Add(new AwardRoute(id, name, citations));
                }
            }

            if (declared.Count == 1)
            {
                Problem(path, null, $"declares only route '{declared.First()}'; routes are alternatives, so declare two or more, or none and leave 'route' off the rules");
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in model.Rules ?? new List<RuleModel>())
            {
                if (rule.Route == null)
                {
                    continue;
                }

                if (!declared.Contains(rule.Route))
                {
                    Problem(path, rule.Id, declared.Count == 0
                        ? $"'route' is '{rule.Route}', but the award declares no 'routes'"
                        : $"'route' is '{rule.Route}', which 'routes' does not declare (declared: {string.Join(", ", declared)})");
                }
                else
                {
                    used.Add(rule.Route);
                }
            }

            foreach (var unused in declared.Where(d => !used.Contains(d)))
            {
                Problem(path, null, $"route '{unused}' has no rule: a rule with \"route\": \"{unused}\" must say what the route requires");
            }

            return _problems.Count == before ? routes : null;
        }

        private List<(RuleModel Rule, CompiledRule? Compiled)> CompileRules(
            string path,
            IReadOnlyList<RuleModel>? rules,
            IReadOnlyDictionary<string, LegalDocument> documents,
            Dictionary<string, string> ruleIds)
        {
            var compiled = new List<(RuleModel, CompiledRule?)>();
            foreach (var rule in rules ?? Array.Empty<RuleModel>())
            {
                compiled.Add((rule, CompileRule(path, rule, documents, ruleIds)));
            }

            return compiled;
        }

        /// <summary>
        /// <paramref name="rule"/> with other values for its parameters, checked and compiled like the original; the
        /// definition (citations, origin) is the caller's. Problems go to this loader's list.
        /// </summary>
        internal CompiledRule? Recompile(CompiledRule rule, IReadOnlyDictionary<string, string> parameters, ConditionDefinition definition)
        {
            var expression = CheckExpression(rule.File, rule.Id, rule.ExpressionTemplate!, rule.Needs, parameters, out var test);
            return expression == null ? null
                : new CompiledRule(definition, rule.File, rule.IsProcedural, rule.ExpressionTemplate, expression, test, rule.Needs, parameters, rule.MetMessage, rule.NotMetMessage, rule.PeriodsEndingFrom, rule.PeriodsEndingTo);
        }

        /// <summary>The problems found so far, for loaders that compile further rules with the same checks (overlays).</summary>
        internal IReadOnlyList<RuleSetProblem> Problems => _problems;

        /// <summary>Checks one rule of <paramref name="path"/> against <paramref name="documents"/> and compiles it; <see langword="null"/> after a problem.</summary>
        internal CompiledRule? CompileRule(string path, RuleModel rule, IReadOnlyDictionary<string, LegalDocument> documents, Dictionary<string, string> ruleIds)
        {
            var before = _problems.Count;
            var id = rule.Id ?? string.Empty;
            if (!RuleIdPattern.IsMatch(id))
            {
                Problem(path, rule.Id, "a rule id must be upper-case ASCII words joined by dots, e.g. LDTT.NEW_RECRUIT_10_MONTHS");
            }
            else if (ruleIds.TryGetValue(id, out var first))
            {
                Problem(path, id, $"duplicate rule id (first defined in {first}); ids are unique within a regime and never reused");
            }
            else
            {
                ruleIds[id] = path;
            }

            if (rule.Concept != null && !RuleIdPattern.IsMatch(rule.Concept))
            {
                Problem(path, id, "'concept' names the legal point across regimes as a rule id does (upper-case ASCII words joined by dots), usually the id of the earlier regime's condition");
            }

            var procedural = false;
            if (rule.Kind != null && rule.Kind != "standard" && rule.Kind != "procedural")
            {
                Problem(path, id, "'kind' must be 'standard' or 'procedural'");
            }
            else
            {
                procedural = rule.Kind == "procedural";
            }

            var description = Localized(path, id, "description", rule.Description);
            var appliesTo = Categories(path, id, "appliesTo", rule.AppliesTo);
            var citations = Citations(path, id, rule.Citations, documents);
            var needs = Needs(path, id, rule.Needs);
            var parameters = Parameters(path, id, rule.Parameters);
            var met = Localized(path, id, "messages.met", rule.Messages?.Met);
            var notMet = Localized(path, id, "messages.notMet", rule.Messages?.NotMet);
            var notes = rule.Notes == null ? null : Localized(path, id, "notes", rule.Notes);
            var prerequisites = rule.Prerequisite ?? new List<string>();
            var validity = Validity(path, id, rule.PeriodsEnding);

            string? expression = null;
            System.Linq.Expressions.Expression<Func<AwardCheck, bool>>? test = null;
            if ((rule.Expression == null) == (prerequisites.Count == 0))
            {
                Problem(path, id, "a rule has either an 'expression' or a 'prerequisite' list, not both and not neither");
            }
            else if (rule.Expression != null)
            {
                expression = CheckExpression(path, id, rule.Expression, needs, parameters, out test);
            }
            else if (needs.Count > 0)
            {
                Problem(path, id, "a prerequisite rule takes its facts from the other award's rules; remove 'needs'");
            }

            var placeholders = new HashSet<string>(needs.Select(n => n.Name).Concat(parameters.Keys).Concat(AmbientPlaceholders), StringComparer.Ordinal);
            if (prerequisites.Count > 0)
            {
                placeholders.Add("prerequisite");
            }

            CheckMessage(path, id, "messages.met", met, placeholders);
            CheckMessage(path, id, "messages.notMet", notMet, placeholders);
            if (_problems.Count != before || description == null || met == null || notMet == null)
            {
                return null;
            }

            var definition = new ConditionDefinition(id, description, citations, needs.Select(n => n.Name).ToList(), appliesTo, prerequisites.ToList(), notes)
            {
                PeriodsEndingFrom = validity.From,
                PeriodsEndingTo = validity.To,
                Concept = rule.Concept ?? id,
                Route = rule.Route,
            };
            return new CompiledRule(definition, path, procedural, expression == null ? null : rule.Expression, expression, test, needs, parameters, met, notMet, validity.From, validity.To);
        }

        /// <summary>
        /// A rule's own range of period end dates, for a rule that changed inside its regime's range (a circular that
        /// came into force mid-regime). Both ends are required and must lie within the regime's range.
        /// </summary>
        private (DateTime? From, DateTime? To) Validity(string path, string id, PeriodRangeModel? range)
        {
            if (range == null)
            {
                return (null, null);
            }

            var from = Date(path, id, "periodsEnding.from", range.From);
            var to = Date(path, id, "periodsEnding.to", range.To);
            if (from == null || to == null)
            {
                return (null, null);
            }

            if (from > to)
            {
                Problem(path, id, "'periodsEnding.from' is after 'periodsEnding.to'");
            }
            else if (_regime != null && (from < _regime.PeriodsEndingFrom || to > _regime.PeriodsEndingTo))
            {
                Problem(path, id, $"'periodsEnding' must lie within the regime's range ({_regime.PeriodsEndingFrom:yyyy-MM-dd} to {_regime.PeriodsEndingTo:yyyy-MM-dd})");
            }
            else if (_regime != null && from == _regime.PeriodsEndingFrom && to == _regime.PeriodsEndingTo)
            {
                Problem(path, id, "'periodsEnding' repeats the regime's whole range; leave it out");
            }

            return (from, to);
        }

        private string? CheckExpression(
            string path,
            string id,
            string expression,
            IReadOnlyList<FactDescriptor> needs,
            IReadOnlyDictionary<string, string> parameters,
            out System.Linq.Expressions.Expression<Func<AwardCheck, bool>>? test)
        {
            test = null;
            var unknownParameter = false;
            var substituted = ParameterReference.Replace(expression, match =>
            {
                if (parameters.TryGetValue(match.Groups[1].Value, out var value))
                {
                    return value;
                }

                Problem(path, id, $"expression uses parameter '${match.Groups[1].Value}', which 'parameters' does not define");
                unknownParameter = true;
                return match.Value;
            });
            if (unknownParameter)
            {
                return null;
            }

            var problems = ExpressionChecker.Check(substituted, _limits, out var factsRead, out test);
            foreach (var problem in problems)
            {
                Problem(path, id, problem);
            }

            if (problems.Count > 0)
            {
                return null;
            }

            foreach (var fact in factsRead.Where(f => needs.All(n => n.Name != f)))
            {
                Problem(path, id, $"expression reads fact '{fact}' but 'needs' does not declare it, so a missing value could not be reported as Unknown");
            }

            if (factsRead.Count == 0)
            {
                Problem(path, id, "expression reads no fact; a condition must depend on the dossier");
            }

            return substituted;
        }

        private void CheckMessage(string path, string id, string name, LocalizedText? message, ISet<string> allowed)
        {
            if (message == null)
            {
                return;
            }

            var vi = Placeholders(message.Vi);
            var en = Placeholders(message.En);
            foreach (var unknown in vi.Union(en).Where(p => !allowed.Contains(p)))
            {
                Problem(path, id, $"{name} uses placeholder '{{{unknown}}}', which is not a fact in 'needs', a parameter, or one of {{{string.Join("}, {", AmbientPlaceholders)}}}");
            }

            if (!vi.SetEquals(en))
            {
                Problem(path, id, $"{name}: the Vietnamese and English texts must use the same placeholders (vi: {Describe(vi)}; en: {Describe(en)})");
            }
        }

        private static HashSet<string> Placeholders(string text)
            => new HashSet<string>(PlaceholderPattern.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value), StringComparer.Ordinal);

        private static string Describe(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.OrderBy(n => n, StringComparer.Ordinal)) : "none";

        internal List<LegalCitation> Citations(string path, string id, IReadOnlyList<CitationModel>? citations, IReadOnlyDictionary<string, LegalDocument> documents)
        {
            var built = new List<LegalCitation>();
            if (citations == null || citations.Count == 0)
            {
                Problem(path, id, "missing citation: every condition cites the document, article (Điều), clause (khoản) and point (điểm) it rests on");
                return built;
            }

            foreach (var citation in citations)
            {
                if (citation.Document == null || !documents.TryGetValue(citation.Document, out var document))
                {
                    Problem(path, id, $"cites document '{citation.Document}', which regime.json does not declare");
                    continue;
                }

                if (citation.Article <= 0 || citation.Clause <= 0)
                {
                    Problem(path, id, $"citation of '{citation.Document}' needs a positive 'article' (and 'clause', when given)");
                    continue;
                }

                if (citation.Point != null && (citation.Point.Length == 0 || citation.Point.Length > 2 || citation.Clause == null))
                {
                    Problem(path, id, $"citation of '{citation.Document}': a 'point' is a letter (a, b, đ…) inside a clause");
                    continue;
                }

                built.Add(new LegalCitation(document, citation.Article, citation.Clause, citation.Point, citation.Basis));
            }

            return built;
        }

        private List<FactDescriptor> Needs(string path, string id, IReadOnlyList<string>? needs)
        {
            var facts = new List<FactDescriptor>();
            foreach (var name in needs ?? Array.Empty<string>())
            {
                if (FactCatalog.TryGet(name, out var fact))
                {
                    if (facts.Contains(fact))
                    {
                        Problem(path, id, $"'needs' lists fact '{name}' twice");
                    }
                    else
                    {
                        facts.Add(fact);
                    }
                }
                else
                {
                    Problem(path, id, $"unknown fact '{name}' in 'needs'; known facts: {string.Join(", ", FactCatalog.All.Select(f => f.Name))}");
                }
            }

            if (facts.Count > MaxNeeds)
            {
                Problem(path, id, $"'needs' lists {facts.Count} facts; a rule may need at most {MaxNeeds} (the checker marks missing facts in a 64-bit mask)");
            }

            return facts;
        }

        internal Dictionary<string, string> Parameters(string path, string id, IReadOnlyDictionary<string, JsonElement>? parameters)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var parameter in parameters ?? new Dictionary<string, JsonElement>())
            {
                switch (parameter.Value.ValueKind)
                {
                    case JsonValueKind.Number:
                        values[parameter.Key] = parameter.Value.GetDecimal().ToString(CultureInfo.InvariantCulture);
                        break;
                    case JsonValueKind.True:
                    case JsonValueKind.False:
                        values[parameter.Key] = parameter.Value.GetBoolean() ? "true" : "false";
                        break;
                    default:
                        Problem(path, id, $"parameter '{parameter.Key}' must be a number or a boolean");
                        break;
                }
            }

            return values;
        }

        private List<PersonnelCategory> Categories(string path, string? id, string name, IReadOnlyList<string>? values)
        {
            var categories = new List<PersonnelCategory>();
            foreach (var value in values ?? Array.Empty<string>())
            {
                if (TryEnum<PersonnelCategory>(value, out var category))
                {
                    categories.Add(category);
                }
                else
                {
                    Problem(path, id, $"'{name}' has '{value}'; it must be one of {EnumNames<PersonnelCategory>()}");
                }
            }

            return categories;
        }

        /// <param name="regimeId">The regime.</param>
        /// <param name="awards">The awards that compiled.</param>
        /// <param name="declared">
        /// Every award the regime declares and has a file for: an award whose own rules are broken is reported for
        /// those rules, not again as "not defined" by the awards that require it.
        /// </param>
        private void CheckPrerequisites(string regimeId, IReadOnlyList<CompiledAward> awards, ISet<string> declared)
        {
            var byCode = awards.ToDictionary(a => a.Code, StringComparer.Ordinal);
            foreach (var award in awards)
            {
                foreach (var rule in award.Rules.Where(r => r.Definition.IsPrerequisite))
                {
                    foreach (var missing in rule.Definition.PrerequisiteAwards.Where(p => !declared.Contains(p)))
                    {
                        Problem($"{regimeId}/awards/{award.Code}.json", rule.Id, $"prerequisite award '{missing}' is not defined in regime '{regimeId}'");
                    }
                }
            }

            // Depth-first search for a cycle in the prerequisite graph; every cycle found is reported once.
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            var stack = new List<string>();
            foreach (var award in awards)
            {
                Visit(award.Code);
            }

            void Visit(string code)
            {
                state.TryGetValue(code, out var seen);
                if (seen == 2 || !byCode.TryGetValue(code, out var award))
                {
                    return;
                }

                if (seen == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(code)).Concat(new[] { code });
                    Problem($"{regimeId}/awards/{code}.json", null, "prerequisite cycle: " + string.Join(" -> ", cycle));
                    return;
                }

                state[code] = 1;
                stack.Add(code);
                foreach (var next in award.Definition.Prerequisites)
                {
                    Visit(next);
                }

                stack.RemoveAt(stack.Count - 1);
                state[code] = 2;
            }
        }

        private void CheckRegimesDoNotOverlap(IReadOnlyList<CompiledRegime> regimes)
        {
            var ordered = regimes.OrderBy(r => r.Regime.PeriodsEndingFrom).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Regime.PeriodsEndingFrom <= ordered[i - 1].Regime.PeriodsEndingTo)
                {
                    Problem(ordered[i].Regime.Id + "/regime.json", null, $"its period range overlaps regime '{ordered[i - 1].Regime.Id}'; a date must select exactly one regime");
                }
            }
        }

        internal T? Parse<T>(KeyValuePair<string, string> file)
            where T : class
        {
            try
            {
                var model = JsonSerializer.Deserialize<T>(file.Value, FileOptions);
                if (model == null)
                {
                    Problem(file.Key, null, "the file is empty (null)");
                }

                return model;
            }
            catch (JsonException e)
            {
                Problem(file.Key, null, $"malformed JSON at {e.Path ?? "$"} (line {e.LineNumber + 1}): {FirstSentence(e.Message)}");
                return null;
            }
        }

        private static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            return cut < 0 ? message : message.Substring(0, cut);
        }

        internal void CheckSchemaVersion(string path, int version)
        {
            if (version != SupportedSchemaVersion)
            {
                Problem(path, null, $"'schemaVersion' is {version}; this version of ThiDua.Rules reads schema version {SupportedSchemaVersion}");
            }
        }

        internal LocalizedText? Localized(string path, string? id, string name, LocalizedModel? model)
        {
            if (model == null || string.IsNullOrWhiteSpace(model.Vi))
            {
                Problem(path, id, $"'{name}' needs a Vietnamese text ('vi'), which is authoritative");
                return null;
            }

            if (string.IsNullOrWhiteSpace(model.En))
            {
                Problem(path, id, $"'{name}' needs an English text ('en')");
                return null;
            }

            return new LocalizedText(model.Vi!, model.En!);
        }

        internal DateTime? Date(string path, string? id, string name, string? value)
        {
            if (value != null && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(path, id, $"'{name}' must be a date written yyyy-MM-dd (found '{value}')");
            return null;
        }

        private static bool TryEnum<T>(string? value, out T parsed)
            where T : struct
        {
            parsed = default;
            return value != null && value.Length > 0 && char.IsLower(value[0])
                && Enum.TryParse(value, ignoreCase: true, out parsed) && Enum.IsDefined(typeof(T), parsed) && !value.Any(char.IsDigit);
        }

        private static string EnumNames<T>()
            => string.Join(", ", Enum.GetNames(typeof(T)).Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1)));

        private static bool IsIn(string path, string folder) => path.StartsWith(folder, StringComparison.Ordinal) && path.IndexOf('/', folder.Length) < 0;

        private static string FileStem(string path)
        {
            var name = path.Substring(path.LastIndexOf('/') + 1);
            return name.EndsWith(".json", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;
        }

        internal void Problem(string file, string? ruleId, string reason) => _problems.Add(new RuleSetProblem(file, ruleId, reason));
    }
}
