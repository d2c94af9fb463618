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

        private static readonly Action<ILogger, long, long, long, long, long, Exception?> CheckerTimingsMessage =
            LoggerMessage.Define<long, long, long, long, long>(
                LogLevel.Debug,
                new EventId(4, "CheckerTimings"),
                "Checker created in {TotalMs} ms: rule data loaded and validated in {LoadMs} ms, overlays in {OverlaysMs} ms, host rules in {HostRulesMs} ms, NRules compiled in {CompileMs} ms");

        private static readonly Action<ILogger, string, AssessmentPeriod, RegimeSelectionBasis, string, int, Exception?> RegimeChosenMessage =
            LoggerMessage.Define<string, AssessmentPeriod, RegimeSelectionBasis, string, int>(
                LogLevel.Debug,
                new EventId(5, "RegimeChosen"),
                "Regime {RegimeId} chosen for period {Period} ({RegimeSelectionBasis}): {RegimeReason} Warnings: {RegimeWarningCount}");

        private static readonly Action<ILogger, int, string, Exception?> OverlaysAppliedMessage =
            LoggerMessage.Define<int, string>(
                LogLevel.Information,
                new EventId(6, "OverlaysApplied"),
                "Applied {OverlayCount} overlay source(s) of local regulations: {Overlays}");

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

        /// <summary>The host's overlays (local regulations) were loaded, validated and applied, in this order; nothing is logged when there are none.</summary>
        public static void OverlaysApplied(ILogger logger, IReadOnlyList<OverlaySource> overlays)
        {
            if (overlays.Count > 0 && logger.IsEnabled(LogLevel.Information))
            {
                OverlaysAppliedMessage(logger, overlays.Count, string.Join(", ", overlays.Select(o => o.Description)), null);
            }
        }

        /// <summary>How long each step of creating the checker took.</summary>
        public static void CheckerTimings(ILogger logger, long totalMs, long loadMs, long overlaysMs, long hostRulesMs, long compileMs)
            => CheckerTimingsMessage(logger, totalMs, loadMs, overlaysMs, hostRulesMs, compileMs, null);

        /// <summary>
        /// The regime a check runs under and why, as the result's <see cref="RegimeSelection"/> says it: what chose it
        /// (named, pinned, the period's end, the consideration date), the English reason, and how many warnings it carries.
        /// </summary>
        public static void RegimeChosen(ILogger logger, AssessmentPeriod period, RegimeSelection selection)
        {
            // Checked here too, so that a disabled message costs one level check and touches nothing else.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                RegimeChosenMessage(logger, selection.RegimeId, period, selection.Basis, selection.Reason.En, selection.Warnings.Count, null);
            }
        }
    }
}
