using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Bars;
using VixShield.Live.Engine.Health;
using VixShield.Live.Engine.Hedging;
using VixShield.Live.Engine.Status;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Engine.Pipeline;

/// <summary>The single reader of the inbound channel: quotes in, state updated, decisions and alerts out.</summary>
/// <remarks>
/// One reader means event order is decision order, and a replay decides exactly as live did. Market time is the
/// largest event time seen; a quote older than that is refused as out of order (feeds heal, the loop never
/// reorders). Session open and close are derived from the calendar as market time crosses them, so they fire at
/// the same instants in replay and live. Alerts are queued during an event and written after it; when the alert
/// channel is full the loop waits rather than drop a decision.
/// </remarks>
public sealed partial class DecisionLoop
{
    private static readonly MarketSymbol[] WatchedIndexes = [MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Vix9d, MarketSymbol.Vix3m];

    private readonly ChannelReader<InboundEvent> inbound;
    private readonly ChannelWriter<Alert> alerts;
    private readonly ITradingCalendar calendar;
    private readonly EngineOptions options;
    private readonly ILogger logger;
    private readonly AlertFactory alertFactory = new();
    private readonly BarAggregator bars;
    private readonly FeedHealthMonitor? health;
    private readonly List<Alert> pending = new(16);
    private readonly InlineExecution? execution;

    /// <summary>Created once: a method group passed per event would allocate a delegate on every quote.</summary>
    private readonly Action<MarketSymbol, Instant> onStale;
    private readonly Action<ExecutionCommand>? submit;
    private readonly Quote[] lastQuotes = new Quote[MarketSymbols.Count];

    /// <summary>The <see cref="Quote.Price"/> of each last quote, kept beside it: a mid is a decimal division, and the
    /// condor marks, the term structure and the hedge rules all read it.</summary>
    private readonly decimal[] lastPrices = new decimal[MarketSymbols.Count];
    private readonly bool[] rejectionReported = new bool[MarketSymbols.Count];
    private TradingSession? session;
    private bool sessionOpened;
    private long sessionQuotes;
    private long sessionRejected;
    private Instant now = Instant.MinValue;
    private FeedStatusView lastFeedStatus = new("none", "NotStarted", "no feed has reported yet", null);
    /// <summary>No index or breadth count comes near this; a larger value is a corrupt quote (and would overflow the mid).</summary>
    private const decimal MaximumPlausiblePrice = 10_000_000m;

    private static readonly LocalDateTimePattern WallClockPattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");

    /// <summary>The first SPX quote of each market second (from the previous sample) evaluates the hedge rules and marks
    /// every condor in full.</summary>
    private static readonly Duration SampleInterval = Duration.FromSeconds(1);
    private Instant nextSample = Instant.MinValue;
    private VolatilityTermStructure termStructure;
    private bool termStructureReady;
    private readonly (Instant Time, string? Text)[] recentTimeTexts = new (Instant, string?)[2];

