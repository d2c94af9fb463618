using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Logging
{
    /// <summary>
    /// The library's log messages, as cached <see cref="LoggerMessage"/> delegates: each checks the level before it
    /// formats anything, so a disabled message costs one level check and allocates nothing. Start-up messages are
    /// logged once per checker; the only per-check message is the regime choice at Debug, and nothing is logged per
    /// condition.
    /// </summary>
    internal static class ThiDuaLog
    {
        private static readonly Action<ILogger, int, string, string, Exception?> RuleDataLoadedMessage =
            LoggerMessage.Define<int, string, string>(
                LogLevel.Information,
                new EventId(1, "RuleDataLoaded"),
                "Loaded {RegimeCount} regime(s) from the {RuleSource}: {Regimes}");

        private static readonly Action<ILogger, int, string, Exception?> HostRulesAddedMessage =
            LoggerMessage.Define<int, string>(
                LogLevel.Information,
                new EventId(2, "HostRulesAdded"),
                "Added {HostRuleCount} host rule class(es): {HostRules}");

        private static readonly Action<ILogger, string, Exception?> RegimePinnedMessage =
            LoggerMessage.Define<string>(
                LogLevel.Information,
                new EventId(3, "RegimePinned"),
                "Requests that name no regime use the pinned regime {RegimeId}");

        private static readonly Action<ILogger, long, long, long, long, Exception?> CheckerTimingsMessage =
            LoggerMessage.Define<long, long, long, long>(
                LogLevel.Debug,
                new EventId(4, "CheckerTimings"),
                "Checker created in {TotalMs} ms: rule data loaded and validated in {LoadMs} ms, host rules in {HostRulesMs} ms, NRules compiled in {CompileMs} ms");

        private static readonly Action<ILogger, string, AssessmentPeriod, string, Exception?> RegimeChosenMessage =
            LoggerMessage.Define<string, AssessmentPeriod, string>(
                LogLevel.Debug,
                new EventId(5, "RegimeChosen"),
                "Regime {RegimeId} chosen for period {Period} ({RegimeChoice})");

        /// <summary>The rule data was loaded and validated.</summary>
        public static void RuleDataLoaded(ILogger logger, RuleSetSource source, IReadOnlyList<CompiledRegime> regimes)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var described = string.Join(", ", regimes.Select(r => $"{r.Regime.Id} (data {r.Regime.DataVersion}, {r.Awards.Count} awards)"));
                RuleDataLoadedMessage(logger, regimes.Count, source.Description, described, null);
            }
        }

        /// <summary>The host's rule classes were validated and added to the regimes; nothing is logged when there are none.</summary>
        public static void HostRulesAdded(ILogger logger, IReadOnlyList<Type> ruleTypes)
        {
            if (ruleTypes.Count > 0 && logger.IsEnabled(LogLevel.Information))
            {
                HostRulesAddedMessage(logger, ruleTypes.Count, string.Join(", ", ruleTypes.Select(t => t.FullName)), null);
            }
        }

        /// <summary>The options pin a regime for requests that name none.</summary>
        public static void RegimePinned(ILogger logger, string? regimeId)
        {
            if (regimeId != null)
            {
                RegimePinnedMessage(logger, regimeId, null);
            }
        }

        /// <summary>How long each step of creating the checker took.</summary>
        public static void CheckerTimings(ILogger logger, long totalMs, long loadMs, long hostRulesMs, long compileMs)
            => CheckerTimingsMessage(logger, totalMs, loadMs, hostRulesMs, compileMs, null);

        /// <summary>The regime a check runs under, and why: named by the request, pinned by the options, or by the period's end.</summary>
        public static void RegimeChosen(ILogger logger, string regimeId, AssessmentPeriod period, string? requested, string? pinned)
        {
            // Checked here too, so that a disabled message does not even pick the reason's text.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var choice = requested != null ? "named by the request" : pinned != null ? "pinned by the options" : "selected by the period's end date";
                RegimeChosenMessage(logger, regimeId, period, choice, null);
            }
        }
    }
}
