using System;
using System.Collections.Generic;

namespace ThiDua.Rules
{
    /// <summary>
    /// Marks an NRules fluent rule class as a host condition: a condition the host adds to one or more awards (a
    /// province's or sector's own requirement), with a stable id, a description and, through
    /// <see cref="ThiDuaCitationAttribute"/>, the legal text it rests on. Its outcomes appear in results, explanations
    /// and the catalogue beside the law's conditions; it can add to an award, never remove a condition of the law.
    /// </summary>
    /// <remarks>
    /// The rule matches <see cref="Facts.AwardCheck"/> facts (e.g. <c>c =&gt; c.Award == "LDTT" &amp;&amp; !c.IsStandardOnly</c>)
    /// and records its outcome once per check with <see cref="Facts.AwardCheck.RecordOutcome"/>. Register it with
    /// <see cref="ThiDuaRulesOptions.AddRules(System.Reflection.Assembly[])"/>.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ThiDuaConditionAttribute : Attribute
    {
        /// <summary>Declares the condition.</summary>
        /// <param name="id">Stable id: upper-case ASCII words joined by dots, different from every id of the law (e.g. <c>HN.LDTT.COMMUNITY_HOURS</c>).</param>
        /// <param name="awards">The award codes the condition is added to.</param>
        public ThiDuaConditionAttribute(string id, params string[] awards)
        {
            Id = id;
            Awards = awards ?? Array.Empty<string>();
        }

        /// <summary>The condition's stable id.</summary>
        public string Id { get; }

        /// <summary>The award codes the condition is added to.</summary>
        public IReadOnlyList<string> Awards { get; }

        /// <summary>What the condition requires, in Vietnamese (authoritative). Required.</summary>
        public string? DescriptionVi { get; set; }

        /// <summary>What the condition requires, in English. Required.</summary>
        public string? DescriptionEn { get; set; }

        /// <summary>The catalogue facts the condition reads, if any (see <see cref="IAwardCatalog.Facts"/>).</summary>
        public string[]? Needs { get; set; }

        /// <summary>The regimes the condition belongs to; <see langword="null"/> for every regime that has one of its awards.</summary>
        public string[]? Regimes { get; set; }
    }
}
