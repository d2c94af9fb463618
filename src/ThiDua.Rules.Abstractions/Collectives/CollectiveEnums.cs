namespace ThiDua.Rules
{
    /// <summary>Whether a collective is civilian or belongs to the people's armed forces (Law Điều 27–28, khoản 2).</summary>
    public enum CollectiveKind
    {
        /// <summary>A civilian collective: Tập thể lao động tiên tiến, Tập thể lao động xuất sắc.</summary>
        Civilian = 0,

        /// <summary>An armed-forces collective: Đơn vị tiên tiến, Đơn vị quyết thắng.</summary>
        ArmedForces = 1,

        /// <summary>
        /// A commune-level administrative unit (xã, phường, thị trấn; from 1 July 2025 xã, phường, đặc khu), checked for
        /// Xã, phường, thị trấn tiêu biểu. It is not a labour collective: the member-based collective titles do not apply.
        /// </summary>
        Commune = 2,
    }

    /// <summary>Where a collective's member figures came from.</summary>
    public enum MemberDataSource
    {
        /// <summary>Each member's dossier, checked by the library.</summary>
        MemberDossiers = 0,

        /// <summary>Counts supplied by the host.</summary>
        HostCounts = 1,
    }
}
