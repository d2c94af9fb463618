using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// Recognised initiatives and research topics that can support the award being checked, counted in the window
    /// the law gives each title (parameter <c>initiatives</c>).
    /// </summary>
    public sealed class InitiativeFacts
    {
        private readonly AwardCheck _check;
        private Dictionary<AssessmentPeriod, PeriodRecord>? _records;

        internal InitiativeFacts(AwardCheck check)
        {
            _check = check;
        }

        private AssessmentPeriod Period => _check.Period;

        /// <summary>
        /// Initiatives recognised by the unit or higher for this period that can support the grassroots title
        /// (fact <c>unitInitiatives</c>): an initiative; a research topic accepted and applied; for the armed
        /// forces, combat creativity with excellent completion of duty.
        /// </summary>
        public int UnitInitiatives => CountQualifying(InitiativeScope.Unit, Period, Period, out _);

        /// <summary>
        /// What supports the grassroots title under the 2022 Law besides an excellent rating, recognised for this period
        /// (fact <c>grassrootsAchievements</c>): an initiative recognised at grassroots level or higher; a research topic
        /// accepted (<c>nghiệm thu</c>), application no longer being required; for the armed forces, combat creativity
        /// recognised by the unit, with no rating attached.
        /// </summary>
        /// <remarks>
        /// The dossier records a topic as "accepted and applied": a topic recorded <see langword="false"/> may be accepted
        /// without being applied, which the 2022 Law counts, so it cannot be told and counts as undecidable, never as a no.
        /// </remarks>
        public int GrassrootsAchievements => CountQualifying(InitiativeScope.Unit, Period, Period, out _, InitiativeReading.Law2022);

        /// <summary>
        /// Initiatives recognised by the head of a ministry, sector, province or central mass organisation (or of
        /// national scope) in the three periods this title is considered for, ending with this one, leaving out
        /// periods already behind an earlier ministry/provincial title (fact <c>ministryInitiatives</c>).
        /// </summary>
        public int MinistryInitiatives => CountQualifying(InitiativeScope.MinistryOrProvince, _check.History.MinistryTitleWindowStart, Period, out _);

        /// <summary>
        /// Initiatives applied with high effect and nationwide influence within the periods of the chain of
        /// ministry/provincial titles behind this proposal (fact <c>nationalInitiatives</c>).
        /// </summary>
        public int NationalInitiatives
        {
            get
            {
                // The initiative must belong to the achievement behind the title: the periods of the chain of
                // ministry/provincial titles, not the years after it. Without a chain nothing qualifies.
                var chain = _check.History.MinistryRun();
                return chain.Count == 0
                    ? 0
                    : CountQualifying(InitiativeScope.National, AwardHistoryFacts.MinistryWindowStart(chain[chain.Count - 1]), chain[0].Period, out _);
            }
        }

        /// <summary>
        /// Whether an initiative fact is known: the list is stated, and when nothing qualifies for sure, no entry in
        /// the window is undecidable.
        /// </summary>
        internal bool Decidable(InitiativeScope minimumScope, AssessmentPeriod from, AssessmentPeriod to, InitiativeReading reading = InitiativeReading.Law2013)
            => _check.Dossier.Initiatives != null && (CountQualifying(minimumScope, from, to, out var undecidable, reading) > 0 || !undecidable);

        /// <summary>Whether fact <c>nationalInitiatives</c> can be decided within the chain's window (see <see cref="NationalInitiatives"/>).</summary>
        internal bool NationalDecidable()
        {
            var chain = _check.History.MinistryRun();
            return chain.Count == 0
                ? _check.Dossier.Initiatives != null
                : Decidable(InitiativeScope.National, AwardHistoryFacts.MinistryWindowStart(chain[chain.Count - 1]), chain[0].Period);
        }

        /// <summary>
        /// How many initiatives of <paramref name="minimumScope"/> or wider in the window certainly qualify, and whether any cannot be told (null).
        /// </summary>
        private int CountQualifying(InitiativeScope minimumScope, AssessmentPeriod from, AssessmentPeriod to, out bool anyUndecidable, InitiativeReading reading = InitiativeReading.Law2013)
        {
            var count = 0;
            anyUndecidable = false;
            var initiatives = _check.Dossier.Initiatives;
            for (var i = 0; i < (initiatives?.Count ?? 0); i++)
            {
                var (inWindow, verdict) = Qualifies(initiatives![i], minimumScope, from, to, reading);
                if (inWindow)
                {
                    count += verdict == true ? 1 : 0;
                    anyUndecidable |= verdict == null;
                }
            }

            return count;
        }

        /// <summary>
        /// The dossier's record for <paramref name="period"/> (the first listed), looked up in a table built once per
        /// check, so counting many initiatives against many periods stays linear.
        /// </summary>
        private PeriodRecord? RecordFor(AssessmentPeriod period)
        {
            if (_records == null)
            {
                var records = new Dictionary<AssessmentPeriod, PeriodRecord>();
                var periods = _check.Dossier.Periods;
                for (var i = 0; i < (periods?.Count ?? 0); i++)
                {
                    var record = periods![i];
                    if (record != null && !records.ContainsKey(record.Period))
                    {
                        records.Add(record.Period, record);
                    }
                }

                _records = records;
            }

            return _records.TryGetValue(period, out var found) ? found : null;
        }

        /// <summary>
        /// The order of recognising levels: unit, district, ministry or province, national. The enum's values keep the
        /// order in which the levels were added, so they are ranked here.
        /// </summary>
        private static int Rank(InitiativeScope scope) => scope switch
        {
            InitiativeScope.Unit => 0,
            InitiativeScope.District => 1,
            InitiativeScope.MinistryOrProvince => 2,
            _ => 3,
        };

        /// <summary>Whether an initiative is in the scope and window, and if so whether it qualifies (null: cannot be told).</summary>
        private (bool InWindow, bool? Verdict) Qualifies(InitiativeRecord initiative, InitiativeScope minimumScope, AssessmentPeriod from, AssessmentPeriod to, InitiativeReading reading)
        {
            if (Rank(initiative.Scope) < Rank(minimumScope) || initiative.Period.Kind != Period.Kind
                || initiative.Period.StartYear < from.StartYear || initiative.Period.StartYear > to.StartYear)
            {
                return (false, null);
            }

            switch (initiative.Kind)
            {
                case InitiativeKind.Initiative:
                    return (true, true);
                case InitiativeKind.ResearchTopic:
                    // 2022: accepted is enough, so "not accepted and applied" may still be accepted: undecidable.
                    return (true, reading == InitiativeReading.Law2022 && initiative.AcceptedAndApplied != true ? null : initiative.AcceptedAndApplied);
                default:
                    // Combat creativity serves only the armed forces; at the grassroots it also needs excellent
                    // completion of duty in the same period (Law Điều 23 khoản 2 as amended in 2013).
                    var category = _check.Dossier.Category;
                    if (category == null)
                    {
                        return (true, null);
                    }

                    if (category != PersonnelCategory.ArmedForces)
                    {
                        return (true, false);
                    }

                    if (minimumScope == InitiativeScope.Unit && reading == InitiativeReading.Law2013)
                    {
                        var rating = RecordFor(initiative.Period)?.TaskRating;
                        return (true, rating == null ? null : rating == TaskRating.CompletedExcellently);
                    }

                    return (true, true);
            }
        }
    }

    /// <summary>Which law's reading of "an initiative that supports the title" to count with.</summary>
    internal enum InitiativeReading
    {
        /// <summary>The 2003/2013 Law: research topics accepted and applied; combat creativity with an excellent rating.</summary>
        Law2013,

        /// <summary>The 2022 Law Điều 23 khoản 2: research topics accepted; combat creativity recognised by the unit.</summary>
        Law2022,
    }
}
