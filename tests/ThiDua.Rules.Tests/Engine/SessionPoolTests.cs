using NRules;
using NRules.Fluent;
using ThiDua.Rules.Engine;
using Xunit;

namespace ThiDua.Rules.Tests.Engine;

/// <summary>The per-thread reuse of NRules sessions: emptied after a completed run, dropped after a failed one.</summary>
public sealed class SessionPoolTests
{
    private static ISessionFactory NewFactory() => new RuleRepository().Compile();

    [Fact]
    public void Rent_AfterACompletedRun_GivesTheSameSessionEmptied()
    {
        var pool = SessionPool.Of(NewFactory());
        var first = pool.Rent();
        first.Insert(new object());
        first.Insert("a fact");

        pool.Return(first, completed: true);
        var second = pool.Rent();

        Assert.Same(first, second);
        Assert.Empty(second.Query<object>().ToList());
    }

    [Fact]
    public void Rent_AfterAFailedRun_GivesANewSession()
    {
        var pool = SessionPool.Of(NewFactory());
        var failed = pool.Rent();
        failed.Insert("left behind by the failure");

        pool.Return(failed, completed: false);
        var next = pool.Rent();

        Assert.NotSame(failed, next);
        Assert.Empty(next.Query<object>().ToList());
    }

    [Fact]
    public void Rent_WhileTheThreadsSessionIsOut_GivesAnotherSession()
    {
        // A run nested in another on the same thread (a host rule calling the checker) must not share its session.
        var pool = SessionPool.Of(NewFactory());
        var outer = pool.Rent();
        pool.Return(outer, completed: true);
        var reused = pool.Rent();

        var nested = pool.Rent();

        Assert.Same(outer, reused);
        Assert.NotSame(reused, nested);
    }

    [Fact]
    public void Rent_OnAnotherThread_GivesThatThreadsOwnSession()
    {
        var pool = SessionPool.Of(NewFactory());
        var here = pool.Rent();
        pool.Return(here, completed: true);

        ISession? there = null;
        var thread = new Thread(() => there = pool.Rent());
        thread.Start();
        thread.Join();

        Assert.NotNull(there);
        Assert.NotSame(here, there);
    }
}
