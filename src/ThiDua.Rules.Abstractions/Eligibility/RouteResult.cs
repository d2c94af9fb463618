using System;

namespace ThiDua.Rules
{
    /// <summary>
    /// The outcome of one alternative route of an award for one dossier: Met when every condition of the route is met,
    /// NotMet when any is not met, otherwise Unknown. The conditions common to every route are not part of it.
    /// </summary>
    public sealed record RouteResult
    {
        /// <summary>Creates a route result.</summary>
        /// <param name="routeId">The route's id (<see cref="AwardRoute.Id"/>).</param>
        /// <param name="name">The route's name.</param>
        /// <param name="outcome">Met, NotMet or Unknown.</param>
        public RouteResult(string routeId, LocalizedText name, ConditionOutcome outcome)
        {
            RouteId = routeId ?? throw new ArgumentNullException(nameof(routeId));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Outcome = outcome;
        }

        /// <summary>The route's id (<see cref="AwardRoute.Id"/>).</summary>
        public string RouteId { get; }

        /// <summary>The route's name.</summary>
        public LocalizedText Name { get; }

        /// <summary>Met when every condition of the route is met, NotMet when any is not met, otherwise Unknown.</summary>
        public ConditionOutcome Outcome { get; }
    }
}
