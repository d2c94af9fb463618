using System;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Options;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Hosting;
using ThiDua.Rules.Overlays;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules
{
    /// <summary>Creates checkers without dependency injection.</summary>
    public static class ThiDuaRules
    {
        private static readonly Lazy<IEligibilityChecker> DefaultChecker =
            new Lazy<IEligibilityChecker>(() => CreateChecker(new ThiDuaRulesOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>
        /// A shared checker over the embedded rule sets, loaded and compiled on first use. It is thread-safe; keep
        /// using it rather than creating checkers per request.
        /// </summary>
        public static IEligibilityChecker Default => DefaultChecker.Value;

        /// <summary>
        /// Loads and validates the rule data named by <paramref name="options"/> and the host's rules, and compiles
        /// each regime into one NRules session factory.
        /// </summary>
        /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
        /// <returns>A thread-safe checker. Create it once and reuse it: loading compiles every rule.</returns>
        /// <exception cref="OptionsValidationException">The options are invalid (e.g. a pinned regime that does not exist).</exception>
        /// <exception cref="RuleSetValidationException">The rule data or a host rule is invalid; every problem is listed.</exception>
        public static IEligibilityChecker CreateChecker(ThiDuaRulesOptions? options = null)
        {
            options ??= new ThiDuaRulesOptions();
            var failures = ThiDuaRulesOptionsValidator.StaticFailures(options);
            if (failures.Count > 0)
            {
                throw new OptionsValidationException(Options.DefaultName, typeof(ThiDuaRulesOptions), failures);
            }

            var law = new RuleSetLoader(options.Limits).Load(options.Source);
            var regimes = new OverlayLoader(options.Limits).Apply(law, options.Overlays);
            var hosts = HostRuleLoader.Load(options.RuleTypes, options.Documents, regimes);
            var engine = RuleEngine.Compile(regimes, hosts, options.OpenPoints.Copy());
            var catalog = new AwardCatalog(regimes, hosts);
            if (options.PinnedRegimeId != null && regimes.All(r => r.Regime.Id != options.PinnedRegimeId))
            {
                throw new OptionsValidationException(
                    Options.DefaultName,
                    typeof(ThiDuaRulesOptions),
                    new[] { $"PinnedRegimeId '{options.PinnedRegimeId}' is not a regime of the {options.Source.Description}; known regimes: {string.Join(", ", regimes.Select(r => r.Regime.Id))}." });
            }

            return new EligibilityChecker(catalog, engine, options.PinnedRegimeId, options.Limits.Copy());
        }
    }
}
