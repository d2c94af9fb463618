namespace ThiDua.Rules.Tests.Community;

/// <summary>
/// Builds households and villages for the culture-title tests. Each starting point is fully known and eligible in
/// 2021 under Decree 122/2018 (and in 2024 under Decree 86/2023), so a test changes one thing and looks at one condition.
/// </summary>
internal sealed class CommunityBuilder
{
    private readonly string _award;
    private CommunityAttestations? _attestations = AllFound;
    private bool? _registered = true;
    private ReviewMeeting? _meeting = new() { Invited = 20, Attended = 15, InFavour = 12 };
    private AssessmentPeriod _period = AssessmentPeriod.CalendarYear(2021);

    private CommunityBuilder(string award)
    {
        _award = award;
    }

    /// <summary>Every finding of both decrees, for households and villages, found positive.</summary>
    public static CommunityAttestations AllFound { get; } = new()
    {
        CompliantAndActive = true,
        HarmoniousAndHelpful = true,
        ProductiveWorkAndStudy = true,
        CompliesWithPolicyAndLaw = true,
        ActiveInLocalMovements = true,
        ProsperousHappyFamily = true,
        StableEconomy = true,
        HealthyCulturalLife = true,
        CleanEnvironment = true,
        ObservesPolicyAndLaw = true,
        CommunitySolidarity = true,
    };

    /// <summary>A registered household, every finding positive, reviewed by a meeting of 20 invited, 15 present, 12 in favour.</summary>
    public static CommunityBuilder Household() => new(AwardCodes.CulturedFamily);

    /// <summary>A village, every finding positive, reviewed by a meeting of 20 invited, 15 present, 12 in favour.</summary>
    public static CommunityBuilder Village() => new(AwardCodes.CulturedVillage);

    /// <summary>The builder of <paramref name="award"/>'s subject.</summary>
    public static CommunityBuilder For(string award) => award == AwardCodes.CulturedFamily ? Household() : Village();

    public string Award => _award;

    public CommunityBuilder InYear(int year)
    {
        _period = AssessmentPeriod.CalendarYear(year);
        return this;
    }

    /// <summary>Sets one finding by its JSON name.</summary>
    public CommunityBuilder WithFinding(string finding, bool? value)
    {
        var a = _attestations ?? new CommunityAttestations();
        _attestations = finding switch
        {
            "compliantAndActive" => a with { CompliantAndActive = value },
            "harmoniousAndHelpful" => a with { HarmoniousAndHelpful = value },
            "productiveWorkAndStudy" => a with { ProductiveWorkAndStudy = value },
            "compliesWithPolicyAndLaw" => a with { CompliesWithPolicyAndLaw = value },
            "activeInLocalMovements" => a with { ActiveInLocalMovements = value },
            "prosperousHappyFamily" => a with { ProsperousHappyFamily = value },
            "stableEconomy" => a with { StableEconomy = value },
            "healthyCulturalLife" => a with { HealthyCulturalLife = value },
            "cleanEnvironment" => a with { CleanEnvironment = value },
            "observesPolicyAndLaw" => a with { ObservesPolicyAndLaw = value },
            "communitySolidarity" => a with { CommunitySolidarity = value },
            _ => throw new ArgumentException("no finding " + finding, nameof(finding)),
        };
        return this;
    }

    public CommunityBuilder WithRegistration(bool? registered)
    {
        _registered = registered;
        return this;
    }

    public CommunityBuilder WithMeeting(int? invited, int? attended, int? inFavour)
    {
        _meeting = new ReviewMeeting { Invited = invited, Attended = attended, InFavour = inFavour };
        return this;
    }

    public CommunityDossier Build() => new()
    {
        Id = _award == AwardCodes.CulturedFamily ? "HGD-01" : "THON-01",
        Name = _award == AwardCodes.CulturedFamily ? "Hộ ông Nguyễn Văn An" : "Thôn Đông",
        AwardHistory = Array.Empty<AwardRecord>(),
        Periods = new[]
        {
            new CommunityPeriodRecord { Period = _period, EmulationRegistered = _registered, Attestations = _attestations, Meeting = _meeting },
        },
    };

    public EligibilityResult Check(string? regimeId = null)
        => ThiDuaRules.Default.CheckCommunity(new CommunityEligibilityRequest(_award, Build(), _period) { RegimeId = regimeId });
}
