using System;
using System.Collections.Generic;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>Collective awards: the same check, with the collective's facts and its members' standings in the session.</summary>
    internal sealed partial class EligibilityChecker
    {
        private static readonly IReadOnlyList<MemberStanding> NoMembers = Array.Empty<MemberStanding>();

        public EligibilityResult CheckCollective(CollectiveEligibilityRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            CollectiveValidator.ThrowIfInvalidRequest(request, nameof(request));
            CollectiveValidator.ThrowIfInvalid(request.Collective, _catalog, _limits);
            // Chosen and explained as for a person: named, pinned, or by the consideration date (else the period's end).
            return CheckCollective(request, Select(request.Period, request.ConsideredOn, request.RegimeId));
        }

        /// <summary>Checks a validated collective request under a regime already chosen (a list passes its own choice on).</summary>
        internal EligibilityResult CheckCollective(CollectiveEligibilityRequest request, (CompiledRegime Regime, RegimeSelection Selection) selected)
        {
            var regimeId = selected.Regime.Regime.Id;
            var runtime = _engine.Runtime(regimeId);
            var plan = runtime.PlanFor(request.Award);
            if (plan.Award.Definition.Subject != AwardSubject.Collective)
            {
                throw new AwardSubjectMismatchException(request.Award, plan.Award.Definition.Subject, $"{request.Award} is not an award for a collective: it is for a {ValueFormatter.CamelCase(plan.Award.Definition.Subject.ToString())}; check it with {CheckFor(plan.Award.Definition.Subject)}.");
            }

            var check = CollectiveCheck(request.Collective, plan, request.Period, request.ConsideredOn ?? request.Period.End);
            check.Selection = selected.Selection;
            var members = check.CollectiveRecord?.Members;
            var standings = NoMembers;
            if (members != null)
            {
                check.Tally = new MemberTally();
                var list = new List<MemberStanding>(members.Count);
                foreach (var member in members)
                {
                    list.Add(Standing(check, member, regimeId));
                }

                standings = list;
            }

            RuleEngine.Run(check, standings);
            return ResultComposer.Compose(check);
        }

        /// <summary>
        /// The check of a collective: its id, award history and proceedings stand in the check's dossier, so the rules
        /// shared with individual awards (pending proceedings, not awarded twice for a period) read them unchanged.
        /// </summary>
        private static AwardCheck CollectiveCheck(CollectiveDossier collective, AwardPlan plan, AssessmentPeriod period, DateTime consideredOn)
        {
            var standIn = new IndividualDossier
            {
                Id = collective.Id,
                FullName = collective.Name,
                AwardHistory = collective.AwardHistory,
                Proceedings = collective.Proceedings,
            };
            return new AwardCheck(standIn, plan, period, consideredOn, collective: collective);
        }

        /// <summary>
        /// One member's standing for the collective's ratios, from the member's own checks by this checker (the
        /// advanced title of the member's category and Chiến sĩ thi đua cơ sở, in one session) and the member's record.
        /// A title already awarded for the period counts as held.
        /// </summary>
        private MemberStanding Standing(AwardCheck collective, IndividualDossier member, string regimeId)
        {
            var period = collective.Period;
            var advancedCode = member.Category switch
            {
                PersonnelCategory.ArmedForces => AwardCodes.AdvancedSoldier,
                null => null,
                _ => AwardCodes.AdvancedWorker,
            };
            var codes = advancedCode == null
                ? new[] { AwardCodes.GrassrootsEmulationFighter }
                : new[] { advancedCode, AwardCodes.GrassrootsEmulationFighter };
            var results = RunAll(member, period, Select(period, null, regimeId), codes);
            bool? Holds(string? code)
            {
                if (code == null)
                {
                    return null;
                }

                if (Awarded(member, code, period))
                {
                    return true;
                }

                foreach (var result in results)
                {
                    if (result.Award == code)
                    {
                        return result.Verdict switch
                        {
                            Verdict.Eligible => true,
                            Verdict.NotEligible => false,
                            _ => (bool?)null,
                        };
                    }
                }

                return null;
            }

            var rating = RatingFor(member, period);
            return new MemberStanding(
                collective,
                member.Id,
                rating is TaskRating r ? r >= TaskRating.Completed : (bool?)null,
                Holds(advancedCode),
                Holds(AwardCodes.GrassrootsEmulationFighter),
                DisciplineFacts.WarningOrAboveInPeriod(member, period));
        }

        private static TaskRating? RatingFor(IndividualDossier member, AssessmentPeriod period)
        {
            var records = member.Periods;
            for (var i = 0; i < (records?.Count ?? 0); i++)
            {
                if (records![i].Period == period)
                {
                    return records[i].TaskRating;
                }
            }

            return null;
        }

        private static bool Awarded(IndividualDossier member, string code, AssessmentPeriod period)
        {
            var history = member.AwardHistory;
            for (var i = 0; i < (history?.Count ?? 0); i++)
            {
                if (history![i].Code == code && history[i].Period == period)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
