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
}
