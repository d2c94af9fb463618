namespace ThiDua.Rules.Benchmarks.Inputs;

/// <summary>
/// A small deterministic dossier generator (seeded <see cref="Random"/>) for the batch benchmark and the
/// verification run. It aims at a realistic mix, not at edge cases: most facts are stated, most people do well, and
/// a few percent of every list or finding is missing so that Unknown outcomes are exercised too. Every dossier it
/// makes passes the library's dossier validation.
/// </summary>
internal sealed class DossierGenerator
{
    private static readonly string[] GrassrootsTitles = { AwardCodes.AdvancedWorker, AwardCodes.AdvancedSoldier };

    private readonly Random _random;

    public DossierGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>One dossier and the period to check it for.</summary>
    public (IndividualDossier Dossier, AssessmentPeriod Period) Next(int index)
    {
        // Mostly calendar years; a few school years. Both kinds stay inside the vn-2013 regime (periods ending
        // 2017-10-01 to 2023-12-31).
        var period = Chance(0.1)
            ? AssessmentPeriod.SchoolYear(_random.Next(2018, 2022))
            : AssessmentPeriod.CalendarYear(_random.Next(2018, 2024));
        PersonnelCategory? category = Chance(0.03)
            ? null
            : Pick(0.47, PersonnelCategory.CivilServant, 0.37, PersonnelCategory.Worker, 0.16, PersonnelCategory.ArmedForces);
        var history = Chance(0.96) ? AwardHistory(period, category) : null;
        DateTime? recruited = Chance(0.97) ? Recruited(period) : null;
        var dossier = new IndividualDossier
        {
            Id = "G-" + index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            Category = category,
            RecruitmentDate = recruited,
            EmploymentBreaks = recruited is DateTime first && Chance(0.03) ? Break(first, period) : null,
            Periods = Periods(period),
            AwardHistory = history,
            Disciplines = Chance(0.97) ? Disciplines(period) : null,
            CriminalSentences = Chance(0.97) ? CriminalSentences(period) : null,
            Proceedings = Chance(0.97) ? Proceedings(period) : null,
            Initiatives = Chance(0.93) ? Initiatives(period) : null,
        };
        return (dossier, period);
    }

    private DateTime Recruited(AssessmentPeriod period)
        => Chance(0.05)
            ? period.Start.AddDays(_random.Next(0, 330))                  // recruited during the period
            : period.Start.AddDays(-_random.Next(200, 12000));            // recruited before it

    /// <summary>One break between contracts, after the first recruitment and before the period ends, when there is room.</summary>
    private List<EmploymentBreak>? Break(DateTime recruited, AssessmentPeriod period)
    {
        var room = (period.End - recruited).Days;
        if (room < 60)
        {
            return null;
        }

        var from = recruited.AddDays(_random.Next(1, room - 40));
        return new List<EmploymentBreak> { new EmploymentBreak { From = from, To = from.AddDays(_random.Next(20, 40)) } };
    }

    /// <summary>Rarely a sentence: a suspended one served into or within the period, or one served long before it.</summary>
    private List<CriminalSentenceRecord> CriminalSentences(AssessmentPeriod period)
    {
        var list = new List<CriminalSentenceRecord>();
        if (Chance(0.02))
        {
            var judged = period.Start.AddDays(_random.Next(-1500, 365));
            list.Add(new CriminalSentenceRecord
            {
                Kind = (CriminalSentenceKind)_random.Next(0, 4),
                JudgmentDate = judged,
                ServedUntil = Chance(0.9) ? judged.AddMonths(_random.Next(6, 37)) : null,
            });
        }

        return list;
    }

    private List<PeriodRecord> Periods(AssessmentPeriod period)
    {
        var records = new List<PeriodRecord>();
        if (Chance(0.98))
        {
            records.Add(Record(period));
        }

        // Earlier years: they matter for combat creativity at the grassroots (task rating of that year).
        var current = period;
        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            current = current.Previous;
            records.Add(Record(current));
        }

