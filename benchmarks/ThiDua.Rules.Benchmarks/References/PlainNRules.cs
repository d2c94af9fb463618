using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace ThiDua.Rules.Benchmarks.References;

/// <summary>The fact a plain NRules check inserts: this dossier, for this award, in this period; a standard-only ask has a parent.</summary>
public sealed class AwardAsk
{
    public AwardAsk(string award, IndividualDossier dossier, AssessmentPeriod period, AwardAsk? parent = null)
    {
        Award = award;
        Dossier = dossier;
        Period = period;
        Parent = parent;
        Record = HandWrittenFloor.RecordFor(dossier, period);
        Attestations = Record?.Attestations ?? NoAttestations;
        Transfer = Record?.Transfer;
    }

    public string Award { get; }

    public IndividualDossier Dossier { get; }

    public AssessmentPeriod Period { get; }

    /// <summary>The CSTDCS ask whose prerequisite this standard-only ask answers.</summary>
    public AwardAsk? Parent { get; }

    /// <summary>Only the award's standard (the CSTDCS prerequisite): no procedural conditions.</summary>
    public bool StandardOnly => Parent != null;

    public PeriodRecord? Record { get; }

    private static readonly CouncilAttestations NoAttestations = new();

    /// <summary>The period's attestations; none recorded reads as every finding missing (rule actions are expression trees: no <c>?.</c> there).</summary>
    public CouncilAttestations Attestations { get; }

    public TransferRecord? Transfer { get; }

    public PersonnelCategory? Category => Dossier.Category;
}

/// <summary>One condition's outcome for one ask, inserted by that condition's rule.</summary>
public sealed class ConditionFact
{
    public ConditionFact(AwardAsk ask, string condition, ConditionOutcome outcome)
    {
        Ask = ask;
        Condition = condition;
        Outcome = outcome;
    }

    public AwardAsk Ask { get; }

    /// <summary>The library's condition id, e.g. <c>STD.K1_ETHICS</c>.</summary>
    public string Condition { get; }

    public ConditionOutcome Outcome { get; }
}

/// <summary>The verdict of one ask, inserted by its award's verdict rule from the collected outcomes.</summary>
public sealed class VerdictFact
{
    public VerdictFact(AwardAsk ask, IEnumerable<ConditionFact> conditions)
    {
        Ask = ask;
        Outcomes = conditions.OrderBy(c => PlainConditions.Order(ask.Award, c.Condition)).Select(c => c.Outcome).ToArray();
        Verdict = Outcomes.Contains(ConditionOutcome.NotMet) ? Verdict.NotEligible
            : Outcomes.Contains(ConditionOutcome.Unknown) ? Verdict.NeedsInformation
            : Verdict.Eligible;
    }

    public AwardAsk Ask { get; }

    public Verdict Verdict { get; }

    public ConditionOutcome[] Outcomes { get; }
}

/// <summary>
/// Reference (2): LDTT and CSTDCS written as a typical NRules user would, with the fluent DSL: one <see cref="Rule"/>
/// class per legal condition, whose left-hand side matches the asks the condition applies to (award, personnel
/// category, standard-only or full check) and whose action inserts one <see cref="ConditionFact"/> with the outcome
/// computed by the floor's helpers (<see cref="HandWrittenFloor"/>); one verdict rule per award that <c>Collect</c>s the
/// ask's condition facts, as the NRules docs show aggregation. The CSTDCS prerequisite is a standard-only LDTT/CSTT
/// ask (inserted by a rule) whose verdict a join rule turns into the prerequisite's condition fact. One session per
/// check; the verdict is read back with a session query (enumerated, not filtered as an IQueryable).
/// </summary>
/// <remarks>
/// Firing order. A <c>Collect</c> rule is activated as soon as its ask is inserted (with an empty collection) and its
/// activation is updated each time a condition fact arrives, so fired too early it would insert a verdict from a
/// partial collection (and fire again, inserting a second one). The usual answer, and the one taken here, is a lower
/// <see cref="PriorityAttribute"/> on the verdict rules: condition rules (priority 0) fire first, then the LDTT/CSTT
/// verdict (-10), the prerequisite join (-20) and the CSTDCS verdict (-30); each verdict rule fires once per ask.
/// </remarks>
internal sealed class PlainNRules
{
    private static readonly Type[] RuleTypes =
    {
        typeof(LdttSubjectGroupRule), typeof(CsttSubjectGroupRule),
        typeof(TasksWellRule), typeof(PolicySolidarityRule), typeof(ActiveStudyRule), typeof(EthicsRule),
        typeof(ProductiveWorkRule), typeof(ExemplaryConductRule),
        typeof(NewRecruitRule), typeof(NoDisciplineRule), typeof(EarlierDisciplineRule), typeof(CriminalSentenceRule), typeof(LongTrainingRule), typeof(TransferRule),
        typeof(NoPendingProceedingsRule), typeof(AfterPreviousAwardRule), typeof(NotAlreadyAwardedRule), typeof(RegistrationRule),
        typeof(PrerequisiteSettledRule), typeof(PrerequisiteStandardRule), typeof(PrerequisiteJoinRule), typeof(UnitInitiativeRule),
        typeof(LdttVerdictRule), typeof(CsttVerdictRule), typeof(CstdcsVerdictRule),
    };

