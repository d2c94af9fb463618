namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What a nomination list's rules read (parameter <c>list</c>, e.g.
    /// <c>list.GrassrootsFightersProposed &lt;= list.GrassrootsFightersAllowed</c>): counts over the results of the
    /// nominations on the list, kept up to date by the list tally rule.
    /// </summary>
    public sealed class ListFacts
    {
        private readonly AwardCheck _check;

        internal ListFacts(AwardCheck check)
        {
            _check = check;
        }

        /// <summary>Nominations for Chiến sĩ thi đua cơ sở (fact <c>grassrootsFightersProposed</c>).</summary>
        public int GrassrootsFightersProposed => Tally?.Proposed(AwardCodes.GrassrootsEmulationFighter) ?? 0;

        /// <summary>
        /// Nominations for Lao động tiên tiến or Chiến sĩ tiên tiến that the checker found eligible: the people the
        /// Chiến sĩ thi đua cơ sở ratio is a share of (fact <c>advancedTitleHolders</c>).
        /// </summary>
        public int AdvancedTitleHolders => (Tally?.EligibleNominees(AwardCodes.AdvancedWorker) ?? 0) + (Tally?.EligibleNominees(AwardCodes.AdvancedSoldier) ?? 0);

        /// <summary>The Chiến sĩ thi đua cơ sở ratio that applies, in percent: the ministry's or province's, else the national ceiling (fact <c>grassrootsFighterCeilingPercent</c>).</summary>
        public int GrassrootsFighterCeilingPercent => Tally?.GrassrootsFighterCeilingPercent ?? 0;

        /// <summary>
        /// The most Chiến sĩ thi đua cơ sở nominations the ratio allows (fact <c>grassrootsFightersAllowed</c>): the
        /// ratio of the holders, never exceeded, so a fraction of a person is dropped (15 % of 21 is 3.15: 3 allowed).
        /// </summary>
        public int GrassrootsFightersAllowed => GrassrootsFighterCeilingPercent * AdvancedTitleHolders / 100;

        /// <summary>Nominations for the Government emulation flag (fact <c>governmentFlagsProposed</c>).</summary>
        public int GovernmentFlagsProposed => Tally?.Proposed(AwardCodes.GovernmentEmulationFlag) ?? 0;

        /// <summary>Collectives that met the ministry's or province's flag standard, as the host gave it (fact <c>governmentFlagPool</c>).</summary>
        public int GovernmentFlagPool => Tally?.GovernmentFlagPool ?? 0;

        /// <summary>Pairs of nominations of one person for titles that exclude each other (fact <c>exclusiveNominations</c>).</summary>
        public int ExclusiveNominations => Tally?.ExclusivePairs ?? 0;

        /// <summary>Who holds them, for the message (fact <c>exclusiveNominees</c>).</summary>
        public string ExclusiveNominees => Tally?.Describe(exclusive: true) ?? "-";

        /// <summary>Nominations repeating one the nominee already has (fact <c>repeatedNominations</c>).</summary>
        public int RepeatedNominations => Tally?.Repeated ?? 0;

        /// <summary>Who holds them, for the message (fact <c>repeatedNominees</c>).</summary>
        public string RepeatedNominees => Tally?.Describe(exclusive: false) ?? "-";

        /// <summary>
        /// People proposed, in the list's year, for two or more State-level forms that the yearly limit counts, their
        /// earlier State-level forms of that year included (fact <c>stateFormConflicts</c>).
        /// </summary>
        public int StateFormConflicts => Tally?.StateForms.Conflicts ?? 0;

        /// <summary>People the yearly limit cannot decide until the basis of a proposal or earlier form is stated.</summary>
        public int StateFormUndetermined => Tally?.StateForms.Undetermined ?? 0;

        /// <summary>Who they are, for the message (fact <c>stateFormNominees</c>).</summary>
        public string StateFormNominees => Tally?.StateForms.Describe() ?? "-";

        internal ListTally? Tally => _check.ListTally;
    }
}
