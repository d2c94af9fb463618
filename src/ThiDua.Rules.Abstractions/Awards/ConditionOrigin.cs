namespace ThiDua.Rules
{
    /// <summary>Where a condition comes from: the national law, a local regulation loaded as an overlay, or the host's code.</summary>
    public enum ConditionOrigin
    {
        /// <summary>A condition of the law, as the bundled (or host-supplied) rule data states it.</summary>
        Law = 0,

        /// <summary>
        /// A condition of the law whose numbers a local regulation tightened (an overlay parameter override);
        /// the overlay's citation is among the condition's citations.
        /// </summary>
        TightenedLaw = 1,

        /// <summary>A condition a local regulation adds, loaded as data from an overlay.</summary>
        Overlay = 2,

        /// <summary>A condition written by the host as an NRules rule class.</summary>
        HostRule = 3,
    }
}
