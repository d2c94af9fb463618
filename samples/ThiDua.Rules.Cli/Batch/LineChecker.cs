using System.Globalization;

namespace ThiDua.Rules.Cli.Batch;

/// <summary>Reads and checks one line. Thread-safe; every failure becomes an outcome, so one bad line never stops a batch.</summary>
internal sealed class LineChecker
{
    private readonly IEligibilityChecker _checker;
    private readonly AssessmentPeriod _period;
    private readonly IReadOnlyList<string> _awards;
    private readonly ThiDuaLimits _limits;

    /// <param name="awards">The awards to check; none for every award that applies to each dossier.</param>
    public LineChecker(IEligibilityChecker checker, AssessmentPeriod period, IReadOnlyList<string> awards, ThiDuaLimits limits)
    {
        _checker = checker;
        _period = period;
        _awards = awards;
        _limits = limits;
    }

    public LineOutcome Check(InputLine line)
    {
        if (line.Utf8 == null)
        {
            return Invalid(line.Number, new DossierProblem(
                "$",
                $"the line is too large: {line.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit ThiDuaLimits.MaxDocumentBytes "
                + $"({_limits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture)} bytes); it was not read"));
        }

        IndividualDossier? dossier = null;
        try
        {
            dossier = ThiDuaJson.ReadDossier(line.Utf8, _limits);
            // One award: the single check, which compiles that award's rules only; several: one run over the set.
            var results = _awards.Count switch
            {
                0 => _checker.CheckAll(dossier, _period),
                1 => new[] { _checker.Check(new EligibilityRequest(_awards[0], dossier, _period)) },
                _ => _checker.CheckAwards(dossier, _period, _awards),
            };
            return new LineOutcome { Line = line.Number, DossierId = dossier.Id, Results = results };
        }
        catch (InvalidDossierException e)
        {
            return new LineOutcome { Line = line.Number, DossierId = dossier?.Id, Problems = e.Problems };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect or a rule that failed on this dossier: recorded with the line, as the CLI reports it, never a stack trace.
            return new LineOutcome
            {
                Line = line.Number,
                DossierId = dossier?.Id,
                Problems = new[] { new DossierProblem("$", $"internal error ({e.GetType().Name}): {e.Message}") },
                Failed = true,
            };
        }
    }

    private static LineOutcome Invalid(long line, DossierProblem problem) => new() { Line = line, Problems = new[] { problem } };
}
