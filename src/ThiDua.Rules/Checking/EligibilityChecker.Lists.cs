using System;
using System.Linq;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Checking
{
    /// <summary>Nomination lists: every nomination checked by this checker, then the list's rules in a small list session.</summary>
    internal sealed partial class EligibilityChecker
    {
        /// <summary>The code of the rule file holding a regime's nomination-list rules.</summary>
        internal const string ListRulesCode = "NOMINATION_LIST";

        /// <summary>The parameter of the list rules holding the national ceiling of the Chiến sĩ thi đua cơ sở ratio.</summary>
        internal const string NationalCeilingParameter = "nationalMaxPercent";

        public NominationListResult ValidateList(NominationList list)
        {
            using var session = OpenList(list);
            return session.Result;
        }

        public INominationListSession OpenList(NominationList list)
        {
            if (list == null)
            {
                throw new ArgumentNullException(nameof(list));
            }

            // Chosen and explained as for a person: named, pinned, or by the period's end (a list has no consideration date).
            var selected = Select(list.Period, null, list.RegimeId);
            var runtime = _engine.Runtime(selected.Regime.Regime.Id);
            var plan = runtime.PlanFor(ListRulesCode);
            var nationalCeiling = NationalCeiling(plan, list.Period);
            NominationListValidator.ThrowIfInvalid(list, runtime, _catalog, _limits, nationalCeiling);
            return new NominationListSession(this, runtime, plan, list, list.GrassrootsFighterCeilingPercent ?? nationalCeiling ?? NoCeiling, selected);
        }

        /// <summary>The ratio the list facts carry when no rule caps Chiến sĩ thi đua cơ sở: every holder of an advanced title.</summary>
        private const int NoCeiling = 100;

        /// <summary>
        /// The national ceiling for the list's period, read from the list rules' data (a legal number stays in the rule
        /// data); <see langword="null"/> when no cap rule covers the period (before Circular 07/2014/TT-BNV, 2014-10-15,
        /// and under the 2022 Law), so that a unit's own ceiling is refused there instead of being silently unchecked.
        /// </summary>
        private static int? NationalCeiling(AwardPlan plan, AssessmentPeriod period)
        {
            var end = period.End;
            var rule = plan.Rules.Select(r => r.Rule).FirstOrDefault(r => r.Parameters.ContainsKey(NationalCeilingParameter));
            if (rule == null || (rule.PeriodsEndingFrom is DateTime from && end < from) || (rule.PeriodsEndingTo is DateTime to && end > to))
            {
                return null;
            }

            return int.TryParse(rule.Parameters[NationalCeilingParameter], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var percent)
                ? percent
                : throw new InvalidOperationException($"The {plan.Regime.Compiled.Regime.Id} list rules give no whole-number '{NationalCeilingParameter}'.");
        }

        /// <summary>Checks one person's nomination as <see cref="Check"/> does, the dossier already validated with the list.</summary>
        internal EligibilityResult CheckNominee(IndividualDossier dossier, string award, AssessmentPeriod period, RegimeSelection selection)
        {
            var check = new Facts.AwardCheck(dossier, _engine.Runtime(selection.RegimeId).PlanFor(award), period, period.End) { Selection = selection };
            RuleEngine.Run(check);
            return ResultComposer.Compose(check);
        }
    }
}
