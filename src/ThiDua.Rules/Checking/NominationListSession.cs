using System;
using System.Collections.Generic;
using System.Linq;
using NRules;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Facts;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// An open nomination list: its NRules session holds the list's check and one fact per nomination result, so that
    /// withdrawing or adding a nomination re-checks only that nomination, and the list tally rule and the list rules
    /// update from the change alone. Never several dossiers in the session: the nominations are checked in their own
    /// sessions and only their results come here (../shared/DESIGN.md).
    /// </summary>
    internal sealed class NominationListSession : INominationListSession
    {
        private readonly EligibilityChecker _checker;
        private readonly RegimeRuntime _runtime;
        private readonly NominationList _list;
        private readonly ISession _session;
        private readonly AwardCheck _check;
        private readonly Dictionary<string, IndividualDossier> _members;
        private readonly List<(NomineeOutcome Fact, NominationResult Result)> _entries = new List<(NomineeOutcome, NominationResult)>();
        private readonly (RuleData.CompiledRegime Regime, RegimeSelection Selection) _selected;
        private NominationListResult? _result;
        private bool _disposed;

        public NominationListSession(EligibilityChecker checker, RegimeRuntime runtime, AwardPlan plan, NominationList list, int grassrootsFighterCeilingPercent, (RuleData.CompiledRegime Regime, RegimeSelection Selection) selected)
        {
            _selected = selected;
            _checker = checker;
            _runtime = runtime;
            _list = list;
            _members = (list.Members ?? Array.Empty<IndividualDossier>()).ToDictionary(m => m.Id!, StringComparer.Ordinal);
            _check = new AwardCheck(new IndividualDossier { Id = list.UnitId }, plan, list.Period, list.Period.End)
            {
                ListTally = new ListTally(Exclusive, grassrootsFighterCeilingPercent, list.GovernmentFlagPool),
            };
            foreach (var nomination in list.Nominations ?? Array.Empty<Nomination>())
            {
                _entries.Add(Individual(nomination));
            }

            foreach (var nomination in list.Collectives ?? Array.Empty<CollectiveNomination>())
            {
                var result = _checker.CheckCollective(new CollectiveEligibilityRequest(nomination.Award, nomination.Collective, list.Period) { RegimeId = RegimeId }, _selected);
                _entries.Add(Entry(nomination.Collective.Id!, isCollective: true, result));
            }

            _session = plan.Sessions.CreateSession();
            RuleEngine.Fire(_session, () =>
            {
                _session.Insert(_check);
                _session.InsertAll(_entries.Select(e => e.Fact));
            });
        }

        public NominationListResult Result => _result ??= Compose();

        private string RegimeId => _runtime.Compiled.Regime.Id;

        public NominationListResult Withdraw(string subjectId, string award)
        {
            ThrowIfDisposed();
            var index = _entries.FindLastIndex(e => e.Result.SubjectId == subjectId && e.Result.Award == award);
            if (index < 0)
            {
                throw new ArgumentException($"The list holds no nomination of '{subjectId}' for {award}.", nameof(subjectId));
            }

            var fact = _entries[index].Fact;
            _entries.RemoveAt(index);
            return Refire(() => _session.Retract(fact));
        }

        public NominationListResult Add(Nomination nomination)
        {
            ThrowIfDisposed();
            if (nomination == null)
            {
                throw new ArgumentNullException(nameof(nomination));
            }

            if (!_members.ContainsKey(nomination.PersonId))
            {
                throw new ArgumentException($"The list has no dossier with id '{nomination.PersonId}'; add the person's dossier to the list's members first.", nameof(nomination));
            }

            var subject = _runtime.PlanFor(nomination.Award).Award.Definition.Subject;
            if (subject != AwardSubject.Individual)
            {
                throw new ArgumentException($"{nomination.Award} is not an award for a person.", nameof(nomination));
            }

            var entry = Individual(nomination);
            _entries.Add(entry);
            return Refire(() => _session.Insert(entry.Fact));
        }

        /// <summary>NRules sessions hold no unmanaged resources; the list is closed so that later calls fail loudly.</summary>
        public void Dispose() => _disposed = true;

        /// <summary>The list rules decide again from the changed tally: their outcomes are cleared and the list's check updated.</summary>
        private NominationListResult Refire(Action change)
        {

            RuleEngine.Fire(_session, () =>
            {
                change();
                _check.ResetOutcomes();
                _session.Update(_check);
            });
            _result = null;
            return Result;
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(INominationListSession), "The nomination list session was disposed.");
            }
        }

        private (NomineeOutcome Fact, NominationResult Result) Individual(Nomination nomination)
        {
            var dossier = _members[nomination.PersonId];
            var result = _checker.CheckNominee(dossier, nomination.Award, _list.Period, _selected.Selection);
            // Only a State-level nomination reads the person's earlier forms: the rest of a long list pays nothing for them.
            var stateLevel = IsStateLevel(nomination.Award);
            var fact = new NomineeOutcome(_check, nomination.PersonId, false, result.Award, result.Verdict)
            {
                StateLevel = stateLevel,
                Basis = nomination.Basis ?? BasisByLaw(nomination.Award),
                EarlierStateForms = stateLevel ? EarlierStateForms(dossier) : Array.Empty<CommendationBasis?>(),
            };
            return (fact, new NominationResult(nomination.PersonId, false, result));
        }

        private bool IsStateLevel(string award) => _runtime.Compiled.ByCode.TryGetValue(award, out var a) && a.Definition.IsStateLevel;

        /// <summary>The basis the award has by law whatever the achievement (the service medals: seniority), if any.</summary>
        private CommendationBasis? BasisByLaw(string award) => _runtime.Compiled.ByCode.TryGetValue(award, out var a) ? a.Definition.Basis : null;

        /// <summary>
        /// The bases of the State-level forms the person already received for the list's year: those whose
        /// achievement period ends in the same calendar year as the list's period (the library's reading of "within
        /// one year"). A code this regime does not define is not counted; a record without a basis takes the one the award
        /// has by law, if any.
        /// </summary>
        private IReadOnlyList<CommendationBasis?> EarlierStateForms(IndividualDossier dossier)
            => (dossier.AwardHistory ?? Array.Empty<AwardRecord>())
                .Where(a => a.Period.End.Year == _list.Period.End.Year && IsStateLevel(a.Code))
                .Select(a => a.Basis ?? BasisByLaw(a.Code))
                .ToList();

        private (NomineeOutcome Fact, NominationResult Result) Entry(string subjectId, bool isCollective, EligibilityResult result)
            => (new NomineeOutcome(_check, subjectId, isCollective, result.Award, result.Verdict), new NominationResult(subjectId, isCollective, result));

        /// <summary>Two individual titles exclude each other when the personnel groups they are for do not overlap.</summary>
        private bool Exclusive(string first, string second)
        {
            var a = _runtime.Compiled.ByCode.TryGetValue(first, out var x) ? x.Definition : null;
            var b = _runtime.Compiled.ByCode.TryGetValue(second, out var y) ? y.Definition : null;
            return a != null && b != null && a.EligibleCategories.Count > 0 && b.EligibleCategories.Count > 0 && !a.EligibleCategories.Intersect(b.EligibleCategories).Any();
        }

        private NominationListResult Compose()
        {
            var composed = ResultComposer.Compose(_check);
            var conditions = composed.Conditions;
            var nominations = _entries.Select(e => e.Result).ToList();
            var verdicts = nominations.Select(n => n.Result.Verdict).Prepend(composed.Verdict).ToList();
            var verdict = verdicts.Contains(Verdict.NotEligible) ? Verdict.NotEligible : verdicts.Contains(Verdict.NeedsInformation) ? Verdict.NeedsInformation : Verdict.Eligible;
            return new NominationListResult(_list.UnitId, _list.Period, RegimeId, verdict, nominations, conditions) { Selection = _selected.Selection };
        }
    }
}