    private readonly ISessionFactory _factory;

    public PlainNRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(RuleTypes));
        _factory = repository.Compile();
    }

    /// <summary>Checks one award (LDTT or CSTDCS) in a new session.</summary>
    public FloorResult Check(string award, IndividualDossier dossier, AssessmentPeriod period)
    {
        var ask = new AwardAsk(award, dossier, period);
        var session = _factory.CreateSession();
        session.Insert(ask);
        session.Fire();
        // Query() is an IQueryable: filtering it directly would compile the predicate on every call (about 0.5 ms),
        // so enumerate it as objects.
        var verdict = session.Query<VerdictFact>().AsEnumerable().First(v => v.Ask == ask);
        return new FloorResult(verdict.Verdict, verdict.Outcomes);
    }
}

/// <summary>The conditions' order per award (the library's, see <c>explain</c>), and the CSTDCS prerequisite helpers.</summary>
internal static class PlainConditions
{
    private static readonly string[] Standard =
    {
        "STD.K1_TASKS_WELL", "STD.K1_POLICY_SOLIDARITY", "STD.K1_ACTIVE_STUDY", "STD.K1_ETHICS",
        "STD.K3_PRODUCTIVE_WORK", "STD.K3_EXEMPLARY_CONDUCT",
        "STD.NEW_RECRUIT_10_MONTHS", "STD.NO_DISCIPLINE", "STD.NO_DISCIPLINE_IN_FORCE_FROM_EARLIER", "STD.NO_CRIMINAL_SENTENCE_BEING_SERVED", "STD.LONG_TRAINING_RESULT", "STD.TRANSFER_PREVIOUS_UNIT_COMMENT",
    };

    private static readonly string[] General = { "GEN.NO_PENDING_PROCEEDINGS", "GEN.AFTER_PREVIOUS_AWARD_PERIOD", "GEN.NOT_ALREADY_AWARDED", "GEN.EMULATION_REGISTRATION" };

    private static readonly string[] Ldtt = new[] { "LDTT.SUBJECT_GROUP" }.Concat(Standard).Concat(General).ToArray();

    private static readonly string[] Cstt = new[] { "CSTT.SUBJECT_GROUP" }.Concat(Standard).Concat(General).ToArray();

    private static readonly string[] Cstdcs = new[] { "CSTDCS.MEETS_ADVANCED_STANDARD", "CSTDCS.UNIT_INITIATIVE" }.Concat(General).ToArray();

    public static int Order(string award, string condition)
        => Array.IndexOf(award == AwardCodes.GrassrootsEmulationFighter ? Cstdcs : award == AwardCodes.AdvancedSoldier ? Cstt : Ldtt, condition);

    /// <summary>The award CSTDCS requires of this person: CSTT for the armed forces, else LDTT.</summary>
    public static string Required(AwardAsk ask) => ask.Category == PersonnelCategory.ArmedForces ? AwardCodes.AdvancedSoldier : AwardCodes.AdvancedWorker;

    /// <summary>Whether the prerequisite is settled without its standard: category unknown, or a decision already giving it for the period.</summary>
    public static bool PrerequisiteSettled(AwardAsk ask)
        => ask.Category == null || ask.Dossier.AwardHistory?.Any(a => a.Code == Required(ask) && a.Period == ask.Period) == true;

    public static ConditionOutcome SettledPrerequisite(AwardAsk ask) => ask.Category == null ? ConditionOutcome.Unknown : ConditionOutcome.Met;

