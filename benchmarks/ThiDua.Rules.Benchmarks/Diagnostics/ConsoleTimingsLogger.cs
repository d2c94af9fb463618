using Microsoft.Extensions.Logging;

namespace ThiDua.Rules.Benchmarks.Diagnostics;

/// <summary>
/// Prints the library's log messages of one category to the console, Debug and above, for the <c>first-load</c>
/// command: the checker's own split of its start-up time (rule data, overlays, host rules, NRules compilation).
/// </summary>
internal sealed class ConsoleTimingsLogger : ILoggerFactory, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => Console.WriteLine($"  [{logLevel}] {formatter(state, exception)}");

    public void Dispose()
    {
    }
}
