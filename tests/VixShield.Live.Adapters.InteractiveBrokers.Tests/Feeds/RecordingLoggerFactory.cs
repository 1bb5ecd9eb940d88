using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>Keeps every log line written through it, so tests can count lines by level and text.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<LogRecord> records = new();

    public IReadOnlyList<LogRecord> Records => records.ToList();

    /// <summary>Lines at Information or above whose text contains <paramref name="text"/> (debug lines are not what an operator sees).</summary>
    public IReadOnlyList<LogRecord> Containing(string text)
        => records.Where(r => r.Level >= LogLevel.Information && r.Message.Contains(text, StringComparison.Ordinal)).ToList();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, records);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => records.Enqueue(new LogRecord(category, logLevel, formatter(state, exception), exception));
    }
}
