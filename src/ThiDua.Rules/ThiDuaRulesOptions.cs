namespace ThiDua.Rules
{
    /// <summary>Settings for a checker.</summary>
    public sealed class ThiDuaRulesOptions
    {
        /// <summary>Where the rule data comes from.</summary>
        /// <value>The default is <see cref="RuleSetSource.Embedded"/>, the rule sets shipped in this package.</value>
        public RuleSetSource Source { get; set; } = RuleSetSource.Embedded;

        /// <summary>
        /// A regime to apply to every request that does not name one, instead of selecting it from the period's
        /// dates. The period must still fall within that regime's range.
        /// </summary>
        /// <value>The default is <see langword="null"/>: select by period.</value>
        public string? PinnedRegimeId { get; set; }
    }
}
