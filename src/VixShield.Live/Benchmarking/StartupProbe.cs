using System.Diagnostics;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Hosting;

namespace VixShield.Live.Benchmarking;

/// <summary>The child process of the start-up figure: starts like the daemon, warms its indicators from the history
/// files, takes its first live quotes and reports when the first decision is in the alert channel.</summary>
/// <remarks>
/// <para>Warm-up: the daemon's own path for a live run with <c>Feed:WarmUp:Files</c>, <see cref="HistoryWarmUp"/>: the
/// last <see cref="HistoryWarmUp.Sessions"/> daily bars of each file before the live session (the session in progress or
/// next to open, by the wall clock), plus the completed weekly SPX and VIX bars, into <see cref="DecisionLoop.WarmUp"/>.</para>
/// <para>Bad rows are skipped (and logged): the shared CBOE files have quotes on NYSE holidays.</para>
/// <para>Live: SPX and VIX quotes at the last history closes just before the day's condor entry time, then SPX at it;
/// the decision is the <c>condor.proposed</c> (or <c>condor.skipped</c>) alert the entry raises. Market time is the
/// quotes' own, so the wall-clock hour of the run does not matter.</para>
/// </remarks>
internal static class StartupProbe
{
    public static async Task<StartupReport> RunAsync(
        DaemonConfiguration configuration, IReadOnlyList<string> historyFiles, TimeProvider wallClock, Serilog.ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(historyFiles);
        ArgumentNullException.ThrowIfNull(wallClock);
        ArgumentNullException.ThrowIfNull(log);
        var started = Stopwatch.GetTimestamp();
        var calendar = new NyseTradingCalendar();
        var live = calendar.CurrentOrNextSession(wallClock.GetCurrentInstant());
        var history = HistoryWarmUp.FromFiles(
            "bench history file", historyFiles, BadRowPolicy.Skip, calendar, live.TradeDate, configuration.Feed.WarmUp.StaleAfterSessions);
        var loaded = Stopwatch.GetTimestamp();

        var selector = new CondorSelector(new CondorSelectionOptions(), new SpxOptionModel(new PricingOptions()), new SpxwExpiries(calendar));
        if (!selector.TryGetEntryTime(live.TradeDate, out var entry))
        {
            throw new InvalidOperationException($"no condor entry time on {live.TradeDate}");
        }

        var channels = new EngineChannels(configuration.Engine);
        var loop = new BenchmarkLoopFactory(configuration, calendar).Create(
            channels.Inbound.Reader, channels.Alerts.Writer, entry - Duration.FromMinutes(1), watchStaleness: true);
        var readiness = HistoryWarmUp.Apply(loop, history, log);
        var warmed = Stopwatch.GetTimestamp();

        var loopTask = Task.Run(() => loop.RunAsync(cancellationToken), cancellationToken);
        var spx = LastClose(history, MarketSymbol.Spx, fallback: 5900m);
        var vix = LastClose(history, MarketSymbol.Vix, fallback: 16m);
        var firstQuote = Stopwatch.GetTimestamp();
        await WriteQuoteAsync(channels, MarketSymbol.Spx, spx, entry - Duration.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        await WriteQuoteAsync(channels, MarketSymbol.Vix, vix, entry - Duration.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        await WriteQuoteAsync(channels, MarketSymbol.Spx, spx, entry, cancellationToken).ConfigureAwait(false);
        var decision = "none";
        await foreach (var alert in channels.Alerts.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (alert.Type is "condor.proposed" or "condor.skipped")
            {
                decision = alert.Type + " at " + alert.EventTime;
                break;
            }
        }

        var decided = Stopwatch.GetTimestamp();
        channels.Inbound.Writer.TryComplete();
        await loopTask.ConfigureAwait(false);
        channels.Alerts.Writer.TryComplete();
        return new StartupReport(
            Stopwatch.GetElapsedTime(started, loaded).TotalMilliseconds,
            Stopwatch.GetElapsedTime(loaded, warmed).TotalMilliseconds,
            Stopwatch.GetElapsedTime(firstQuote, decided).TotalMilliseconds,
            Stopwatch.GetElapsedTime(started, decided).TotalMilliseconds,
            history.Bars.Count,
            readiness.Count(indicator => indicator.IsReady),
            readiness.Count,
            decision);
    }

    private static decimal LastClose(WarmUpHistory history, MarketSymbol symbol, decimal fallback) =>
        history.Series.FirstOrDefault(series => series.Symbol == symbol) is { } series ? series.Daily[^1].Close : fallback;

    private static ValueTask WriteQuoteAsync(EngineChannels channels, MarketSymbol symbol, decimal level, Instant time, CancellationToken cancellationToken) =>
        channels.Inbound.Writer.WriteAsync(InboundEvent.ForQuote(new Quote(symbol, 0m, 0m, level, time, time)), cancellationToken);
}