    public static ConditionOutcome JoinedPrerequisite(AwardAsk parent, VerdictFact standard) => standard.Verdict switch
    {
        Verdict.Eligible => ConditionOutcome.Met,
        Verdict.NotEligible => parent.Dossier.AwardHistory == null ? ConditionOutcome.Unknown : ConditionOutcome.NotMet,
        _ => ConditionOutcome.Unknown,
    };
}

/// <summary>LDTT.SUBJECT_GROUP: LDTT is for cadres, civil servants, public employees and workers (khoản 1 and 3 Điều 24).</summary>
[Name("Plain.LDTT.SUBJECT_GROUP")]
public sealed class LdttSubjectGroupRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => a.Award == AwardCodes.AdvancedWorker);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "LDTT.SUBJECT_GROUP", HandWrittenFloor.SubjectGroup(ask.Category, armedForcesTitle: false))));
    }
}

/// <summary>CSTT.SUBJECT_GROUP: CSTT is for the armed forces (khoản 2 Điều 24); asked here only as the CSTDCS prerequisite.</summary>
[Name("Plain.CSTT.SUBJECT_GROUP")]
public sealed class CsttSubjectGroupRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => a.Award == AwardCodes.AdvancedSoldier);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "CSTT.SUBJECT_GROUP", HandWrittenFloor.SubjectGroup(ask.Category, armedForcesTitle: true))));
    }
}

/// <summary>STD.K1_TASKS_WELL: Khoản 1 (cadres, civil servants, armed forces; an unknown category keeps it): tasks completed well.</summary>
[Name("Plain.STD.K1_TASKS_WELL")]
public sealed class TasksWellRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier) && a.Category != PersonnelCategory.Worker);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.K1_TASKS_WELL", HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.TasksWell(ask.Record)))));
    }
}

/// <summary>STD.K1_POLICY_SOLIDARITY: Khoản 1: policy compliance and solidarity.</summary>
[Name("Plain.STD.K1_POLICY_SOLIDARITY")]
public sealed class PolicySolidarityRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier) && a.Category != PersonnelCategory.Worker);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.K1_POLICY_SOLIDARITY", HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(ask.Attestations.PolicyComplianceAndSolidarity)))));
    }
}

/// <summary>STD.K1_ACTIVE_STUDY: Khoản 1: active study.</summary>
[Name("Plain.STD.K1_ACTIVE_STUDY")]
public sealed class ActiveStudyRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier) && a.Category != PersonnelCategory.Worker);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.K1_ACTIVE_STUDY", HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(ask.Attestations.ActiveStudy)))));
    }
}

/// <summary>STD.K1_ETHICS: Khoản 1: ethics and lifestyle.</summary>
[Name("Plain.STD.K1_ETHICS")]
public sealed class EthicsRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier) && a.Category != PersonnelCategory.Worker);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.K1_ETHICS", HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(ask.Attestations.EthicsAndLifestyle)))));
    }
}

/// <summary>STD.K3_PRODUCTIVE_WORK: Khoản 3 (workers; an unknown category keeps it): productive work and emulation.</summary>
[Name("Plain.STD.K3_PRODUCTIVE_WORK")]
public sealed class ProductiveWorkRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier) && (a.Category == null || a.Category == PersonnelCategory.Worker));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.K3_PRODUCTIVE_WORK", HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(ask.Attestations.ProductiveWorkAndEmulation)))));
    }
}

/// <summary>STD.K3_EXEMPLARY_CONDUCT: Khoản 3: exemplary conduct.</summary>
[Name("Plain.STD.K3_EXEMPLARY_CONDUCT")]
public sealed class ExemplaryConductRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier) && (a.Category == null || a.Category == PersonnelCategory.Worker));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.K3_EXEMPLARY_CONDUCT", HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(ask.Attestations.ExemplaryConduct)))));
    }
}

/// <summary>STD.NEW_RECRUIT_10_MONTHS: Not for a person recruited less than 10 months before the end of the period.</summary>
[Name("Plain.STD.NEW_RECRUIT_10_MONTHS")]
public sealed class NewRecruitRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.NEW_RECRUIT_10_MONTHS", HandWrittenFloor.NewRecruit(ask.Dossier, ask.Period))));
    }
}

