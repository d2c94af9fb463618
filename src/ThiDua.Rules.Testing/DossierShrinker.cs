using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Testing
{
    /// <summary>
    /// Shrinks dossiers towards small, readable counter-examples: fewer records in every list (criminal sentences and employment breaks included), no leave or transfer,
    /// council findings towards <see langword="true"/> (or towards unstated, when facts may be missing), a full
    /// twelve months worked, a recruitment long before the period, no names or decision numbers. Every candidate is
    /// a dossier the checker accepts.
    /// </summary>
    public static class DossierShrinker
    {
        /// <summary>Smaller variants of <paramref name="dossier"/>, the biggest reductions first.</summary>
        /// <param name="dossier">The dossier to shrink.</param>
        /// <param name="period">
        /// The period it is checked for, or <see langword="null"/> when unknown; other periods' records may then be
        /// dropped, and this one's is kept.
        /// </param>
        /// <param name="keepFactsKnown">
        /// <see langword="true"/> to never leave out a fact the dossier states (for properties over fully known
        /// dossiers); <see langword="false"/> to also shrink council findings towards unstated.
        /// </param>
        /// <returns>The candidates, lazily.</returns>
        public static IEnumerable<IndividualDossier> Shrink(IndividualDossier dossier, AssessmentPeriod? period, bool keepFactsKnown)
        {
            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            foreach (var list in ShrinkList(dossier.AwardHistory))
            {
                yield return dossier with { AwardHistory = list };
            }

            foreach (var list in ShrinkList(dossier.Disciplines))
            {
                yield return dossier with { Disciplines = list };
            }

            foreach (var list in ShrinkList(dossier.CriminalSentences))
            {
                yield return dossier with { CriminalSentences = list };
            }

            foreach (var list in ShrinkList(dossier.EmploymentBreaks))
            {
                yield return dossier with { EmploymentBreaks = list };
            }

            foreach (var list in ShrinkList(dossier.Proceedings))
            {
                yield return dossier with { Proceedings = list };
            }

            foreach (var list in ShrinkList(dossier.Initiatives))
            {
                yield return dossier with { Initiatives = list };
            }

            var periods = dossier.Periods ?? Array.Empty<PeriodRecord>();
            if (period != null || !keepFactsKnown)
            {
                for (var i = 0; i < periods.Count; i++)
                {
                    if (periods[i] != null && (period == null || periods[i].Period != period))
                    {
                        yield return dossier with { Periods = Without(periods, i) };
                    }
                }
            }

            for (var i = 0; i < periods.Count; i++)
            {
                if (periods[i] == null)
                {
                    continue;
                }

                foreach (var smaller in ShrinkRecord(periods[i], keepFactsKnown))
                {
                    yield return dossier with { Periods = periods.Select((p, j) => j == i ? smaller : p).ToList() };
                }
            }

            if (period is AssessmentPeriod p && dossier.RecruitmentDate is DateTime recruited && recruited > p.Start.AddYears(-5))
            {
                yield return dossier with { RecruitmentDate = p.Start.AddYears(-5) };
            }

            if (!IsPlain(dossier))
            {
                yield return Plain(dossier);
            }
        }

        private static IEnumerable<PeriodRecord> ShrinkRecord(PeriodRecord record, bool keepFactsKnown)
        {
            if (record.Leaves != null)
            {
                yield return Fill(record with { Leaves = null });
                if (record.Leaves.Count > 1)
                {
                    for (var i = 0; i < record.Leaves.Count; i++)
                    {
                        yield return Fill(record with { Leaves = Without(record.Leaves, i) });
                    }
                }
            }

            if (record.Transfer != null)
            {
                yield return Fill(record with { Transfer = null });
            }

            if (!keepFactsKnown && record.Ballots != null)
            {
                foreach (var list in ShrinkList(record.Ballots))
                {
                    yield return record with { Ballots = list };
                }
            }

            if (record.Attestations is CouncilAttestations a)
            {
                var allTrue = new CouncilAttestations
                {
                    PolicyComplianceAndSolidarity = Towards(a.PolicyComplianceAndSolidarity),
                    ActiveStudy = Towards(a.ActiveStudy),
                    EthicsAndLifestyle = Towards(a.EthicsAndLifestyle),
                    ProductiveWorkAndEmulation = Towards(a.ProductiveWorkAndEmulation),
                    ExemplaryConduct = Towards(a.ExemplaryConduct),
                    OutstandingAmongPeers = Towards(a.OutstandingAmongPeers),
                    MostOutstandingAmongPeers = Towards(a.MostOutstandingAmongPeers),
                };
                if (allTrue != a)
                {
                    yield return record with { Attestations = allTrue };
                }

                foreach (var single in SingleAttestationShrinks(a, keepFactsKnown))
                {
                    yield return record with { Attestations = single };
                }
            }

            var full = Fill(record);
            if (full != record)
            {
                yield return full;
            }
        }

        private static IEnumerable<CouncilAttestations> SingleAttestationShrinks(CouncilAttestations a, bool keepFactsKnown)
        {
            IEnumerable<bool?> Candidates(bool? value)
            {
                if (value == false)
                {
                    if (!keepFactsKnown)
                    {
                        yield return null;
                    }

                    yield return true;
                }
            }

            foreach (var v in Candidates(a.PolicyComplianceAndSolidarity))
            {
                yield return a with { PolicyComplianceAndSolidarity = v };
            }

            foreach (var v in Candidates(a.ActiveStudy))
            {
                yield return a with { ActiveStudy = v };
            }

            foreach (var v in Candidates(a.EthicsAndLifestyle))
            {
                yield return a with { EthicsAndLifestyle = v };
            }

            foreach (var v in Candidates(a.ProductiveWorkAndEmulation))
            {
                yield return a with { ProductiveWorkAndEmulation = v };
            }

            foreach (var v in Candidates(a.ExemplaryConduct))
            {
                yield return a with { ExemplaryConduct = v };
            }

            foreach (var v in Candidates(a.OutstandingAmongPeers))
            {
                yield return a with { OutstandingAmongPeers = v };
            }

            foreach (var v in Candidates(a.MostOutstandingAmongPeers))
            {
                yield return a with { MostOutstandingAmongPeers = v };
            }
        }

        /// <summary>A stated finding shrinks towards true; an unstated one stays unstated.</summary>
        private static bool? Towards(bool? value) => value == null ? null : (bool?)true;

        /// <summary>Months worked towards the full year that leave and a transfer leave room for.</summary>
        private static PeriodRecord Fill(PeriodRecord record)
        {
            if (record.MonthsWorked == null)
            {
                return record;
            }

            var room = 12 - (record.Leaves?.Sum(l => l?.Months ?? 0) ?? 0) - (record.Transfer?.MonthsAtPreviousUnit ?? 0);
            return record.MonthsWorked == Math.Max(0, room) ? record : record with { MonthsWorked = Math.Max(0, room) };
        }

        private static IndividualDossier Plain(IndividualDossier d) => d with
        {
            FullName = null,
            AwardHistory = d.AwardHistory?.Select(a => a == null ? a! : a with { DecisionNumber = null }).ToList(),
            Disciplines = d.Disciplines?.Select(x => x == null ? x! : x with { DecisionNumber = null }).ToList(),
            Initiatives = d.Initiatives?.Select(x => x == null ? x! : x with { Title = null, DecisionNumber = null }).ToList(),
        };

        private static bool IsPlain(IndividualDossier original)
            => original.FullName == null
               && (original.AwardHistory?.All(a => a?.DecisionNumber == null) ?? true)
               && (original.Disciplines?.All(a => a?.DecisionNumber == null) ?? true)
               && (original.Initiatives?.All(a => a?.Title == null && a?.DecisionNumber == null) ?? true);

        private static IEnumerable<IReadOnlyList<T>> ShrinkList<T>(IReadOnlyList<T>? list)
        {
            if (list == null || list.Count == 0)
            {
                yield break;
            }

            if (list.Count > 1)
            {
                yield return Array.Empty<T>();
            }

            for (var i = 0; i < list.Count; i++)
            {
                yield return Without(list, i);
            }
        }

        private static IReadOnlyList<T> Without<T>(IReadOnlyList<T> list, int index)
            => list.Where((_, i) => i != index).ToList();
    }
}
