namespace ThiDua.Rules.WebApi.Problems;

/// <summary>A request the API refuses, with the problem details to answer.</summary>
internal sealed class ApiProblemException : Exception
{
    public ApiProblemException(int status, string type, string title, IReadOnlyList<DossierProblem> problems)
        : base(title)
    {
        Status = status;
        Type = type;
        Title = title;
        Problems = problems;
    }

    public int Status { get; }

    public string Type { get; }

    public string Title { get; }

    /// <summary>What is wrong and where: a JSON path into the body (<c>$…</c>), or the name of a query parameter.</summary>
    public IReadOnlyList<DossierProblem> Problems { get; }
}