/// <summary>STD.NO_DISCIPLINE: No disciplinary decision in the period.</summary>
[Name("Plain.STD.NO_DISCIPLINE")]
public sealed class NoDisciplineRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.NO_DISCIPLINE", HandWrittenFloor.NoDiscipline(ask.Dossier, ask.Period))));
    }
}

/// <summary>STD.NO_DISCIPLINE_IN_FORCE_FROM_EARLIER: a discipline decided before the period still in force in it (default host setting).</summary>
[Name("Plain.STD.NO_DISCIPLINE_IN_FORCE_FROM_EARLIER")]
public sealed class EarlierDisciplineRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.NO_DISCIPLINE_IN_FORCE_FROM_EARLIER", HandWrittenFloor.EarlierDisciplineInForce(ask.Dossier, ask.Period))));
    }
}

/// <summary>STD.NO_CRIMINAL_SENTENCE_BEING_SERVED: a criminal sentence served during the period (default host setting).</summary>
[Name("Plain.STD.NO_CRIMINAL_SENTENCE_BEING_SERVED")]
public sealed class CriminalSentenceRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.NO_CRIMINAL_SENTENCE_BEING_SERVED", HandWrittenFloor.CriminalSentenceServed(ask.Dossier, ask.Period))));
    }
}

/// <summary>STD.LONG_TRAINING_RESULT: Training of 12 months or more: rules complied with, result good or better.</summary>
[Name("Plain.STD.LONG_TRAINING_RESULT")]
public sealed class LongTrainingRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.LONG_TRAINING_RESULT", HandWrittenFloor.LongTraining(ask.Record))));
    }
}

/// <summary>STD.TRANSFER_PREVIOUS_UNIT_COMMENT: Transferred after 6 months or more: the previous unit's comment.</summary>
[Name("Plain.STD.TRANSFER_PREVIOUS_UNIT_COMMENT")]
public sealed class TransferRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.AdvancedSoldier));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "STD.TRANSFER_PREVIOUS_UNIT_COMMENT", HandWrittenFloor.Transfer(ask.Transfer))));
    }
}

/// <summary>GEN.NO_PENDING_PROCEEDINGS: Full LDTT or CSTDCS check: no disciplinary, investigation or complaint proceedings pending at the end of the period.</summary>
[Name("Plain.GEN.NO_PENDING_PROCEEDINGS")]
public sealed class NoPendingProceedingsRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.GrassrootsEmulationFighter) && !a.StandardOnly);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "GEN.NO_PENDING_PROCEEDINGS", HandWrittenFloor.NoPendingProceedings(ask.Dossier, ask.Period))));
    }
}

/// <summary>GEN.AFTER_PREVIOUS_AWARD_PERIOD: Full LDTT or CSTDCS check: no earlier award of the same title covering this period.</summary>
[Name("Plain.GEN.AFTER_PREVIOUS_AWARD_PERIOD")]
public sealed class AfterPreviousAwardRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.GrassrootsEmulationFighter) && !a.StandardOnly);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "GEN.AFTER_PREVIOUS_AWARD_PERIOD", HandWrittenFloor.AfterPreviousAward(ask.Dossier, ask.Period, ask.Award))));
    }
}

/// <summary>GEN.NOT_ALREADY_AWARDED: Full LDTT or CSTDCS check (annual titles): not already awarded for this period.</summary>
[Name("Plain.GEN.NOT_ALREADY_AWARDED")]
public sealed class NotAlreadyAwardedRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.GrassrootsEmulationFighter) && !a.StandardOnly);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "GEN.NOT_ALREADY_AWARDED", HandWrittenFloor.NotAlreadyAwarded(ask.Dossier, ask.Period, ask.Award))));
    }
}

/// <summary>GEN.EMULATION_REGISTRATION: Full LDTT or CSTDCS check: registered for the period's emulation movement (default host setting).</summary>
[Name("Plain.GEN.EMULATION_REGISTRATION")]
public sealed class RegistrationRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => (a.Award == AwardCodes.AdvancedWorker || a.Award == AwardCodes.GrassrootsEmulationFighter) && !a.StandardOnly);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "GEN.EMULATION_REGISTRATION", HandWrittenFloor.Registered(ask.Record))));
    }
}

