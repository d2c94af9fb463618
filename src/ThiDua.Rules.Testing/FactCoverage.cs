namespace ThiDua.Rules.Testing
{
    /// <summary>Whether generated dossiers state every fact the shipped rules read, or leave some out.</summary>
    public enum FactCoverage
    {
        /// <summary>
        /// Every fact any condition of any individual award needs for the case's period is stated, so no condition
        /// can come out Unknown.
        /// </summary>
        FullyKnown = 0,

        /// <summary>
        /// A fully known dossier with one to three facts removed (see <see cref="FactRemovals"/>), so the conditions
        /// needing them come out Unknown.
        /// </summary>
        SomeMissing = 1,

        /// <summary>Either of the above, half the time each.</summary>
        Any = 2,
    }
}
