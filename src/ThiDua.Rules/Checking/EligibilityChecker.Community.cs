using System;
using System.Globalization;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// Household and village titles: the collective path (dossier → facts → the regime's NRules rules → result with its
    /// regime selection), with the household's or village's own facts in the check and no members.
    /// </summary>
    internal sealed partial class EligibilityChecker
    {
        public EligibilityResult CheckCommunity(CommunityEligibilityRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            DossierValidator.ThrowIfInvalidRequest(nameof(CommunityEligibilityRequest), request.Community, nameof(CommunityEligibilityRequest.Community), "household's or village's dossier", request.Award, request.Period, request.ConsideredOn, nameof(request));
            CommunityValidator.ThrowIfInvalid(request.Community, _catalog, _limits);
            var selected = Select(request.Period, request.ConsideredOn, request.RegimeId);
            var plan = _engine.Runtime(selected.Regime.Regime.Id).PlanFor(request.Award);
            var subject = plan.Award.Definition.Subject;
            if (subject != AwardSubject.Household && subject != AwardSubject.Village)
            {
                throw new AwardSubjectMismatchException(request.Award, subject, $"{request.Award} is not a household or village title: it is for a {ValueFormatter.CamelCase(subject.ToString())}; check it with {CheckFor(subject)}.");
            }

            ThrowIfNoDecreeInForce(plan, request.Period, selected.Regime.Regime.Id);
            var standIn = new IndividualDossier { Id = request.Community.Id, FullName = request.Community.Name, AwardHistory = request.Community.AwardHistory };
            var check = new AwardCheck(standIn, plan, request.Period, request.ConsideredOn ?? request.Period.End)
            {
                Selection = selected.Selection,
                CommunityDossier = request.Community,
            };
            RuleEngine.Run(check);
            return ResultComposer.Compose(check);
        }

        /// <summary>
        /// The culture titles rest on a decree whose dates differ from the regime's (Decree 122/2018 from 05/11/2018,
        /// Decree 86/2023 from 30/01/2024), so their rules carry their own date ranges. A year no rule covers is not
        /// an empty, eligible check: it is refused, naming the dates the rules cover.
        /// </summary>
        private static void ThrowIfNoDecreeInForce(AwardPlan plan, AssessmentPeriod period, string regimeId)
        {
            DateTime? first = null;
            foreach (var rule in plan.Rules)
            {
                if (rule.Rule.Covers(period))
                {
                    return;
                }

                if (rule.Rule.PeriodsEndingFrom is DateTime from && (first == null || from < first))
                {
                    first = from;
                }
            }

            var since = first is DateTime day ? $" its rules in {regimeId} cover periods ending from {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : $" {regimeId} has no rule for it";
            throw new PeriodNotCoveredException(period, $"No decree on {plan.Code} in the data is in force for the period {period} (ending {period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}):{since}.");
        }
    }
}
