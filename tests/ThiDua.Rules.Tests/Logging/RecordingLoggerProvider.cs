using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ThiDua.Rules.Tests.Logging;

/// <summary>One log message as the library wrote it.</summary>
public sealed record LoggedMessage(string Category, LogLevel Level, string EventName, string Text);

/// <summary>A logger provider that keeps every message at or above its level, for asserting what the library logs.</summary>
public sealed class RecordingLoggerProvider(LogLevel minimumLevel) : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedMessage> _messages = new();
    private readonly LogLevel _minimumLevel = minimumLevel;

    public IReadOnlyList<LoggedMessage> Messages => _messages.ToArray();

    /// <summary>The messages of one event, e.g. "RegimeChosen".</summary>
    public IReadOnlyList<LoggedMessage> Of(string eventName) => Messages.Where(m => m.EventName == eventName).ToArray();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner._minimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner._messages.Enqueue(new LoggedMessage(category, logLevel, eventId.Name ?? string.Empty, formatter(state, exception)));
            }
        }
    }
}
