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

        internal static IReadOnlyList<string> StaticFailures(ThiDuaRulesOptions options)
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
