using ThiDua.Rules.Tests.Collectives;

namespace ThiDua.Rules.Tests.Lists;

/// <summary>
/// Builds nomination lists for 2021: members are civil servants eligible for LĐTT (the first <c>fighters</c> also
/// for CSTĐ cơ sở); every member is proposed for LĐTT unless a test says otherwise.
/// </summary>
internal sealed class ListBuilder
{
    private readonly List<IndividualDossier> _members = new();
    private readonly List<Nomination> _nominations = new();
    private readonly List<CollectiveNomination> _collectives = new();
    private int? _ceiling;
    private int? _pool;
    private AssessmentPeriod _period = CollectiveBuilder.Period;

    /// <summary><paramref name="count"/> members, the first <paramref name="fighters"/> fit for CSTĐ cơ sở, with their records for <paramref name="period"/> (2021 unless named).</summary>
    public static ListBuilder WithMembers(int count, int fighters = 0, string? period = null)
    {
        var builder = new ListBuilder();
        if (period != null)
        {
            builder._period = AssessmentPeriod.Parse(period);
        }

        for (var i = 0; i < count; i++)
        {
            var member = CollectiveBuilder.Member(i, grassrootsFighter: i < fighters, period: period ?? "2021");
            builder._members.Add(member);
            builder._nominations.Add(new Nomination { PersonId = member.Id!, Award = AwardCodes.AdvancedWorker });
        }

        return builder;
    }

    public static string Id(int index) => CollectiveBuilder.Member(index).Id!;

    /// <summary>Proposes members 0 … <paramref name="count"/> − 1 for CSTĐ cơ sở.</summary>
    public ListBuilder ProposeFighters(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Propose(i, AwardCodes.GrassrootsEmulationFighter);
        }

        return this;
    }

    public ListBuilder Propose(int member, string award, CommendationBasis? basis = null)
    {
        _nominations.Add(new Nomination { PersonId = Id(member), Award = award, Basis = basis });
        return this;
    }

    /// <summary>Adds to the member's award history a form received for <paramref name="period"/> on <paramref name="basis"/>.</summary>
    public ListBuilder Received(int member, string award, CommendationBasis? basis, string period = "2021")
    {
        var dossier = _members[member];
        var history = (dossier.AwardHistory ?? Array.Empty<AwardRecord>()).Append(new AwardRecord { Code = award, Period = AssessmentPeriod.Parse(period), Basis = basis });
        _members[member] = dossier with { AwardHistory = history.ToList() };
        return this;
    }

    public ListBuilder ProposeCollective(string award, CollectiveBuilder collective, string id)
    {
        _collectives.Add(new CollectiveNomination { Award = award, Collective = collective.Build() with { Id = id } });
        return this;
    }

    public ListBuilder WithCeiling(int? percent)
    {
        _ceiling = percent;
        return this;
    }

    public ListBuilder WithFlagPool(int? pool)
    {
        _pool = pool;
        return this;
    }

    public NominationList Build() => new()
    {
        UnitId = "U-01",
        Period = _period,
        Members = _members.ToList(),
        Nominations = _nominations.ToList(),
        Collectives = _collectives.ToList(),
        GrassrootsFighterCeilingPercent = _ceiling,
        GovernmentFlagPool = _pool,
    };

    public NominationListResult Validate() => ThiDuaRules.Default.ValidateList(Build());
}
