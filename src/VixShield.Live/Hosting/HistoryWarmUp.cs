using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Indicators.Bars;
using VixShield.Live.Indicators.Signals;

namespace VixShield.Live.Hosting;

/// <summary>Warms a live run's indicators from real market history: daily bar files, or TWS's daily history.</summary>
/// <remarks>
/// <para>Of each instrument the last <see cref="Sessions"/> daily bars before the live session are taken (the session
/// in progress or next to open; its own bar, partial or not yet begun, never is). Weekly SPX and VIX bars are built from
/// them; a week the live session belongs to is left out, because it is not over and the live bars will close it.</para>
/// <para>History that ends more than <c>Feed:WarmUp:StaleAfterSessions</c> sessions before the live session is still used
/// (a stale RSI beats none) but reported as stale with its last day and the gap, so nobody trades on it unknowingly.</para>
/// </remarks>
public static class HistoryWarmUp
{
    /// <summary>Sessions of history per instrument: what the slowest indicator needs (the simulated history's length).</summary>
    public const int Sessions = SimulatedWarmUp.Sessions;

    /// <summary>What TWS is asked for, in this order; breadth only where the account has it.</summary>
    private static readonly MarketSymbol[] TwsSymbols =
        [MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Vix9d, MarketSymbol.Vix3m, MarketSymbol.NyseAdvancing, MarketSymbol.NyseDeclining];

    /// <summary>Reads daily bar files, any format the replay feed reads, and selects their warm-up bars.</summary>
    /// <param name="key">The configuration key listing the files (e.g. <c>Feed:WarmUp:Files</c>); errors name it with the index.</param>
    /// <exception cref="ReplayDataException">A file cannot be read, has a bad row (under <paramref name="badRows"/> stop),
    /// is not daily, has no bar before the live session, or repeats another file's instrument; the message names the
    /// key, the file and, for a row, its line, field and value.</exception>
    public static WarmUpHistory FromFiles(
        string key, IReadOnlyList<string> files, BadRowPolicy badRows, ITradingCalendar calendar, LocalDate liveDay, int staleAfterSessions)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(calendar);
        var series = new List<WarmUpSeries>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var source = $"{key}:{i} '{files[i]}'";
            BarSeries read;
            try
            {
                read = BarFileReader.Read(files[i], new BarFileReadOptions { Calendar = calendar, BadRowPolicy = badRows });
            }
            catch (ReplayDataException ex)
            {
                throw new ReplayDataException($"{key}:{i}: {ex.Message}", ex);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ReplayDataException($"{key}:{i}: '{files[i]}' cannot be read: {ex.Message}", ex);
            }

            if (read.Period != BarPeriod.Daily)
            {
                throw new ReplayDataException($"{source} holds {read.Period} bars of {read.Symbol.DisplayName()}; warm-up needs daily bars");
            }

            if (series.FirstOrDefault(s => s.Symbol == read.Symbol) is { } earlier)
            {
                throw new ReplayDataException(
                    $"{source} is {read.Symbol.DisplayName()} history, as is {earlier.Source}; give one file per instrument");
            }

