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
using VixShield.Live.Indicators.Bars;

namespace VixShield.Live.Benchmarking;

/// <summary>The child process of the start-up figure: starts like the daemon, warms its indicators from the history
/// files, takes its first live quotes and reports when the first decision is in the alert channel.</summary>
/// <remarks>
/// <para>Warm-up: the daily bars of the files for the <see cref="SimulatedWarmUp.Sessions"/> sessions before the live
/// session (the session in progress or next to open, by the wall clock), plus weekly SPX and VIX bars built from them,
/// go to <see cref="DecisionLoop.WarmUp"/> oldest first, as the daemon warms a simulated run.</para>
/// <para>Live: SPX and VIX quotes at the last history closes just before the day's condor entry time, then SPX at it;
/// the decision is the <c>condor.proposed</c> (or <c>condor.skipped</c>) alert the entry raises. Market time is the
/// quotes' own, so the wall-clock hour of the run does not matter.</para>
/// </remarks>
internal static class StartupProbe
{
    public static async Task<StartupReport> RunAsync(
        DaemonConfiguration configuration, IReadOnlyList<string> historyFiles, TimeProvider wallClock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(historyFiles);
        ArgumentNullException.ThrowIfNull(wallClock);
        var started = Stopwatch.GetTimestamp();
        var calendar = new NyseTradingCalendar();
        var live = calendar.CurrentOrNextSession(wallClock.GetCurrentInstant());
        var firstDay = live.TradeDate;
        for (var i = 0; i < SimulatedWarmUp.Sessions; i++)
        {
            firstDay = calendar.PreviousTradingDay(firstDay);
        }

        var history = ReadHistory(historyFiles, calendar, firstDay, live.TradeDate);
        var loaded = Stopwatch.GetTimestamp();

        var selector = new CondorSelector(new CondorSelectionOptions(), new SpxOptionModel(new PricingOptions()), new SpxwExpiries(calendar));
        if (!selector.TryGetEntryTime(live.TradeDate, out var entry))
        {
            throw new InvalidOperationException($"no condor entry time on {live.TradeDate}");
        }

        var channels = new EngineChannels(configuration.Engine);
        var loop = new BenchmarkLoopFactory(configuration, calendar).Create(
            channels.Inbound.Reader, channels.Alerts.Writer, entry - Duration.FromMinutes(1), watchStaleness: true);
        var readiness = loop.WarmUp(history);
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
            history.Count,
            readiness.Count(indicator => indicator.IsReady),
            readiness.Count,
            decision);
    }

    private static List<Bar> ReadHistory(IReadOnlyList<string> files, ITradingCalendar calendar, LocalDate firstDay, LocalDate liveDay)
    {
        var history = new List<Bar>();
        foreach (var file in files)
        {
            var series = BarFileReader.Read(file, new BarFileReadOptions { Calendar = calendar, BadRowPolicy = BadRowPolicy.Skip });
            var bars = series.Bars.Where(bar => bar.Period == BarPeriod.Daily && bar.TradeDate >= firstDay && bar.TradeDate < liveDay).ToList();
            history.AddRange(bars);
            if (series.Symbol is MarketSymbol.Spx or MarketSymbol.Vix)
            {
                history.AddRange(WeeklyBars.FromDaily(bars));
            }
        }

        return [.. history.OrderBy(bar => bar.End).ThenBy(bar => bar.Period).ThenBy(bar => bar.Symbol)];
    }

    private static decimal LastClose(List<Bar> history, MarketSymbol symbol, decimal fallback)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Symbol == symbol && history[i].Period == BarPeriod.Daily)
            {
                return history[i].Close;
            }
        }

        return fallback;
    }

    private static ValueTask WriteQuoteAsync(EngineChannels channels, MarketSymbol symbol, decimal level, Instant time, CancellationToken cancellationToken) =>
        channels.Inbound.Writer.WriteAsync(InboundEvent.ForQuote(new Quote(symbol, 0m, 0m, level, time, time)), cancellationToken);
}
