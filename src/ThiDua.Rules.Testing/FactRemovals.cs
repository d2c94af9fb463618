using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Testing
{
    /// <summary>
    /// The facts that can be taken out of a dossier, with the rule facts each one feeds. Leave and transfers are
    /// events (absent means none), so removing one changes the facts rather than hiding them: only their details
    /// are offered here, never the events themselves, nor whole period records.
    /// </summary>
    public static class FactRemovals
    {
        private static readonly string[] AwardHistoryFacts =
        {
            "consecutiveGrassrootsTitles", "consecutiveMinistryTitles", "yearsSinceMinistryTitleDecision", "sameAwardForPeriod", "periodAfterPreviousAward",
            "periodAfterPreviousDecision", "consecutiveGrassrootsTitlesSinceDecision",
        };

        private static readonly string[] InitiativeFacts = { "unitInitiatives", "grassrootsAchievements", "ministryInitiatives", "nationalInitiatives" };

        private static readonly (string Name, Func<CouncilAttestations, bool?> Read, Func<CouncilAttestations, CouncilAttestations> Clear)[] AttestationFields =
        {
            ("policyComplianceAndSolidarity", a => a.PolicyComplianceAndSolidarity, a => a with { PolicyComplianceAndSolidarity = null }),
            ("activeStudy", a => a.ActiveStudy, a => a with { ActiveStudy = null }),
            ("ethicsAndLifestyle", a => a.EthicsAndLifestyle, a => a with { EthicsAndLifestyle = null }),
            ("productiveWorkAndEmulation", a => a.ProductiveWorkAndEmulation, a => a with { ProductiveWorkAndEmulation = null }),
            ("exemplaryConduct", a => a.ExemplaryConduct, a => a with { ExemplaryConduct = null }),
            ("outstandingAmongPeers", a => a.OutstandingAmongPeers, a => a with { OutstandingAmongPeers = null }),
            ("mostOutstandingAmongPeers", a => a.MostOutstandingAmongPeers, a => a with { MostOutstandingAmongPeers = null }),
        };

        /// <summary>Every removal that takes something out of <paramref name="dossier"/> when checked for <paramref name="period"/>.</summary>
        /// <param name="dossier">A dossier.</param>
        /// <param name="period">The period it will be checked for; removals inside period records concern this period's record.</param>
        /// <returns>The removals, each of which changes the dossier.</returns>
        public static IReadOnlyList<FactRemoval> For(IndividualDossier dossier, AssessmentPeriod period)
        {
            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            var removals = new List<FactRemoval>();
            void Add(string field, IReadOnlyList<string> facts, Func<IndividualDossier, IndividualDossier> apply)
                => removals.Add(new FactRemoval(field, facts, apply));

            if (dossier.Category != null)
            {
                Add("category", new[] { "category" }, d => d with { Category = null });
            }

            if (dossier.RecruitmentDate != null)
            {
                Add("recruitmentDate", new[] { "monthsSinceRecruitment" }, d => d with { RecruitmentDate = null });
            }

            if (dossier.Disciplines != null)
            {
                Add("disciplines", new[] { "disciplinesInPeriod", "disciplinesInForceFromEarlier", "disciplinesInForceDuringPeriod" }, d => d with { Disciplines = null });
                for (var i = 0; i < dossier.Disciplines.Count; i++)
                {
                    var discipline = dossier.Disciplines[i];
                    if (discipline != null && (discipline.InForceUntil != null || discipline.LiftedOn != null))
                    {
                        // Without either end, whether a decision made before the period was still in force cannot be told.
                        // Another earlier decision surely in force still decides the count, so the fact stays known.
                        var index = i;
                        var othersDecide = dossier.Disciplines.Where((other, j) => j != index && other != null && SurelyInForceFromEarlier(other, period)).Any();
                        // The 2022 Law's count also takes the decisions dated within the period: one of them decides it too.
                        var othersDecideDuring = othersDecide || dossier.Disciplines.Where((other, j) => j != index && other != null && period.Contains(other.DecisionDate)).Any();
                        var earlier = discipline.DecisionDate.Date < period.Start;
                        var facts = new[] { (earlier && !othersDecide, "disciplinesInForceFromEarlier"), (earlier && !othersDecideDuring, "disciplinesInForceDuringPeriod") }
                            .Where(f => f.Item1).Select(f => f.Item2).ToArray();
                        Add($"disciplines[{i}].inForceUntil, liftedOn", facts, d => d with { Disciplines = Replace(d.Disciplines!, index, x => x with { InForceUntil = null, LiftedOn = null }) });
                    }
                }
            }

            if (dossier.CriminalSentences != null)
            {
                Add("criminalSentences", new[] { "criminalSentencesServed" }, d => d with { CriminalSentences = null });
            }

            if (dossier.Proceedings != null)
            {
                Add("proceedings", new[] { "pendingProceedings" }, d => d with { Proceedings = null });
            }

            if (dossier.AwardHistory != null)
            {
                Add("awardHistory", AwardHistoryFacts, d => d with { AwardHistory = null });
                var ministryTitles = dossier.AwardHistory.Where(a => a.Code == AwardCodes.MinistryEmulationFighter && a.DecisionDate != null).ToList();
                if (ministryTitles.Count > 0)
                {
                    var latestBefore = dossier.AwardHistory.Any(a => a.Code == AwardCodes.MinistryEmulationFighter && a.Period.Kind == period.Kind && a.Period.StartYear < period.StartYear);
                    Add(
                        "awardHistory[" + AwardCodes.MinistryEmulationFighter + "].decisionDate",
                        latestBefore ? new[] { "yearsSinceMinistryTitleDecision", "consecutiveGrassrootsTitlesSinceDecision" } : Array.Empty<string>(),
                        d => d with { AwardHistory = d.AwardHistory?.Select(a => a.Code == AwardCodes.MinistryEmulationFighter ? a with { DecisionDate = null } : a).ToList() });
                }
            }

            if (dossier.Initiatives != null)
            {
                Add("initiatives", InitiativeFacts, d => d with { Initiatives = null });
                for (var i = 0; i < dossier.Initiatives.Count; i++)
                {
                    if (dossier.Initiatives[i]?.AcceptedAndApplied != null)
                    {
                        var index = i;
                        Add($"initiatives[{i}].acceptedAndApplied", Array.Empty<string>(), d => d with { Initiatives = Replace(d.Initiatives!, index, x => x with { AcceptedAndApplied = null }) });
                    }
                }
            }

            var record = dossier.Periods?.FirstOrDefault(p => p != null && p.Period == period);
            if (record != null)
            {
                AddRecordRemovals(record, period, Add);
            }

            return removals;
        }

        private static void AddRecordRemovals(PeriodRecord record, AssessmentPeriod period, Action<string, IReadOnlyList<string>, Func<IndividualDossier, IndividualDossier>> add)
        {
            var path = "periods[" + period + "]";
            IndividualDossier Edit(IndividualDossier d, Func<PeriodRecord, PeriodRecord> change)
                => d with { Periods = d.Periods?.Select(p => p != null && p.Period == period ? change(p) : p!).ToList() };

            if (record.EmulationRegistered != null)
            {
                add(path + ".emulationRegistered", new[] { "emulationRegistered" }, d => Edit(d, p => p with { EmulationRegistered = null }));
            }

            if (record.TaskRating != null)
            {
                add(path + ".taskRating", new[] { "taskRating" }, d => Edit(d, p => p with { TaskRating = null }));
            }

            if (record.WorkingDaysAbsent != null)
            {
                add(path + ".workingDaysAbsent", new[] { "workingDaysAbsent" }, d => Edit(d, p => p with { WorkingDaysAbsent = null }));
            }

            if (record.Attestations is CouncilAttestations attestations)
            {
                var stated = AttestationFields.Where(f => f.Read(attestations) != null).ToList();
                add(path + ".attestations", stated.Select(f => f.Name).ToList(), d => Edit(d, p => p with { Attestations = null }));
                foreach (var field in stated)
                {
                    add(path + ".attestations." + field.Name, new[] { field.Name }, d => Edit(d, p => p with { Attestations = p.Attestations == null ? null : field.Clear(p.Attestations) }));
                }
            }

            if (record.Ballots != null)
            {
                add(path + ".ballots", new[] { "ballotApprovalPercent" }, d => Edit(d, p => p with { Ballots = null }));
            }

            if (record.Transfer is TransferRecord transfer)
            {
                if (transfer.MonthsAtPreviousUnit != null)
                {
                    add(path + ".transfer.monthsAtPreviousUnit", new[] { "transferRequirementMet", "monthsAtPreviousUnit" }, d => Edit(d, p => p with { Transfer = p.Transfer! with { MonthsAtPreviousUnit = null } }));
                }

                if (transfer.PreviousUnitCommentProvided != null)
                {
                    var facts = transfer.MonthsAtPreviousUnit >= 6 ? new[] { "transferRequirementMet" } : Array.Empty<string>();
                    add(path + ".transfer.previousUnitCommentProvided", facts, d => Edit(d, p => p with { Transfer = p.Transfer! with { PreviousUnitCommentProvided = null } }));
                }
            }

            for (var i = 0; i < (record.Leaves?.Count ?? 0); i++)
            {
                var leave = record.Leaves![i];
                if (leave == null || leave.Kind != LeaveKind.Training)
                {
                    continue;
                }

                var index = i;
                var leavePath = $"{path}.leaves[{i}]";
                if (leave.CourseMonths != null)
                {
                    add(leavePath + ".courseMonths", new[] { "longTrainingRequirementsMet", "longTrainingCourses" }, d => Edit(d, p => p with { Leaves = Replace(p.Leaves!, index, l => l with { CourseMonths = null }) }));
                }

                var longCourse = leave.CourseMonths >= 12;
                if (leave.CompliedWithRules != null)
                {
                    add(leavePath + ".compliedWithRules", longCourse ? new[] { "longTrainingRequirementsMet" } : Array.Empty<string>(), d => Edit(d, p => p with { Leaves = Replace(p.Leaves!, index, l => l with { CompliedWithRules = null }) }));
                }

                if (leave.Result != null)
                {
                    add(leavePath + ".result", longCourse ? new[] { "longTrainingRequirementsMet" } : Array.Empty<string>(), d => Edit(d, p => p with { Leaves = Replace(p.Leaves!, index, l => l with { Result = null }) }));
                }
            }
        }

        /// <summary>Whether a decision made before <paramref name="period"/> was surely still in force when it began (lifted or lapsed on or after its first day).</summary>
        private static bool SurelyInForceFromEarlier(DisciplineRecord discipline, AssessmentPeriod period)
        {
            if (discipline.DecisionDate.Date >= period.Start)
            {
                return false;
            }

            var ends = new[] { discipline.LiftedOn, discipline.InForceUntil }.Where(d => d != null).Select(d => d!.Value.Date).ToList();
            return ends.Count > 0 && ends.Min() >= period.Start;
        }

        private static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> list, int index, Func<T, T> change)
            => list.Select((item, i) => i == index ? change(item) : item).ToList();
    }
}
