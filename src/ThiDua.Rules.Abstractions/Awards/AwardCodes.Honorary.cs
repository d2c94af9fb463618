namespace ThiDua.Rules
{
    /// <summary>The codes of the State honorary titles (danh hiệu vinh dự Nhà nước) for individuals.</summary>
    public static partial class AwardCodes
    {
        /// <summary><c>Nhà giáo ưu tú</c>, Meritorious Teacher.</summary>
        public const string MeritoriousTeacher = "NGUT";

        /// <summary><c>Nhà giáo nhân dân</c>, People's Teacher.</summary>
        public const string PeoplesTeacher = "NGND";

        /// <summary><c>Nghệ sĩ ưu tú</c>, Meritorious Artist.</summary>
        public const string MeritoriousArtist = "NSUT";

        /// <summary><c>Nghệ sĩ nhân dân</c>, People's Artist.</summary>
        public const string PeoplesArtist = "NSND";
    }
}
