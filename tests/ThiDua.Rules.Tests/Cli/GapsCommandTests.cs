using System.Text.Json;
using ThiDua.Rules.Cli;
using Xunit;

namespace ThiDua.Rules.Tests.Cli;

/// <summary><c>gaps</c>: only the conditions not met (with their article) and the undecided ones (with the fields to fill in).</summary>
public sealed class GapsCommandTests
{
    [Fact]
    public void Run_GapsForPrimeMinisterCertificateSample_ListsTheNotMetTitleCountAndTheMissingFinding()
    {
        // The sample holds a merit provincial certificate for 2018 and six well-rated years, but only two grassroots
        // titles since (three are needed: point b fails), the council denies the other routes (points a, c, d, khoản 2),
        // and its finding on the lead-in (complies well with policy and law) is not in the dossier.
        var run = CliRun.Of("gaps", SampleData.Path("form-bk-ttg.json"), "--award", AwardCodes.PrimeMinisterCertificateOfMerit, "--year", "2024", "--lang", "en");

        run.AssertSucceeded(ExitCodes.NotEligible);
        var lines = run.Stdout.Split(Environment.NewLine);
        var notMet = Array.FindIndex(lines, l => l.StartsWith("✗ BK_TTG22.THREE_GRASSROOTS_TITLES", StringComparison.Ordinal));
        Assert.True(notMet >= 0, run.Stdout);
        Assert.StartsWith("    Cited: point b, clause 1, Article 73", lines[notMet + 2], StringComparison.Ordinal);
        var unknown = Array.FindIndex(lines, l => l.StartsWith("? BK_TTG22.COMPLIES_WELL", StringComparison.Ordinal));
        Assert.True(unknown >= 0, run.Stdout);
        Assert.Equal("    Fill in: periods[2024].attestations.compliesWellWithPolicyAndLaw", lines[unknown + 2]);
        Assert.DoesNotContain(lines, l => l.Contains("HOLDS_MINISTRY_CERTIFICATE", StringComparison.Ordinal) || l.Contains("FIVE_YEARS", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_GapsForLabourOrderSecondClassSample_ListsOnlyTheMinistryTitleOutsideTheWindow()
    {
        // The sample holds a merit Labour Order, Third Class, for 2018 and six well-rated years since with two excellent
        // ones; its CSTĐ bộ/tỉnh is for 2018, the year the order rewarded, so no title falls within the run.
        var run = CliRun.Of("gaps", SampleData.Path("form-hcld-hang-nhi.json"), "--award", AwardCodes.LabourOrderSecondClass, "--year", "2024", "--lang", "en");

        run.AssertSucceeded(ExitCodes.NotEligible);
        var lines = run.Stdout.Split(Environment.NewLine);
        var notMet = Array.FindIndex(lines, l => l.StartsWith("✗ HCLD_HANG_NHI22.ONE_MINISTRY_TITLE", StringComparison.Ordinal));
        Assert.True(notMet >= 0, run.Stdout);
        Assert.StartsWith("    Cited: clause 1, Article 43", lines[notMet + 2], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("FIVE_YEARS", StringComparison.Ordinal) || l.Contains("TWO_EXCELLENT", StringComparison.Ordinal) || l.Contains("HOLDS_LABOUR_ORDER", StringComparison.Ordinal) || l.Contains("EXEMPLARY", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_GapsOnEligibleSample_SaysNothingIsMissing()
    {
        var run = CliRun.Of("gaps", SampleData.Path("eligible-civil-servant.json"), "--award", "CSTDCS", "--year", "2021", "--lang", "en");

        run.AssertSucceeded(ExitCodes.Eligible);
        Assert.Contains("Nothing is missing", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GapsAsJson_CarriesTheCheckersMissingFactsUnchanged()
    {
        var run = CliRun.Of("gaps", SampleData.Path("form-bk-ttg.json"), "--award", AwardCodes.PrimeMinisterCertificateOfMerit, "--year", "2024", "--format", "json");

        run.AssertSucceeded(ExitCodes.NotEligible);
        using var document = JsonDocument.Parse(run.Stdout);
        var gaps = document.RootElement.GetProperty("gaps").EnumerateArray().ToList();
        // Point b's title count, the lead-in finding, and the four other routes the council denies (no route is met).
        Assert.Equal(6, gaps.Count);
        var unknown = Assert.Single(gaps, g => g.GetProperty("outcome").GetString() == "unknown");
        Assert.Equal("periods[2024].attestations.compliesWellWithPolicyAndLaw", Assert.Single(unknown.GetProperty("missingFacts").EnumerateArray()).GetString());
        Assert.Equal("notEligible", document.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Run_GapsWithoutAward_ListsEachApplicableAwardWithItsOwnGaps()
    {
        // Without --award every award that applies to the person is checked (as check-all) and shown with its gaps.
        var expected = ThiDuaRules.Default.CheckAll(
            ThiDuaJson.ReadDossier(File.ReadAllText(SampleData.Path("form-bk-ttg.json"))), AssessmentPeriod.CalendarYear(2024));

        var run = CliRun.Of("gaps", SampleData.Path("form-bk-ttg.json"), "--year", "2024", "--lang", "en");

        run.AssertSucceeded(ExitCodes.ForAll(expected.Select(r => r.Verdict)));
        var headers = run.Stdout.Split(Environment.NewLine).Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Select(r => r.Award), headers.Select(h => h[3..h.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains("✗ BK_TTG22.THREE_GRASSROOTS_TITLES", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("✗ CSTDCS22.EXCELLENT_OR_INITIATIVE", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GapsWithoutAwardAsJson_IsOneDocumentPerAwardWithTheResultsGaps()
    {
        var expected = ThiDuaRules.Default.CheckAll(
            ThiDuaJson.ReadDossier(File.ReadAllText(SampleData.Path("form-bk-ttg.json"))), AssessmentPeriod.CalendarYear(2024));

        var run = CliRun.Of("gaps", SampleData.Path("form-bk-ttg.json"), "--year", "2024", "--format", "json");

        using var document = JsonDocument.Parse(run.Stdout);
        var awards = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(expected.Select(r => r.Award), awards.Select(a => a.GetProperty("award").GetString()));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(
                expected[i].Gaps().Select(g => g.Award + "/" + g.Condition.ConditionId),
                awards[i].GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("award").GetString() + "/" + g.GetProperty("condition").GetString()));
        }
    }

    [Fact]
    public void Run_GapsOfAChain_SaysTheEarliestPeriodOrThatGoodYearsAloneDoNotMeetIt()
    {
        var run = CliRun.Of("gaps", SampleData.Path("form-bk-ttg.json"), "--award", "CSTD_BO_TINH", "--year", "2024", "--lang", "en");

        var lines = run.Stdout.Split(Environment.NewLine);
        var run3 = Array.FindIndex(lines, l => l.StartsWith("✗ CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS", StringComparison.Ordinal));
        Assert.StartsWith("    Earliest: 2027,", lines[run3 + 3], StringComparison.Ordinal);
        var initiative = Array.FindIndex(lines, l => l.StartsWith("✗ CSTD_BO_TINH.MINISTRY_INITIATIVE", StringComparison.Ordinal));
        Assert.StartsWith("    Good years alone do not meet it", lines[initiative + 3], StringComparison.Ordinal);

        var json = CliRun.Of("gaps", SampleData.Path("form-bk-ttg.json"), "--award", "CSTD_BO_TINH", "--year", "2024", "--format", "json");
        using var document = JsonDocument.Parse(json.Stdout);
        var gaps = document.RootElement.GetProperty("gaps").EnumerateArray().ToDictionary(g => g.GetProperty("condition").GetString()!, g => g.GetProperty("earliestPeriod"));
        Assert.Equal("2027", gaps["CSTD_BO_TINH.THREE_CONSECUTIVE_GRASSROOTS"].GetString());
        Assert.Equal(JsonValueKind.Null, gaps["CSTD_BO_TINH.MINISTRY_INITIATIVE"].ValueKind);
    }
}
