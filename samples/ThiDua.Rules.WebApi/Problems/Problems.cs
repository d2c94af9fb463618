namespace ThiDua.Rules.WebApi.Problems;

/// <summary>Turns the library's refusals into problem details (RFC 7807) with a <c>problems</c> list of path and reason.</summary>
internal static class Problems
{
    /// <summary>Runs <paramref name="handler"/>, answering a refusal with its problem details.</summary>
    public static async Task<IResult> Guard(Func<Task<IResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (ApiProblemException e)
        {
            return Of(e.Status, e.Type, e.Title, e.Problems);
        }
        catch (InvalidDossierException e)
        {
            return Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidDossier, "Invalid dossier", e.Problems);
        }
        catch (UnknownAwardException e)
        {
            return Of(StatusCodes.Status400BadRequest, ProblemTypes.UnknownAward, "Unknown award", new[] { new DossierProblem("award", e.Message) });
        }
        catch (AwardSubjectMismatchException e)
        {
            return Of(StatusCodes.Status400BadRequest, ProblemTypes.UnknownAward, "Award not for this kind of check", new[] { new DossierProblem("award", e.Message) });
        }
        catch (UnknownRegimeException e)
        {
            return Of(StatusCodes.Status400BadRequest, ProblemTypes.UnknownRegime, "Unknown regime", new[] { new DossierProblem("regime", e.Message) });
        }
        catch (PeriodNotCoveredException e)
        {
            return Of(StatusCodes.Status400BadRequest, ProblemTypes.PeriodNotCovered, "Period not covered", new[] { new DossierProblem("period", e.Message) });
        }
    }

    /// <summary>A missing or malformed query parameter.</summary>
    public static ApiProblemException InvalidParameter(string name, string reason)
        => new(StatusCodes.Status400BadRequest, ProblemTypes.InvalidParameter, "Invalid query parameter", new[] { new DossierProblem(name, reason) });

    public static IResult Of(int status, string type, string title, IReadOnlyList<DossierProblem> problems) => Results.Problem(
        statusCode: status,
        type: type,
        title: title,
        detail: string.Join("; ", problems.Select(p => p.ToString())),
        extensions: new Dictionary<string, object?> { ["problems"] = problems });
}
