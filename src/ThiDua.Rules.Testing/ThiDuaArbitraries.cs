using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ThiDua.Rules.Testing
{
    /// <summary>
    /// FsCheck arbitraries (generator and shrinker) for property parameters of type <see cref="AssessmentPeriod"/>,
    /// <see cref="IndividualDossier"/> and <see cref="DossierCase"/>, with the default options (fully known facts):
    /// register the class with <c>[Property(Arbitrary = new[] { typeof(ThiDuaArbitraries) })]</c>. For other options
    /// use <see cref="DossierArbitrary"/> and <see cref="CaseArbitrary"/> with <c>Prop.ForAll</c>.
    /// </summary>
    public static class ThiDuaArbitraries
    {
        /// <summary>Supported periods, shrinking towards the calendar year 2017.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<AssessmentPeriod> Periods() => Arb.From(ThiDuaGenerators.SupportedPeriod(), ShrinkPeriod);

        /// <summary>Fully known dossiers (<see cref="ThiDuaGenerators.Dossier"/>), shrinking with <see cref="DossierShrinker"/>.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<IndividualDossier> Dossiers() => DossierArbitrary(DossierGeneratorOptions.Default);

        /// <summary>Cases for any individual award over fully known dossiers (<see cref="ThiDuaGenerators.Case"/>).</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<DossierCase> Cases() => CaseArbitrary(null, DossierGeneratorOptions.Default);

        /// <summary>Dossiers generated with <paramref name="options"/>, shrinking with <see cref="DossierShrinker"/>.</summary>
        /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<IndividualDossier> DossierArbitrary(DossierGeneratorOptions? options)
        {
            var keepFactsKnown = (options ?? DossierGeneratorOptions.Default).Coverage == FactCoverage.FullyKnown;
            return Arb.From(ThiDuaGenerators.Dossier(options), d => DossierShrinker.Shrink(d, null, keepFactsKnown));
        }

        /// <summary>Cases generated with <paramref name="options"/>; the dossier shrinks, the award and period stay.</summary>
        /// <param name="award">The award to check, or <see langword="null"/> for any individual award.</param>
        /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<DossierCase> CaseArbitrary(string? award, DossierGeneratorOptions? options)
        {
            var keepFactsKnown = (options ?? DossierGeneratorOptions.Default).Coverage == FactCoverage.FullyKnown;
            return Arb.From(
                ThiDuaGenerators.Case(award, options),
                c => DossierShrinker.Shrink(c.Dossier, c.Period, keepFactsKnown).Select(d => c with { Dossier = d }));
        }

        private static IEnumerable<AssessmentPeriod> ShrinkPeriod(AssessmentPeriod period)
        {
            var first = AssessmentPeriod.CalendarYear(ThiDuaGenerators.FirstSupportedYear);
            if (period != first)
            {
                yield return first;
            }

            if (period.Kind == AssessmentPeriodKind.SchoolYear)
            {
                yield return AssessmentPeriod.CalendarYear(period.StartYear);
            }

            if (period.StartYear > ThiDuaGenerators.FirstSupportedYear)
            {
                yield return period.Previous;
            }
        }
    }
}
