namespace ThiDua.Rules.Benchmarks.References;

/// <summary>What the hand-written floor says: the verdict and each condition's outcome, in the library's order.</summary>
public readonly struct FloorResult
{
    public FloorResult(Verdict verdict, ConditionOutcome[] outcomes)
    {
        Verdict = verdict;
        Outcomes = outcomes;
    }

    public Verdict Verdict { get; }

    public ConditionOutcome[] Outcomes { get; }
}

/// <summary>
/// Reference (3), the practical floor: the LDTT and CSTDCS conditions of vn-2013 written by hand in plain C#, with
/// the same Unknown rules (a condition whose facts are missing is Unknown; a category-specific criterion failed by a
/// person whose category is unknown is Unknown, as it may not apply) but no engine, no rule data, no messages,
/// values or citations. The plain NRules reference (PlainNRules.cs) calls the same condition helpers. It exists only here; the verification run checks that it agrees with the
/// library, outcome by outcome, on the generated dossiers, so that the ratio compares like with like.
/// </summary>
internal static class HandWrittenFloor
{
    private const ConditionOutcome Met = ConditionOutcome.Met;
    private const ConditionOutcome NotMet = ConditionOutcome.NotMet;
    private const ConditionOutcome Unknown = ConditionOutcome.Unknown;

    /// <summary>Advanced Worker, every condition (standard and procedural).</summary>
    public static FloorResult Ldtt(IndividualDossier dossier, AssessmentPeriod period)
    {
        var outcomes = new List<ConditionOutcome>(14);
        AdvancedStandard(dossier, period, outcomes, armedForcesTitle: false);
        Procedural(dossier, period, AwardCodes.AdvancedWorker, outcomes);
        return Result(outcomes);
    }

    /// <summary>Grassroots Emulation Fighter, with its LDTT/CSTT prerequisite evaluated when the history lacks it.</summary>
    public static FloorResult Cstdcs(IndividualDossier dossier, AssessmentPeriod period)
    {
        var outcomes = new List<ConditionOutcome>(5) { Prerequisite(dossier, period), UnitInitiative(dossier, period) };
        Procedural(dossier, period, AwardCodes.GrassrootsEmulationFighter, outcomes, annual: true);
        return Result(outcomes);
    }

    internal static ConditionOutcome Prerequisite(IndividualDossier dossier, AssessmentPeriod period)
    {
        if (dossier.Category is not PersonnelCategory category)
        {
            return Unknown;
        }

        var armedForces = category == PersonnelCategory.ArmedForces;
        var required = armedForces ? AwardCodes.AdvancedSoldier : AwardCodes.AdvancedWorker;
        if (dossier.AwardHistory != null)
        {
            foreach (var award in dossier.AwardHistory)
            {
                if (award.Code == required && award.Period == period)
                {
                    return Met;
                }
            }
        }

        var standard = new List<ConditionOutcome>(11);
        AdvancedStandard(dossier, period, standard, armedForces);
        return Result(standard).Verdict switch
        {
            Verdict.Eligible => Met,

            // With the award history unknown, a decision awarding the prerequisite may exist: not final.
            Verdict.NotEligible => dossier.AwardHistory == null ? Unknown : NotMet,
            _ => Unknown,
        };
    }

    /// <summary>The subject group, then shared/advanced-standard.json, in file order.</summary>
    internal static void AdvancedStandard(IndividualDossier dossier, AssessmentPeriod period, List<ConditionOutcome> outcomes, bool armedForcesTitle)
    {
        var category = dossier.Category;
        var record = RecordFor(dossier, period);
        var attestations = record?.Attestations;

        outcomes.Add(SubjectGroup(category, armedForcesTitle));

        // Khoản 1 (cadres, civil servants, armed forces); a category that is not known keeps every rule.
        if (category != PersonnelCategory.Worker)
        {
            outcomes.Add(Specific(category, TasksWell(record)));
            outcomes.Add(Specific(category, Finding(attestations?.PolicyComplianceAndSolidarity)));
            outcomes.Add(Specific(category, Finding(attestations?.ActiveStudy)));
            outcomes.Add(Specific(category, Finding(attestations?.EthicsAndLifestyle)));
        }

        // Khoản 3 (workers, farmers, labourers).
        if (category is null or PersonnelCategory.Worker)
        {
            outcomes.Add(Specific(category, Finding(attestations?.ProductiveWorkAndEmulation)));
            outcomes.Add(Specific(category, Finding(attestations?.ExemplaryConduct)));
        }

        outcomes.Add(NewRecruit(dossier, period));
        outcomes.Add(NoDiscipline(dossier, period));
        outcomes.Add(EarlierDisciplineInForce(dossier, period));
        outcomes.Add(CriminalSentenceServed(dossier, period));
        outcomes.Add(LongTraining(record));
        outcomes.Add(Transfer(record?.Transfer));
    }

