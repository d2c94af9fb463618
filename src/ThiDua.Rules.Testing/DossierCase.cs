using System;

namespace ThiDua.Rules.Testing
{
    /// <summary>A generated question for the checker: an award, the period to check it for, and the person's dossier.</summary>
    public sealed record DossierCase
    {
        /// <summary>Creates a case.</summary>
        /// <param name="award">The award code, one of <see cref="AwardCodes"/>.</param>
        /// <param name="period">The period to check (the proposal year for <see cref="AwardCodes.NationalEmulationFighter"/>).</param>
        /// <param name="dossier">The dossier, built around <paramref name="period"/>.</param>
        public DossierCase(string award, AssessmentPeriod period, IndividualDossier dossier)
        {
            Award = award ?? throw new ArgumentNullException(nameof(award));
            Period = period;
            Dossier = dossier ?? throw new ArgumentNullException(nameof(dossier));
        }

        /// <summary>The award code.</summary>
        public string Award { get; init; }

        /// <summary>The period to check.</summary>
        public AssessmentPeriod Period { get; init; }

        /// <summary>The dossier.</summary>
        public IndividualDossier Dossier { get; init; }

        /// <summary>The request for this case.</summary>
        /// <returns>A request for <see cref="Award"/>, <see cref="Dossier"/> and <see cref="Period"/>.</returns>
        public EligibilityRequest ToRequest() => new EligibilityRequest(Award, Dossier, Period);

        /// <summary>The same case for another award.</summary>
        /// <param name="award">The award code.</param>
        /// <returns>The case with its award replaced.</returns>
        public DossierCase ForAward(string award) => new DossierCase(award, Period, Dossier);

        /// <summary>The case as a counter-example report shows it: award, period, and the dossier as JSON.</summary>
        /// <returns>For example <c>CSTDCS 2021 {"category":"worker",…}</c>; the JSON can be checked again as it is.</returns>
        public override string ToString() => $"{Award} {Period} {ThiDuaJson.Write(Dossier, indented: false)}";
    }
}
