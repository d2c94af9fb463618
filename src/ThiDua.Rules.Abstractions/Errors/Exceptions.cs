using System;
using System.Collections.Generic;
using System.Linq;

namespace ThiDua.Rules
{
    /// <summary>The base of every exception ThiDua.Rules throws for misuse or bad data.</summary>
    public abstract class ThiDuaRulesException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, and where.</param>
        /// <param name="inner">The underlying exception, if any.</param>
        protected ThiDuaRulesException(string message, Exception? inner = null)
            : base(message, inner)
        {
        }
    }

    /// <summary>An award code that the selected regime does not define.</summary>
    public sealed class UnknownAwardException : ThiDuaRulesException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="code">The code asked for.</param>
        /// <param name="regimeId">The regime searched.</param>
        /// <param name="knownCodes">The codes the regime defines.</param>
        public UnknownAwardException(string code, string regimeId, IEnumerable<string> knownCodes)
            : base($"Unknown award '{code}' in regime '{regimeId}'. Known awards: {string.Join(", ", knownCodes)}.")
        {
            Code = code;
            RegimeId = regimeId;
        }

        /// <summary>The code asked for.</summary>
        public string Code { get; }

        /// <summary>The regime searched.</summary>
        public string RegimeId { get; }
    }

    /// <summary>
    /// An award asked of the wrong kind of check: a collective title for a person, a person's title for a collective, a
    /// household title for a collective, and so on. The message names the check to use.
    /// </summary>
    public sealed class AwardSubjectMismatchException : ThiDuaRulesException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="code">The award code asked for.</param>
        /// <param name="subject">Whom the award is for.</param>
        /// <param name="message">What was asked, and which check takes the award.</param>
        public AwardSubjectMismatchException(string code, AwardSubject subject, string message)
            : base(message)
        {
            Code = code;
            Subject = subject;
        }

        /// <summary>The award code asked for.</summary>
        public string Code { get; }

        /// <summary>Whom the award is for.</summary>
        public AwardSubject Subject { get; }
    }

    /// <summary>A regime id that the loaded rule data does not define.</summary>
    public sealed class UnknownRegimeException : ThiDuaRulesException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="regimeId">The id asked for.</param>
        /// <param name="knownRegimes">The ids the rule data defines.</param>
        public UnknownRegimeException(string regimeId, IEnumerable<string> knownRegimes)
            : base($"Unknown regime '{regimeId}'. Known regimes: {string.Join(", ", knownRegimes)}.")
        {
            RegimeId = regimeId;
        }

        /// <summary>The id asked for.</summary>
        public string RegimeId { get; }
    }

    /// <summary>An assessment period that no regime covers (or that the named regime does not cover).</summary>
    public sealed class PeriodNotCoveredException : ThiDuaRulesException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="period">The period asked for.</param>
        /// <param name="message">Which periods are covered, and why this one is not.</param>
        public PeriodNotCoveredException(AssessmentPeriod period, string message)
            : base(message)
        {
            Period = period;
        }

        /// <summary>The period asked for.</summary>
        public AssessmentPeriod Period { get; }
    }

    /// <summary>One problem found in a dossier: where it is and what is wrong.</summary>
    public sealed record DossierProblem
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="path">The JSON path of the offending value, e.g. <c>$.periods[0].monthsWorked</c>.</param>
        /// <param name="reason">What is wrong with it.</param>
        public DossierProblem(string path, string reason)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        }

        /// <summary>The JSON path of the offending value.</summary>
        public string Path { get; }

        /// <summary>What is wrong with it.</summary>
        public string Reason { get; }

        /// <summary>Formats the problem as <c>path: reason</c>.</summary>
        /// <returns>The formatted problem.</returns>
        public override string ToString() => Path + ": " + Reason;
    }

    /// <summary>A dossier that cannot be read or holds impossible values; every problem is listed.</summary>
    public sealed class InvalidDossierException : ThiDuaRulesException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="problems">Every problem found.</param>
        /// <param name="inner">The underlying exception, if any.</param>
        public InvalidDossierException(IReadOnlyList<DossierProblem> problems, Exception? inner = null)
            : base(Describe(problems), inner)
        {
            Problems = problems;
        }

        /// <summary>Every problem found.</summary>
        public IReadOnlyList<DossierProblem> Problems { get; }

        private static string Describe(IReadOnlyList<DossierProblem> problems) => problems.Count == 1
            ? "Invalid dossier: " + problems[0]
            : $"Invalid dossier ({problems.Count} problems): " + string.Join("; ", problems.Select(p => p.ToString()));
    }

    /// <summary>One problem found in rule data: the file, the rule and what is wrong.</summary>
    public sealed record RuleSetProblem
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="file">The rule file, relative to the rule-set root.</param>
        /// <param name="ruleId">The rule concerned, or <see langword="null"/> for a problem with the whole file.</param>
        /// <param name="reason">What is wrong.</param>
        public RuleSetProblem(string file, string? ruleId, string reason)
        {
            File = file ?? throw new ArgumentNullException(nameof(file));
            RuleId = ruleId;
            Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        }

        /// <summary>The rule file, relative to the rule-set root.</summary>
        public string File { get; }

        /// <summary>The rule concerned, or <see langword="null"/> for a problem with the whole file.</summary>
        public string? RuleId { get; }

        /// <summary>What is wrong.</summary>
        public string Reason { get; }

        /// <summary>Formats the problem as <c>file [rule]: reason</c>.</summary>
        /// <returns>The formatted problem.</returns>
        public override string ToString() => RuleId == null ? $"{File}: {Reason}" : $"{File} [{RuleId}]: {Reason}";
    }

    /// <summary>Rule data that failed validation; every problem is listed at once.</summary>
    public sealed class RuleSetValidationException : ThiDuaRulesException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="problems">Every problem found.</param>
        public RuleSetValidationException(IReadOnlyList<RuleSetProblem> problems)
            : base($"The rule data is invalid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):" + Environment.NewLine
                   + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
        {
            Problems = problems;
        }

        /// <summary>Every problem found.</summary>
        public IReadOnlyList<RuleSetProblem> Problems { get; }
    }

    /// <summary>
    /// A rule failed while evaluating facts that were all present: a defect in the rule data or the library,
    /// never a reason to report the condition as not met.
    /// </summary>
    public sealed class RuleEvaluationException : ThiDuaRulesException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="ruleId">The rule that failed.</param>
        /// <param name="detail">What the engine reported.</param>
        public RuleEvaluationException(string ruleId, string detail)
            : base($"Rule '{ruleId}' failed to evaluate: {detail}")
        {
            RuleId = ruleId;
        }

        /// <summary>The rule that failed.</summary>
        public string RuleId { get; }
    }
}