/// <summary>CSTDCS.MEETS_ADVANCED_STANDARD: CSTDCS prerequisite settled without a standard check: category unknown (Unknown), or LDTT/CSTT already awarded for the period (Met).</summary>
[Name("Plain.CSTDCS.MEETS_ADVANCED_STANDARD")]
public sealed class PrerequisiteSettledRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => a.Award == AwardCodes.GrassrootsEmulationFighter && PlainConditions.PrerequisiteSettled(a));
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "CSTDCS.MEETS_ADVANCED_STANDARD", PlainConditions.SettledPrerequisite(ask))));
    }
}

/// <summary>CSTDCS.UNIT_INITIATIVE: CSTDCS: at least one recognised unit initiative in the period.</summary>
[Name("Plain.CSTDCS.UNIT_INITIATIVE")]
public sealed class UnitInitiativeRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => a.Award == AwardCodes.GrassrootsEmulationFighter);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, "CSTDCS.UNIT_INITIATIVE", HandWrittenFloor.UnitInitiative(ask.Dossier, ask.Period))));
    }
}

/// <summary>CSTDCS.MEETS_ADVANCED_STANDARD otherwise: ask for the LDTT/CSTT standard (a standard-only ask).</summary>
[Name("Plain.CSTDCS.PrerequisiteStandard")]
public sealed class PrerequisiteStandardRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match<AwardAsk>(() => ask, a => a.Award == AwardCodes.GrassrootsEmulationFighter && !PlainConditions.PrerequisiteSettled(a));
        Then().Do(ctx => ctx.Insert(new AwardAsk(PlainConditions.Required(ask), ask.Dossier, ask.Period, ask)));
    }
}

/// <summary>CSTDCS.MEETS_ADVANCED_STANDARD from the standard-only ask's verdict (after that verdict, before CSTDCS's).</summary>
[Name("Plain.CSTDCS.PrerequisiteJoin")]
[Priority(-20)]
public sealed class PrerequisiteJoinRule : Rule
{
    public override void Define()
    {
        AwardAsk parent = null!;
        VerdictFact standard = null!;
        When()
            .Match<AwardAsk>(() => parent, a => a.Award == AwardCodes.GrassrootsEmulationFighter)
            .Match<VerdictFact>(() => standard, v => v.Ask.Parent == parent);
        Then().Do(ctx => ctx.Insert(new ConditionFact(parent, "CSTDCS.MEETS_ADVANCED_STANDARD", PlainConditions.JoinedPrerequisite(parent, standard))));
    }
}

/// <summary>LDTT verdict (full or standard-only ask): collects the ask's condition facts; the lower priority makes it fire once, after every condition rule.</summary>
[Name("Plain.LDTT.Verdict")]
[Priority(-10)]
public sealed class LdttVerdictRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        IEnumerable<ConditionFact> conditions = null!;
        When()
            .Match<AwardAsk>(() => ask, a => a.Award == AwardCodes.AdvancedWorker)
            .Query(() => conditions, q => q.Match<ConditionFact>(c => c.Ask == ask).Collect());
        Then().Do(ctx => ctx.Insert(new VerdictFact(ask, conditions)));
    }
}

/// <summary>CSTT verdict (standard-only ask, the CSTDCS prerequisite of the armed forces): collects the ask's condition facts; the lower priority makes it fire once, after every condition rule.</summary>
[Name("Plain.CSTT.Verdict")]
[Priority(-10)]
public sealed class CsttVerdictRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        IEnumerable<ConditionFact> conditions = null!;
        When()
            .Match<AwardAsk>(() => ask, a => a.Award == AwardCodes.AdvancedSoldier)
            .Query(() => conditions, q => q.Match<ConditionFact>(c => c.Ask == ask).Collect());
        Then().Do(ctx => ctx.Insert(new VerdictFact(ask, conditions)));
    }
}

/// <summary>CSTDCS verdict, after the prerequisite join: collects the ask's condition facts; the lower priority makes it fire once, after every condition rule.</summary>
[Name("Plain.CSTDCS.Verdict")]
[Priority(-30)]
public sealed class CstdcsVerdictRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        IEnumerable<ConditionFact> conditions = null!;
        When()
            .Match<AwardAsk>(() => ask, a => a.Award == AwardCodes.GrassrootsEmulationFighter)
            .Query(() => conditions, q => q.Match<ConditionFact>(c => c.Ask == ask).Collect());
        Then().Do(ctx => ctx.Insert(new VerdictFact(ask, conditions)));
    }
}
