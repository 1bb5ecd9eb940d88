using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace VixShield.Live.Tests.Hosting;

/// <summary>Keeps every line logged through it with its level, for tests that count log lines.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> lines = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Lines => [.. lines];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => lines.Enqueue((logLevel, formatter(state, exception)));
}
