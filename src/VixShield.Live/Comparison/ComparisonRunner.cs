using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Replay;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Reports.Comparison;
using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Comparison;

/// <summary>Replays market files through the daemon's own <see cref="DecisionLoop"/> at full speed and collects its daily
/// comparisons into a <see cref="ComparisonReport"/>.</summary>
/// <remarks>
/// <para>Nothing here decides anything about condors, stops or hedges: the replay feed plays the files as quotes (daily
/// bars along <see cref="IntraBarPath"/>), the loop does what it does live, and this class only reads the alerts it
/// raises. The market clock is a <see cref="ManualTimeProvider"/> moved by the feed with no pacing, so a run takes as long
/// as the computation and gives the same alerts every time.</para>
/// <para>The replay starts <see cref="ComparisonDefaults.WarmUpTradingDays"/> trading days before <c>--from</c> (or at the
/// start of the data) so the indicators are ready; only condors entered on or after the first counted day, and expiring
/// by the last one, are counted, and only when both their entry and expiry days have SPX and VIX bars.</para>
/// </remarks>
public sealed class ComparisonRunner
{
    private readonly ITradingCalendar calendar;

    public ComparisonRunner(ITradingCalendar calendar) =>
        this.calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>Reads every input file (bad rows skipped and counted) for the request's replay window.</summary>
    /// <exception cref="ReplayDataException">A file cannot be used at all (unknown layout, empty, wrong kind).</exception>
    public ReplayTape LoadTape(ComparisonRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (start, end) = ReplayWindow(request);
        return ReplayTape.Load(
            new ReplayFeedOptions
            {
                Sources = [.. request.Inputs.Select(input => new ReplaySource(input.Path, input.Symbol))],
                BadRowPolicy = BadRowPolicy.Skip,
                Start = start,
                End = end,
            },
            calendar);
    }

    /// <summary>Runs the replay of <paramref name="tape"/> (from <see cref="LoadTape"/>) and builds the report.</summary>
    /// <param name="progress">Called with the share of market time replayed (0 to 1), from the calling flow; may be null.</param>
    public async Task<ComparisonOutcome> RunAsync(ComparisonRequest request, ReplayTape tape, Action<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tape);
        var strategy = new StrategyOptions { Condor = new CondorSelectionOptions { Quantity = request.Quantity } };
        var (replayStart, replayEnd) = ReplayWindow(request);
        var firstCounted = FirstCountedDay(request);
        var countFrom = firstCounted is { } day ? calendar.GetSession(day)!.Open : Instant.MinValue;
        var clockStart = tape.FirstEventTime ?? replayStart ?? Instant.FromUtc(1900, 1, 1, 0, 0);
        var progressEnd = replayEnd ?? LastDataTime(tape) ?? clockStart;

        var engineOptions = new EngineOptions { EmitBarEvents = false };
        var channels = new EngineChannels(engineOptions);
        var clock = new ManualTimeProvider(clockStart);

        // Without a speed the pacer never waits, so the market clock can stand in for the wall clock.
        var feed = new ReplayMarketDataFeed(tape, new MarketPacer(clock, clock, speed: null), NullLogger<ReplayMarketDataFeed>.Instance);
        var loop = new DecisionLoop(
            channels.Inbound.Reader,
            channels.Alerts.Writer,
            calendar,
            engineOptions,
            watchStaleness: false,
            NullLogger<DecisionLoop>.Instance,
            strategy: strategy,
            hedgeEngines: request.Rulesets
                .Select(ruleset => new AlvhEngine(ruleset, request.EconomicCalendar, calendar, new VixOptionModel(strategy.Pricing), request.Capital))
                .ToList());

        var collector = new ComparisonAlertCollector(IronCondor.ContractMultiplier * (decimal)request.Quantity);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var feedTask = Task.Run(() => PlayAsync(feed, channels.Inbound.Writer, abort.Token), CancellationToken.None);
        var loopTask = Task.Run(() => DecideAsync(loop, channels.Alerts.Writer, abort.Token), CancellationToken.None);
        Exception? failure = null;
        try
        {
            await foreach (var alert in channels.Alerts.Reader.ReadAllAsync(abort.Token).ConfigureAwait(false))
            {
                if (alert.EventTime >= countFrom)
                {
                    collector.Add(alert);
                }

                if (progress is not null && alert.Type == "session.close")
                {
                    progress(Share(clockStart, progressEnd, alert.EventTime));
                }
            }
        }
        catch (Exception ex)
        {
            failure = ex;
            await abort.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            await Task.WhenAll(feedTask, loopTask).ConfigureAwait(false);
        }
        catch (Exception) when (failure is not null)
        {
            // The first failure is the cause; the other part stopped because of it.
        }

