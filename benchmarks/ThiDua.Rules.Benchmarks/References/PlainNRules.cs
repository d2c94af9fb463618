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
    }

    public string Award { get; }

    public IndividualDossier Dossier { get; }

    public AssessmentPeriod Period { get; }

    /// <summary>The CSTDCS ask whose prerequisite this standard-only ask answers.</summary>
    public AwardAsk? Parent { get; }

    public PeriodRecord? Record { get; }

    public PersonnelCategory? Category => Dossier.Category;
}

/// <summary>One condition's outcome for one ask, inserted by a condition rule; <see cref="Order"/> is the library's condition order.</summary>
public sealed class ConditionFact
{
    public ConditionFact(AwardAsk ask, int order, ConditionOutcome outcome)
    {
        Ask = ask;
        Order = order;
        Outcome = outcome;
    }

    public AwardAsk Ask { get; }

    public int Order { get; }

    public ConditionOutcome Outcome { get; }
}

/// <summary>The verdict of one ask, inserted by its award's verdict rule from the collected outcomes.</summary>
public sealed class VerdictFact
{
    public VerdictFact(AwardAsk ask, IEnumerable<ConditionFact> conditions)
    {
        Ask = ask;
        Outcomes = conditions.OrderBy(c => c.Order).Select(c => c.Outcome).ToArray();
        Verdict = Outcomes.Contains(ConditionOutcome.NotMet) ? Verdict.NotEligible
            : Outcomes.Contains(ConditionOutcome.Unknown) ? Verdict.NeedsInformation
            : Verdict.Eligible;
    }

    public AwardAsk Ask { get; }

    public Verdict Verdict { get; }

    public ConditionOutcome[] Outcomes { get; }
}

