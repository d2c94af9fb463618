using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ThiDua.Rules
{
    /// <summary>Registers ThiDua.Rules with a service collection.</summary>
    public static class ThiDuaRulesServiceCollectionExtensions
    {
        /// <summary>
        /// Registers <see cref="IEligibilityChecker"/> and <see cref="IAwardCatalog"/> as singletons. Calling it
        /// again only adds configuration; the services are registered once. The options' own values are validated
        /// at host start (when the host validates options on start) and whenever they are read; whether a pinned
        /// regime exists is known only once the rule data is loaded, so that is checked when the checker is first
        /// resolved, which throws <see cref="OptionsValidationException"/>.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configure">Configures the options, or <see langword="null"/> for the defaults.</param>
        /// <returns>The same service collection, for chaining.</returns>
        public static IServiceCollection AddThiDuaRules(this IServiceCollection services, Action<ThiDuaRulesOptions>? configure = null)
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
            services.TryAddSingleton<IEligibilityChecker>(provider => ThiDuaRules.CreateChecker(provider.GetRequiredService<IOptions<ThiDuaRulesOptions>>().Value));
            services.TryAddSingleton<IAwardCatalog>(provider => provider.GetRequiredService<IEligibilityChecker>().Catalog);
            return services;
        }
    }
}