    /// <summary>shared/general.json and, for annual titles, shared/annual.json.</summary>
    internal static void Procedural(IndividualDossier dossier, AssessmentPeriod period, string awardCode, List<ConditionOutcome> outcomes, bool annual = true)
    {
        outcomes.Add(NoPendingProceedings(dossier, period));
        outcomes.Add(AfterPreviousAward(dossier, period, awardCode));
        if (annual)
        {
            outcomes.Add(NotAlreadyAwarded(dossier, period, awardCode));
        }

        outcomes.Add(Registered(RecordFor(dossier, period)));
    }

    /// <summary>LDTT.SUBJECT_GROUP (civil servants and workers) or CSTT.SUBJECT_GROUP (armed forces).</summary>
    internal static ConditionOutcome SubjectGroup(PersonnelCategory? category, bool armedForcesTitle)
        => category == null ? Unknown
            : armedForcesTitle ? Of(category == PersonnelCategory.ArmedForces)
            : Of(category is PersonnelCategory.CivilServant or PersonnelCategory.Worker);

    /// <summary>STD.K1_TASKS_WELL, before <see cref="Specific"/>.</summary>
    internal static ConditionOutcome TasksWell(PeriodRecord? record)
        => record?.TaskRating is TaskRating rating ? Of(rating >= TaskRating.CompletedWell) : Unknown;

    /// <summary>STD.NEW_RECRUIT_10_MONTHS: months from the first recruitment, less the whole months of each break up to the period's end.</summary>
    internal static ConditionOutcome NewRecruit(IndividualDossier dossier, AssessmentPeriod period)
    {
        if (dossier.RecruitmentDate is not DateTime recruited)
        {
            return Unknown;
        }

        var months = MonthsUntilEnd(recruited, period);
        foreach (var gap in dossier.EmploymentBreaks ?? Array.Empty<EmploymentBreak>())
        {
            if (gap.From <= period.End)
            {
                months -= MonthsBetween(gap.From, (gap.To < period.End ? gap.To : period.End).AddDays(1));
            }
        }

        return Of(months >= 10);
    }

    /// <summary>
    /// STD.NO_DISCIPLINE_IN_FORCE_FROM_EARLIER with the host setting left at its default: a decision made before the period
    /// that was still in force in it, or one whose end is not stated, leaves the condition Unknown.
    /// </summary>
    internal static ConditionOutcome EarlierDisciplineInForce(IndividualDossier dossier, AssessmentPeriod period)
    {
        if (dossier.Disciplines is not { } disciplines)
        {
            return Unknown;
        }

        foreach (var discipline in disciplines)
        {
            var ends = new[] { discipline.LiftedOn, discipline.InForceUntil }.Where(d => d != null).Select(d => d!.Value).ToList();
            if (discipline.DecisionDate < period.Start && (ends.Count == 0 || ends.Min() >= period.Start))
            {
                return Unknown;
            }
        }

        return Met;
    }

    /// <summary>STD.NO_CRIMINAL_SENTENCE_BEING_SERVED with the default host setting: any sentence served in the period, or one that cannot be told, is Unknown.</summary>
    internal static ConditionOutcome CriminalSentenceServed(IndividualDossier dossier, AssessmentPeriod period)
    {
        if (dossier.CriminalSentences is not { } sentences)
        {
            return Unknown;
        }

        return sentences.Any(s => s.JudgmentDate <= period.End && (s.JudgmentDate >= period.Start || s.ServedUntil == null || s.ServedUntil >= period.Start)) ? Unknown : Met;
    }

    /// <summary>GEN.EMULATION_REGISTRATION with the default host setting: registered is Met; not registered, or not stated, is Unknown.</summary>
    internal static ConditionOutcome Registered(PeriodRecord? record) => record?.EmulationRegistered == true ? Met : Unknown;

    /// <summary>STD.NO_DISCIPLINE.</summary>
    internal static ConditionOutcome NoDiscipline(IndividualDossier dossier, AssessmentPeriod period)
        => dossier.Disciplines is { } disciplines ? Of(!disciplines.Any(d => period.Contains(d.DecisionDate))) : Unknown;

    /// <summary>GEN.NO_PENDING_PROCEEDINGS.</summary>
    internal static ConditionOutcome NoPendingProceedings(IndividualDossier dossier, AssessmentPeriod period)
        => dossier.Proceedings is { } proceedings ? Of(!proceedings.Any(p => p.IsPendingOn(period.End))) : Unknown;

