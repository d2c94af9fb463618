using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// Checks dossiers against the legal standard of awards. Implementations are thread-safe and never read the
    /// clock: the same request always gives the same result.
    /// </summary>
    public interface IEligibilityChecker
    {
        /// <summary>The catalogue of awards and regimes the checker applies.</summary>
        IAwardCatalog Catalog { get; }

        /// <summary>Checks one award for one dossier and period.</summary>
        /// <param name="request">The award, dossier and period.</param>
        /// <returns>The verdict and each condition's outcome, message and citations.</returns>
        /// <exception cref="UnknownAwardException">The selected regime does not define the award.</exception>
        /// <exception cref="PeriodNotCoveredException">No regime covers the period, or the named regime does not.</exception>
        /// <exception cref="UnknownRegimeException">The request names a regime that does not exist.</exception>
        /// <exception cref="InvalidDossierException">The dossier holds impossible values.</exception>
        /// <exception cref="AwardSubjectMismatchException">The award is not a person's (a collective, household, village or list award).</exception>
        EligibilityResult Check(EligibilityRequest request);

        /// <summary>
        /// Checks every award of the selected regime that applies to the dossier (what can this person be
        /// nominated for in this period?). Awards for another personnel category are left out; when the dossier
        /// does not state the category, every individual award is checked.
        /// </summary>
        /// <param name="dossier">What is known about the person.</param>
        /// <param name="period">The assessment period.</param>
        /// <param name="regimeId">A regime to apply instead of the one selected from the period, or <see langword="null"/>.</param>
        /// <returns>One result per applicable award, in catalogue order.</returns>
        /// <exception cref="PeriodNotCoveredException">No regime covers the period.</exception>
        /// <exception cref="InvalidDossierException">The dossier holds impossible values.</exception>
        /// <remarks>
        /// <c>CheckAll(dossier, period)</c> calls the overload with the consideration date, whose optional parameters are
        /// both <see langword="null"/>: only the overload with the most parameters may have optional ones, so that a
        /// parameter added later cannot break callers compiled against an earlier version.
        /// </remarks>
        IReadOnlyList<EligibilityResult> CheckAll(IndividualDossier dossier, AssessmentPeriod period, string? regimeId);

        /// <summary>
        /// <see cref="CheckAll(IndividualDossier, AssessmentPeriod, string?)"/> for a proposal the competent body considers on
        /// <paramref name="consideredOn"/>: that day selects the regime (see <see cref="EligibilityRequest.ConsideredOn"/>)
        /// and pending proceedings are judged on it.
        /// </summary>
        /// <param name="dossier">What is known about the person.</param>
        /// <param name="period">The assessment period.</param>
        /// <param name="regimeId">A regime to apply instead of the one selected by date, or <see langword="null"/>.</param>
        /// <param name="consideredOn">The consideration date, or <see langword="null"/> for the last day of the period.</param>
        /// <returns>One result per applicable award, in catalogue order.</returns>
        /// <exception cref="PeriodNotCoveredException">No regime covers the date.</exception>
        /// <exception cref="InvalidDossierException">The dossier holds impossible values.</exception>
        /// <exception cref="System.ArgumentException">The consideration date is before the period starts.</exception>
        IReadOnlyList<EligibilityResult> CheckAll(IndividualDossier dossier, AssessmentPeriod period, string? regimeId = null, System.DateTime? consideredOn = null);

        /// <summary>
        /// Checks the named awards of the selected regime for one dossier, together in one run as
        /// <see cref="CheckAll(IndividualDossier, AssessmentPeriod, string?, System.DateTime?)"/> checks all of them: for a
        /// host that screens a set (the annual emulation titles, say) and need not pay for every form of commendation the
        /// catalogue holds. Each named award is checked whatever the dossier's personnel category, as
        /// <see cref="Check"/> does.
        /// </summary>
        /// <param name="dossier">What is known about the person.</param>
        /// <param name="period">The assessment period.</param>
        /// <param name="awards">The award codes; a code named twice is checked once.</param>
        /// <param name="regimeId">A regime to apply instead of the one selected by date, or <see langword="null"/>.</param>
        /// <param name="consideredOn">The consideration date, or <see langword="null"/> for the last day of the period.</param>
        /// <returns>One result per named award, in catalogue order.</returns>
        /// <exception cref="UnknownAwardException">A code the selected regime does not define.</exception>
        /// <exception cref="AwardSubjectMismatchException">An award that is not for a person.</exception>
        /// <exception cref="PeriodNotCoveredException">No regime covers the date.</exception>
        /// <exception cref="InvalidDossierException">The dossier holds impossible values.</exception>
        /// <exception cref="System.ArgumentException">No award is named, or the consideration date is before the period starts.</exception>
        IReadOnlyList<EligibilityResult> CheckAwards(IndividualDossier dossier, AssessmentPeriod period, IReadOnlyCollection<string> awards, string? regimeId = null, System.DateTime? consideredOn = null);

        /// <summary>
        /// Checks one request under two regimes, whatever dates they cover, and matches their conditions by concept: for
        /// transitional cases and for explaining to staff what a change in the law does to one dossier.
        /// </summary>
        /// <param name="request">The award, dossier and period (its <see cref="EligibilityRequest.RegimeId"/> is ignored).</param>
        /// <param name="firstRegimeId">The first regime, e.g. <c>vn-2013</c>.</param>
        /// <param name="secondRegimeId">The second regime, e.g. <c>vn-2022</c>.</param>
        /// <returns>Both results and the conditions matched by concept.</returns>
        /// <exception cref="UnknownRegimeException">Either regime does not exist.</exception>
        /// <exception cref="UnknownAwardException">Either regime does not define the award.</exception>
        /// <exception cref="InvalidDossierException">The dossier holds impossible values.</exception>
        RegimeComparison Compare(EligibilityRequest request, string firstRegimeId, string secondRegimeId);

        /// <summary>
        /// Checks one collective award (Tập thể lao động tiên tiến, Cờ thi đua, …) for one collective and period. When
        /// the collective's record gives member dossiers, each member is checked by this checker and the member
        /// outcomes are aggregated by the rules; otherwise the host's member counts are used. Member-ratio conditions
        /// say which of the two they came from and show the arithmetic.
        /// </summary>
        /// <param name="request">The award, the collective's dossier and the period.</param>
        /// <returns>The verdict and each condition's outcome, message and citations.</returns>
        /// <exception cref="UnknownAwardException">The selected regime does not define the award.</exception>
        /// <exception cref="PeriodNotCoveredException">No regime covers the period, or the named regime does not.</exception>
        /// <exception cref="UnknownRegimeException">The request names a regime that does not exist.</exception>
        /// <exception cref="InvalidDossierException">The collective's dossier or a member's dossier holds impossible values.</exception>
        /// <exception cref="AwardSubjectMismatchException">The award is not a collective award.</exception>
        EligibilityResult CheckCollective(CollectiveEligibilityRequest request);

        /// <summary>
        /// Checks a household for Gia đình văn hóa or a village or residential group for Thôn, tổ dân phố văn hóa in one
        /// year, under the decree whose dates cover it (Decree 122/2018 or Decree 86/2023).
        /// </summary>
        /// <param name="request">The award, the household's or village's dossier and the year.</param>
        /// <returns>The verdict and each condition's outcome, message and citations.</returns>
        /// <exception cref="UnknownAwardException">The selected regime does not define the award.</exception>
        /// <exception cref="PeriodNotCoveredException">No regime covers the year, or no decree on the title is in force for it.</exception>
        /// <exception cref="UnknownRegimeException">The request names a regime that does not exist.</exception>
        /// <exception cref="InvalidDossierException">The dossier holds impossible values.</exception>
        /// <exception cref="AwardSubjectMismatchException">The award is not a household or village title.</exception>
        EligibilityResult CheckCommunity(CommunityEligibilityRequest request);

        /// <summary>
        /// Checks a unit's nomination list as a whole: every nomination by this checker, then the list's rules (the
        /// Chiến sĩ thi đua cơ sở cap, the Government flag cap, titles that exclude each other, an achievement proposed
        /// twice), all violations reported at once with their citations and numbers.
        /// </summary>
        /// <param name="list">The list.</param>
        /// <returns>The list's result.</returns>
        /// <exception cref="InvalidDossierException">The list, a dossier on it, or a nomination is invalid (named by its JSON path).</exception>
        /// <exception cref="UnknownAwardException">A nomination names an award the regime does not define.</exception>
        /// <exception cref="PeriodNotCoveredException">No regime covers the period.</exception>
        NominationListResult ValidateList(NominationList list);

        /// <summary>
        /// Opens a list session: the list checked as <see cref="ValidateList"/> does, kept open so that withdrawing or
        /// adding a nomination updates the result incrementally.
        /// </summary>
        /// <param name="list">The list.</param>
        /// <returns>The open session; dispose it when done.</returns>
        /// <exception cref="InvalidDossierException">The list, a dossier on it, or a nomination is invalid.</exception>
        INominationListSession OpenList(NominationList list);
    }
}
