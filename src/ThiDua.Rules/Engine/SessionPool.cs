using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using NRules;

namespace ThiDua.Rules.Engine
{
    /// <summary>
    /// The NRules sessions of one session factory, one per thread, emptied after each run and used again by the next
    /// run on that thread. A new session costs more than emptying one: NRules builds its agenda, working memory and
    /// per-node metrics anew and activates the first join of every rule, which was about half of what a check
    /// allocated (a CheckAll of a sample dossier: 54.7 KB with a new session, 29.3 KB with a reused one).
    /// </summary>
    /// <remarks>
    /// Still one run per session at a time, and never two dossiers in one session (NRules joins are nested loops): a
    /// session is taken off its thread's slot while it runs, so a run nested in another on the same thread (a host
    /// rule calling the checker) gets a new session. A run that failed leaves its session to the garbage collector
    /// rather than trusting what it left behind. Each thread that has checked keeps one emptied session per factory
    /// it used (a few kilobytes each) until the thread ends.
    /// </remarks>
    internal sealed class SessionPool
    {
        private static readonly ConditionalWeakTable<ISessionFactory, SessionPool> Pools = new ConditionalWeakTable<ISessionFactory, SessionPool>();
        private static readonly ConditionalWeakTable<ISessionFactory, SessionPool>.CreateValueCallback NewPool = factory => new SessionPool(factory);

        private readonly ISessionFactory _factory;
        private readonly ThreadLocal<ISession?> _idle = new ThreadLocal<ISession?>();

        private SessionPool(ISessionFactory factory)
        {
            _factory = factory;
        }

        /// <summary>The pool of <paramref name="factory"/>'s sessions.</summary>
        public static SessionPool Of(ISessionFactory factory) => Pools.GetValue(factory, NewPool);

        /// <summary>This thread's idle session, or a new one.</summary>
        public ISession Rent()
        {
            var session = _idle.Value;
            if (session == null)
            {
                return _factory.CreateSession();
            }

            _idle.Value = null;
            return session;
        }

        /// <summary>
        /// Empties <paramref name="session"/> (every fact retracted: the checks, and the standard checks and requests
        /// the rules inserted) and keeps it for this thread's next run; a session whose run failed is dropped.
        /// </summary>
        public void Return(ISession session, bool completed)
        {
            if (!completed)
            {
                return;
            }

            session.RetractAll(session.Query<object>().ToList());
            _idle.Value = session;
        }
    }
}