            var selected = Select(source, read.Symbol, read.Bars, calendar, liveDay, staleAfterSessions)
                ?? throw new ReplayDataException($"{source} has no {read.Symbol.DisplayName()} bar before the live session {liveDay:uuuu-MM-dd}");
            series.Add(selected with { SkippedRows = read.Problems.Count, FirstSkippedRow = read.Problems.Count > 0 ? read.Problems[0].ToString() : null });
        }

        return Combine(series, [], liveDay, staleAfterSessions);
    }

    /// <summary>Asks TWS for the daily history of SPX, VIX, VIX9D, VIX3M and NYSE breadth over a connection of its own that
    /// is closed again before the live feed connects (the feed's <c>RunAsync</c> runs once per connection object).</summary>
    /// <remarks>Requests go through the feed's historical pacer. An instrument TWS has no data or no permission for is
    /// listed in <see cref="WarmUpHistory.Missing"/>; its indicators warm up from live bars.</remarks>
    /// <exception cref="TimeoutException">TWS did not connect and answer within <paramref name="timeout"/>.</exception>
    public static async Task<WarmUpHistory> FromTwsAsync(
        InteractiveBrokersOptions options, ILoggerFactory loggerFactory, ITradingCalendar calendar, LocalDate liveDay, int staleAfterSessions,
        TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var feed = InteractiveBrokersFeedFactory.Create(options, timeProvider, loggerFactory, calendar);
        // The quotes this connection receives come before the run starts and are not wanted: the channel keeps none.
        var discarded = Channel.CreateBounded<InboundEvent>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var requests = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, deadline.Token);
        var running = feed.RunAsync(discarded.Writer, stop.Token);
        var series = new List<WarmUpSeries>(TwsSymbols.Length);
        var missing = new List<string>();
        try
        {
            foreach (var symbol in TwsSymbols)
            {
                IReadOnlyList<Bar> bars;
                try
                {
                    bars = await feed.GetDailyHistoryAsync(symbol, Sessions + 1, requests.Token).ConfigureAwait(false);
                }
                catch (InteractiveBrokersRequestException ex)
                {
                    missing.Add($"{symbol.DisplayName()}: {ex.Message}");
                    continue;
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"TWS did not connect and send the daily history within {timeout} (Feed:WarmUp:TwsHistoryTimeout)");
                }
                catch (InvalidOperationException) when (cancellationToken.IsCancellationRequested)
                {
                    // The stop ended the warm-up connection first, and its pending requests fail as "feed stopped".
                    throw new OperationCanceledException(cancellationToken);
                }

                if (Select($"TWS daily history of {symbol.DisplayName()}", symbol, bars, calendar, liveDay, staleAfterSessions) is { } selected)
                {
                    series.Add(selected);
                }
                else
                {
                    missing.Add($"{symbol.DisplayName()}: TWS sent no completed daily bar before {liveDay:uuuu-MM-dd}");
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await running.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The warm-up connection is stopped on purpose once the history is in.
            }
        }

        return Combine(series, missing, liveDay, staleAfterSessions);
    }

    /// <summary>The last <see cref="Sessions"/> daily bars of <paramref name="bars"/> before <paramref name="liveDay"/>,
    /// or null when there is none.</summary>
    public static WarmUpSeries? Select(
        string source, MarketSymbol symbol, IReadOnlyList<Bar> bars, ITradingCalendar calendar, LocalDate liveDay, int staleAfterSessions)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(calendar);
        var before = bars.Where(bar => bar.Period == BarPeriod.Daily && bar.TradeDate < liveDay).OrderBy(bar => bar.TradeDate).ToList();
        if (before.Count == 0)
        {
            return null;
        }

        var daily = before.Count > Sessions ? before.GetRange(before.Count - Sessions, Sessions) : before;
        var behind = SessionsBetween(calendar, daily[^1].TradeDate, liveDay);
        return new WarmUpSeries(source, symbol, daily, behind, behind > staleAfterSessions);
    }

    /// <summary>Orders the series' bars for <see cref="DecisionLoop.WarmUp"/>, adding the completed weekly SPX and VIX bars.</summary>
    public static WarmUpHistory Combine(IReadOnlyList<WarmUpSeries> series, IReadOnlyList<string> missing, LocalDate liveDay, int staleAfterSessions)
    {
        ArgumentNullException.ThrowIfNull(series);
        var bars = new List<Bar>();
        foreach (var one in series)
        {
            bars.AddRange(one.Daily);
            if (one.Symbol is MarketSymbol.Spx or MarketSymbol.Vix)
            {
                bars.AddRange(WeeklyBars.FromDaily(one.Daily).Where(week => !SameWeek(week.TradeDate, liveDay)));
            }
        }

        return new WarmUpHistory(liveDay, staleAfterSessions, series, [.. bars.OrderBy(b => b.End).ThenBy(b => b.Period).ThenBy(b => b.Symbol)], missing);
    }

    /// <summary>Logs what was read and from where, reports stale and missing history, feeds the loop, and logs what each
    /// indicator saw and whether it is ready.</summary>
    public static IReadOnlyList<IndicatorWarmUp> Apply(DecisionLoop loop, WarmUpHistory history, Serilog.ILogger log)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(log);
        log = log.ForContext(typeof(HistoryWarmUp));
        foreach (var series in history.Series)
        {
            log.Information("Warm-up history: {Symbol} {Count} daily bars {First:yyyy-MM-dd}..{Last:yyyy-MM-dd} from {Source}",
                series.Symbol.DisplayName(), series.Daily.Count, series.FirstDay.ToDateTimeUnspecified(), series.LastDay.ToDateTimeUnspecified(), series.Source);
            if (series.SkippedRows > 0)
            {
                log.Warning("Warm-up history: {Skipped} bad rows of {Source} skipped (bad rows set to skip); the first: {First}",
                    series.SkippedRows, series.Source, series.FirstSkippedRow);
            }

            if (series.IsStale)
            {
                log.Warning(
                    "Warm-up history is stale: {Source} ends on {Last:yyyy-MM-dd}, {Gap} trading sessions before the live session {LiveDay:yyyy-MM-dd} " +
                    "(more than Feed:WarmUp:StaleAfterSessions = {Limit}); the {Symbol} indicators start from that old history",
                    series.Source, series.LastDay.ToDateTimeUnspecified(), series.SessionsBehind, history.LiveDay.ToDateTimeUnspecified(),
                    history.StaleAfterSessions, series.Symbol.DisplayName());
            }
        }

        foreach (var missing in history.Missing)
        {
            log.Warning("Warm-up history missing for {Missing}; its indicators warm up from live bars", missing);
        }

        var report = loop.WarmUp(history.Bars);
        LogReport(report, log);
        return report;
    }

    /// <summary>One line per indicator: the samples it saw, what it needs, and whether it is ready.</summary>
    public static void LogReport(IReadOnlyList<IndicatorWarmUp> report, Serilog.ILogger log)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(log);
        log = log.ForContext(typeof(HistoryWarmUp));
        foreach (var indicator in report)
        {
            log.Information("Warm-up: {Indicator} saw {Samples} bars (ready after {WarmUpPeriod}): {State}",
                indicator.Name, indicator.Samples, indicator.WarmUpPeriod, indicator.IsReady ? "ready" : "NOT READY");
        }
    }

    /// <summary>The live session of a run starting at <paramref name="start"/>: the one in progress, or the next to open.</summary>
    public static LocalDate LiveDay(ITradingCalendar calendar, Instant start)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.CurrentOrNextSession(start).TradeDate;
    }

    private static int SessionsBetween(ITradingCalendar calendar, LocalDate last, LocalDate liveDay)
    {
        var count = 0;
        for (var day = calendar.NextTradingDay(last); day < liveDay; day = calendar.NextTradingDay(day))
        {
            count++;
        }

        return count;
    }

    private static bool SameWeek(LocalDate a, LocalDate b) =>
        a.PlusDays(-((int)a.DayOfWeek - 1)) == b.PlusDays(-((int)b.DayOfWeek - 1));
}
