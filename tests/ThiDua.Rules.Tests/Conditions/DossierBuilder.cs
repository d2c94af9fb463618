namespace ThiDua.Rules.Tests.Conditions;

/// <summary>
/// Builds dossiers for condition tests: each starting point is fully known and eligible for its award, so a test
/// changes one thing and looks at one condition. Periods are calendar years unless a test says otherwise.
/// </summary>
internal sealed class DossierBuilder
{
    private readonly List<PeriodRecord> _periods = new();
    private PersonnelCategory? _category;
    private DateTime? _recruited = new(2010, 3, 1);
    private List<AwardRecord>? _awards = new();
    private List<DisciplineRecord>? _disciplines = new();
    private List<ProceedingRecord>? _proceedings = new();
    private List<CriminalSentenceRecord>? _sentences = new();
    private List<EmploymentBreak>? _breaks;
    private List<InitiativeRecord>? _initiatives = new();
    private Func<IndividualDossier, IndividualDossier> _finish = d => d;

    private DossierBuilder(PersonnelCategory category, AssessmentPeriod period, PeriodRecord record)
    {
        _category = category;
        Period = period;
        _periods.Add(record with { Period = period, EmulationRegistered = true });
    }

    /// <summary>The period the dossier is built for; rating, attestations, leave, transfer and ballots are changed in its record.</summary>
    public AssessmentPeriod Period { get; }

    /// <summary>A civil servant eligible for LDTT and CSTDCS in <paramref name="period"/> (default 2021): tasks completed well, every K1 finding positive, an initiative recognised by the unit.</summary>
    public static DossierBuilder CivilServant(string period = "2021")
    {
        var p = AssessmentPeriod.Parse(period);
        return new DossierBuilder(PersonnelCategory.CivilServant, p, new PeriodRecord { MonthsWorked = 12, TaskRating = TaskRating.CompletedWell, Attestations = K1Positive })
            .WithInitiative(InitiativeKind.Initiative, InitiativeScope.Unit, period);
    }

    /// <summary>A worker eligible for LDTT in <paramref name="period"/> (default 2021) on the K3 criteria (no task rating).</summary>
    public static DossierBuilder Worker(string period = "2021")
        => new(PersonnelCategory.Worker, AssessmentPeriod.Parse(period), new PeriodRecord
        {
            MonthsWorked = 12,
            Attestations = new CouncilAttestations { ProductiveWorkAndEmulation = true, ExemplaryConduct = true },
        });

    /// <summary>A soldier eligible for CSTT in <paramref name="period"/> (default 2021) (and, with the unit initiative, for CSTDCS).</summary>
    public static DossierBuilder Soldier(string period = "2021")
        => new DossierBuilder(PersonnelCategory.ArmedForces, AssessmentPeriod.Parse(period), new PeriodRecord { MonthsWorked = 12, TaskRating = TaskRating.CompletedWell, Attestations = K1Positive })
            .WithInitiative(InitiativeKind.Initiative, InitiativeScope.Unit, period);

