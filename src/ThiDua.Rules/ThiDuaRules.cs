using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Hosting;
using ThiDua.Rules.Logging;
using ThiDua.Rules.Overlays;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules
{
    /// <summary>Creates checkers without dependency injection.</summary>
    public static class ThiDuaRules
    {
        /// <summary>
        /// The category of every log message of the library (rule data loaded, overlays applied, host rules added,
        /// regime chosen, timings), for filtering: <c>"Logging": { "LogLevel": { "ThiDua.Rules": "Debug" } }</c>.
        /// </summary>
        public const string LogCategory = "ThiDua.Rules";

        private static readonly Lazy<IEligibilityChecker> DefaultChecker =
            new Lazy<IEligibilityChecker>(() => CreateChecker(new ThiDuaRulesOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>
        /// A shared checker over the embedded rule sets, loaded and compiled on first use. It is thread-safe; keep
        /// using it rather than creating checkers per request.
        /// </summary>
        public static IEligibilityChecker Default => DefaultChecker.Value;

        /// <summary>
        /// Loads and validates the rule data named by <paramref name="options"/> and the host's rules, and compiles
        /// each regime into one NRules session factory. It logs to <paramref name="loggerFactory"/> under
        /// <see cref="LogCategory"/>: the rule data loaded, overlays applied and host rules added (Information), the time
        /// each step took and, per check, the regime chosen with its reason (Debug); nothing per condition.
        /// <c>AddThiDuaRules</c> passes the application's logger factory.
        /// </summary>
        /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
        /// <param name="loggerFactory">Where to log; <see langword="null"/> logs nothing.</param>
        /// <returns>A thread-safe checker. Create it once and reuse it: loading compiles every rule.</returns>
        /// <exception cref="OptionsValidationException">The options are invalid (e.g. a pinned regime that does not exist).</exception>
        /// <exception cref="RuleSetValidationException">The rule data or a host rule is invalid; every problem is listed.</exception>
        public static IEligibilityChecker CreateChecker(ThiDuaRulesOptions? options = null, ILoggerFactory? loggerFactory = null)
        {
            options ??= new ThiDuaRulesOptions();
            var logger = loggerFactory?.CreateLogger(LogCategory) ?? NullLogger.Instance;
            var failures = ThiDuaRulesOptionsValidator.StaticFailures(options);
            if (failures.Count > 0)
            {
                throw new OptionsValidationException(Options.DefaultName, typeof(ThiDuaRulesOptions), failures);
            }

            var clock = Stopwatch.StartNew();
            var law = new RuleSetLoader(options.Limits).Load(options.Source);
            var loaded = clock.ElapsedMilliseconds;
            ThiDuaLog.RuleDataLoaded(logger, options.Source, law);
            var regimes = new OverlayLoader(options.Limits).Apply(law, options.Overlays);
            var overlaid = clock.ElapsedMilliseconds;
            ThiDuaLog.OverlaysApplied(logger, options.Overlays);
            var hosts = HostRuleLoader.Load(options.RuleTypes, options.Documents, regimes);
            var hostsLoaded = clock.ElapsedMilliseconds;
            ThiDuaLog.HostRulesAdded(logger, options.RuleTypes);
            var engine = RuleEngine.Compile(regimes, hosts, options.OpenPoints.Copy());
            var compiled = clock.ElapsedMilliseconds;
            var catalog = new AwardCatalog(regimes, hosts);
            if (options.PinnedRegimeId != null && regimes.All(r => r.Regime.Id != options.PinnedRegimeId))
            {
                throw new OptionsValidationException(
                    Options.DefaultName,
                    typeof(ThiDuaRulesOptions),
                    new[] { $"PinnedRegimeId '{options.PinnedRegimeId}' is not a regime of the {options.Source.Description}; known regimes: {string.Join(", ", regimes.Select(r => r.Regime.Id))}." });
            }

            ThiDuaLog.RegimePinned(logger, options.PinnedRegimeId);
            ThiDuaLog.CheckerTimings(logger, clock.ElapsedMilliseconds, loaded, overlaid - loaded, hostsLoaded - overlaid, compiled - hostsLoaded);
            return new EligibilityChecker(catalog, engine, options.PinnedRegimeId, options.Limits.Copy(), logger);
        }
    }
}
