using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2013 Law's honorary titles, Giấy khen and the vn-2013-nd42 forms added for issue 11.</summary>
    internal static partial class FactCatalog
    {
        private static IEnumerable<FactDescriptor> Honours2013Findings()
        {
            yield break;
        }
    }
}
