using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Testing;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>
/// The titles form a ladder: whoever is eligible for a rung meets or holds the rungs below it, read from the
/// dossier rather than from the checker's own nested result.
/// </summary>
public class ChainProperties
{
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property EligibleForGrassrootsFighter_AnyDossier_MeetsTheAdvancedTitleStandardThatYear()
        => Prop.ForAll(Draw.MostlyFavourable(AwardCodes.GrassrootsEmulationFighter), c =>
        {
            var result = Shipped.Checker.Check(c.ToRequest());
            if (result.Verdict != Verdict.Eligible)
            {
                return;
            }

            // Law Điều 23 khoản 1, Decree 91/2017 Điều 9 khoản 3 điểm a: the LDTT or CSTT standard in the same period.
            var advanced = ThiDuaGenerators.AdvancedTitleFor(c.Dossier.Category!.Value);
            if (c.Dossier.AwardHistory!.Any(a => a.Code == advanced && a.Period == c.Period))
            {
                return; // The title was awarded for the period: the decision stands for the standard.
            }

            var standard = Shipped.Check(advanced, c.Dossier, c.Period);
            var procedural = Shipped.ProceduralIds(advanced);
            var unmet = standard.Conditions.Where(x => !procedural.Contains(x.ConditionId) && x.Outcome != ConditionOutcome.Met).ToList();
            Assert.True(unmet.Count == 0, $"eligible for CSTDCS in {c.Period} but the {advanced} standard is not met: {string.Join(", ", unmet.Select(x => x.ConditionId + "=" + x.Outcome))}");
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property EligibleForMinistryFighter_AnyDossier_HoldsThreeConsecutiveUnusedGrassrootsTitles()
        => Prop.ForAll(Draw.MostlyFavourable(AwardCodes.MinistryEmulationFighter), c =>
        {
            if (Shipped.Checker.Check(c.ToRequest()).Verdict != Verdict.Eligible)
            {
                return;
            }

            // Decree 91/2017 Điều 9 khoản 2: three consecutive CSTDCS titles, the last for the period assessed;
            // Circular 12/2019 Điều 2 khoản 6: years already behind a ministry title are not counted again.
            var history = c.Dossier.AwardHistory!;
            var run = new[] { c.Period, c.Period.Previous, c.Period.Previous.Previous };
            Assert.All(run, year => Assert.Contains(history, a => a.Code == AwardCodes.GrassrootsEmulationFighter && a.Period == year));
            Assert.DoesNotContain(history, a => a.Code == AwardCodes.MinistryEmulationFighter && run.Contains(a.Period));
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property EligibleForNationalFighter_AnyDossier_HoldsTwoConsecutiveMinistryTitlesTheLatestDecidedTheYearBefore()
        => Prop.ForAll(Draw.MostlyFavourable(AwardCodes.NationalEmulationFighter), c =>
        {
            if (Shipped.Checker.Check(c.ToRequest()).Verdict != Verdict.Eligible)
            {
                return;
            }

            // Law Điều 21 (as amended 2013), Decree 91/2017 Điều 9 khoản 1 and Điều 48 khoản 1 điểm a.
            var titles = c.Dossier.AwardHistory!
                .Where(a => a.Code == AwardCodes.MinistryEmulationFighter && a.Period.Kind == c.Period.Kind && a.Period.StartYear < c.Period.StartYear)
                .OrderByDescending(a => a.Period.StartYear)
                .ToList();
            Assert.True(titles.Count >= 2, "eligible for CSTD_TOAN_QUOC with fewer than two earlier CSTD_BO_TINH titles");
            var latest = titles[0];
            var latestRunStart = latest.FirstPeriod ?? latest.Period.Previous.Previous;
            Assert.Contains(titles, t => t.Period == latestRunStart.Previous);
            Assert.Equal(c.Period.StartYear - 1, latest.DecisionDate!.Value.Year);
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property EligibleForNationalFighter_AnyDossier_HasANationwideInitiativeWithinTheMinistryRuns()
        => Prop.ForAll(Draw.MostlyFavourable(AwardCodes.NationalEmulationFighter), c =>
        {
            if (Shipped.Checker.Check(c.ToRequest()).Verdict != Verdict.Eligible)
            {
                return;
            }

            // Decree 91/2017 Điều 9 khoản 1 and the rule's own message: an initiative of nationwide influence during
            // the run of years behind the two ministry titles.
            var titles = c.Dossier.AwardHistory!
                .Where(a => a.Code == AwardCodes.MinistryEmulationFighter && a.Period.Kind == c.Period.Kind && a.Period.StartYear < c.Period.StartYear)
                .OrderByDescending(a => a.Period.StartYear)
                .ToList();
            var latest = titles[0];
            var previous = titles.First(t => t.Period == (latest.FirstPeriod ?? latest.Period.Previous.Previous).Previous);
            var runStart = previous.FirstPeriod ?? previous.Period.Previous.Previous;
            var initiatives = c.Dossier.Initiatives!.Where(i => i.Scope == InitiativeScope.National && i.Period.Kind == c.Period.Kind).ToList();
            Assert.True(
                initiatives.Any(i => i.Period.StartYear >= runStart.StartYear && i.Period.StartYear <= latest.Period.StartYear),
                $"eligible for CSTD_TOAN_QUOC {c.Period} with the ministry runs {runStart}..{latest.Period}, but the nationwide initiatives are recognised for {string.Join(", ", initiatives.Select(i => i.Period))}");
        });
}
