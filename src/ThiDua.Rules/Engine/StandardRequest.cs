using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// Inserted by a prerequisite rule: <see cref="Parent"/>'s condition <see cref="Condition"/> is answered by the verdict
    /// of <see cref="Standard"/>, a check of the required award, once that check's own rules have fired. A lower-priority
    /// rule joins it back to the parent.
    /// </summary>
    internal sealed class StandardRequest
    {
        public StandardRequest(AwardCheck parent, int condition, AwardCheck standard)
        {
            Parent = parent;
            Condition = condition;
            Standard = standard;
        }

        public AwardCheck Parent { get; }

        public int Condition { get; }

        /// <summary>
        /// The standard-only check inserted for the parent, or, in a check of all the dossier's awards, the full check of
        /// the required award already in the session (its non-procedural outcomes are the standard's).
        /// </summary>
        public AwardCheck Standard { get; }
    }
}
