using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Overlays
{
    /// <summary>
    /// Applies local regulations, loaded as overlay files, to the compiled regimes: added conditions and tightened
    /// numbers, each citing the local decision it rests on. An overlay may only tighten the law: replacing or removing
    /// a condition of the law, or changing a number in the direction that loosens it, is a validation problem. Every
    /// added condition goes through the same checks as the law's own rules (the loader's), and the problems of every
    /// overlay are reported together.
    /// </summary>
    internal sealed class OverlayLoader
    {
        private static readonly Regex OverlayIdPattern = new Regex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

        private readonly RuleSetLoader _rules;

        public OverlayLoader(ThiDuaLimits limits)
        {
            _rules = new RuleSetLoader(limits);
        }

        /// <summary>The regimes with every overlay of <paramref name="sources"/> applied, in order.</summary>
        /// <exception cref="RuleSetValidationException">Any problem in any overlay.</exception>
        public IReadOnlyList<CompiledRegime> Apply(IReadOnlyList<CompiledRegime> regimes, IReadOnlyList<OverlaySource> sources)
        {
            if (sources.Count == 0)
            {
                return regimes;
            }

            var byId = regimes.ToDictionary(r => r.Regime.Id, StringComparer.Ordinal);
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in sources)
            {
                var files = source.ReadFiles();
                if (files.Count == 0)
                {
                    _rules.Problem(source.Description, null, "no overlay files were found");
                }

                foreach (var file in files)
                {
                    var model = _rules.Parse<OverlayFileModel>(file);
                    if (model == null)
                    {
                        continue;
                    }

                    if (model.Id != null && seen.TryGetValue(model.Id, out var first))
                    {
                        _rules.Problem(file.Key, null, $"overlay '{model.Id}' is loaded twice (first from {first})");
                        continue;
                    }

                    seen[model.Id ?? file.Key] = file.Key;
                    var applied = ApplyOne(file.Key, model, byId);
                    if (applied != null)
                    {
                        byId[applied.Regime.Id] = applied;
                    }
                }
            }

            if (_rules.Problems.Count > 0)
            {
                throw new RuleSetValidationException(_rules.Problems.ToList());
            }

            return regimes.Select(r => byId[r.Regime.Id]).ToList();
        }

        private CompiledRegime? ApplyOne(string path, OverlayFileModel model, IReadOnlyDictionary<string, CompiledRegime> regimes)
        {
            var before = _rules.Problems.Count;
            _rules.CheckSchemaVersion(path, model.SchemaVersion);
            var id = model.Id ?? string.Empty;
            if (!OverlayIdPattern.IsMatch(id))
            {
                _rules.Problem(path, null, "'id' must be lower-case ASCII words joined by hyphens, e.g. 'ha-noi-2021'; results name the overlay by it");
            }

            _rules.Localized(path, null, "name", model.Name);
            if (model.Remove.HasValue)
            {
                _rules.Problem(path, null, "an overlay may only tighten the law: it cannot remove conditions of the law ('remove'); a local regulation adds conditions or stricter numbers");
            }

            if (model.Regime == null || !regimes.TryGetValue(model.Regime, out var regime))
            {
                _rules.Problem(path, null, $"'regime' is '{model.Regime}'; known regimes: {string.Join(", ", regimes.Keys)}");
                return null;
            }

            var local = Documents(path, model, regime);
            var documents = regime.Regime.Documents.Concat(local).ToDictionary(d => d.Id, StringComparer.Ordinal);
            var localIds = new HashSet<string>(local.Select(d => d.Id), StringComparer.Ordinal);
            var replaced = Overrides(path, id, model, regime, documents, localIds);
            var added = Conditions(path, id, model, regime, documents, localIds);
            if ((model.Parameters?.Count ?? 0) + (model.Conditions?.Count ?? 0) == 0)
            {
                _rules.Problem(path, null, "the overlay neither adds a condition ('conditions') nor tightens a number ('parameters')");
            }

            return _rules.Problems.Count != before ? null : Rebuild(regime, local, replaced, added);
        }

        private List<LegalDocument> Documents(string path, OverlayFileModel model, CompiledRegime regime)
        {
            var documents = new List<LegalDocument>();
            if (model.Documents == null || model.Documents.Count == 0)
            {
                _rules.Problem(path, null, "'documents' must declare the local regulation(s) the overlay rests on (number, kind, title, effectiveFrom)");
            }

            foreach (var document in model.Documents ?? new List<DocumentModel>())
            {
                var built = _rules.BuildDocument(path, document);
                if (built == null)
                {
                    continue;
                }

                if (regime.Regime.Documents.Any(d => d.Id == built.Id) || documents.Any(d => d.Id == built.Id))
                {
                    _rules.Problem(path, null, $"document '{built.Id}' is already declared (by regime '{regime.Regime.Id}' or earlier in this overlay)");
                    continue;
                }

                documents.Add(built);
            }

            return documents;
        }

        /// <summary>The law's conditions whose numbers the overlay tightens, recompiled with the new values.</summary>
        private Dictionary<string, CompiledRule> Overrides(
            string path,
            string overlayId,
            OverlayFileModel model,
            CompiledRegime regime,
            IReadOnlyDictionary<string, LegalDocument> documents,
            ISet<string> localIds)
        {
            var rules = RulesOf(regime);
            var replaced = new Dictionary<string, CompiledRule>(StringComparer.Ordinal);
            foreach (var change in model.Parameters ?? new List<ParameterOverrideModel>())
            {
                var ruleId = change.Rule ?? string.Empty;
                if (!rules.TryGetValue(ruleId, out var rule))
                {
                    _rules.Problem(path, change.Rule, $"no condition '{change.Rule}' in regime '{regime.Regime.Id}' to tighten");
                    continue;
                }

                if (replaced.ContainsKey(ruleId))
                {
                    _rules.Problem(path, ruleId, "the overlay changes this condition's numbers twice; give every value in one entry");
                    continue;
                }

                var citations = LocalCitations(path, ruleId, change.Citations, documents, localIds);
                var values = _rules.Parameters(path, ruleId, change.Values);
                if (values.Count == 0)
                {
                    _rules.Problem(path, ruleId, "'values' must give at least one parameter and its stricter value");
                }

                var ok = values.Count > 0 && citations.Count > 0;
                foreach (var value in values)
                {
                    ok &= CheckTightens(path, rule, value.Key, value.Value);
                }

                if (!ok)
                {
                    continue;
                }

                var parameters = rule.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                foreach (var value in values)
                {
                    parameters[value.Key] = value.Value;
                }

                var definition = new ConditionDefinition(
                    rule.Definition.Id,
                    rule.Definition.Description,
                    rule.Definition.Citations.Concat(citations).ToList(),
                    rule.Definition.RequiredFacts,
                    rule.Definition.AppliesTo,
                    rule.Definition.PrerequisiteAwards,
                    rule.Definition.Notes)
                {
                    Origin = ConditionOrigin.TightenedLaw,
                    OriginName = overlayId,
                    PeriodsEndingFrom = rule.Definition.PeriodsEndingFrom,
                    PeriodsEndingTo = rule.Definition.PeriodsEndingTo,
                    Route = rule.Definition.Route,
                };
                var recompiled = _rules.Recompile(rule, parameters, definition);
                if (recompiled != null)
                {
                    replaced[ruleId] = recompiled;
                }
            }

            return replaced;
        }

        private bool CheckTightens(string path, CompiledRule rule, string name, string value)
        {
            if (!rule.Parameters.TryGetValue(name, out var current))
            {
                _rules.Problem(path, rule.Id, $"the condition has no parameter '{name}'; its parameters: {(rule.Parameters.Count == 0 ? "none" : string.Join(", ", rule.Parameters.Keys))}");
                return false;
            }

            var larger = Tightening.LargerIsStricter(rule.ExpressionTemplate ?? string.Empty, name);
            if (larger == null || !TryNumber(current, out var law) || !TryNumber(value, out var wanted))
            {
                _rules.Problem(path, rule.Id, $"parameter '{name}' cannot be overridden: from the condition '{rule.ExpressionTemplate}' it cannot be told which value is stricter, and an overlay may only tighten the law");
                return false;
            }

            if (larger.Value ? wanted < law : wanted > law)
            {
                _rules.Problem(path, rule.Id, $"an overlay may only tighten the law: '{name}' = {value} loosens the condition '{rule.ExpressionTemplate}' (now {current}; a stricter value is {(larger.Value ? "larger" : "smaller")})");
                return false;
            }

            return true;
        }

        private static bool TryNumber(string text, out decimal number)
            => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

        /// <summary>The conditions the overlay adds, by award.</summary>
        private List<(IReadOnlyList<string> Awards, CompiledRule Rule)> Conditions(
            string path,
            string overlayId,
            OverlayFileModel model,
            CompiledRegime regime,
            IReadOnlyDictionary<string, LegalDocument> documents,
            ISet<string> localIds)
        {
            var added = new List<(IReadOnlyList<string>, CompiledRule)>();
            var ruleIds = RulesOf(regime).ToDictionary(r => r.Key, r => r.Value.File, StringComparer.Ordinal);
            foreach (var condition in model.Conditions ?? new List<OverlayConditionModel>())
            {
                var rule = condition.Rule;
                if (rule == null)
                {
                    _rules.Problem(path, null, "every entry of 'conditions' needs 'awards' and a 'rule'");
                    continue;
                }

                if (rule.Id != null && ruleIds.TryGetValue(rule.Id, out var lawFile) && regime.Awards.Any(a => a.Rules.Any(r => r.Id == rule.Id)))
                {
                    _rules.Problem(path, rule.Id, $"an overlay may only add conditions: '{rule.Id}' is a condition of the law ({lawFile}) and cannot be replaced");
                    continue;
                }

                if (rule.Prerequisite != null)
                {
                    _rules.Problem(path, rule.Id, "an overlay condition is a test with an 'expression'; prerequisite awards belong to the law's data");
                    continue;
                }

                var awards = condition.Awards ?? new List<string>();
                var unknown = awards.Where(a => !regime.ByCode.ContainsKey(a)).ToList();
                if (awards.Count == 0 || unknown.Count > 0)
                {
                    _rules.Problem(path, rule.Id, $"'awards' must name awards of regime '{regime.Regime.Id}' ({string.Join(", ", regime.ByCode.Keys)}){(unknown.Count > 0 ? "; unknown: " + string.Join(", ", unknown) : string.Empty)}");
                    continue;
                }

                if (rule.Route != null)
                {
                    _rules.Problem(path, rule.Id, "an overlay condition is added to every route of its awards; remove 'route'");
                    continue;
                }

                var before = _rules.Problems.Count;
                LocalCitations(path, rule.Id ?? "?", rule.Citations, documents, localIds);
                var compiled = _rules.CompileRule(path, rule, documents, ruleIds);
                if (compiled == null || _rules.Problems.Count != before)
                {
                    continue;
                }

                var definition = compiled.Definition with { Origin = ConditionOrigin.Overlay, OriginName = overlayId };
                added.Add((awards.Distinct(StringComparer.Ordinal).ToList(), compiled.WithDefinition(definition)));
            }

            return added;
        }

        /// <summary>The citations of the local documents among <paramref name="citations"/>; a problem when there are none.</summary>
        private List<LegalCitation> LocalCitations(string path, string ruleId, IReadOnlyList<CitationModel>? citations, IReadOnlyDictionary<string, LegalDocument> documents, ISet<string> localIds)
        {
            var built = _rules.Citations(path, ruleId, citations, documents);
            var local = built.Where(c => localIds.Contains(c.Document.Id)).ToList();
            if (citations != null && citations.Count > 0 && local.Count == 0)
            {
                _rules.Problem(path, ruleId, "cite the local regulation that makes the change (a document declared in the overlay's 'documents'), with its article");
            }

            return local;
        }

        private static Dictionary<string, CompiledRule> RulesOf(CompiledRegime regime)
        {
            var rules = new Dictionary<string, CompiledRule>(StringComparer.Ordinal);
            foreach (var rule in regime.Awards.SelectMany(a => a.Rules))
            {
                rules[rule.Id] = rule;
            }

            return rules;
        }

        private static CompiledRegime Rebuild(
            CompiledRegime regime,
            IReadOnlyList<LegalDocument> local,
            IReadOnlyDictionary<string, CompiledRule> replaced,
            IReadOnlyList<(IReadOnlyList<string> Awards, CompiledRule Rule)> added)
        {
            var awards = new List<CompiledAward>();
            foreach (var award in regime.Awards)
            {
                var rules = award.Rules.Select(r => replaced.TryGetValue(r.Id, out var tightened) ? tightened : r)
                    .Concat(added.Where(a => a.Awards.Contains(award.Code)).Select(a => a.Rule))
                    .ToList();
                var d = award.Definition;
                var definition = new AwardDefinition(d.Code, d.RegimeId, d.Name, d.Subject, d.Category, d.Cadence, d.EligibleCategories, rules.Select(r => r.Definition).ToList(), d.Notes) { Routes = d.Routes, IsStateLevel = d.IsStateLevel, Basis = d.Basis };
                awards.Add(new CompiledAward(definition, rules));
            }

            var r0 = regime.Regime;
            var legal = new LegalRegime(r0.Id, r0.Name, r0.DataVersion, r0.PeriodsEndingFrom, r0.PeriodsEndingTo, r0.Documents.Concat(local).ToList(), r0.Notes);
            return new CompiledRegime(legal, awards);
        }
    }
}
