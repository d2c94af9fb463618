using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace ThiDua.Rules
{
    /// <summary>Validates <see cref="ThiDuaRulesOptions"/> for the options system; the same checks run without DI.</summary>
    internal sealed class ThiDuaRulesOptionsValidator : IValidateOptions<ThiDuaRulesOptions>
    {
        public ValidateOptionsResult Validate(string? name, ThiDuaRulesOptions options)
        {
            var failures = StaticFailures(options);
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        /// <summary>Every problem with the options' own values, each naming the configuration key it was read from, if any.</summary>
        internal static IReadOnlyList<string> StaticFailures(ThiDuaRulesOptions options)
        {
            var failures = new List<string>(options.ConfigurationProblems);
            foreach (var failure in OwnValueFailures(options))
            {
                failures.Add(NameConfigurationKey(failure, options.ConfigurationPaths));
            }

            return failures;
        }

        /// <summary>"ThiDuaLimits.MaxPeriods is 0; …" becomes "ThiDuaLimits.MaxPeriods (configuration key 'ThiDuaRules:Limits:MaxPeriods') is 0; …".</summary>
        private static string NameConfigurationKey(string failure, IReadOnlyDictionary<string, string> paths)
        {
            foreach (var path in paths)
            {
                if (failure.StartsWith(path.Key + " ", StringComparison.Ordinal))
                {
                    return $"{path.Key} (configuration key '{path.Value}'){failure.Substring(path.Key.Length)}";
                }
            }

            return failure;
        }

        private static List<string> OwnValueFailures(ThiDuaRulesOptions options)
        {
            var failures = new List<string>();
            if (options.Source == null)
            {
                failures.Add("ThiDuaRulesOptions.Source is required (use RuleSetSource.Embedded or RuleSetSource.FromDirectory).");
            }

            if (options.PinnedRegimeId != null && options.PinnedRegimeId.Trim().Length == 0)
            {
                failures.Add("ThiDuaRulesOptions.PinnedRegimeId is blank; leave it null to select the regime by period.");
            }

            if (options.Limits == null)
            {
                failures.Add("ThiDuaRulesOptions.Limits is required (use new ThiDuaLimits() for the defaults).");
            }
            else
            {
                failures.AddRange(options.Limits.Failures());
            }

            if (options.OpenPoints == null)
            {
                failures.Add("ThiDuaRulesOptions.OpenPoints is required (use new OpenPointSettings() for the defaults: every point Unknown).");
            }
            else
            {
                failures.AddRange(options.OpenPoints.Failures());
            }

            return failures;
        }
    }
}
