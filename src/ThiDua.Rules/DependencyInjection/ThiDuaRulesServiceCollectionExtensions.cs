using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ThiDua.Rules
{
    /// <summary>Registers ThiDua.Rules with a service collection.</summary>
    public static class ThiDuaRulesServiceCollectionExtensions
    {
        /// <summary>
        /// Registers <see cref="IEligibilityChecker"/> and <see cref="IAwardCatalog"/> as singletons. Calling it
        /// again only adds configuration; the services are registered once. The options are validated when the host
        /// starts (<c>ValidateOnStart</c>): their own values, and then, by creating the checker, the rule data and
        /// whether a pinned regime exists in it; an invalid option throws <see cref="OptionsValidationException"/>
        /// naming the setting, invalid rule data <see cref="RuleSetValidationException"/>. Without a host, the same
        /// happens when the checker is first resolved. The checker logs through the container's
        /// <see cref="ILoggerFactory"/>, if there is one, under <see cref="ThiDuaRules.LogCategory"/>.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <returns>The same service collection, for chaining.</returns>
        public static IServiceCollection AddThiDuaRules(this IServiceCollection services) => services.AddThiDuaRules((Action<ThiDuaRulesOptions>?)null);

        /// <summary>
        /// Registers ThiDua.Rules as <see cref="AddThiDuaRules(IServiceCollection)"/> does, with options set in code.
        /// Each call adds its configuration; they run in the order of the calls.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configure">Configures the options, or <see langword="null"/> for the defaults.</param>
        /// <returns>The same service collection, for chaining.</returns>
        public static IServiceCollection AddThiDuaRules(this IServiceCollection services, Action<ThiDuaRulesOptions>? configure)
        {
            if (services == null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            var builder = services.AddOptions<ThiDuaRulesOptions>();
            if (configure != null)
            {
                builder.Configure(configure);
            }

            builder.ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ThiDuaRulesOptions>, ThiDuaRulesOptionsValidator>());
            services.TryAddSingleton(provider => new ThiDuaCheckerHolder(provider.GetService<ILoggerFactory>()));
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ThiDuaRulesOptions>, ThiDuaCheckerHolder>(provider => provider.GetRequiredService<ThiDuaCheckerHolder>()));
            services.TryAddSingleton<IEligibilityChecker>(provider => provider.GetRequiredService<ThiDuaCheckerHolder>().Get(provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value));
            services.TryAddSingleton<IAwardCatalog>(provider => provider.GetRequiredService<IEligibilityChecker>().Catalog);
            return services;
        }

        /// <summary>
        /// Registers ThiDua.Rules as <see cref="AddThiDuaRules(IServiceCollection)"/> does, with settings read from a configuration section, e.g. <c>configuration.GetSection("ThiDuaRules")</c> of an
        /// <c>appsettings.json</c> holding
        /// <c>"ThiDuaRules": { "RuleDirectory": "rules", "MaxRuleFileBytes": 1048576, "PinnedRegimeId": "vn-2013", "Limits": { "MaxPeriods": 100 },
        /// "OpenPoints": { "CriminalSentenceBeingServed": "Excludes" }, "OverlayDirectories": [ "overlays/province" ] }</c>.
        /// Every key is optional; without <c>RuleDirectory</c> the embedded rule sets are used, <c>Limits</c> takes
        /// any <see cref="ThiDuaLimits"/> property by name, <c>OpenPoints</c> any <see cref="OpenPointSettings"/> point by
        /// name with a <see cref="OpenPointTreatment"/> name, and <c>OverlayDirectories</c> one folder or a list of folders
        /// of overlay files (<see cref="OverlaySource.FromDirectory(string)"/>, applied in that order). An unknown key, a
        /// value that is not a number or not a treatment, or a value out of range fails the host's start with an
        /// <see cref="OptionsValidationException"/> naming the key's full path; an invalid overlay fails it with a
        /// <see cref="RuleSetValidationException"/>. Host rules and overlays from streams are added in code by chaining
        /// <c>.AddThiDuaRules(o => o.AddRules(...))</c>, which runs after the section is read and so may also override a
        /// setting.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configuration">The configuration section holding the settings.</param>
        /// <returns>The same service collection, for chaining.</returns>
        public static IServiceCollection AddThiDuaRules(this IServiceCollection services, IConfiguration configuration)
        {
            if (services == null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (configuration == null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            services.AddSingleton<IConfigureOptions<ThiDuaRulesOptions>>(new ThiDuaRulesConfiguration(configuration));
            return services.AddThiDuaRules();
        }
    }
}
