using Microsoft.Extensions.Logging;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Log lines: one per state change, never one per tick.</summary>
public sealed partial class InteractiveBrokersMarketDataFeed
{
    [LoggerMessage(Level = LogLevel.Information, Message = "TWS feed connecting to {Host}:{Port} as client id {ClientId} ({MarketDataType} market data)")]
    private partial void LogConnecting(string host, int port, int clientId, TwsMarketDataType marketDataType);

    [LoggerMessage(Level = LogLevel.Information, Message = "TWS feed connected to {Host}:{Port}: server version {ServerVersion}, session {Session}")]
    private partial void LogConnected(string host, int port, int serverVersion, int session);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection to TWS lost ({Reason}); reconnecting")]
    private partial void LogConnectionLost(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connection to TWS lost ({Reason}) inside the IB reset window ({Windows}), as expected; reconnecting")]
    private partial void LogConnectionLostExpected(string reason, string windows);

    [LoggerMessage(Level = LogLevel.Error, Message = "TWS feed gave up connecting: {Reason}")]
    private partial void LogGaveUp(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "TWS session {Session} ended: {Written} quotes written, {Coalesced} coalesced; refused: {NoData} no-data, {NotPositive} not-positive, {Jump} jump; {Confirmed} jumps confirmed (totals since start)")]
    private partial void LogSessionSummary(int session, long written, long coalesced, long noData, long notPositive, long jump, long confirmed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed state stays {State}: {Reason}")]
    private partial void LogStateUnchanged(FeedState state, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TWS lost its connection to IB ({Code}: {Message}); quotes are stale until it is restored")]
    private partial void LogIbConnectivityLost(int code, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "TWS connectivity to IB restored ({Code}: {Message}): {Action}")]
    private partial void LogIbConnectivityRestored(int code, string message, string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TWS data farm broken ({Code}: {Message}); TWS reconnects it by itself")]
    private partial void LogFarmBroken(int code, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "TWS notice {Code}: {Message}")]
    private partial void LogFarmOk(int code, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "TWS refuses client id {ClientId} as already in use (326: {Message}); give this daemon a free id with InteractiveBrokers:ClientId (--client-id)")]
    private partial void LogClientIdInUse(int clientId, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "TWS reports no API connection ({Code}: {Message}): is TWS or IB Gateway running at {Host}:{Port} with the API enabled and this address trusted?")]
    private partial void LogTwsNotConnected(int code, string message, string host, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No market data while the same IB user is logged in elsewhere ({Code}: {Message}); data resumes when the other session ends")]
    private partial void LogCompetingSession(int code, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TWS error {Code} for id {Id}: {Message}")]
    private partial void LogTwsError(int id, int code, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "TWS message {Code} for id {Id}: {Message}")]
    private partial void LogTwsNotice(int id, int code, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "TWS notice {Code} repeats the current state: {Message}")]
    private partial void LogNoticeRepeated(int code, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "TWS no longer knows request id {Id} (300: {Message}); it had already dropped the line")]
    private partial void LogUnknownRequestId(int id, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Line}: TWS delivers delayed market data ({Evidence})")]
    private partial void LogDelayedData(string line, string evidence);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}: TWS delivers live market data again")]
    private partial void LogLiveData(string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Line}: TWS message {Code} about its market data: {Message}")]
    private partial void LogMarketDataMessage(string line, int code, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Line}: TWS refuses its market data ({Why}); falling back to daily history")]
    private partial void LogMarketDataRefused(string line, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}: market data flows again")]
    private partial void LogMarketDataRestored(string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Line}: quoting the daily close {Close} of {TradeDate} from history (no market data: {Why})")]
    private partial void LogHistoryFallback(string line, string why, decimal close, LocalDate tradeDate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Option line {Line}: TWS refuses its market data ({Why})")]
    private partial void LogOptionLineRefused(string line, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "Option line {Line} subscribed (conId {ConId})")]
    private partial void LogOptionSubscribed(string line, int conId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} unavailable at IB: {Failures}")]
    private partial void LogSourceUnavailable(string source, string failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} available again via {Lines}")]
    private partial void LogSourceAvailable(string source, string lines);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Name}: the contract lookup matched {Count} contracts; using the first (conId {ConId})")]
    private partial void LogAmbiguousContract(string name, int count, int conId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed {Count} market-data lines ({Why}, session {Session})")]
    private partial void LogSubscribed(int count, string why, int session);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subscribing ({Why}) stopped: {Reason}; the next connection subscribes again")]
    private partial void LogSubscribingInterrupted(string why, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscribing market data failed ({Why})")]
    private partial void LogSubscribingFailed(Exception exception, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Symbol} tick {Price} ({Kind}): {Why}. Further refusals of this kind are counted, not logged, until the next connection")]
    private partial void LogTickRejected(string symbol, decimal price, TickRejectionKind kind, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Symbol} moved from {Reference} to {Price}: confirmed by {Ticks} consecutive ticks, accepted")]
    private partial void LogJumpConfirmed(string symbol, decimal reference, decimal price, int ticks);

    [LoggerMessage(Level = LogLevel.Information, Message = "Historical request for {Symbol} waited {Waited} for TWS's pacing limits")]
    private partial void LogHistoryPaced(string symbol, TimeSpan waited);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a daily bar: {Problem}")]
    private partial void LogBarSkipped(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "The engine's inbound channel was completed while the TWS feed was running; waiting quotes were discarded")]
    private partial void LogWriterClosed();
}
