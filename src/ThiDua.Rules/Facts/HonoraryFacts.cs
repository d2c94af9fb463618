namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// What the dossier says for the State honorary titles (parameter <c>honorary</c>): the years in the profession, the
    /// earlier titles counted, and the council's findings on the qualities the decrees ask for.
    /// </summary>
    public sealed class HonoraryFacts
    {
        private readonly AwardCheck _check;

        internal HonoraryFacts(AwardCheck check)
        {
            _check = check;
        }

        private HonoraryServiceRecord? Service => _check.Dossier.HonoraryService;

        /// <summary>Whether the person is proposed as an education manager rather than a teacher (fact <c>educationManager</c>).</summary>
        public bool EducationManager => Service?.EducationManager == true;

        /// <summary>Whole years of direct nurturing and teaching (fact <c>directTeachingYears</c>).</summary>
        public int DirectTeachingYears => Service?.DirectTeachingYears ?? 0;

        /// <summary>Whole years of work in the education sector (fact <c>educationSectorYears</c>).</summary>
        public int EducationSectorYears => Service?.EducationSectorYears ?? 0;

        /// <summary>Whether the person works in an area with especially difficult socio-economic conditions (fact <c>especiallyDifficultArea</c>).</summary>
        public bool EspeciallyDifficultArea => Service?.EspeciallyDifficultArea == true;

        /// <summary>Grassroots Emulation Fighter or grassroots excellent teacher titles, counted together (fact <c>grassrootsOrExcellentTeacherTitles</c>).</summary>
        public int GrassrootsOrExcellentTeacherTitles => Service?.GrassrootsOrExcellentTeacherTitles ?? 0;

        /// <summary>Whether one of those titles is for the year next to the proposal year (fact <c>grassrootsTitleInYearBeforeProposal</c>).</summary>
        public bool GrassrootsTitleInYearBeforeProposal => Service?.GrassrootsTitleInYearBeforeProposal == true;

        /// <summary>Ministry or provincial Emulation Fighter or excellent teacher titles, counted together (fact <c>ministryOrExcellentTeacherTitles</c>).</summary>
        public int MinistryOrExcellentTeacherTitles => Service?.MinistryOrExcellentTeacherTitles ?? 0;

        /// <summary>Ministry or provincial certificates of merit received (fact <c>ministryCertificates</c>).</summary>
        public int MinistryCertificates => Service?.MinistryCertificates ?? 0;

        /// <summary>Whether the award history holds Nhà giáo ưu tú from a period before the one assessed (fact <c>meritoriousTeacherHeld</c>).</summary>
        public bool MeritoriousTeacherHeld => HeldBefore(AwardCodes.MeritoriousTeacher);

        /// <summary>Whole years of professional artistic activity (fact <c>professionalArtYears</c>).</summary>
        public int ProfessionalArtYears => Service?.ProfessionalArtYears ?? 0;

        /// <summary>Whether the person's art form is circus or dance (fact <c>circusOrDance</c>).</summary>
        public bool CircusOrDance => Service?.CircusOrDance == true;

        /// <summary>National gold prizes won (fact <c>nationalGoldPrizes</c>).</summary>
        public int NationalGoldPrizes => Service?.NationalGoldPrizes ?? 0;

        /// <summary>National silver prizes won (fact <c>nationalSilverPrizes</c>).</summary>
        public int NationalSilverPrizes => Service?.NationalSilverPrizes ?? 0;

        /// <summary>National gold prizes won after the Nghệ sĩ ưu tú title (fact <c>nationalGoldPrizesAfterMeritoriousArtist</c>).</summary>
        public int NationalGoldPrizesAfterMeritoriousArtist => Service?.NationalGoldPrizesAfterMeritoriousArtist ?? 0;

        /// <summary>Whether the award history holds Nghệ sĩ ưu tú from a period before the one assessed (fact <c>meritoriousArtistHeld</c>).</summary>
        public bool MeritoriousArtistHeld => HeldBefore(AwardCodes.MeritoriousArtist);

        /// <summary>The council's finding on the qualities asked of a Nghệ sĩ ưu tú (fact <c>meritoriousArtistQualities</c>).</summary>
        public bool MeritoriousArtistQualities => _check.PeriodRecord?.Attestations?.MeritoriousArtistQualities == true;

        /// <summary>The council's finding on the qualities asked of a Nghệ sĩ nhân dân (fact <c>peoplesArtistQualities</c>).</summary>
        public bool PeoplesArtistQualities => _check.PeriodRecord?.Attestations?.PeoplesArtistQualities == true;

        /// <summary>The council's finding on the Nghệ sĩ ưu tú years and prizes as amended in 2021 (fact <c>metAmendedMeritoriousArtistStandards</c>).</summary>
        public bool MetAmendedMeritoriousArtistStandards => _check.PeriodRecord?.Attestations?.MetAmendedMeritoriousArtistStandards == true;

        /// <summary>The council's finding on the Nghệ sĩ nhân dân years and prizes as amended in 2021 (fact <c>metAmendedPeoplesArtistStandards</c>).</summary>
        public bool MetAmendedPeoplesArtistStandards => _check.PeriodRecord?.Attestations?.MetAmendedPeoplesArtistStandards == true;

        /// <summary>The council's finding on the qualities asked of a Nhà giáo ưu tú (fact <c>meritoriousTeacherQualities</c>).</summary>
        public bool MeritoriousTeacherQualities => _check.PeriodRecord?.Attestations?.MeritoriousTeacherQualities == true;

        /// <summary>The council's finding on the qualities asked of a Nhà giáo nhân dân (fact <c>peoplesTeacherQualities</c>).</summary>
        public bool PeoplesTeacherQualities => _check.PeriodRecord?.Attestations?.PeoplesTeacherQualities == true;

        /// <summary>The council's finding on the titles and certificates asked of a Nhà giáo nhân dân (fact <c>metPeoplesTeacherAwardRequirements</c>).</summary>
        public bool MetPeoplesTeacherAwardRequirements => _check.PeriodRecord?.Attestations?.MetPeoplesTeacherAwardRequirements == true;

        private bool HeldBefore(string code)
        {
            var history = _check.Dossier.AwardHistory;
            if (history == null)
            {
                return false;
            }

            foreach (var award in history)
            {
                if (award.Code == code && award.Period.CompareTo(_check.Period) < 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
