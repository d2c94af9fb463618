using Microsoft.Extensions.DependencyInjection;
using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.DependencyInjection;

public sealed class ThreadSafetyTests
{
    private const int Tasks = 8;
    private const int ChecksPerTask = 25;

    [Fact]
    public async Task Check_SameRequestFromEightTasks_GivesIdenticalJson()
    {
        using var provider = new ServiceCollection().AddThiDuaRules().BuildServiceProvider();
        var checker = provider.GetRequiredService<IEligibilityChecker>();
        var dossier = SampleDossiers.Read("TestData/dossiers/ministry-candidate-2021.json");
        var requests = new[] { AwardCodes.GrassrootsEmulationFighter, AwardCodes.MinistryEmulationFighter, AwardCodes.AdvancedWorker }
            .Select(code => new EligibilityRequest(code, dossier, AssessmentPeriod.CalendarYear(2021)))
            .ToList();
        var expected = requests.Select(r => ThiDuaJson.Write(checker.Check(r))).ToList();
        using var start = new Barrier(Tasks);

        var outputs = await Task.WhenAll(Enumerable.Range(0, Tasks).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait(TimeSpan.FromSeconds(30));
                var texts = new List<string>();
                for (var i = 0; i < ChecksPerTask; i++)
                {
                    var index = i % requests.Count;
                    texts.Add(index + ":" + ThiDuaJson.Write(checker.Check(requests[index])));
                }

                return texts;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.All(outputs.SelectMany(o => o), text =>
        {
            var index = int.Parse(text.Substring(0, text.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected[index], text.Substring(text.IndexOf(':', StringComparison.Ordinal) + 1));
        });
    }

    [Fact]
    public async Task GetService_ResolvedFromEightTasksAtOnce_IsOneInstance()
    {
        using var provider = new ServiceCollection().AddThiDuaRules().BuildServiceProvider();
        using var start = new Barrier(Tasks);

        var checkers = await Task.WhenAll(Enumerable.Range(0, Tasks).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait(TimeSpan.FromSeconds(30));
                return provider.GetRequiredService<IEligibilityChecker>();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.All(checkers, c => Assert.Same(checkers[0], c));
    }
}
