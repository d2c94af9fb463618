using System;
using System.Collections.Generic;
using NRules.RuleModel;
using ThiDua.Rules.Checking;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Hosting;

namespace ThiDua.Rules.Facts
{
    /// <summary>
    /// The fact one check inserts into its NRules session: this dossier, checked for this award in this period. Every
    /// condition rule of the law matches it by award, personnel category and whether only the award's standard is
    /// asked; host rules match it the same way (<c>When().Match(() =&gt; check, c =&gt; c.Award == "LDTT")</c>) and
    /// read the facts it carries.
    /// </summary>
    /// <remarks>
    /// A check is a plain class with reference identity: NRules tells facts apart with <see cref="object.Equals(object)"/>,
    /// so two checks of equal content (the same dossier asked twice) are still two facts. Checks are created by the
    /// library only, one session per check.
    /// </remarks>
    public sealed class AwardCheck
    {
        internal AwardCheck(IndividualDossier dossier, AwardPlan plan, AssessmentPeriod period, DateTime consideredOn, AwardCheck? requestedBy = null, int requestedByCondition = -1, bool isProbe = false, CollectiveDossier? collective = null)
        {
            CollectiveDossier = collective;
            CollectiveRecord = CollectiveRecordFor(collective, period);
            RequestedByCondition = requestedByCondition;
            IsProbe = isProbe;
            Dossier = dossier;
            Plan = plan;
            Award = plan.Code;
            RouteBucket = plan.RouteBucket;
            Period = period;
            ConsideredOn = consideredOn;
            RequestedBy = requestedBy;
            CategoryMask = dossier.Category is PersonnelCategory category ? 1 << (int)category : AnyCategory;
            PeriodRecord = RecordFor(period);
            Person = new PersonFacts(this);
            Record = new PeriodRecordFacts(this);
            History = new AwardHistoryFacts(this);
            Initiatives = new InitiativeFacts(this);
            Discipline = new DisciplineFacts(this);
            Collective = new CollectiveFacts(this);
            Community = new CommunityFacts(this);
            List = new ListFacts(this);
            Forms = new FormFacts(this);
            Honorary = new HonoraryFacts(this);
            Outcomes = new ConditionResult?[plan.Rules.Length];
        }

        /// <summary>The category mask of a person whose category is unknown: every category-specific rule applies.</summary>
        internal const int AnyCategory = -1;

        /// <summary>The award code checked, e.g. <c>LDTT</c>.</summary>
        public string Award { get; }

        /// <summary>The assessment period.</summary>
        public AssessmentPeriod Period { get; }

        /// <summary>The day the competent body considers the proposal (pending proceedings are judged on it).</summary>
        public DateTime ConsideredOn { get; }

        /// <summary>
        /// Whether only the award's standard is asked, because another award requires it (CSTĐ cơ sở asks for the
        /// Lao động tiên tiến standard): procedural conditions (pending proceedings, no double award) are left out.
        /// </summary>
        public bool IsStandardOnly => RequestedBy != null;

        /// <summary>Which regime the check runs under and why; copied onto the result the host receives.</summary>
        internal RegimeSelection? Selection { get; set; }

        /// <summary>The check whose prerequisite this standard check answers; <see langword="null"/> for a check the host asked for.</summary>
        public AwardCheck? RequestedBy { get; }

        /// <summary>The dossier checked.</summary>
        public IndividualDossier Dossier { get; }

        /// <summary>The person (category, recruitment).</summary>
        public PersonFacts Person { get; }

        /// <summary>The record of the assessed period (rating, council findings and ballot, training, transfer).</summary>
        public PeriodRecordFacts Record { get; }

        /// <summary>The award history as it bears on this award.</summary>
        public AwardHistoryFacts History { get; }

        /// <summary>Recognised initiatives in the windows this award counts.</summary>
        public InitiativeFacts Initiatives { get; }

        /// <summary>Disciplinary decisions and pending proceedings.</summary>
        public DisciplineFacts Discipline { get; }

        /// <summary>For a collective award, the collective's record and its members' figures.</summary>
        public CollectiveFacts Collective { get; }

        /// <summary>For a nomination list's own rules, the counts over the nominations' results.</summary>
        public ListFacts List { get; }

        /// <summary>For a household or village title, the household's or village's record of the year.</summary>
        public CommunityFacts Community { get; }
        /// <summary>For a form of commendation, the earlier form it builds on and the years since.</summary>
        public FormFacts Forms { get; }

        /// <summary>The facts of the State honorary titles.</summary>
        public HonoraryFacts Honorary { get; }

