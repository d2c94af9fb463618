namespace ThiDua.Rules.Cli.Rendering;

/// <summary>How a dossier's person is named in table headers.</summary>
internal static class PersonLine
{
    public static string Of(IndividualDossier dossier, Language language)
    {
        var name = string.IsNullOrWhiteSpace(dossier.FullName) ? Labels.Pick(language, "(không rõ họ tên)", "(name not given)") : dossier.FullName;
        var category = dossier.Category is PersonnelCategory c ? ", " + Labels.Of(c, language) : string.Empty;
        return string.IsNullOrWhiteSpace(dossier.Id) ? name + category : $"{name} ({dossier.Id}{category})";
    }

    /// <summary>A collective's header line: its name, id and kind.</summary>
    public static string Of(CollectiveDossier collective, Language language)
    {
        var kind = collective.Kind is CollectiveKind k ? ", " + Labels.Pick(language, k == CollectiveKind.ArmedForces ? "đơn vị lực lượng vũ trang" : "tập thể", k == CollectiveKind.ArmedForces ? "armed-forces unit" : "collective") : string.Empty;
        return $"{Labels.Pick(language, "Tập thể được xét", "Collective")}: {Named(collective.Name, collective.Id, language)}{kind}";
    }

    /// <summary>A household's or village's header line: its name and id.</summary>
    public static string Of(CommunityDossier community, Language language)
        => $"{Labels.Pick(language, "Hộ gia đình / thôn, tổ dân phố được xét", "Household or village")}: {Named(community.Name, community.Id, language)}";

    private static string Named(string? name, string? id, Language language)
    {
        var shown = string.IsNullOrWhiteSpace(name) ? Labels.Pick(language, "(không rõ tên)", "(name not given)") : name;
        return string.IsNullOrWhiteSpace(id) ? shown : $"{shown} ({id})";
    }
}