    /// <param name="watchStaleness">False for feeds that are sparse by nature (replay of daily bars).</param>
    /// <param name="execution">An in-process venue driven on this loop's thread and clock (paper, alerts-only).</param>
    /// <param name="brokerSubmit">Where orders go when the venue is a broker running on its own tasks.</param>
    public DecisionLoop(
        ChannelReader<InboundEvent> inbound,
        ChannelWriter<Alert> alerts,
        ITradingCalendar calendar,
        EngineOptions options,
        bool watchStaleness,
        ILogger<DecisionLoop> logger,
        StrategyOptions? strategy = null,
        InlineExecution? execution = null,
        IReadOnlyList<AlvhEngine>? hedgeEngines = null,
        Action<ExecutionCommand>? brokerSubmit = null)
    {
        this.execution = execution;
        this.brokerSubmit = brokerSubmit;
        submit = execution is not null ? execution.Enqueue : brokerSubmit is null ? null : SubmitToBroker;
        this.inbound = inbound ?? throw new ArgumentNullException(nameof(inbound));
        this.alerts = alerts ?? throw new ArgumentNullException(nameof(alerts));
        this.calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        bars = new BarAggregator(calendar, OnBarClosed);
        health = watchStaleness ? new FeedHealthMonitor(options.StaleFeedAfter, WatchedIndexes) : null;
        onStale = OnStale;
        strategy ??= new StrategyOptions();
        var model = new SpxOptionModel(strategy.Pricing);
        var expiries = new SpxwExpiries(calendar);
        Condors = new CondorBook(new CondorSelector(strategy.Condor, model, expiries), expiries, model, strategy.ShadowStops, Raise, submit);
        Signals = new MarketSignals(strategy.Signals);
        if (hedgeEngines is { Count: > 0 })
        {
            Hedges = new HedgeDesk(hedgeEngines, () => alertFactory.Reserve(), Emit, submit);
            Condors.Opened = Hedges.OnCondorOpened;
            Condors.Settled = Hedges.OnCondorSettled;
        }
    }

    /// <summary>Every indicator and signal of the spec, fed by the bars and quotes of this loop.</summary>
    public MarketSignals Signals { get; }

    /// <summary>The ALVH rule engines, or null when no ruleset is configured.</summary>
    public HedgeDesk? Hedges { get; }

    /// <summary>Feeds history bars (oldest first) to the indicators before the first event, so that every signal is ready
    /// before the first decision; signal changes found in history are not alerted. Returns what each indicator saw.</summary>
    public IReadOnlyList<IndicatorWarmUp> WarmUp(IEnumerable<Bar> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var bar in history)
        {
            Signals.OnBar(in bar);
            recentBars.Record(in bar);
            if (bar.Period == BarPeriod.Daily && !bar.Symbol.IsBreadth())
            {
                Signals.OnPrice(bar.Symbol, (double)bar.Close, bar.End);
            }
        }

        while (Signals.TryDequeueChange(out _))
        {
        }

