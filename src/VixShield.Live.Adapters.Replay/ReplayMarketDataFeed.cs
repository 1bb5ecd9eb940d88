using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Adapters.Replay;

/// <summary>Plays recorded files (bars or ticks) through the pipeline as quotes, merged in event-time order.</summary>
/// <remarks>
/// <para>Events, in order: <see cref="FeedState.Started"/> at the first quote's time; the quotes (bars become quotes along
/// <see cref="IntraBarPath"/>, tick files play as they are), with a heartbeat at every session close the data spans,
/// including the close of the session the last quote falls in; then <see cref="FeedState.Stopped"/> with the reason
/// ("end of data", "end time ... reached", "cancelled"). A heartbeat at a close goes before quotes at that same instant.
/// On equal times the source listed first in <see cref="ReplayFeedOptions.Sources"/> goes first, then file order.</para>
/// <para>Time: the feed owns the market clock. It jumps the clock to the first quote, moves it with
/// <see cref="MarketPacer.AdvanceToAsync"/> (paced at the configured speed) while the market is open, and with
/// <see cref="MarketPacer.JumpTo"/> while it is closed, so overnight, weekend and holiday gaps take no wall time.
/// Quotes carry <see cref="Domain.MarketData.Quote.ReceivedTime"/> equal to their event time.</para>
/// <para>Bad rows were dealt with when the <see cref="ReplayTape"/> was loaded; the feed logs their count (and the first
/// <see cref="LoggedProblemLimit"/>) and repeats the counts in its status reasons. The writer is never completed.</para>
/// </remarks>
public sealed partial class ReplayMarketDataFeed : IMarketDataFeed
{
    public const string FeedName = "replay";

    /// <summary>Skipped rows logged one by one before the rest are only counted.</summary>
    public const int LoggedProblemLimit = 20;

    private readonly ReplayTape tape;
    private readonly MarketPacer pacer;
    private readonly ILogger logger;
    private TradingSession? clockSession;

    public ReplayMarketDataFeed(ReplayTape tape, MarketPacer pacer, ILogger<ReplayMarketDataFeed>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(pacer);
        this.tape = tape;
        this.pacer = pacer;
        this.logger = logger ?? NullLogger<ReplayMarketDataFeed>.Instance;
    }

    public string Name => FeedName;