    /// <summary>
    /// A civil servant eligible for CSTD_BO_TINH in 2021: CSTDCS 2019, 2020 and 2021, a provincial initiative in
    /// 2020, found outstanding, 19 of 20 council votes.
    /// </summary>
    public static DossierBuilder MinistryFighter()
        => CivilServant()
            .WithoutInitiatives()
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "2019", new DateTime(2020, 1, 20))
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "2020", new DateTime(2021, 1, 20))
            .WithAward(AwardCodes.GrassrootsEmulationFighter, "2021", new DateTime(2022, 1, 20))
            .WithInitiative(InitiativeKind.Initiative, InitiativeScope.MinistryOrProvince, "2020")
            .WithAttestations(a => a with { OutstandingAmongPeers = true })
            .WithBallot(AwardCodes.MinistryEmulationFighter, 20, 19);

    /// <summary>
    /// A civil servant eligible for CSTD_TOAN_QUOC proposed in 2022: CSTD_BO_TINH for 2015-2017 (decided 2018) and
    /// 2018-2020 (decided March 2021), a nationwide initiative in 2019, found the most outstanding, 19 of 20 votes.
    /// </summary>
    public static DossierBuilder NationalFighter(string proposalYear = "2022")
        => CivilServant(proposalYear)
            .WithoutInitiatives()
            .WithAward(AwardCodes.MinistryEmulationFighter, "2017", new DateTime(2018, 3, 15))
            .WithAward(AwardCodes.MinistryEmulationFighter, "2020", new DateTime(2021, 3, 10))
            .WithInitiative(InitiativeKind.Initiative, InitiativeScope.National, "2019")
            .WithAttestations(a => a with { MostOutstandingAmongPeers = true })
            .WithBallot(AwardCodes.NationalEmulationFighter, 20, 19);

    public DossierBuilder WithCategory(PersonnelCategory? category)
    {
        _category = category;
        return this;
    }

    public DossierBuilder RecruitedOn(DateTime? date)
    {
        _recruited = date;
        return this;
    }

    /// <summary>Changes the record of <see cref="Period"/>.</summary>
    public DossierBuilder WithRecord(Func<PeriodRecord, PeriodRecord> change)
    {
        var i = _periods.FindIndex(p => p.Period == Period);
        _periods[i] = change(_periods[i]) with { Period = Period };
        return this;
    }

    /// <summary>Sets the working days absent in the period (read by Decree 65/2014's 40-day exclusion).</summary>
    public DossierBuilder WithWorkingDaysAbsent(int? days) => WithRecord(r => r with { WorkingDaysAbsent = days });

    public DossierBuilder WithRating(TaskRating? rating) => WithRecord(r => r with { TaskRating = rating });

    public DossierBuilder WithAttestations(Func<CouncilAttestations, CouncilAttestations> change)
        => WithRecord(r => r with { Attestations = change(r.Attestations ?? new CouncilAttestations()) });

    /// <summary>Adds a leave record and reduces the months worked by its months.</summary>
    public DossierBuilder WithLeave(LeaveRecord leave)
        => WithRecord(r => r with
        {
            Leaves = (r.Leaves ?? Array.Empty<LeaveRecord>()).Append(leave).ToList(),
            MonthsWorked = r.MonthsWorked - (leave.Months ?? 0),
        });

    public DossierBuilder WithTransfer(int? monthsAtPreviousUnit, bool? commentProvided)
        => WithRecord(r => r with { Transfer = new TransferRecord { MonthsAtPreviousUnit = monthsAtPreviousUnit, PreviousUnitCommentProvided = commentProvided } });

    public DossierBuilder WithBallot(string award, int councilMembers, int votesInFavour)
        => WithRecord(r => r with { Ballots = new[] { new CouncilBallot { Award = award, CouncilMembers = councilMembers, VotesInFavour = votesInFavour } } });

    public DossierBuilder WithoutBallots() => WithRecord(r => r with { Ballots = null });

    public DossierBuilder WithAward(string code, string period, DateTime? decided = null, string? firstPeriod = null)
    {
        (_awards ??= new()).Add(new AwardRecord
        {
            Code = code,
            Period = AssessmentPeriod.Parse(period),
            FirstPeriod = firstPeriod == null ? null : AssessmentPeriod.Parse(firstPeriod),
            DecisionNumber = "QĐ-" + code + "-" + period,
            DecisionDate = decided,
        });
        return this;
    }

    public DossierBuilder WithoutAwardHistory()
    {
        _awards = null;
        return this;
    }

    /// <summary>Removes every award record with <paramref name="code"/> from the history.</summary>
    public DossierBuilder WithoutAwards(string code)
    {
        _awards?.RemoveAll(a => a.Code == code);
        return this;
    }

    public DossierBuilder WithDiscipline(DateTime decided, DisciplineForm form = DisciplineForm.Reprimand)
    {
        (_disciplines ??= new()).Add(new DisciplineRecord { Form = form, DecisionDate = decided, DecisionNumber = "KL-" + decided.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) });
        return this;
    }

    /// <summary>Adds a discipline decided on <paramref name="decided"/> with its end (term or lifting) as given.</summary>
    public DossierBuilder WithDiscipline(DateTime decided, DateTime? inForceUntil, DateTime? liftedOn)
    {
        WithDiscipline(decided);
        _disciplines![^1] = _disciplines[^1] with { InForceUntil = inForceUntil, LiftedOn = liftedOn };
        return this;
    }

    public DossierBuilder WithCriminalSentence(CriminalSentenceKind kind, DateTime judged, DateTime? servedUntil)
    {
        (_sentences ??= new()).Add(new CriminalSentenceRecord { Kind = kind, JudgmentDate = judged, ServedUntil = servedUntil });
        return this;
    }

    public DossierBuilder WithoutCriminalSentenceList()
    {
        _sentences = null;
        return this;
    }

    public DossierBuilder WithEmploymentBreak(DateTime from, DateTime to)
    {
        (_breaks ??= new()).Add(new EmploymentBreak { From = from, To = to });
        return this;
    }

    /// <summary>Sets whether the person registered for the emulation movement of <see cref="Period"/> (null: not stated).</summary>
    public DossierBuilder WithRegistration(bool? registered) => WithRecord(r => r with { EmulationRegistered = registered });

    public DossierBuilder WithoutDisciplineList()
    {
        _disciplines = null;
        return this;
    }

    public DossierBuilder WithProceeding(ProceedingKind kind, DateTime opened, DateTime? closed)
    {
        (_proceedings ??= new()).Add(new ProceedingRecord { Kind = kind, OpenedOn = opened, ClosedOn = closed });
        return this;
    }

    public DossierBuilder WithoutProceedingList()
    {
        _proceedings = null;
        return this;
    }

    public DossierBuilder WithInitiative(InitiativeKind kind, InitiativeScope scope, string period, bool? acceptedAndApplied = null)
    {
        (_initiatives ??= new()).Add(new InitiativeRecord
        {
            Title = kind + " " + period,
            Kind = kind,
            Scope = scope,
            Period = AssessmentPeriod.Parse(period),
            AcceptedAndApplied = acceptedAndApplied,
        });
        return this;
    }

    /// <summary>States that there are no initiatives (an empty list).</summary>
    public DossierBuilder WithoutInitiatives()
    {
        _initiatives = new();
        return this;
    }

    public DossierBuilder WithoutInitiativeList()
    {
        _initiatives = null;
        return this;
    }

    /// <summary>Changes the built dossier's own fields (posts, gender, the period served) after everything else.</summary>
    public DossierBuilder WithDossier(Func<IndividualDossier, IndividualDossier> change)
    {
        var before = _finish;
        _finish = d => change(before(d));
        return this;
    }

    public IndividualDossier Build() => _finish(new()
    {
        Id = "TEST-1",
        FullName = "Người Thử Nghiệm",
        Category = _category,
        RecruitmentDate = _recruited,
        EmploymentBreaks = _breaks?.ToList(),
        Periods = _periods.ToList(),
        AwardHistory = _awards?.ToList(),
        Disciplines = _disciplines?.ToList(),
        CriminalSentences = _sentences?.ToList(),
        Proceedings = _proceedings?.ToList(),
        Initiatives = _initiatives?.ToList(),
    });

    private static CouncilAttestations K1Positive => new() { PolicyComplianceAndSolidarity = true, ActiveStudy = true, EthicsAndLifestyle = true };
}
