using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Client;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Logs failed connection attempts so the operator sees each outage once, not once per retry.</summary>
/// <remarks>
/// The first failure of an outage (Polly restarts attempt numbers for every connect or reconnect) and any change of
/// failure kind are logged in full: 326 (client id in use) and an unreachable TWS (IB's 502) as errors that say what
/// to fix, other failures as warnings, and anything inside the IB reset window as information. Repeats are debug lines.
/// </remarks>
internal sealed partial class ConnectFailureReporter(ILogger logger, TwsResetWindows resetWindows, TimeProvider timeProvider, string endpoint, int clientId)
{
    private readonly object gate = new();
    private TwsConnectionFailure? lastFailure;

    public void Report(Exception? error, int attemptNumber, TimeSpan retryDelay)
    {
        var failure = (error as TwsConnectionException)?.Failure;
        var message = error?.Message ?? "no exception";
        lock (gate)
        {
            var repeat = attemptNumber > 0 && failure == lastFailure;
            lastFailure = failure;
            if (repeat)
            {
                LogStillFailing(attemptNumber + 1, message, retryDelay);
                return;
            }
        }

        if (resetWindows.Contains(timeProvider.GetCurrentInstant()))
        {
            LogFailedInResetWindow(endpoint, message, resetWindows.Description, retryDelay);
            return;
        }

        switch (failure)
        {
            case TwsConnectionFailure.ClientIdInUse:
                LogClientIdInUse(clientId, message, retryDelay);
                break;
            case TwsConnectionFailure.Unreachable:
                LogUnreachable(endpoint, message, retryDelay);
                break;
            default:
                LogFailed(endpoint, failure?.ToString() ?? "error", message, retryDelay);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "TWS refuses client id {ClientId} (326, already in use: {Message}); retrying in {Delay}. Another program or a stale connection holds it: set InteractiveBrokers:ClientId (--client-id) to a free id")]
    private partial void LogClientIdInUse(int clientId, string message, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot connect to TWS at {Endpoint} (502): {Message}; retrying in {Delay}")]
    private partial void LogUnreachable(string endpoint, string message, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connecting to TWS at {Endpoint} failed ({Failure}): {Message}; retrying in {Delay}")]
    private partial void LogFailed(string endpoint, string failure, string message, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connecting to TWS at {Endpoint} failed inside the IB reset window ({Windows}), as expected: {Message}; retrying in {Delay}")]
    private partial void LogFailedInResetWindow(string endpoint, string message, string windows, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connecting to TWS still fails (attempt {Attempt}): {Message}; retrying in {Delay}")]
    private partial void LogStillFailing(int attempt, string message, TimeSpan delay);
}