    /// <exception cref="InvalidOperationException">The market clock is already past <see cref="ReplayTape.FirstEventTime"/>.</exception>
    public async Task RunAsync(ChannelWriter<InboundEvent> writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var summary = Summary();
        LogLoaded(tape.Options.Sources.Count, tape.DataRowCount, tape.Problems.Count, tape.RepairCount);
        for (var i = 0; i < tape.Problems.Count && i < LoggedProblemLimit; i++)
        {
            LogSkippedRow(tape.Problems[i].ToString());
        }

        if (tape.Problems.Count > LoggedProblemLimit)
        {
            LogMoreSkippedRows(tape.Problems.Count - LoggedProblemLimit);
        }

        if (tape.FirstEventTime is not { } first)
        {
            await WriteStatusAsync(writer, FeedState.Started, summary, cancellationToken).ConfigureAwait(false);
            await WriteStatusAsync(writer, FeedState.Stopped, "end of data: no quotes in the requested range", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (pacer.Now > first)
        {
            throw new InvalidOperationException(
                $"the market clock is at {pacer.Now}, after the first replay quote at {first}; start the clock at or before ReplayTape.FirstEventTime");
        }

        try
        {
            pacer.JumpTo(first);
            await WriteStatusAsync(writer, FeedState.Started, summary, cancellationToken).ConfigureAwait(false);
            var (reason, quotes) = await PlayAsync(writer, first, cancellationToken).ConfigureAwait(false);
            LogFinished(quotes, reason);
            await WriteStatusAsync(writer, FeedState.Stopped, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            writer.TryWrite(InboundEvent.ForFeedStatus(new FeedStatusChanged(FeedName, FeedState.Stopped, pacer.Now, "cancelled")));
            throw;
        }
    }

    private async Task<(string Reason, long Quotes)> PlayAsync(ChannelWriter<InboundEvent> writer, Instant first, CancellationToken cancellationToken)
    {
        var calendar = tape.Calendar;
        var end = tape.Options.End;
        var merger = tape.CreateMerger();
        var closing = calendar.CurrentOrNextSession(first);
        Instant? lastQuote = null;
        long quotes = 0;
        while (merger.TryPeekTime(out var time))
        {
            if (end is { } stop && time >= stop)
            {
                await WriteClosesThroughAsync(writer, closing, stop, cancellationToken).ConfigureAwait(false);
                return ($"end time {stop} reached: {quotes.ToString(CultureInfo.InvariantCulture)} quotes played", quotes);
            }

            if (closing.Close <= time)
            {
                closing = await WriteClosesThroughAsync(writer, closing, time, cancellationToken).ConfigureAwait(false);
            }

            merger.TryTake(out var quote);
            await MoveClockAsync(time, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(InboundEvent.ForQuote(quote), cancellationToken).ConfigureAwait(false);
            quotes++;
            lastQuote = time;
        }

        if (lastQuote is { } last && closing.Open <= last && (end is null || closing.Close <= end))
        {
            await WriteHeartbeatAsync(writer, closing.Close, cancellationToken).ConfigureAwait(false);
        }

        return ($"end of data: {quotes.ToString(CultureInfo.InvariantCulture)} quotes played; {Summary()}", quotes);
    }

    /// <summary>Writes a heartbeat at every session close from <paramref name="closing"/>'s up to <paramref name="limit"/>,
    /// and returns the first session that closes after it.</summary>
    private async ValueTask<TradingSession> WriteClosesThroughAsync(
        ChannelWriter<InboundEvent> writer, TradingSession closing, Instant limit, CancellationToken cancellationToken)
    {
        while (closing.Close <= limit)
        {
            await WriteHeartbeatAsync(writer, closing.Close, cancellationToken).ConfigureAwait(false);
            closing = tape.Calendar.GetSession(tape.Calendar.NextTradingDay(closing.TradeDate))!;
        }

        return closing;
    }

    private async ValueTask WriteHeartbeatAsync(ChannelWriter<InboundEvent> writer, Instant close, CancellationToken cancellationToken)
    {
        await MoveClockAsync(close, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(InboundEvent.ForHeartbeat(close), cancellationToken).ConfigureAwait(false);
    }

    private ValueTask WriteStatusAsync(ChannelWriter<InboundEvent> writer, FeedState state, string reason, CancellationToken cancellationToken) =>
        writer.WriteAsync(InboundEvent.ForFeedStatus(new FeedStatusChanged(FeedName, state, pacer.Now, reason)), cancellationToken);

    /// <summary>Paces the clock while the market is open and jumps it while closed, so closed gaps take no wall time.</summary>
    private ValueTask MoveClockAsync(Instant time, CancellationToken cancellationToken)
    {
        var now = pacer.Now;
        if (time <= now)
        {
            return ValueTask.CompletedTask;
        }

        if (clockSession is null || now >= clockSession.Close)
        {
            clockSession = tape.Calendar.CurrentOrNextSession(now);
        }

        if (now < clockSession.Open)
        {
            pacer.JumpTo(time);
            return ValueTask.CompletedTask;
        }

        return pacer.AdvanceToAsync(time, cancellationToken);
    }

    private string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{tape.Options.Sources.Count} file(s), {tape.DataRowCount} rows, {tape.Problems.Count} bad rows skipped, {tape.RepairCount} rows repaired");

    [LoggerMessage(Level = LogLevel.Information, Message = "Replay loaded {FileCount} file(s): {RowCount} rows, {SkippedCount} bad rows skipped, {RepairedCount} rows repaired")]
    private partial void LogLoaded(int fileCount, int rowCount, int skippedCount, int repairedCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replay skipped a bad row: {Problem}")]
    private partial void LogSkippedRow(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replay skipped {Count} more bad rows (not logged one by one)")]
    private partial void LogMoreSkippedRows(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replay finished after {QuoteCount} quotes: {Reason}")]
    private partial void LogFinished(long quoteCount, string reason);
}