/// <summary>
/// Reference (2): LDTT and CSTDCS written as a typical NRules user would, with the fluent DSL. A few rules per award
/// insert one <see cref="ConditionFact"/> per condition (the legal logic is the floor's, <see cref="HandWrittenFloor"/>),
/// one verdict rule per award collects them (<c>Collect</c>, as the NRules docs show aggregation), and CSTDCS inserts a
/// standard-only LDTT/CSTT ask whose verdict a join rule turns into its prerequisite outcome. One session per check;
/// the verdict is read back with a session query (enumerated, not filtered as an IQueryable).
/// </summary>
internal sealed class PlainNRules
{
    private static readonly Type[] RuleTypes =
    {
        typeof(AdvancedStandardRule), typeof(AdvancedK1Rule), typeof(AdvancedK3Rule), typeof(ProceduralRule), typeof(AdvancedVerdictRule),
        typeof(PrerequisiteSettledRule), typeof(PrerequisiteStandardRule), typeof(PrerequisiteJoinRule), typeof(UnitInitiativeRule), typeof(CstdcsVerdictRule),
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

/// <summary>Condition outcomes, in the library's order, computed with the floor's helpers.</summary>
internal static class PlainConditions
{
    public static bool IsAdvanced(string award) => award == AwardCodes.AdvancedWorker || award == AwardCodes.AdvancedSoldier;

    public static bool HasProcedures(AwardAsk ask) => ask.Parent == null && (ask.Award == AwardCodes.AdvancedWorker || ask.Award == AwardCodes.GrassrootsEmulationFighter);

    public static IEnumerable<ConditionFact> Common(AwardAsk ask)
    {
        var category = ask.Category;
        var subject = category == null ? ConditionOutcome.Unknown
            : ask.Award == AwardCodes.AdvancedSoldier ? HandWrittenFloor.Of(category == PersonnelCategory.ArmedForces)
            : HandWrittenFloor.Of(category is PersonnelCategory.CivilServant or PersonnelCategory.Worker);
        var dossier = ask.Dossier;
        return new[]
        {
            new ConditionFact(ask, 0, subject),
            new ConditionFact(ask, 7, dossier.RecruitmentDate is DateTime recruited ? HandWrittenFloor.Of(HandWrittenFloor.MonthsUntilEnd(recruited, ask.Period) >= 10) : ConditionOutcome.Unknown),
            new ConditionFact(ask, 8, dossier.Disciplines is { } disciplines ? HandWrittenFloor.Of(!disciplines.Any(d => ask.Period.Contains(d.DecisionDate))) : ConditionOutcome.Unknown),
            new ConditionFact(ask, 9, HandWrittenFloor.LongTraining(ask.Record)),
            new ConditionFact(ask, 10, HandWrittenFloor.Transfer(ask.Record?.Transfer)),
        };
    }

    public static IEnumerable<ConditionFact> K1(AwardAsk ask)
    {
        var attestations = ask.Record?.Attestations;
        return new[]
        {
            new ConditionFact(ask, 1, HandWrittenFloor.Specific(ask.Category, ask.Record?.TaskRating is TaskRating rating ? HandWrittenFloor.Of(rating >= TaskRating.CompletedWell) : ConditionOutcome.Unknown)),
            new ConditionFact(ask, 2, HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(attestations?.PolicyComplianceAndSolidarity))),
            new ConditionFact(ask, 3, HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(attestations?.ActiveStudy))),
            new ConditionFact(ask, 4, HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(attestations?.EthicsAndLifestyle))),
        };
    }

    public static IEnumerable<ConditionFact> K3(AwardAsk ask)
    {
        var attestations = ask.Record?.Attestations;
        return new[]
        {
            new ConditionFact(ask, 5, HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(attestations?.ProductiveWorkAndEmulation))),
            new ConditionFact(ask, 6, HandWrittenFloor.Specific(ask.Category, HandWrittenFloor.Finding(attestations?.ExemplaryConduct))),
        };
    }

    public static IEnumerable<ConditionFact> Procedural(AwardAsk ask)
    {
        var outcomes = new List<ConditionOutcome>(3);
        HandWrittenFloor.Procedural(ask.Dossier, ask.Period, ask.Award, outcomes, annual: true);
        return outcomes.Select((outcome, i) => new ConditionFact(ask, 11 + i, outcome));
    }

    /// <summary>The award CSTDCS requires of this person: CSTT for the armed forces, else LDTT.</summary>
    public static string Required(AwardAsk ask) => ask.Category == PersonnelCategory.ArmedForces ? AwardCodes.AdvancedSoldier : AwardCodes.AdvancedWorker;

    /// <summary>Whether the prerequisite is settled without its standard: category unknown, or a decision already giving it for the period.</summary>
    public static bool PrerequisiteSettled(AwardAsk ask)
        => ask.Category == null || ask.Dossier.AwardHistory?.Any(a => a.Code == Required(ask) && a.Period == ask.Period) == true;

    public static ConditionFact SettledPrerequisite(AwardAsk ask)
        => new ConditionFact(ask, 0, ask.Category == null ? ConditionOutcome.Unknown : ConditionOutcome.Met);

    public static ConditionFact JoinedPrerequisite(AwardAsk parent, VerdictFact standard)
    {
        var outcome = standard.Verdict switch
        {
            Verdict.Eligible => ConditionOutcome.Met,
            Verdict.NotEligible => parent.Dossier.AwardHistory == null ? ConditionOutcome.Unknown : ConditionOutcome.NotMet,
            _ => ConditionOutcome.Unknown,
        };
        return new ConditionFact(parent, 0, outcome);
    }
}

/// <summary>LDTT/CSTT standard: subject group, new recruit, discipline, long training, transfer.</summary>
[Name("Plain.AdvancedStandard")]
public sealed class AdvancedStandardRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match(() => ask, a => PlainConditions.IsAdvanced(a.Award));
        Then().Do(ctx => ctx.InsertAll(PlainConditions.Common(ask)));
    }
}

/// <summary>LDTT/CSTT standard, khoản 1 (cadres, civil servants, armed forces; an unknown category keeps it).</summary>
[Name("Plain.AdvancedK1")]
public sealed class AdvancedK1Rule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match(() => ask, a => PlainConditions.IsAdvanced(a.Award), a => a.Category != PersonnelCategory.Worker);
        Then().Do(ctx => ctx.InsertAll(PlainConditions.K1(ask)));
    }
}

