using System;

namespace ThiDua.Rules.Testing
{
    /// <summary>Settings for the dossier and case generators of <see cref="ThiDuaGenerators"/>.</summary>
    public sealed record DossierGeneratorOptions
    {
        /// <summary>The defaults: fully known dossiers of any category and period kind, half of them favourable.</summary>
        public static DossierGeneratorOptions Default { get; } = new DossierGeneratorOptions();

        /// <summary>Dossiers with one to three facts removed.</summary>
        public static DossierGeneratorOptions WithMissingFacts { get; } = new DossierGeneratorOptions { Coverage = FactCoverage.SomeMissing };

        private readonly int _favourablePercent = 50;

        /// <summary>Whether every fact is stated, or some are left out.</summary>
        /// <value>The default is <see cref="FactCoverage.FullyKnown"/>.</value>
        public FactCoverage Coverage { get; init; } = FactCoverage.FullyKnown;

        /// <summary>The personnel category of every generated person, or <see langword="null"/> for any.</summary>
        /// <value>The default is <see langword="null"/>.</value>
        public PersonnelCategory? Category { get; init; }

        /// <summary>The kind of period to check (calendar or school year), or <see langword="null"/> for either.</summary>
        /// <value>The default is <see langword="null"/>.</value>
        public AssessmentPeriodKind? PeriodKind { get; init; }

        /// <summary>
        /// The share of dossiers, in percent, drawn from the favourable profile, in which nearly every fact satisfies
        /// the law, so that eligible people are common; the others sit on the legal edges far more often.
        /// </summary>
        /// <value>From 0 to 100; the default is 50.</value>
        /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 100.</exception>
        public int FavourablePercent
        {
            get => _favourablePercent;
            init => _favourablePercent = value >= 0 && value <= 100
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "A percentage is from 0 to 100.");
        }
    }
}
