using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ThiDua.Rules
{
    /// <summary>
    /// Holds the container's one checker. It is created while the options are validated, so that with
    /// <c>ValidateOnStart</c> the host's start loads and compiles the rule data and fails on what only the data can
    /// tell (a pinned regime the rule data does not have) with the other option failures, not on the first request.
    /// </summary>
    internal sealed class ThiDuaCheckerHolder : IValidateOptions<ThiDuaRulesOptions>
    {
        private readonly ILoggerFactory? _loggerFactory;
        private readonly object _gate = new object();
        private IEligibilityChecker? _checker;

        public ThiDuaCheckerHolder(ILoggerFactory? loggerFactory)
        {
            _loggerFactory = loggerFactory;
        }

        public ValidateOptionsResult Validate(string? name, ThiDuaRulesOptions options)
        {
            // Only the default options make the checker; bad values are reported by ThiDuaRulesOptionsValidator.
            if (name != Options.DefaultName || ThiDuaRulesOptionsValidator.StaticFailures(options).Count > 0)
            {
                return ValidateOptionsResult.Skip;
            }

            try
            {
                Get(options);
                return ValidateOptionsResult.Success;
            }
            catch (OptionsValidationException error)
            {
                return ValidateOptionsResult.Fail(error.Failures);
            }
        }

        /// <summary>The checker, created from <paramref name="options"/> on first use (invalid rule data throws <see cref="RuleSetValidationException"/>).</summary>
        public IEligibilityChecker Get(ThiDuaRulesOptions options)
        {
            lock (_gate)
            {
                return _checker ??= ThiDuaRules.CreateChecker(options, _loggerFactory);
            }
        }
    }
}