        if (failure is not null)
        {
            while (failure is ChannelClosedException { InnerException: { } inner })
            {
                failure = inner;
            }

            ExceptionDispatchInfo.Throw(failure);
        }

        progress?.Invoke(1.0);
        var inRange = collector.Days
            .Where(d => (firstCounted is not { } first || d.Expiry > first) && (replayEnd is not { } end || calendar.GetSession(d.Expiry)!.Close <= end))
            .ToList();
        var quoted = QuotedDays(request, tape);
        var days = inRange.Where(d => quoted.Contains(d.Expiry) && quoted.Contains(calendar.PreviousTradingDay(d.Expiry))).ToList();
        var method = new ComparisonMethod(
            request.From,
            request.To,
            request.Capital,
            request.Quantity,
            [.. tape.BarFiles.Select((file, i) => Describe(request.Inputs[i], file))],
            [.. request.Rulesets.Select(r => r.Name)],
            request.EconomicCalendarDescription,
            strategy.Condor.EntryTime,
            strategy.Condor.TargetDelta,
            strategy.Condor.WingWidth,
            [.. strategy.ShadowStops.EffectiveStopMultiples.Order()],
            strategy.ShadowStops.ExitSlippage,
            collector.SkippedEntries,
            collector.UnsettledCount,
            inRange.Count - days.Count);
        return new ComparisonOutcome(
            ComparisonReport.Create(days, method),
            loop.Statistics.QuotesProcessed,
            tape.Problems.Count);
    }

    /// <summary>Days with both an SPX and a VIX bar. The loop keeps using the last level it saw, so on a day missing from
    /// either file (a gap, or past the end of one file) a condor would be priced and settled on a stale level.</summary>
    private HashSet<LocalDate> QuotedDays(ComparisonRequest request, ReplayTape tape)
    {
        HashSet<LocalDate>? common = null;
        for (var i = 0; i < request.Inputs.Count; i++)
        {
            if (request.Inputs[i].Symbol is not (MarketSymbol.Spx or MarketSymbol.Vix))
            {
                continue;
            }

            var dates = tape.BarFiles[i].Bars.Select(bar => bar.Start.InZone(calendar.Zone).Date).ToHashSet();
            if (common is null)
            {
                common = dates;
            }
            else
            {
                common.IntersectWith(dates);
            }
        }

        return common ?? [];
    }

    /// <summary>The first trading day on or after <c>--from</c>: condors entered on it are the first counted.</summary>
    private LocalDate? FirstCountedDay(ComparisonRequest request) =>
        request.From is { } from ? calendar.CurrentOrNextSession(from.AtStartOfDayInZone(calendar.Zone).ToInstant()).TradeDate : null;

    private (Instant? Start, Instant? End) ReplayWindow(ComparisonRequest request)
    {
        Instant? start = null;
        if (FirstCountedDay(request) is { } first)
        {
            var warmUp = first;
            for (var i = 0; i < ComparisonDefaults.WarmUpTradingDays; i++)
            {
                warmUp = calendar.PreviousTradingDay(warmUp);
            }

            start = calendar.GetSession(warmUp)!.Open;
        }

        Instant? end = null;
        if (request.To is { } to)
        {
            var last = calendar.IsTradingDay(to) ? to : calendar.PreviousTradingDay(to);
            end = calendar.GetSession(last)!.Close;
        }

        return (start, end);
    }

    private static Instant? LastDataTime(ReplayTape tape)
    {
        Instant? last = null;
        foreach (var file in tape.BarFiles)
        {
            if (file.Bars.Count > 0 && (last is null || file.Bars[^1].End > last))
            {
                last = file.Bars[^1].End;
            }
        }

        return last;
    }

    private static double Share(Instant start, Instant end, Instant now) =>
        end <= start ? 1.0 : Math.Clamp((now - start).TotalTicks / (end - start).TotalTicks, 0.0, 1.0);

    private ReportInput Describe(ComparisonInput input, BarSeries file) => new(
        input.Option,
        Path.GetFileName(input.Path),
        file.DataRowCount,
        file.Problems.Count,
        file.Bars.Count > 0 ? file.Bars[0].Start.InZone(calendar.Zone).Date : null,
        file.Bars.Count > 0 ? file.Bars[^1].Start.InZone(calendar.Zone).Date : null);

    private static async Task PlayAsync(ReplayMarketDataFeed feed, ChannelWriter<InboundEvent> writer, CancellationToken cancellationToken)
    {
        try
        {
            await feed.RunAsync(writer, cancellationToken).ConfigureAwait(false);
            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }

    private static async Task DecideAsync(DecisionLoop loop, ChannelWriter<Alert> writer, CancellationToken cancellationToken)
    {
        try
        {
            await loop.RunAsync(cancellationToken).ConfigureAwait(false);
            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }
}
