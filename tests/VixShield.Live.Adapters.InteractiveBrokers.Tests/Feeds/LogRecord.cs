using Microsoft.Extensions.Logging;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>One line captured by <see cref="RecordingLoggerFactory"/>.</summary>
internal sealed record LogRecord(string Category, LogLevel Level, string Message, Exception? Exception);