        return Signals.WarmUpReport();
    }

    /// <summary>The condors being followed and their shadow stop-loss strategies.</summary>
    public CondorBook Condors { get; }

    public DecisionLoopStatistics Statistics { get; } = new();

    /// <summary>Market time as the loop has seen it.</summary>
    public Instant Now => now;

    /// <summary>The last accepted quote of <paramref name="symbol"/> (default when none yet).</summary>
    public Quote LastQuote(MarketSymbol symbol) => lastQuotes[(int)symbol];

    /// <summary>Reads until the inbound channel completes, then returns; the caller completes the alert channel.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await inbound.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (inbound.TryRead(out var inboundEvent))
            {
                Process(in inboundEvent);
                if (execution is not null && execution.HasWork(now))
                {
                    var before = pending.Count;
                    await execution.RunAsync(now, alertFactory, pending, cancellationToken).ConfigureAwait(false);
                    Statistics.AlertsEmitted += pending.Count - before;
                }

                var alerted = pending.Count > 0;
                if (alerted)
                {
                    await FlushAlertsAsync(cancellationToken).ConfigureAwait(false);
                }

                if (snapshotWriter is not null)
                {
                    Checkpoint(alerted);
                }
            }
        }

        logger.LogInformation(
            "Decision loop drained at {MarketTime}: {Events} events, {Quotes} quotes ({Rejected} rejected), {Bars} bars, {Alerts} alerts",
            now, Statistics.EventsProcessed, Statistics.QuotesProcessed, Statistics.QuotesRejected, Statistics.BarsClosed, Statistics.AlertsEmitted);
    }

    /// <summary>Processes one event synchronously; alerts it raises wait in <see cref="PendingAlerts"/>.</summary>
    public void Process(in InboundEvent inboundEvent)
    {
        Statistics.EventsProcessed++;
        if (inboundEvent.Kind == InboundEventKind.Quote)
        {
            ProcessQuote(in inboundEvent);
            return;
        }

        if (inboundEvent.Payload is StatusQuery query)
        {
            query.Reply(BuildStatus());
            return;
        }

        if (inboundEvent.Payload is ActivateKillSwitch kill)
        {
            Raise("operator.kill_switch", AlertSeverity.Critical, now, null,
                $"kill switch engaged ({kill.Reason}): working orders are being cancelled and no new order will be sent",
                AlertValue.Of("reason", kill.Reason));
            submit?.Invoke(kill);
            return;
        }

        if (inboundEvent.Payload is ExecutionEvent executionEvent)
        {
            // A remote venue's clock is its own: its events are reported, never allowed to move market time.
            Statistics.AlertsEmitted++;
            pending.Add(ExecutionEventAlerts.Create(alertFactory, executionEvent));
            return;
        }

        if (inboundEvent.Payload is FeedStatusChanged status)
        {
            OnFeedStatus(status);
        }

        AdvanceTo(inboundEvent.EventTime);
        if (inboundEvent.Kind == InboundEventKind.Heartbeat)
        {
            bars.CloseThrough(now);
            CheckStaleness();
        }
    }

    /// <summary>Alerts raised by <see cref="Process"/> and not yet written to the alert channel.</summary>
    public IReadOnlyList<Alert> PendingAlerts => pending;

    /// <summary>Writes pending alerts to the alert channel, waiting when it is full.</summary>
    public async ValueTask FlushAlertsAsync(CancellationToken cancellationToken)
    {
        foreach (var alert in pending)
        {
            if (!alerts.TryWrite(alert))
            {
                await alerts.WriteAsync(alert, cancellationToken).ConfigureAwait(false);
            }
        }

        alertsWritten += pending.Count;
        pending.Clear();
    }

    private void ProcessQuote(in InboundEvent inboundEvent)
    {
        var quote = inboundEvent.Quote;
        var rejection = Validate(in quote, out var price);
        if (rejection != QuoteRejection.None)
        {
            Reject(in quote, rejection);
            return;
        }

        AdvanceTo(quote.EventTime);
        Statistics.QuotesProcessed++;
        sessionQuotes++;
        lastQuotes[(int)quote.Symbol] = quote;
        lastPrices[(int)quote.Symbol] = price;
        execution?.OnQuote(in quote);
        if (health is not null && health.OnQuote(quote.Symbol, quote.EventTime))
        {
            Raise("feed.recovered", AlertSeverity.Info, quote.EventTime, quote.Symbol.DisplayName(),
                $"{quote.Symbol.DisplayName()} is ticking again at {Format(quote.EventTime)}",
                AlertValue.Of("price", quote.Price));
        }

        bars.OnPrice(quote.Symbol, price, quote.EventTime);
        if (quote.Symbol is MarketSymbol.Spx or MarketSymbol.Vix or MarketSymbol.Vix9d or MarketSymbol.Vix3m)
        {
            Signals.OnPrice(quote.Symbol, (double)price, quote.EventTime);
            RaiseSignalChanges();
        }

        var sample = quote.Symbol == MarketSymbol.Spx && now >= nextSample;
        if (sample)
        {
            nextSample = now + SampleInterval;
        }

        if (Condors.OpenPositions.Count > 0)
        {
            MarkCondors(quote.Symbol, sample);
        }

        if (sample)
        {
            EvaluateHedges();
        }

        CheckStaleness();
    }

    /// <summary>Follows the open condors on SPX and VIX quotes. A quote of another volatility index at a new level only
    /// invalidates the term structure: its effect on a one-day condor is second order, and it is priced in at the next SPX
    /// or VIX quote (a quarter of a second later), which halves the pricing work per quote. The term structure is built
    /// again only when a level it was built from has changed. On the sampling SPX quote of each market second
    /// every condor is marked in full (the hedge rules, evaluated on the same quote, see an exact mark); on the others the
    /// book marks only a condor whose shadow stop the move could have reached.</summary>
    private void MarkCondors(MarketSymbol changed, bool sample)
    {
        if (changed is MarketSymbol.Vix9d or MarketSymbol.Vix3m or MarketSymbol.Vix6m)
        {
            // Like VIX, these indexes mostly repeat their last 0.01 tick between quotes.
            termStructureReady &= lastPrices[(int)changed] == TermStructureLevel(changed);
            return;
        }

        if (changed is not (MarketSymbol.Spx or MarketSymbol.Vix))
        {
            return;
        }

        // VIX moves less than its 0.01 tick between most of its quotes; an unchanged level leaves the term structure as it was.
        if (!termStructureReady || (changed == MarketSymbol.Vix && lastPrices[(int)MarketSymbol.Vix] != termStructure.Levels.Vix))
        {
            var levels = VolatilityLevels();
            if (levels.Vix <= 0m)
            {
                return;
            }

            termStructure = new VolatilityTermStructure(in levels);
            termStructureReady = true;
        }

        var spx = lastPrices[(int)MarketSymbol.Spx];
        if (spx <= 0m)
        {
            return;
        }

        if (sample)
        {
            Condors.Mark(now, (double)spx, in termStructure);
        }
        else
        {
            Condors.Observe(now, (double)spx, in termStructure);
        }
    }

    /// <summary>The level of <paramref name="symbol"/> the current term structure was built from (0 when it had none).</summary>
    private decimal TermStructureLevel(MarketSymbol symbol)
    {
        var levels = termStructure.Levels;
        return (symbol switch
        {
            MarketSymbol.Vix9d => levels.Vix9d,
            MarketSymbol.Vix3m => levels.Vix3m,
            _ => levels.Vix6m,
        }) ?? 0m;
    }

    private VolatilityIndexLevels VolatilityLevels() => new(
        lastPrices[(int)MarketSymbol.Vix],
        Optional(MarketSymbol.Vix9d),
        Optional(MarketSymbol.Vix3m),
        Optional(MarketSymbol.Vix6m),
        Optional(MarketSymbol.Vvix));

    private decimal? Optional(MarketSymbol symbol)
    {
        var price = lastPrices[(int)symbol];
        return price > 0m ? price : null;
    }

    /// <param name="price">The quote's <see cref="Quote.Price"/> once the quote is known to be plausible (the mid of prices near
    /// the decimal limit would overflow): a mid is a decimal division, so it is worked out once here for every stage.</param>
    private QuoteRejection Validate(in Quote quote, out decimal price)
    {
        price = 0m;
        if (quote.EventTime < now)
        {
            return QuoteRejection.OutOfOrder;
        }

        if (quote.Symbol.IsBreadth())
        {
            if (quote.Last < 0m)
            {
                return QuoteRejection.NegativeCount;
            }

            price = quote.Price;
            return QuoteRejection.None;
        }

        if (quote.Bid == 0m && quote.Ask == 0m)
        {
            // A cash index publishes no bid or ask (most quotes): only its last value is left to check.
            if (quote.Last > MaximumPlausiblePrice)
            {
                return QuoteRejection.ImplausiblePrice;
            }

            price = quote.Last;
            return price <= 0m ? QuoteRejection.NonPositivePrice : QuoteRejection.None;
        }

        if (quote.Bid > MaximumPlausiblePrice || quote.Ask > MaximumPlausiblePrice || quote.Last > MaximumPlausiblePrice)
        {
            return QuoteRejection.ImplausiblePrice;
        }

        if (quote.Bid > 0m && quote.Ask > 0m && quote.Bid > quote.Ask)
        {
            return QuoteRejection.CrossedBidAsk;
        }

        price = quote.Price;
        return price <= 0m ? QuoteRejection.NonPositivePrice : QuoteRejection.None;
    }

    private void Reject(in Quote quote, QuoteRejection rejection)
    {
        Statistics.QuotesRejected++;
        sessionRejected++;
        var symbolIndex = (int)quote.Symbol;
        if (rejectionReported[symbolIndex])
        {
            return;
        }

        rejectionReported[symbolIndex] = true;
        var name = quote.Symbol.DisplayName();
        Raise("quote.rejected", AlertSeverity.Warning, now > quote.EventTime ? now : quote.EventTime, name,
            $"{name} quote refused ({rejection}): bid {quote.Bid}, ask {quote.Ask}, last {quote.Last} at {Format(quote.EventTime)}; " +
            "further refusals for this index are counted until the session closes",
            AlertValue.Of("rejection", rejection.ToString()),
            AlertValue.Of("bid", quote.Bid),
            AlertValue.Of("ask", quote.Ask),
            AlertValue.Of("last", quote.Last));
    }

    private void AdvanceTo(Instant time)
    {
        if (time <= now)
        {
            return;
        }

        now = time;
        session ??= calendar.CurrentOrNextSession(time);
        while (true)
        {
            if (!sessionOpened && time >= session.Open && time < session.Close)
            {
                OpenSession();
            }

            if (sessionOpened && time >= Condors.NextEntry)
            {
                Condors.OnTime(time, lastQuotes[(int)MarketSymbol.Spx].Price, VolatilityLevels());
            }

            if (time < session.Close)
            {
                return;
            }

            bars.CloseThrough(session.Close);
            if (sessionOpened)
            {
                CloseSession();
                Condors.OnSessionClose(session, lastQuotes[(int)MarketSymbol.Spx].Price);
            }
            else if (settleMissedSessions)
            {
                Condors.OnSessionClose(session, lastQuotes[(int)MarketSymbol.Spx].Price);
            }

            session = calendar.GetSession(calendar.NextTradingDay(session.TradeDate))!;
            sessionOpened = false;
            health?.ResetSession();
        }
    }

    private void OpenSession()
    {
        sessionOpened = true;
        sessionQuotes = 0;
        sessionRejected = 0;
        Array.Clear(rejectionReported);
        Condors.OnSessionOpen(session!);
        Hedges?.OnSessionOpen(session!.Open);
        Raise("session.open", AlertSeverity.Info, session!.Open, null,
            $"NYSE session {session.TradeDate:yyyy-MM-dd} open at {Format(session.Open)}" +
            (session.IsEarlyClose ? $", early close at {Format(session.Close)}" : string.Empty),
            AlertValue.Of("trade_date", session.TradeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            AlertValue.Of("early_close", session.IsEarlyClose));
    }

    private void CloseSession()
    {
        Raise("session.close", AlertSeverity.Info, session!.Close, null,
            $"NYSE session {session.TradeDate:yyyy-MM-dd} closed at {Format(session.Close)}: {sessionQuotes} quotes, {sessionRejected} refused",
            AlertValue.Of("trade_date", session.TradeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            AlertValue.Of("quotes", sessionQuotes),
            AlertValue.Of("quotes_refused", sessionRejected),
            AlertValue.Of("spx_last", lastQuotes[(int)MarketSymbol.Spx].Price),
            AlertValue.Of("vix_last", lastQuotes[(int)MarketSymbol.Vix].Price));
    }

    private void CheckStaleness()
    {
        if (health is null || !sessionOpened || session is null || !session.Contains(now))
        {
            return;
        }

        health.Check(now, session.Open, onStale);
    }

    private void OnStale(MarketSymbol symbol, Instant lastSeen)
    {
        var name = symbol.DisplayName();
        var silence = now - lastSeen;
        Raise("feed.stale", AlertSeverity.Warning, now, name,
            $"{name} has not ticked for {silence.TotalSeconds:0} s (limit {health!.StaleAfter.TotalSeconds:0} s) during market hours; " +
            $"last seen {Format(lastSeen)}",
            AlertValue.Of("seconds_silent", silence.TotalSeconds),
            AlertValue.Of("limit_seconds", health.StaleAfter.TotalSeconds));
    }

    private StatusSnapshot BuildStatus()
    {
        var instruments = new List<InstrumentView>(MarketSymbols.Count);
        foreach (var symbol in MarketSymbols.All)
        {
            var quote = lastQuotes[(int)symbol];
            instruments.Add(new InstrumentView(
                symbol.DisplayName(),
                quote.EventTime == default ? null : quote.Price,
                quote.EventTime == default ? null : InstantPattern.ExtendedIso.Format(quote.EventTime),
                health?.IsStale(symbol) ?? false));
        }

        var condors = Condors.OpenPositions.Select(p => new CondorView(
            p.Condor.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.Condor.LongPutStrike,
            p.Condor.ShortPutStrike,
            p.Condor.ShortCallStrike,
            p.Condor.LongCallStrike,
            p.Condor.Quantity,
            p.Condor.Credit,
            p.LastMark,
            p.Condor.Credit - p.LastMark,
            p.Shadows.Strategies.Where(s => s.IsStopped).Select(s => s.Name).ToList())).ToList();
        var known = now != Instant.MinValue;
        return new StatusSnapshot
        {
            MarketTime = known ? InstantPattern.ExtendedIso.Format(now) : string.Empty,
            MarketTimeNewYork = known ? Format(now) : string.Empty,
            SessionOpen = sessionOpened && session is not null && session.Contains(now),
            TradeDate = session?.TradeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Feed = lastFeedStatus,
            Instruments = instruments,
            Counters = new CountersView(Statistics.EventsProcessed, Statistics.QuotesProcessed, Statistics.QuotesRejected,
                Statistics.BarsClosed, Statistics.AlertsEmitted, inbound.CanCount ? inbound.Count : 0, 0),
            Signals = DescribeSignals(Signals.Snapshot),
            Condors = condors,
            Hedge = Hedges?.Describe() ?? [],
            LastComparison = Condors.LastComparison,
        };
    }

    private static List<NamedValueView> DescribeSignals(in MarketSignalSnapshot s) =>
    [
        new("RSI(14) 5m", Number(s.RsiFiveMinute, "0.0"), s.RsiFiveMinute is > 70 or < 30),
        new("RSI(14) daily", Number(s.RsiDaily, "0.0"), s.RsiDaily is > 70 or < 30),
        new("MACD hist daily", Number(s.MacdHistogramDaily, "0.00"), s.MacdHistogramDaily < 0),
        new("MACD bearish", s.IsMacdBearish ? "yes" : "no", s.IsMacdBearish),
        new("MACD hist weekly", Number(s.MacdHistogramWeekly, "0.00"), s.IsWeeklyMacdWarning),
        new("VIX MACD cross up", s.IsVixMacdCrossUp ? "yes" : "no", s.IsVixMacdCrossUp),
        new("A/D divergence days", s.AdvanceDeclineDivergenceDays.ToString(CultureInfo.InvariantCulture), s.IsAdvanceDeclineDivergence),
        new("VIX/VIX3M", Number(s.TermStructureRatio, "0.000"), s.IsTermStructureInverted),
        new("expected move (pts)", Number(s.Sigma, "0.0"), false),
    ];

    private static string? Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture);

    private void OnFeedStatus(FeedStatusChanged status)
    {
        lastFeedStatus = new FeedStatusView(status.FeedName, status.State.ToString(), status.Reason, InstantPattern.ExtendedIso.Format(status.EventTime));
        var severity = status.State is FeedState.Failed or FeedState.Disconnected ? AlertSeverity.Warning : AlertSeverity.Info;
        var type = "feed." + status.State.ToString().ToLowerInvariant();
        Raise(type, severity, status.EventTime > now ? status.EventTime : now, null,
            $"feed '{status.FeedName}' {status.State.ToString().ToLowerInvariant()}: {status.Reason}",
            AlertValue.Of("feed", status.FeedName));
    }

    /// <summary>The rule engines see SPX at most once per market second (on the sampling quote): the feed quotes about four
    /// times a second, and a decision a fraction of a second later changes nothing for a hedge bought in VIX calls, while
    /// the engines' cost (a signal snapshot and every layer's conditions) would otherwise dominate the quote path.</summary>
    private void EvaluateHedges()
    {
        if (Hedges is null)
        {
            return;
        }

        var spx = lastPrices[(int)MarketSymbol.Spx];
        var vix = lastPrices[(int)MarketSymbol.Vix];
        if (spx <= 0m || vix <= 0m)
        {
            return;
        }

        var market = new HedgeMarket(spx, vix, Optional(MarketSymbol.Vix9d), Optional(MarketSymbol.Vix3m), Optional(MarketSymbol.Vix6m),
            Optional(MarketSymbol.Vvix), null);
        Hedges.Evaluate(now, Signals.Snapshot, in market, Condors);
    }

    private void RaiseSignalChanges()
    {
        while (Signals.TryDequeueChange(out var change))
        {
            var severity = change.Kind == SignalKind.InputRejected ? AlertSeverity.Warning : AlertSeverity.Info;
            Raise("signal." + SignalTypeName(change.Kind) + (change.Active ? ".on" : ".off"), severity, change.Time, null, change.Reason, [.. change.Values]);
        }
    }

    private static string SignalTypeName(SignalKind kind) => kind switch
    {
        SignalKind.MacdBearish => "macd_bearish",
        SignalKind.AdvanceDeclineDivergence => "ad_divergence",
        SignalKind.WeeklyMacdWarning => "weekly_warning",
        SignalKind.VixMacdCrossUp => "vix_macd_cross_up",
        SignalKind.TermStructureInversion => "term_structure_inversion",
        _ => "input_rejected",
    };

    private void Emit(Alert alert)
    {
        Statistics.AlertsEmitted++;
        pending.Add(alert);
    }

    private void OnBarClosed(in Bar bar)
    {
        Statistics.BarsClosed++;
        Signals.OnBar(in bar);
        recentBars.Record(in bar);
        RaiseSignalChanges();
        if (!options.EmitBarEvents)
        {
            return;
        }

        var name = bar.Symbol.DisplayName();
        Raise("bar.closed", AlertSeverity.Debug, bar.End, name,
            $"{name} {PeriodName(bar.Period)} bar {Format(bar.Start)} to {Format(bar.End)} closed",
            AlertValue.Of("period", PeriodName(bar.Period)),
            AlertValue.Of("open", bar.Open),
            AlertValue.Of("high", bar.High),
            AlertValue.Of("low", bar.Low),
            AlertValue.Of("close", bar.Close));
    }

    private void Raise(string type, AlertSeverity severity, Instant time, string? instrument, string reason, params AlertValue[] values)
    {
        Statistics.AlertsEmitted++;
        pending.Add(alertFactory.Create(type, severity, time, instrument, reason, values));
    }

    /// <summary>Market time as New York wall-clock time in alert text.</summary>
    /// <remarks>The last two times are kept with their text: at each minute every symbol's bar closes with the same start
    /// and end, so a minute's dozen bar alerts format two times instead of two dozen.</remarks>
    private string Format(Instant instant)
    {
        if (recentTimeTexts[0].Text is { } newest && recentTimeTexts[0].Time == instant)
        {
            return newest;
        }

        if (recentTimeTexts[1].Text is { } older && recentTimeTexts[1].Time == instant)
        {
            return older;
        }

        var text = WallClockPattern.Format(instant.InZone(calendar.Zone).LocalDateTime);
        recentTimeTexts[1] = recentTimeTexts[0];
        recentTimeTexts[0] = (instant, text);
        return text;
    }

    private static string PeriodName(BarPeriod period) => period switch
    {
        BarPeriod.OneMinute => "1m",
        BarPeriod.FiveMinutes => "5m",
        BarPeriod.Daily => "1d",
        _ => "1w",
    };
}
