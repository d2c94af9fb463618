using ThiDua.Rules.Tests.Conditions;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>
/// Builds collectives for collective-award tests. Each starting point is fully known and eligible for its awards in
/// 2021, so a test changes one thing and looks at one condition. Members are either full dossiers (checked by the
/// library) or host counts.
/// </summary>
internal sealed class CollectiveBuilder
{
    private CollectiveKind? _kind;
    private TaskRating? _rating = TaskRating.CompletedExcellently;
    private CollectiveAttestations? _attestations = AllFound;
    private List<IndividualDossier>? _members;
    private MemberCounts? _counts;
    private List<AwardRecord>? _awards = new();
    private List<ProceedingRecord>? _proceedings = new();

    private CollectiveBuilder(CollectiveKind kind)
    {
        _kind = kind;
    }

    public static AssessmentPeriod Period { get; } = AssessmentPeriod.CalendarYear(2021);

    /// <summary>Every judgement criterion of every collective award found positive.</summary>
    public static CollectiveAttestations AllFound { get; } = new()
    {
        EffectiveEmulationMovement = true,
        UnityAndCompliance = true,
        CreativeAndFulfilledObligations = true,
        ExceededTargets = true,
        OutstandingInMinistryOrProvince = true,
        NewFactorsOrModels = true,
        ThriftAndFightingWaste = true,
        ChosenInClusterRating = true,
        OutstandingNationwide = true,
        MostOutstandingInMovement = true,
        MetMinistryFlagStandard = true,
        OutstandingAmongClusterLeaders = true,
        PartyAndMassOrganisationsStrong = true,
        MetGovernmentFlagDecreeDetail = true,
        LeadsDistrictMovement = true,
        MetProvincialLeadershipTest = true,
        SocioEconomicAndSecurityTasksDone = true,
        StableDevelopingEconomy = true,
        HealthyCommuneCulturalLife = true,
        SafeCleanEnvironment = true,
        CompliesWithPartyAndStatePolicy = true,
        MetProvincialCommuneStandard = true,
        LeadsCentralCouncilCluster = true,
        LeadsPrimeMinisterMovementAtReview = true,
    };

    /// <summary>A civilian collective of 10 members given as counts: all completed their tasks, 8 hold LĐTT, 1 CSTĐ cơ sở, none disciplined.</summary>
    public static CollectiveBuilder Civilian()
        => new CollectiveBuilder(CollectiveKind.Civilian).WithCounts(10, completed: 10, advanced: 8, fighters: 1, disciplined: 0);

    /// <summary>A commune-level administrative unit (Xã, phường, thị trấn tiêu biểu), no members: every finding positive.</summary>
    public static CollectiveBuilder Commune()
        => new CollectiveBuilder(CollectiveKind.Commune).WithoutMembers();

    /// <summary>An armed-forces unit of 10 members given as counts, as <see cref="Civilian"/>.</summary>
    public static CollectiveBuilder ArmedForces()
        => new CollectiveBuilder(CollectiveKind.ArmedForces).WithCounts(10, completed: 10, advanced: 8, fighters: 1, disciplined: 0);

    /// <summary>A civilian collective whose members are full dossiers: <paramref name="members"/> civil servants eligible for LĐTT, the first also for CSTĐ cơ sở.</summary>
    public static CollectiveBuilder CivilianWithMembers(int members)
    {
        var builder = new CollectiveBuilder(CollectiveKind.Civilian);
        builder._members = Enumerable.Range(0, members).Select(i => Member(i, grassrootsFighter: i == 0)).ToList();
        return builder;
    }

    /// <summary>A civil servant eligible for LĐTT in 2021, and for CSTĐ cơ sở when <paramref name="grassrootsFighter"/>.</summary>
    public static IndividualDossier Member(int index, bool grassrootsFighter = false, string period = "2021")
    {
        // No absence stated: the 40-working-day rule of Decree 65/2014 asks for it, the later decrees ignore it.
        var member = DossierBuilder.CivilServant(period).WithWorkingDaysAbsent(0);
        if (!grassrootsFighter)
        {
            member = member.WithoutInitiatives();
        }

        return member.Build() with { Id = "M" + index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) };
    }

    public CollectiveBuilder WithKind(CollectiveKind? kind)
    {
        _kind = kind;
        return this;
    }

    public CollectiveBuilder WithRating(TaskRating? rating)
    {
        _rating = rating;
        return this;
    }

    public CollectiveBuilder WithAttestations(Func<CollectiveAttestations, CollectiveAttestations> change)
    {
        _attestations = change(_attestations ?? new CollectiveAttestations());
        return this;
    }

    public CollectiveBuilder WithoutAttestations()
    {
        _attestations = null;
        return this;
    }

    public CollectiveBuilder WithCounts(int total, int? completed, int? advanced, int? fighters, int? disciplined)
    {
        _members = null;
        _counts = new MemberCounts { Total = total, CompletedTasks = completed, AdvancedTitle = advanced, GrassrootsFighters = fighters, DisciplinedWarningOrAbove = disciplined };
        return this;
    }

    public CollectiveBuilder WithoutMembers()
    {
        _members = null;
        _counts = null;
        return this;
    }

    /// <summary>Replaces member <paramref name="index"/>'s dossier.</summary>
    public CollectiveBuilder WithMember(int index, Func<IndividualDossier, IndividualDossier> change)
    {
        _members![index] = change(_members[index]);
        return this;
    }

    public CollectiveBuilder WithAward(string code, string period)
    {
        _awards!.Add(new AwardRecord { Code = code, Period = AssessmentPeriod.Parse(period), DecisionDate = AssessmentPeriod.Parse(period).End.AddDays(20) });
        return this;
    }

    public CollectiveBuilder WithProceeding(ProceedingRecord proceeding)
    {
        _proceedings!.Add(proceeding);
        return this;
    }

    public CollectiveDossier Build() => Build(Period);

    /// <summary>The collective with its record for <paramref name="period"/> (tests of the regime a period selects).</summary>
    public CollectiveDossier Build(AssessmentPeriod period) => new()
    {
        Id = "T-01",
        Name = "Phòng Hành chính",
        Kind = _kind,
        AwardHistory = _awards?.ToList(),
        Proceedings = _proceedings?.ToList(),
        Periods = new[]
        {
            new CollectivePeriodRecord
            {
                Period = period,
                TaskRating = _rating,
                Attestations = _attestations,
                Members = _members?.ToList(),
                MemberCounts = _counts,
            },
        },
    };

    public EligibilityResult Check(string award) => ThiDuaRules.Default.CheckCollective(new CollectiveEligibilityRequest(award, Build(), Period));

    /// <summary>Checks the collective for <paramref name="period"/>, with <paramref name="checker"/> when a test sets host options.</summary>
    public EligibilityResult Check(string award, AssessmentPeriod period, IEligibilityChecker? checker = null, DateTime? consideredOn = null)
        => (checker ?? ThiDuaRules.Default).CheckCollective(new CollectiveEligibilityRequest(award, Build(period), period) { ConsideredOn = consideredOn });
}
