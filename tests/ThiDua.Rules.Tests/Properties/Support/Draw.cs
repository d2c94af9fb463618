using FsCheck;
using ThiDua.Rules.Testing;

namespace ThiDua.Rules.Tests.Properties.Support;

/// <summary>The arbitraries the properties draw from.</summary>
internal static class Draw
{
    /// <summary>Dossiers that state every fact, for any award.</summary>
    public static Arbitrary<DossierCase> FullyKnown(string? award = null)
        => ThiDuaArbitraries.CaseArbitrary(award, DossierGeneratorOptions.Default);

    /// <summary>Dossiers with or without missing facts, for any award.</summary>
    public static Arbitrary<DossierCase> Any(string? award = null)
        => ThiDuaArbitraries.CaseArbitrary(award, DossierGeneratorOptions.Default with { Coverage = FactCoverage.Any });

    /// <summary>Fully known dossiers from the favourable profile nine times in ten, so that eligible people are common.</summary>
    public static Arbitrary<DossierCase> MostlyFavourable(string award)
        => ThiDuaArbitraries.CaseArbitrary(award, DossierGeneratorOptions.Default with { FavourablePercent = 90 });
}
