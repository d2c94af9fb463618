namespace ThiDua.Rules
{
    /// <summary>The stable codes of the awards the shipped rule data covers. Codes are never reused.</summary>
    public static class AwardCodes
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
    }
}
