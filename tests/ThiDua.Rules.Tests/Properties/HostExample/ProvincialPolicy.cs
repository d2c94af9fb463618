namespace ThiDua.Rules.Tests.Properties.HostExample;

/// <summary>
/// The README's example of a host rule (kept compiling here): a province that, on top of the national standard,
/// refuses anyone disciplined in the period or the two periods before it.
/// </summary>
public static class ProvincialPolicy
{
    public static Verdict Check(IEligibilityChecker checker, EligibilityRequest request)
    {
        var national = checker.Check(request).Verdict;
        if (national == Verdict.NotEligible || request.Dossier.Disciplines == null)
        {
            return national;
        }

        var from = request.Period.Start.AddYears(-2);
        var disciplined = request.Dossier.Disciplines.Any(d => d.DecisionDate >= from && d.DecisionDate <= request.Period.End);
        return disciplined ? Verdict.NotEligible : national;
    }
}
