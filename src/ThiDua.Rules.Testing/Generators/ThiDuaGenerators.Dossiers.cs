using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ThiDua.Rules.Testing
{
    public static partial class ThiDuaGenerators
    {
        private static readonly string[] FamilyNames = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ" };
        private static readonly string[] GivenNames = { "Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Long" };

        /// <summary>
        /// A dossier built around <paramref name="period"/> for <paramref name="targetAward"/>: a record for the period,
        /// an award history shaped for the award, disciplines, proceedings and initiatives around the period.
        /// </summary>
        /// <param name="period">The period the dossier will be checked for.</param>
        /// <param name="targetAward">The award the history and initiatives are shaped for, or <see langword="null"/> for any.</param>
        /// <param name="options">The settings, or <see langword="null"/> for <see cref="DossierGeneratorOptions.Default"/>.</param>
        /// <returns>A generator of dossiers the checker accepts.</returns>
        public static Gen<IndividualDossier> DossierFor(AssessmentPeriod period, string? targetAward = null, DossierGeneratorOptions? options = null)
        {
            options ??= DossierGeneratorOptions.Default;
            var known = from target in targetAward == null ? IndividualAward() : Gen.Constant(targetAward)
                        from category in options.Category is PersonnelCategory fixedCategory ? Gen.Constant(fixedCategory) : Category()
                        from favourable in Chance(options.FavourablePercent)
                        from dossier in FullyKnownDossier(period, target, category, favourable)
                        select dossier;
            return options.Coverage switch
            {
                FactCoverage.FullyKnown => known,
                FactCoverage.SomeMissing => known.SelectMany(d => WithMissingFacts(d, period)),
                _ => known.SelectMany(d => Chance(50).SelectMany(missing => missing ? WithMissingFacts(d, period) : Gen.Constant(d))),
            };
        }

        /// <summary>A dossier built around a supported period of its own (see <see cref="DossierFor"/>).</summary>
        /// <param name="options">The settings, or <see langword="null"/> for <see cref="DossierGeneratorOptions.Default"/>.</param>
        /// <returns>A generator of dossiers the checker accepts.</returns>
        public static Gen<IndividualDossier> Dossier(DossierGeneratorOptions? options = null)
            => SupportedPeriod(options?.PeriodKind).SelectMany(period => DossierFor(period, null, options));

        /// <summary>
        /// A case: an award (<paramref name="award"/>, or any individual award), a supported period and a dossier
        /// built around both.
        /// </summary>
        /// <param name="award">The award to check, or <see langword="null"/> for any individual award.</param>
        /// <param name="options">The settings, or <see langword="null"/> for <see cref="DossierGeneratorOptions.Default"/>.</param>
        /// <returns>A generator of cases.</returns>
        public static Gen<DossierCase> Case(string? award = null, DossierGeneratorOptions? options = null)
            => from code in award == null ? IndividualAward() : Gen.Constant(award)
               from period in SupportedPeriod(options?.PeriodKind)
               from dossier in DossierFor(period, code, options)
               select new DossierCase(code, period, dossier);

        /// <summary>
        /// The dossier with one to three facts removed, chosen among the <see cref="FactRemovals.For"/> that apply to it.
        /// </summary>
        /// <param name="dossier">A dossier.</param>
        /// <param name="period">The period it will be checked for.</param>
        /// <returns>A generator of dossiers with missing facts (the dossier itself when nothing can be removed).</returns>
        public static Gen<IndividualDossier> WithMissingFacts(IndividualDossier dossier, AssessmentPeriod period)
        {
            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            return Gen.Choose(1, 3).SelectMany(count => RemoveFacts(dossier, period, count));
        }

        /// <summary>One of the fact removals that apply to <paramref name="dossier"/>, for the missing-facts properties.</summary>
        /// <param name="dossier">A dossier.</param>
        /// <param name="period">The period it will be checked for.</param>
        /// <returns>A generator of removals; <see cref="FactRemovals.For"/> never returns an empty list for a generated dossier.</returns>
        public static Gen<FactRemoval> FactRemoval(IndividualDossier dossier, AssessmentPeriod period)
            => Gen.Elements(FactRemovals.For(dossier, period).ToArray());

        private static Gen<IndividualDossier> RemoveFacts(IndividualDossier dossier, AssessmentPeriod period, int count)
        {
            var removals = FactRemovals.For(dossier, period);
            if (count == 0 || removals.Count == 0)
            {
                return Gen.Constant(dossier);
            }

            return Gen.Elements(removals.ToArray()).SelectMany(removal => RemoveFacts(removal.ApplyTo(dossier), period, count - 1));
        }

        private static Gen<IndividualDossier> FullyKnownDossier(AssessmentPeriod period, string target, PersonnelCategory category, bool favourable)
            => from recruited in RecruitmentDate(period, favourable)
               from breaks in EmploymentBreaks(period, recruited, favourable)
               from record in PeriodRecord(period, favourable)
               from earlierRecords in Gen.Choose(0, 2)
               from earlier in Gen.CollectToList(Enumerable.Range(1, earlierRecords).Select(i => PeriodRecord(Shift(period, -i), favourable)))
               from history in AwardHistory(period, category, target, favourable)
               from disciplines in Disciplines(period, favourable)
               from sentences in CriminalSentences(period, favourable)
               from proceedings in Proceedings(period, favourable)
               from initiatives in Initiatives(period, category, target, favourable)
               from family in Gen.Elements(FamilyNames)
               from given in Gen.Elements(GivenNames)
               from number in Gen.Choose(1, 999)
               select new IndividualDossier
               {
                   Id = "CB-" + number.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
                   FullName = family + " " + given,
                   Category = category,
                   RecruitmentDate = recruited,
                   EmploymentBreaks = breaks,
                   Periods = earlier.AsEnumerable().Reverse().Concat(new[] { record }).ToList(),
                   AwardHistory = history,
                   Disciplines = disciplines,
                   CriminalSentences = sentences,
                   Proceedings = proceedings,
                   Initiatives = initiatives,
               };
    }
}