        /// <summary>
        /// Records the outcome of a host rule's condition for this check. Call it once from the rule's action; the
        /// rule's type must carry <see cref="ThiDuaConditionAttribute"/> and be registered with
        /// <see cref="ThiDuaRulesOptions.AddRules(System.Reflection.Assembly[])"/>.
        /// </summary>
        /// <param name="context">The action's NRules context: it names the rule that records.</param>
        /// <param name="outcome">Met, NotMet, or Unknown when facts the condition needs are missing.</param>
        /// <param name="message">What the clerk reads: Vietnamese (authoritative) and English.</param>
        /// <param name="missingFacts">For <see cref="ConditionOutcome.Unknown"/>, the dossier fields to collect (at least one); otherwise none.</param>
        /// <param name="values">The values the condition used, for the explanation.</param>
        /// <exception cref="InvalidOperationException">The rule is not a registered host condition, or it already recorded an outcome for this check.</exception>
        /// <exception cref="ArgumentException">Unknown without missing facts, or missing facts with a decided outcome.</exception>
        public void RecordOutcome(IContext context, ConditionOutcome outcome, LocalizedText message, IReadOnlyList<string>? missingFacts = null, IReadOnlyDictionary<string, string?>? values = null)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            Plan.HostConditions.Record(this, context.Rule.Name, outcome, message, missingFacts, values);
        }

        /// <inheritdoc/>
        public override string ToString() => $"{Award} {Period}{(IsStandardOnly ? " (standard only)" : string.Empty)} for {Dossier.Id ?? "(no id)"}";

        /// <summary>The award's prepared rules; the engine's actions find a condition's plan here.</summary>
        internal AwardPlan Plan { get; }

        /// <summary>
        /// The load-time probe: every fact counts as present, so every expression runs once on neutral values (see
        /// <see cref="RuleEngine"/>).
        /// </summary>
        internal bool IsProbe { get; }

        /// <summary>For a standard check, the condition number of the prerequisite rule that asked for it; -1 otherwise.</summary>
        internal int RequestedByCondition { get; }

        /// <summary>First routing key of every condition rule: a bucket of awards, so one award's check does not test every award's code.</summary>
        internal int RouteBucket { get; }

        /// <summary>Bit <c>1 &lt;&lt; category</c>, or <see cref="AnyCategory"/> when the category is unknown.</summary>
        internal int CategoryMask { get; }

        /// <summary>The dossier's record for the assessed period, if any.</summary>
        internal PeriodRecord? PeriodRecord { get; }

        /// <summary>One slot per rule of <see cref="Plan"/>: the law's condition outcomes, filled by the rules' actions.</summary>
        internal ConditionResult?[] Outcomes { get; }

        /// <summary>The other checks of the same dossier in the same session (a check of all its awards), if any.</summary>
        internal IReadOnlyList<AwardCheck>? Siblings { get; set; }

        /// <summary>Outcomes recorded by host rules, in the order they fired.</summary>
        internal List<ConditionResult>? HostOutcomes { get; set; }

        /// <summary>For a collective award, the collective's dossier; the check's <see cref="Dossier"/> then carries its id, award history and proceedings.</summary>
        internal CollectiveDossier? CollectiveDossier { get; }

        /// <summary>The collective's record for the assessed period, if any.</summary>
        internal CollectivePeriodRecord? CollectiveRecord { get; }

        /// <summary>For a household or village title, its dossier; the check's <see cref="Dossier"/> then carries its id and award history.</summary>
        internal CommunityDossier? CommunityDossier { get; init; }

        /// <summary>The members' figures aggregated by the member tally rule, when the record lists member dossiers.</summary>
        internal MemberTally? Tally { get; set; }

        /// <summary>For a nomination list's check, the counts the list tally rule keeps.</summary>
        internal ListTally? ListTally { get; set; }

        /// <summary>Clears the outcomes so that the rules can decide again (an open nomination list after a change).</summary>
        internal void ResetOutcomes() => Array.Clear(Outcomes, 0, Outcomes.Length);

        private static CollectivePeriodRecord? CollectiveRecordFor(CollectiveDossier? collective, AssessmentPeriod period)
        {
            var records = collective?.Periods;
            for (var i = 0; i < (records?.Count ?? 0); i++)
            {
                if (records![i].Period == period)
                {
                    return records[i];
                }
            }

            return null;
        }

        /// <summary>The dossier's record for <paramref name="period"/>, if any.</summary>
        internal PeriodRecord? RecordFor(AssessmentPeriod period)
        {
            var records = Dossier.Periods;
            for (var i = 0; i < (records?.Count ?? 0); i++)
            {
                if (records![i].Period == period)
                {
                    return records[i];
                }
            }

            return null;
        }
    }
}
