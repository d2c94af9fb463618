using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// One alternative route to an award: the law often lists several sets of conditions, any one of which suffices
    /// (e.g. the Government flag's Law 06/2022 Điều 25 khoản 1, 2 and 3). A condition belongs to one route or, with no
    /// route, to all of them (<see cref="ConditionDefinition.Route"/>).
    /// </summary>
    public sealed record AwardRoute
    {
        /// <summary>Creates a route.</summary>
        /// <param name="id">Stable id, unique within the award, e.g. <c>k2</c>.</param>
        /// <param name="name">What the route is, paraphrased.</param>
        /// <param name="citations">Where the law sets the route; never empty.</param>
        public AwardRoute(string id, LocalizedText name, IReadOnlyList<LegalCitation> citations)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Citations = citations ?? throw new ArgumentNullException(nameof(citations));
        }

        /// <summary>Stable id, unique within the award, e.g. <c>k2</c>.</summary>
        public string Id { get; }

        /// <summary>What the route is, paraphrased (never the legal text verbatim).</summary>
        public LocalizedText Name { get; }

        /// <summary>Where the law sets the route.</summary>
        public IReadOnlyList<LegalCitation> Citations { get; }
    }
}
