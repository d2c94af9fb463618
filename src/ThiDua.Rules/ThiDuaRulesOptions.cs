using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ThiDua.Rules.Hosting;

namespace ThiDua.Rules
{
    /// <summary>Settings for a checker.</summary>
    public sealed class ThiDuaRulesOptions
    {
        private readonly List<Type> _ruleTypes = new List<Type>();
        private readonly List<LegalDocument> _documents = new List<LegalDocument>();
        private readonly List<OverlaySource> _overlays = new List<OverlaySource>();

        /// <summary>Where the rule data comes from.</summary>
        /// <value>The default is <see cref="RuleSetSource.Embedded"/>, the rule sets shipped in this package.</value>
        public RuleSetSource Source { get; set; } = RuleSetSource.Embedded;

        /// <summary>
        /// A regime to apply to every request that does not name one, instead of selecting it from the period's
        /// dates. The period must still fall within that regime's range.
        /// </summary>
        /// <value>The default is <see langword="null"/>: select by period.</value>
        public string? PinnedRegimeId { get; set; }

        /// <summary>
        /// Limits on dossiers (size, nesting, list lengths, text length). The checker holds every dossier it checks to
        /// the list and text limits (a copy taken when it is created); pass the same limits to
        /// <see cref="ThiDuaJson.ReadDossier(string, ThiDuaLimits)"/> or its byte and stream overloads when reading
        /// dossiers from outside, which also enforce the size and nesting limits. They are validated with the other options.
        /// </summary>
        /// <value>The default is a new <see cref="ThiDuaLimits"/> with its documented defaults.</value>
        public ThiDuaLimits Limits { get; set; } = new ThiDuaLimits();

        /// <summary>
        /// The host's choices on points of law that no national text settles (a discipline from an earlier period
        /// still in force, a criminal sentence being served, no emulation registration). Each defaults to Unknown;
        /// the checker takes a copy when it is created.
        /// </summary>
        /// <value>The default is a new <see cref="OpenPointSettings"/>: every point Unknown.</value>
        public OpenPointSettings OpenPoints { get; set; } = new OpenPointSettings();

        /// <summary>Problems found while reading a configuration section into these options (unknown keys, values that are not numbers).</summary>
        internal List<string> ConfigurationProblems { get; } = new List<string>();

        /// <summary>
        /// The configuration key each setting was read from (<c>ThiDuaLimits.MaxPeriods</c> to
        /// <c>ThiDuaRules:Limits:MaxPeriods</c>), so that a failure names the key the host has to fix.
        /// </summary>
        internal Dictionary<string, string> ConfigurationPaths { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The host rule classes registered so far.</summary>
        public IReadOnlyList<Type> RuleTypes => _ruleTypes;

        /// <summary>The legal documents the host declared for its rules' citations.</summary>
        public IReadOnlyList<LegalDocument> Documents => _documents;

        /// <summary>The local regulations loaded as overlays, applied in this order.</summary>
        public IReadOnlyList<OverlaySource> Overlays => _overlays;

        /// <summary>
        /// Adds every NRules fluent rule class in <paramref name="assemblies"/> that carries
        /// <see cref="ThiDuaConditionAttribute"/>: the host's own conditions (a province's extra requirement for an
        /// award), checked and explained like the law's. They are validated when the checker is created.
        /// </summary>
        /// <param name="assemblies">The assemblies to scan.</param>
        /// <returns>These options, for chaining.</returns>
        public ThiDuaRulesOptions AddRules(params Assembly[] assemblies)
        {
            if (assemblies == null)
            {
                throw new ArgumentNullException(nameof(assemblies));
            }

            return AddRules(HostRuleLoader.RuleTypesIn(assemblies).ToArray());
        }

        /// <summary>Adds the given NRules fluent rule classes as host conditions; each must carry <see cref="ThiDuaConditionAttribute"/>.</summary>
        /// <param name="ruleTypes">The rule classes.</param>
        /// <returns>These options, for chaining.</returns>
        public ThiDuaRulesOptions AddRules(params Type[] ruleTypes)
        {
            if (ruleTypes == null)
            {
                throw new ArgumentNullException(nameof(ruleTypes));
            }

            foreach (var type in ruleTypes)
            {
                if (type == null)
                {
                    throw new ArgumentException("A rule type is null.", nameof(ruleTypes));
                }

                if (!_ruleTypes.Contains(type))
                {
                    _ruleTypes.Add(type);
                }
            }

            return this;
        }

        /// <summary>
        /// Applies a local regulation loaded as data (see <see cref="OverlaySource"/>): conditions it adds to awards and
        /// numbers it tightens, each citing the local decision. An overlay may only tighten the law; one that removes or
        /// replaces a condition of the law, or loosens a number, makes creating the checker fail with a
        /// <see cref="RuleSetValidationException"/> naming the file and the condition. Overlays are trusted deployment
        /// configuration, never end-user input.
        /// </summary>
        /// <param name="overlay">The overlay file(s).</param>
        /// <returns>These options, for chaining.</returns>
        public ThiDuaRulesOptions AddOverlay(OverlaySource overlay)
        {
            _overlays.Add(overlay ?? throw new ArgumentNullException(nameof(overlay)));
            return this;
        }

        /// <summary>
        /// Declares a legal document the host's rules cite (a provincial decision, a ministry's regulation), so that
        /// <see cref="ThiDuaCitationAttribute"/> can name it by id.
        /// </summary>
        /// <param name="document">The document; its id must differ from the regimes' document ids.</param>
        /// <returns>These options, for chaining.</returns>
        public ThiDuaRulesOptions AddDocument(LegalDocument document)
        {
            _documents.Add(document ?? throw new ArgumentNullException(nameof(document)));
            return this;
        }
    }
}
