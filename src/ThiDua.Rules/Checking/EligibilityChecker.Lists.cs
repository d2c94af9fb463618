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

            var regimeId = RegimeIdFor(list.Period, list.RegimeId);
            var runtime = _engine.Runtime(regimeId);
            var plan = runtime.PlanFor(ListRulesCode);
            var nationalCeiling = NationalCeiling(plan);
            NominationListValidator.ThrowIfInvalid(list, runtime, _catalog, _limits, nationalCeiling);
            return new NominationListSession(this, runtime, plan, list, list.GrassrootsFighterCeilingPercent ?? nationalCeiling);
        }

        /// <summary>The national ceiling, read from the list rules' data (a legal number stays in the rule data).</summary>
        private static int NationalCeiling(AwardPlan plan)
        {
            var value = plan.Rules.Select(r => r.Rule.Parameters.TryGetValue(NationalCeilingParameter, out var v) ? v : null).FirstOrDefault(v => v != null);
            return value != null && int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var percent)
                ? percent
                : throw new InvalidOperationException($"The {plan.Regime.Compiled.Regime.Id} list rules give no whole-number '{NationalCeilingParameter}'.");
        }

        /// <summary>Checks one person's nomination as <see cref="Check"/> does, the dossier already validated with the list.</summary>
        internal EligibilityResult CheckNominee(IndividualDossier dossier, string award, AssessmentPeriod period, string regimeId)
        {
            var check = new Facts.AwardCheck(dossier, _engine.Runtime(regimeId).PlanFor(award), period, period.End);
            RuleEngine.Run(check);
            return ResultComposer.Compose(check);
        }
    }
}
