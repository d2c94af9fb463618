namespace ThiDua.Rules
{
    /// <summary>The stable codes of the awards the shipped rule data covers. Codes are never reused.</summary>
    public static partial class AwardCodes
    {
        /// <summary><c>Lao động tiên tiến</c>, Advanced Worker.</summary>
        public const string AdvancedWorker = "LDTT";

        /// <summary><c>Chiến sĩ tiên tiến</c>, Advanced Soldier.</summary>
        public const string AdvancedSoldier = "CSTT";

        /// <summary><c>Chiến sĩ thi đua cơ sở</c>, Grassroots Emulation Fighter.</summary>
        public const string GrassrootsEmulationFighter = "CSTDCS";

        /// <summary><c>Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương</c>, Ministry/Provincial Emulation Fighter.</summary>
        public const string MinistryEmulationFighter = "CSTD_BO_TINH";

        /// <summary><c>Chiến sĩ thi đua toàn quốc</c>, National Emulation Fighter.</summary>
        public const string NationalEmulationFighter = "CSTD_TOAN_QUOC";

        /// <summary>Tập thể lao động tiên tiến (Advanced Labour Collective).</summary>
        public const string AdvancedLabourCollective = "TTLDTT";

        /// <summary>Đơn vị tiên tiến (Advanced Unit, armed forces).</summary>
        public const string AdvancedUnit = "DVTT";

        /// <summary>Tập thể lao động xuất sắc (Excellent Labour Collective).</summary>
        public const string ExcellentLabourCollective = "TTLDXS";

        /// <summary>Đơn vị quyết thắng (Determined-to-Win Unit, armed forces).</summary>
        public const string DeterminedToWinUnit = "DVQT";

        /// <summary>Cờ thi đua cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương (ministry or provincial emulation flag).</summary>
        public const string MinistryEmulationFlag = "CO_THI_DUA_BO_TINH";

        /// <summary>Cờ thi đua của Chính phủ (Government emulation flag).</summary>
        public const string GovernmentEmulationFlag = "CO_THI_DUA_CP";

        /// <summary>Gia đình văn hóa (Cultured Family), a household title.</summary>
        public const string CulturedFamily = "GDVH";

        /// <summary>Thôn, tổ dân phố văn hóa (Cultured Village or Residential Group; "Khu dân cư văn hóa" in Decree 122/2018).</summary>
        public const string CulturedVillage = "KDCVH";

        /// <summary>
        /// Xã, phường, thị trấn tiêu biểu (Model Commune, Ward or Township; from 1 July 2025 named "xã, phường, đặc khu
        /// tiêu biểu"), a title of the 2022 Law for a commune-level administrative unit, checked as a collective of kind
        /// <see cref="CollectiveKind.Commune"/>.
        /// </summary>
        public const string ModelCommune = "XA_TIEU_BIEU";
    }
}
