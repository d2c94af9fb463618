using System;
using System.Collections.Generic;
using System.Text;

namespace ThiDua.Rules.Fuzz
{
    /// <summary>
    /// The fuzz target: bytes → UTF-8 text → <see cref="ThiDuaJson.ReadDossier"/>; when that reads, the dossier is
    /// written back and read again, then checked with <see cref="IEligibilityChecker.CheckAll"/> and
    /// <see cref="IEligibilityChecker.Check"/> of every individual award, for 2021 (a covered period) and for the first
    /// two periods the dossier itself names, and every result is written as JSON.
    /// </summary>
    /// <remarks>
    /// The library's documented errors are expected answers to bad input and are swallowed:
    /// <see cref="InvalidDossierException"/>, <see cref="PeriodNotCoveredException"/>, <see cref="UnknownAwardException"/>
    /// and <see cref="UnknownRegimeException"/>. Anything else escapes and AFL records a crash, including
    /// <see cref="RuleEvaluationException"/>, whose own documentation calls it a defect of the rule data or the library.
    /// </remarks>
    internal static class DossierTarget
    {
        private static readonly AssessmentPeriod Covered = AssessmentPeriod.CalendarYear(2021);

        /// <summary>The period every dossier is checked for, besides its own.</summary>
        public static AssessmentPeriod CoveredPeriod => Covered;

        public static void Run(byte[] input) => Run(Encoding.UTF8.GetString(input));

        public static void Run(string json)
        {
            IndividualDossier dossier;
            try
            {
                dossier = ThiDuaJson.ReadDossier(json);
            }
            catch (InvalidDossierException)
            {
                return;
            }

            // What the library writes it must read back.
            var written = ThiDuaJson.Write(dossier);
            try
            {
                ThiDuaJson.ReadDossier(written);
            }
            catch (InvalidDossierException e)
            {
                throw new FuzzFindingException("a dossier written by ThiDuaJson.Write does not read back: " + e.Message, e);
            }

            var checker = ThiDuaRules.Default;
            foreach (var period in PeriodsFor(dossier))
            {
                Expected(() =>
                {
                    foreach (var result in checker.CheckAll(dossier, period))
                    {
                        ThiDuaJson.Write(result);
                    }
                });

                foreach (var award in checker.Catalog.GetAwards("vn-2013"))
                {
                    if (award.Subject != AwardSubject.Individual)
                    {
                        continue;
                    }

                    Expected(() => ThiDuaJson.Write(checker.Check(new EligibilityRequest(award.Code, dossier, period))));
                }
            }
        }

        /// <summary>Whether an exception is one of the library's documented answers to bad input.</summary>
        public static bool IsExpected(Exception e)
            => e is InvalidDossierException or PeriodNotCoveredException or UnknownAwardException or UnknownRegimeException;

        private static IEnumerable<AssessmentPeriod> PeriodsFor(IndividualDossier dossier)
        {
            yield return Covered;
            var seen = 0;
            foreach (var record in dossier.Periods ?? Array.Empty<PeriodRecord>())
            {
                if (record == null || record.Period == Covered || record.Period == default)
                {
                    continue;
                }

                yield return record.Period;
                if (++seen == 2)
                {
                    yield break;
                }
            }
        }

        private static void Expected(Action action)
        {
            try
            {
                action();
            }
            catch (Exception e) when (IsExpected(e))
            {
            }
        }
    }

    /// <summary>A property of the library the fuzz target found broken without the library throwing.</summary>
    internal sealed class FuzzFindingException : Exception
    {
        public FuzzFindingException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