        return records;
    }

    private PeriodRecord Record(AssessmentPeriod period)
    {
        var leaves = new List<LeaveRecord>();
        var leaveMonths = 0;
        if (Chance(0.08))
        {
            var courseMonths = Pick(0.5, 6, 0.3, 12, 0.2, 24);
            leaveMonths = _random.Next(1, 7);
            leaves.Add(new LeaveRecord
            {
                Kind = LeaveKind.Training,
                Months = leaveMonths,
                CourseMonths = Chance(0.95) ? courseMonths : null,
                CompliedWithRules = Chance(0.9) ? Chance(0.95) : null,
                Result = Chance(0.9) ? (StudyResult)_random.Next(0, 5) : null,
            });
        }
        else if (Chance(0.04))
        {
            leaveMonths = 6;
            leaves.Add(new LeaveRecord { Kind = LeaveKind.Maternity, Months = leaveMonths });
        }

        return new PeriodRecord
        {
            Period = period,
            MonthsWorked = 12 - leaveMonths,
            EmulationRegistered = Chance(0.97) ? true : Chance(0.5) ? false : null,
            TaskRating = Chance(0.96) ? Pick(0.03, TaskRating.NotCompleted, 0.17, TaskRating.Completed, 0.5, TaskRating.CompletedWell, 0.3, TaskRating.CompletedExcellently) : null,
            Attestations = Chance(0.97) ? Attestations() : null,
            Leaves = leaves.Count == 0 ? null : leaves,
            Transfer = Chance(0.05) ? Transfer() : null,
            Ballots = Chance(0.1) ? Ballots() : null,
        };
    }

    private CouncilAttestations Attestations() => new CouncilAttestations
    {
        PolicyComplianceAndSolidarity = Finding(0.97),
        ActiveStudy = Finding(0.95),
        EthicsAndLifestyle = Finding(0.97),
        ProductiveWorkAndEmulation = Finding(0.95),
        ExemplaryConduct = Finding(0.96),
        OutstandingAmongPeers = Finding(0.3),
        MostOutstandingAmongPeers = Finding(0.05),
    };

    /// <summary>A council finding: usually stated, true with <paramref name="likelihood"/>.</summary>
    private bool? Finding(double likelihood) => Chance(0.98) ? Chance(likelihood) : null;

    private TransferRecord Transfer() => new TransferRecord
    {
        MonthsAtPreviousUnit = Chance(0.9) ? _random.Next(1, 12) : null,
        PreviousUnitCommentProvided = Chance(0.8) ? Chance(0.8) : null,
    };

    private List<CouncilBallot> Ballots()
    {
        var members = _random.Next(5, 16);
        return new List<CouncilBallot>
        {
            new CouncilBallot
            {
                Award = Chance(0.7) ? AwardCodes.MinistryEmulationFighter : AwardCodes.NationalEmulationFighter,
                CouncilMembers = members,
                VotesInFavour = _random.Next(members / 2, members + 1),
            },
        };
    }

    private List<AwardRecord> AwardHistory(AssessmentPeriod period, PersonnelCategory? category)
    {
        var history = new List<AwardRecord>();
        var grassrootsTitle = category == PersonnelCategory.ArmedForces ? GrassrootsTitles[1] : GrassrootsTitles[0];
        var grassrootsRun = 0;
        var start = period;
        for (var i = _random.Next(0, 7); i > 0 && start.StartYear > 2011; i--)
        {
            start = start.Previous;
        }

        // Walk forward from a few years back up to the year before the period (sometimes the period itself, which
        // makes "already awarded" come out NotMet).
        for (var year = start; year.StartYear <= period.StartYear; year = year.Next)
        {
            if (year == period && !Chance(0.05))
            {
                break;
            }

            if (!Chance(0.75))
            {
                grassrootsRun = 0;
                continue;
            }

            history.Add(Title(grassrootsTitle, year));
            if (Chance(0.35))
            {
                history.Add(Title(AwardCodes.GrassrootsEmulationFighter, year));
                grassrootsRun++;
                if (grassrootsRun == 3 && Chance(0.5))
                {
                    history.Add(Title(AwardCodes.MinistryEmulationFighter, year) with { FirstPeriod = year.Previous.Previous });
                    grassrootsRun = 0;
                }
            }
            else
            {
                grassrootsRun = 0;
            }
        }

        return history;
    }

    private AwardRecord Title(string code, AssessmentPeriod period) => new AwardRecord
    {
        Code = code,
        Period = period,
        DecisionNumber = _random.Next(1, 999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "/QĐ",
        DecisionDate = Chance(0.95) ? period.End.AddDays(_random.Next(15, 120)) : null,
    };

    private List<DisciplineRecord> Disciplines(AssessmentPeriod period)
    {
        var list = new List<DisciplineRecord>();
        if (Chance(0.05))
        {
            list.Add(new DisciplineRecord
            {
                Form = (DisciplineForm)_random.Next(0, 8),
                DecisionDate = period.Start.AddDays(_random.Next(-400, 365)),
                DecisionNumber = "KL-" + _random.Next(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            var decided = list[0].DecisionDate;
            list[0] = list[0] with { InForceUntil = Chance(0.9) ? decided.AddMonths(Chance(0.5) ? 3 : 12) : null };
        }

        return list;
    }

    private List<ProceedingRecord> Proceedings(AssessmentPeriod period)
    {
        var list = new List<ProceedingRecord>();
        if (Chance(0.04))
        {
            var opened = period.Start.AddDays(_random.Next(0, 360));
            list.Add(new ProceedingRecord
            {
                Kind = (ProceedingKind)_random.Next(0, 3),
                OpenedOn = opened,
                ClosedOn = Chance(0.5) ? opened.AddDays(_random.Next(1, 200)) : null,
            });
        }

        return list;
    }

    private List<InitiativeRecord> Initiatives(AssessmentPeriod period)
    {
        var list = new List<InitiativeRecord>();
        for (var i = Pick(0.5, 0, 0.35, 1, 0.15, 2); i > 0; i--)
        {
            var kind = Pick(0.75, InitiativeKind.Initiative, 0.2, InitiativeKind.ResearchTopic, 0.05, InitiativeKind.CombatCreativity);
            list.Add(new InitiativeRecord
            {
                Title = "Sáng kiến " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Kind = kind,
                Scope = Pick(0.8, InitiativeScope.Unit, 0.17, InitiativeScope.MinistryOrProvince, 0.03, InitiativeScope.National),
                Period = Chance(0.8) ? period : period.Previous,
                AcceptedAndApplied = kind == InitiativeKind.ResearchTopic && Chance(0.9) ? Chance(0.7) : null,
            });
        }

        return list;
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(double p1, T v1, double p2, T v2, double p3, T v3)
    {
        var x = _random.NextDouble() * (p1 + p2 + p3);
        return x < p1 ? v1 : x < p1 + p2 ? v2 : v3;
    }

    private T Pick<T>(double p1, T v1, double p2, T v2, double p3, T v3, double p4, T v4)
    {
        var x = _random.NextDouble() * (p1 + p2 + p3 + p4);
        return x < p1 ? v1 : x < p1 + p2 ? v2 : x < p1 + p2 + p3 ? v3 : v4;
    }
}
