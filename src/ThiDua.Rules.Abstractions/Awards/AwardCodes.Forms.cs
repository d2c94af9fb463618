namespace ThiDua.Rules
{
    /// <summary>The codes of the forms of commendation (hình thức khen thưởng) for individuals.</summary>
    public static partial class AwardCodes
    {
        /// <summary><c>Giấy khen</c>, Letter of Commendation.</summary>
        public const string LetterOfCommendation = "GIAY_KHEN";

        /// <summary><c>Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương</c>, Ministry or Provincial Certificate of Merit.</summary>
        public const string MinistryCertificateOfMerit = "BK_BO_TINH";

        /// <summary><c>Bằng khen của Thủ tướng Chính phủ</c>, Prime Minister's Certificate of Merit.</summary>
        public const string PrimeMinisterCertificateOfMerit = "BK_TTG";

        /// <summary><c>Huân chương Lao động hạng Ba</c>, Labour Order, Third Class.</summary>
        public const string LabourOrderThirdClass = "HCLD_HANG_BA";

        /// <summary><c>Huân chương Lao động hạng Nhì</c>, Labour Order, Second Class.</summary>
        public const string LabourOrderSecondClass = "HCLD_HANG_NHI";

        /// <summary><c>Huân chương Lao động hạng Nhất</c>, Labour Order, First Class.</summary>
        public const string LabourOrderFirstClass = "HCLD_HANG_NHAT";

        /// <summary><c>Huân chương Hữu nghị</c>, Friendship Order.</summary>
        public const string FriendshipOrder = "HC_HUU_NGHI";

        /// <summary><c>Huân chương Hồ Chí Minh</c>, Ho Chi Minh Order.</summary>
        public const string HoChiMinhOrder = "HC_HO_CHI_MINH";

        /// <summary><c>Huy chương Hữu nghị</c>, Friendship Medal.</summary>
        public const string FriendshipMedal = "HCH_HUU_NGHI";
    }
}