    /// <summary>GEN.AFTER_PREVIOUS_AWARD_PERIOD: no earlier award of this code whose period reaches into this one.</summary>
    internal static ConditionOutcome AfterPreviousAward(IndividualDossier dossier, AssessmentPeriod period, string awardCode)
    {
        if (dossier.AwardHistory is not { } history)
        {
            return Unknown;
        }

        foreach (var award in history)
        {
            if (award.Code == awardCode && award.Period != period && award.Period.Kind == period.Kind && award.Period.End >= period.Start)
            {
                return NotMet;
            }
        }

        return Met;
    }

    /// <summary>GEN.NOT_ALREADY_AWARDED (annual titles): no award of this code for this very period.</summary>
    internal static ConditionOutcome NotAlreadyAwarded(IndividualDossier dossier, AssessmentPeriod period, string awardCode)
    {
        if (dossier.AwardHistory is not { } history)
        {
            return Unknown;
        }

        foreach (var award in history)
        {
            if (award.Code == awardCode && award.Period == period)
            {
                return NotMet;
            }
        }

        return Met;
    }

    internal static ConditionOutcome UnitInitiative(IndividualDossier dossier, AssessmentPeriod period)
    {
        if (dossier.Initiatives == null)
        {
            return Unknown;
        }

        var qualifying = 0;
        var undecidable = false;
        foreach (var initiative in dossier.Initiatives)
        {
            if (initiative.Period.Kind != period.Kind || initiative.Period.StartYear != period.StartYear)
            {
                continue;
            }

            bool? qualifies = initiative.Kind switch
            {
                InitiativeKind.Initiative => true,
                InitiativeKind.ResearchTopic => initiative.AcceptedAndApplied,
                // Combat creativity: armed forces only, with excellent completion of duty in its period.
                _ => dossier.Category == null ? null
                    : dossier.Category != PersonnelCategory.ArmedForces ? false
                    : RecordFor(dossier, initiative.Period)?.TaskRating is TaskRating rating ? rating == TaskRating.CompletedExcellently : null,
            };
            qualifying += qualifies == true ? 1 : 0;
            undecidable |= qualifies == null;
        }

        return qualifying > 0 ? Met : undecidable ? Unknown : NotMet;
    }

    internal static ConditionOutcome LongTraining(PeriodRecord? record)
    {
        var allLong = true;
        var known = true;
        foreach (var leave in record?.Leaves ?? Array.Empty<LeaveRecord>())
        {
            if (leave.Kind != LeaveKind.Training)
            {
                continue;
            }

            if (leave.CourseMonths is not int months)
            {
                known = false;
            }
            else if (months >= 12)
            {
                known &= leave.CompliedWithRules != null && leave.Result != null;
                allLong &= leave.CompliedWithRules == true && leave.Result >= StudyResult.Good;
            }
        }

        return known ? Of(allLong) : Unknown;
    }

    internal static ConditionOutcome Transfer(TransferRecord? transfer)
    {
        if (transfer == null)
        {
            return Met;
        }

        if (transfer.MonthsAtPreviousUnit is not int months)
        {
            return Unknown;
        }

        if (months < 6)
        {
            return Met;
        }

        return transfer.PreviousUnitCommentProvided is bool provided ? Of(provided) : Unknown;
    }

    internal static int MonthsUntilEnd(DateTime recruited, AssessmentPeriod period) => MonthsBetween(recruited, period.End.AddDays(1));

    private static int MonthsBetween(DateTime from, DateTime until)
        => Math.Max(0, ((until.Year - from.Year) * 12) + until.Month - from.Month - (until.Day < from.Day ? 1 : 0));

    internal static PeriodRecord? RecordFor(IndividualDossier dossier, AssessmentPeriod period)
    {
        if (dossier.Periods != null)
        {
            foreach (var record in dossier.Periods)
            {
                if (record.Period == period)
                {
                    return record;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A criterion of one personnel category (khoản 1 or khoản 3) failed by a person whose category is unknown may not
    /// apply to them at all: Unknown, not NotMet (as the library's UnlessCategoryUnknown).
    /// </summary>
    internal static ConditionOutcome Specific(PersonnelCategory? category, ConditionOutcome outcome)
        => category == null && outcome == NotMet ? Unknown : outcome;

    internal static ConditionOutcome Finding(bool? attested) => attested is bool b ? Of(b) : Unknown;

    internal static ConditionOutcome Of(bool met) => met ? Met : NotMet;

    internal static FloorResult Result(List<ConditionOutcome> outcomes)
    {
        var verdict = Verdict.Eligible;
        foreach (var outcome in outcomes)
        {
            if (outcome == NotMet)
            {
                verdict = Verdict.NotEligible;
            }
            else if (outcome == Unknown && verdict == Verdict.Eligible)
            {
                verdict = Verdict.NeedsInformation;
            }
        }

        return new FloorResult(verdict, outcomes.ToArray());
    }
}
