using ThiDua.Rules.Tests.Conditions;

namespace ThiDua.Rules.Tests.Collectives;

/// <summary>The citations of the collective conditions, written out from the law (Điều, khoản, điểm) for the tests to compare.</summary>
internal static class CollectiveCites
{
    public const string Law = "LAW_15_2003";

    public static Cite[] Parse(string text)
        => text.Split('|').Select(part =>
        {
            var p = part.Split(':');
            return new Cite(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p.Length > 2 ? int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture) : null, p.Length > 3 ? p[3] : null);
        }).ToArray();

    /// <summary>Sets one council finding on the collective by its JSON name.</summary>
    public static CollectiveAttestations With(CollectiveAttestations a, string finding, bool? value) => finding switch
    {
        "effectiveEmulationMovement" => a with { EffectiveEmulationMovement = value },
        "unityAndCompliance" => a with { UnityAndCompliance = value },
        "creativeAndFulfilledObligations" => a with { CreativeAndFulfilledObligations = value },
        "exceededTargets" => a with { ExceededTargets = value },
        "outstandingInMinistryOrProvince" => a with { OutstandingInMinistryOrProvince = value },
        "newFactorsOrModels" => a with { NewFactorsOrModels = value },
        "thriftAndFightingWaste" => a with { ThriftAndFightingWaste = value },
        "chosenInClusterRating" => a with { ChosenInClusterRating = value },
        "outstandingNationwide" => a with { OutstandingNationwide = value },
        "mostOutstandingInMovement" => a with { MostOutstandingInMovement = value },
        "metMinistryFlagStandard" => a with { MetMinistryFlagStandard = value },
        "outstandingAmongClusterLeaders" => a with { OutstandingAmongClusterLeaders = value },
        "partyAndMassOrganisationsStrong" => a with { PartyAndMassOrganisationsStrong = value },
        "governmentFlagDecreeDetailMet" => a with { MetGovernmentFlagDecreeDetail = value },
        "leadsDistrictMovement" => a with { LeadsDistrictMovement = value },
        "metProvincialLeadershipTest" => a with { MetProvincialLeadershipTest = value },
        "socioEconomicAndSecurityTasksDone" => a with { SocioEconomicAndSecurityTasksDone = value },
        "stableDevelopingEconomy" => a with { StableDevelopingEconomy = value },
        "healthyCommuneCulturalLife" => a with { HealthyCommuneCulturalLife = value },
        "safeCleanEnvironment" => a with { SafeCleanEnvironment = value },
        "compliesWithPartyAndStatePolicy" => a with { CompliesWithPartyAndStatePolicy = value },
        "metProvincialCommuneStandard" => a with { MetProvincialCommuneStandard = value },
        "leadsCentralCouncilCluster" => a with { LeadsCentralCouncilCluster = value },
        "leadsPrimeMinisterMovementAtReview" => a with { LeadsPrimeMinisterMovementAtReview = value },
        _ => throw new ArgumentException("unknown finding " + finding, nameof(finding)),
    };
}
