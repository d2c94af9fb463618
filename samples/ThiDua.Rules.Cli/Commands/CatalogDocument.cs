namespace ThiDua.Rules.Cli.Commands;

/// <summary>What <c>catalog --format json</c> writes: the regimes, and the awards of each (every award names its regime).</summary>
/// <param name="Regimes">The regimes, ordered by the periods they cover.</param>
/// <param name="Awards">The awards of every regime, in catalogue order.</param>
public sealed record CatalogDocument(IReadOnlyList<LegalRegime> Regimes, IReadOnlyList<AwardDefinition> Awards);