/// <summary>LDTT/CSTT standard, khoản 3 (workers; an unknown category keeps it).</summary>
[Name("Plain.AdvancedK3")]
public sealed class AdvancedK3Rule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match(() => ask, a => PlainConditions.IsAdvanced(a.Award), a => a.Category == null || a.Category == PersonnelCategory.Worker);
        Then().Do(ctx => ctx.InsertAll(PlainConditions.K3(ask)));
    }
}

/// <summary>Procedural conditions of a full LDTT or CSTDCS check: no pending proceedings, after the previous award, not already awarded.</summary>
[Name("Plain.Procedural")]
public sealed class ProceduralRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match(() => ask, a => PlainConditions.HasProcedures(a));
        Then().Do(ctx => ctx.InsertAll(PlainConditions.Procedural(ask)));
    }
}

/// <summary>LDTT/CSTT verdict: collects the ask's outcomes once every condition rule has fired.</summary>
[Name("Plain.AdvancedVerdict")]
[Priority(-10)]
public sealed class AdvancedVerdictRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        IEnumerable<ConditionFact> conditions = null!;
        When()
            .Match(() => ask, a => PlainConditions.IsAdvanced(a.Award))
            .Query(() => conditions, q => q.Match<ConditionFact>(c => c.Ask == ask).Collect());
        Then().Do(ctx => ctx.Insert(new VerdictFact(ask, conditions)));
    }
}

/// <summary>CSTDCS prerequisite settled without a standard check (category unknown, or already awarded for the period).</summary>
[Name("Plain.PrerequisiteSettled")]
public sealed class PrerequisiteSettledRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match(() => ask, a => a.Award == AwardCodes.GrassrootsEmulationFighter, a => PlainConditions.PrerequisiteSettled(a));
        Then().Do(ctx => ctx.Insert(PlainConditions.SettledPrerequisite(ask)));
    }
}

/// <summary>CSTDCS prerequisite otherwise: ask for the LDTT/CSTT standard.</summary>
[Name("Plain.PrerequisiteStandard")]
public sealed class PrerequisiteStandardRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match(() => ask, a => a.Award == AwardCodes.GrassrootsEmulationFighter, a => !PlainConditions.PrerequisiteSettled(a));
        Then().Do(ctx => ctx.Insert(new AwardAsk(PlainConditions.Required(ask), ask.Dossier, ask.Period, ask)));
    }
}

/// <summary>The standard's verdict becomes the CSTDCS prerequisite outcome.</summary>
[Name("Plain.PrerequisiteJoin")]
[Priority(-20)]
public sealed class PrerequisiteJoinRule : Rule
{
    public override void Define()
    {
        AwardAsk parent = null!;
        VerdictFact standard = null!;
        When()
            .Match(() => parent, a => a.Award == AwardCodes.GrassrootsEmulationFighter)
            .Match(() => standard, v => v.Ask.Parent == parent);
        Then().Do(ctx => ctx.Insert(PlainConditions.JoinedPrerequisite(parent, standard)));
    }
}

/// <summary>CSTDCS: at least one recognised unit initiative in the period.</summary>
[Name("Plain.UnitInitiative")]
public sealed class UnitInitiativeRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        When().Match(() => ask, a => a.Award == AwardCodes.GrassrootsEmulationFighter);
        Then().Do(ctx => ctx.Insert(new ConditionFact(ask, 1, HandWrittenFloor.UnitInitiative(ask.Dossier, ask.Period))));
    }
}

/// <summary>CSTDCS verdict, after the prerequisite join.</summary>
[Name("Plain.CstdcsVerdict")]
[Priority(-30)]
public sealed class CstdcsVerdictRule : Rule
{
    public override void Define()
    {
        AwardAsk ask = null!;
        IEnumerable<ConditionFact> conditions = null!;
        When()
            .Match(() => ask, a => a.Award == AwardCodes.GrassrootsEmulationFighter)
            .Query(() => conditions, q => q.Match<ConditionFact>(c => c.Ask == ask).Collect());
        Then().Do(ctx => ctx.Insert(new VerdictFact(ask, conditions)));
    }
}
