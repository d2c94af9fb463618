using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules.Gaps
{
    /// <summary>
    /// The dossier as it would stand in later periods if every year after the one checked went well: each later year has
    /// a record rated "completed excellently" for a full year (the checked year's record copied, with its council findings,
    /// or a bare one) and holds the grassroots titles — Lao động tiên tiến or
    /// Chiến sĩ tiên tiến, whichever the person's category may hold, and Chiến sĩ thi đua cơ sở. Nothing else is added:
    /// no initiative, no higher title, no form of commendation; what the dossier already states is kept as it is. So an
    /// earliest period is the first in which the years alone can bring a condition, never a promise that it will be met.
    /// </summary>
    internal sealed class YearProjection
    {
        private readonly IAwardCatalog _catalog;
        private readonly IndividualDossier _dossier;
        private readonly AssessmentPeriod _checked;

        public YearProjection(IAwardCatalog catalog, IndividualDossier dossier, AssessmentPeriod checkedPeriod)
        {
            _catalog = catalog;
            _dossier = dossier;
            _checked = checkedPeriod;
        }

        /// <summary>The next <paramref name="count"/> periods (within the years a period may have), each with the dossier projected to it.</summary>
        public IEnumerable<(AssessmentPeriod Period, IndividualDossier Dossier)> Later(int count)
        {
            var periods = new List<PeriodRecord>(_dossier.Periods ?? Array.Empty<PeriodRecord>());
            var history = new List<AwardRecord>(_dossier.AwardHistory ?? Array.Empty<AwardRecord>());
            var template = periods.FirstOrDefault(p => p.Period == _checked);
            var previous = _checked;
            for (var step = 1; step <= count && previous.StartYear < AssessmentPeriod.MaxYear; step++)
            {
                var later = previous.Next;

                // A later year holds its grassroots titles as the checked year holds those the dossier states: the rule
                // data counts the titles of the period assessed (a run "ending with the period assessed"), so the
                // projection does too. The decision's date is left out rather than invented.
                foreach (var code in GrassrootsTitles(later))
                {
                    if (!history.Any(h => h.Code == code && h.Period == later))
                    {
                        history.Add(new AwardRecord { Code = code, Period = later });
                    }
                }

                if (!periods.Any(p => p.Period == later))
                {
                    periods.Add(GoodYear(template, later));
                }

                yield return (later, _dossier with { Periods = periods.ToList(), AwardHistory = history.ToList() });
                previous = later;
            }
        }

        private static PeriodRecord GoodYear(PeriodRecord? template, AssessmentPeriod period)
            => (template ?? new PeriodRecord()) with
            {
                Period = period,
                MonthsWorked = 12,
                WorkingDaysAbsent = 0,
                TaskRating = TaskRating.CompletedExcellently,
                Leaves = Array.Empty<LeaveRecord>(),
                Transfer = null,
            };

        /// <summary>The advanced title the person's category may hold (by the catalogue), and Chiến sĩ thi đua cơ sở.</summary>
        private IEnumerable<string> GrassrootsTitles(AssessmentPeriod period)
        {
            if (_dossier.Category is not PersonnelCategory category)
            {
                yield break;
            }

            var regime = _catalog.Regimes.FirstOrDefault(r => r.Covers(period.End));
            if (regime == null)
            {
                yield break;
            }

            foreach (var code in new[] { AwardCodes.AdvancedWorker, AwardCodes.AdvancedSoldier })
            {
                if (_catalog.TryGetAward(regime.Id, code, out var title) && title.IsFor(category))
                {
                    yield return code;
                    break;
                }
            }

            yield return AwardCodes.GrassrootsEmulationFighter;
        }
    }
}
