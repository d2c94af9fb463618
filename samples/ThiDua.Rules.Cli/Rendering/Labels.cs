using System.Globalization;

namespace ThiDua.Rules.Cli.Rendering;

/// <summary>Words and marks the tables use, in Vietnamese or English.</summary>
internal static class Labels
{
    public static string Pick(Language language, string vi, string en) => language == Language.English ? en : vi;

    public static string Mark(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => "✓",
        ConditionOutcome.NotMet => "✗",
        _ => "?",
    };

    public static string Mark(Verdict verdict) => verdict switch
    {
        Verdict.Eligible => "✓",
        Verdict.NotEligible => "✗",
        _ => "?",
    };

    public static string Of(Verdict verdict, Language language) => verdict switch
    {
        Verdict.Eligible => Pick(language, "ĐỦ ĐIỀU KIỆN", "ELIGIBLE"),
        Verdict.NotEligible => Pick(language, "KHÔNG ĐỦ ĐIỀU KIỆN", "NOT ELIGIBLE"),
        _ => Pick(language, "CẦN BỔ SUNG THÔNG TIN", "NEEDS INFORMATION"),
    };

    public static string Of(ConditionOutcome outcome, Language language) => outcome switch
    {
        ConditionOutcome.Met => Pick(language, "đạt", "met"),
        ConditionOutcome.NotMet => Pick(language, "không đạt", "not met"),
        _ => Pick(language, "chưa xác định", "undecided"),
    };

    /// <summary>" [route k1]" after a condition of an alternative route; empty for a condition every route requires.</summary>
    public static string RouteTag(string? route, Language language)
        => route == null ? string.Empty : $" [{Pick(language, "trường hợp", "route")} {route}]";

    public static string Of(AwardSubject subject, Language language) => subject switch
    {
        AwardSubject.Individual => Pick(language, "cá nhân", "individual"),
        AwardSubject.Collective => Pick(language, "tập thể", "collective"),
        AwardSubject.Household => Pick(language, "hộ gia đình", "household"),
        AwardSubject.Village => Pick(language, "thôn, tổ dân phố", "village"),
        AwardSubject.NominationList => Pick(language, "danh sách đề nghị", "nomination list"),
        _ => subject.ToString(),
    };

    public static string Of(AwardCategory category, Language language) => category switch
    {
        AwardCategory.EmulationTitle => Pick(language, "danh hiệu thi đua", "emulation title"),
        AwardCategory.Order => Pick(language, "huân chương", "order"),
        AwardCategory.Medal => Pick(language, "huy chương", "medal"),
        AwardCategory.HonoraryTitle => Pick(language, "danh hiệu vinh dự nhà nước", "State honorary title"),
        AwardCategory.CertificateOfMerit => Pick(language, "bằng khen", "certificate of merit"),
        AwardCategory.LetterOfCommendation => Pick(language, "giấy khen", "letter of commendation"),
        _ => category.ToString(),
    };

    public static string Of(AwardCadence cadence, Language language) => cadence switch
    {
        AwardCadence.Annual => Pick(language, "hằng năm", "annual"),
        AwardCadence.OnCompletedRun => Pick(language, "khi đủ chuỗi danh hiệu liên tục", "on completing a run of titles"),
        AwardCadence.ProposalYearAfterRun => Pick(language, "đề nghị vào năm cố định sau chuỗi danh hiệu", "proposed in a fixed year after a run"),
        _ => cadence.ToString(),
    };

    public static string Of(PersonnelCategory category, Language language) => category switch
    {
        PersonnelCategory.CivilServant => Pick(language, "cán bộ, công chức, viên chức", "cadres, civil servants, public employees"),
        PersonnelCategory.Worker => Pick(language, "công nhân, nông dân, người lao động", "workers, farmers, labourers"),
        PersonnelCategory.ArmedForces => Pick(language, "lực lượng vũ trang", "armed forces"),
        _ => category.ToString(),
    };

    public static string Categories(IReadOnlyList<PersonnelCategory> categories, Language language) => categories.Count == 0
        ? Pick(language, "mọi đối tượng", "everyone")
        : string.Join("; ", categories.Select(c => Of(c, language)));

    /// <summary>A suffix naming where a condition comes from when it is not the law itself, e.g. " [quy chế địa phương: ha-noi-2021]".</summary>
    public static string Origin(ConditionOrigin origin, string? name, Language language) => origin switch
    {
        ConditionOrigin.Overlay => $" [{Pick(language, "quy định địa phương", "local regulation")}: {name}]",
        ConditionOrigin.TightenedLaw => $" [{Pick(language, "siết chặt bởi quy định địa phương", "tightened by local regulation")}: {name}]",
        ConditionOrigin.HostRule => $" [{Pick(language, "quy tắc của ứng dụng", "host rule")}: {name}]",
        _ => string.Empty,
    };

    public static string Citations(IEnumerable<LegalCitation> citations, Language language)
        => string.Join("; ", citations.Select(c => c.Format(language)));

    public static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
