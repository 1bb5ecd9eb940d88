using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Conditions;
using VixShield.Live.Rules.Risk;
using VixShield.Live.Rules.Rulesets;
using VixShield.Live.Rules.Scalar;

namespace VixShield.Live.Rules.Hedging;

/// <summary>The Adaptive Layered VIX Hedge: (state, signals, market, condor, now) in, hedge decisions with reasons out.</summary>
/// <remarks>
/// <para>Pure and deterministic: no clock, no I/O, no randomness; the same calls in the same order give the same
/// decisions, byte for byte. Single-threaded, owned by the decision loop. Decisions queue until
/// <see cref="TryDequeueDecision"/>; an evaluation that decides nothing allocates nothing (compiled conditions over a flat
/// signal vector, value-type pricing inputs).</para>
/// <para>Order of work in <see cref="Evaluate"/>: signals; the scalar (a <see cref="ScalarChanged"/> when it moved by the
/// ruleset's threshold); marks of held layers (when a volatility level changed or a minute passed); expiry handling
/// (settle at the AM settlement, close or roll below the layer's DTE threshold); monetisation (sell a share at the value
/// multiple; close in-profit layers when the move returns); opening layers in order; resizing after a scalar change
/// when the ruleset enables it; the condor's P&amp;L path.</para>
/// <para>Layers open in order: layer n is considered only while layers 1 to n - 1 are open, and several may open on the
/// same evaluation (the ladder's three buckets do). A layer opens when its condition holds, a condor is open, no
/// blackout window applies (unless the blackout exception holds), the instrument can be priced, the sized quantity is at
/// least one contract and the risk limits leave room; the quantity is cut to the room, never beyond. A wanted layer
/// that is not bought yields one <see cref="HedgeLayerBlocked"/> per episode. A layer closed by a rule reopens only
/// after its condition has been false once.</para>
/// <para>Book: the engine assumes its orders fill at their limit prices (the worst it accepts) and marks held layers with
/// the VIX option model. An expiring VIX option settles at its special opening quotation, approximated by the VIX
/// level of the first evaluation at or after 09:30 New York on the expiry date. Rolls and resizes that reduce risk pass
/// during blackouts; only new layers and additions are blocked. The condor is never closed here.</para>
/// </remarks>
public sealed partial class AlvhEngine
{
    /// <summary>Dollars per point of a VIX option, the only instrument a ruleset can currently buy.</summary>
    private const int VixOptionMultiplier = 100;

    /// <summary>How far below the budget the highest cost of a contract must stay for <see cref="IsStillHeldBack"/> to
    /// count on a size of at least one (a part in a billion, against an error of a few parts in 1e16).</summary>
    private const double BudgetMarginFraction = 1e-9;

    private static readonly Duration MarkInterval = Duration.FromMinutes(1);
    private static readonly InstantPattern OrderIdTime = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    private readonly Ruleset ruleset;
    private readonly ITradingCalendar calendar;
    private readonly HedgeInstrumentPricer pricer;
    private readonly EventBlackout blackout;
    private readonly StressScalar scalar;
    private readonly OrderPricingPolicy orders;
    private readonly decimal capitalDollars;
    private readonly double[] signals = new double[HedgeSignalCatalog.SlotCount];
    private readonly LayerSlot[] slots;
    private readonly Queue<HedgeDecision> decisions = new(16);
    private readonly List<CondorTracker> condors = new(4);

    private bool hasEvaluated;
    private Instant lastEvaluation;
    private LocalDate today;
    private Instant dayStart = Instant.MaxValue;
    private Instant nextDayStart = Instant.MinValue;
    private VolatilityIndexLevels lastLevels;
    private VolatilityTermStructure termStructure;
    private bool hasTermStructure;
    private VixFuturesCurve? lastCurve;
    private bool bookChanged;
    private decimal bookMarkDollars;
    private decimal lastSpx;
    private double lastSpxModel;
    private Instant nextMark = Instant.MinValue;
    private double reportedScalar = double.NaN;
    private long decisionCount;
    private Instant orderIdInstant = Instant.MinValue;
    private int orderIdSequence;
    private CondorTracker? primary;

    /// <param name="ruleset">The preset, from <see cref="RulesetLoader"/>.</param>
    /// <param name="economicCalendar">FOMC/CPI/PPI releases for the blackout.</param>
    /// <param name="calendar">Trading sessions (blackout starts, VIX expiries) and the New York zone.</param>
    /// <param name="model">The VIX option model (its <see cref="PricingOptions"/>).</param>
    /// <param name="capitalDollars">Account capital the budgets and premium cap refer to.</param>
    public AlvhEngine(Ruleset ruleset, EconomicCalendar economicCalendar, ITradingCalendar calendar, VixOptionModel model, decimal capitalDollars)
    {
        this.ruleset = ruleset ?? throw new ArgumentNullException(nameof(ruleset));
        ArgumentNullException.ThrowIfNull(economicCalendar);
        this.calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        ArgumentNullException.ThrowIfNull(model);
        if (capitalDollars <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(capitalDollars), capitalDollars, "Capital must be a positive number of dollars.");
        }

        if (ruleset.Layers.Count is 0 or > HedgeSignalCatalog.MaximumLayers)
        {
            throw new ArgumentException($"Ruleset {ruleset.Name} has {ruleset.Layers.Count} layers; a ruleset needs 1 to {HedgeSignalCatalog.MaximumLayers}.", nameof(ruleset));
        }

        this.capitalDollars = capitalDollars;
        orders = ruleset.Orders;
        pricer = new HedgeInstrumentPricer(model, new VixExpiries(calendar), orders);
        blackout = new EventBlackout(economicCalendar, calendar, ruleset.Blackout);
        scalar = new StressScalar(ruleset.Scalar);
        slots = [.. ruleset.Layers.Select(static rule => new LayerSlot(rule))];
        Array.Fill(signals, double.NaN);
    }

    public Ruleset Ruleset => ruleset;

    /// <summary>The strategy name in the daily comparison: <c>alvh-</c> and the ruleset name.</summary>
    public string StrategyName => "alvh-" + ruleset.Name;

    public decimal CapitalDollars => capitalDollars;

    /// <summary>The scalar of the last evaluation (NaN before the first).</summary>
    public double CurrentScalar => scalar.Current;

    /// <summary>The signal vector of the last evaluation, indexed by <see cref="HedgeSignalDefinition.Slot"/>.</summary>
    public ReadOnlySpan<double> Signals => signals;

    /// <summary>Open layers, in layer order.</summary>
    public IReadOnlyList<HedgeLayerPosition> Layers
    {
        get
        {
            var layers = new List<HedgeLayerPosition>(slots.Length);
            foreach (var slot in slots)
            {
                if (slot.Position is { } position)
                {
                    layers.Add(new HedgeLayerPosition(slot.Rule.Id, slot.Rule.Number, position.Instrument, position.Contracts, position.UnitCost, position.Mark, position.OpenedAt, position.IsMonetized));
                }
            }

            return layers;
        }
    }

    /// <summary>Cost of the contracts held (limit prices paid), in dollars: what the premium limits measure.</summary>
    public decimal PremiumHeldDollars
    {
        get
        {
            var total = 0m;
            foreach (var slot in slots)
            {
                if (slot.Position is { } position)
                {
                    total += position.CostDollars;
                }
            }

            return total;
        }
    }

    /// <summary>Model value of the contracts held, in dollars, as of the last mark.</summary>
    public decimal BookMarkDollars
    {
        get
        {
            if (bookChanged)
            {
                bookMarkDollars = 0m;
                foreach (var slot in slots)
                {
                    bookMarkDollars += slot.Position?.MarkDollars ?? 0m;
                }

                bookChanged = false;
            }

            return bookMarkDollars;
        }
    }

    /// <summary>Cash from hedges so far: sales and settlements minus purchases, in dollars.</summary>
    public decimal RealisedCashDollars { get; private set; }

    /// <summary>Decisions waiting in the queue.</summary>
    public int PendingDecisions => decisions.Count;

    /// <summary>Builds the engine from configuration: loads the ruleset and the economic calendar (paths relative to
    /// <paramref name="contentRoot"/> unless absolute).</summary>
    /// <param name="rulesetName">The ruleset to run; null for <see cref="AlvhOptions.Ruleset"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid (every problem listed).</exception>
    /// <exception cref="RulesetException">The ruleset is missing or invalid.</exception>
    /// <exception cref="EconomicCalendarException">The calendar is missing or has bad rows.</exception>
    public static AlvhEngine Create(AlvhOptions options, PricingOptions pricing, ITradingCalendar calendar, string contentRoot, string? rulesetName = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contentRoot);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid ALVH options: " + string.Join("; ", problems), nameof(options));
        }

        var ruleset = RulesetLoader.Load(Path.Combine(contentRoot, options.RulesetFolder), rulesetName ?? options.Ruleset);
        var events = EconomicCalendar.Load(Path.Combine(contentRoot, options.EconomicCalendarFile), calendar.Zone);
        return new AlvhEngine(ruleset, events, calendar, new VixOptionModel(pricing), options.CapitalDollars);
    }

    /// <summary>Takes the oldest queued decision; false when none is waiting.</summary>
    public bool TryDequeueDecision([MaybeNullWhen(false)] out HedgeDecision decision) => decisions.TryDequeue(out decision);

    /// <summary>Evaluates every rule at <paramref name="now"/>; returns how many decisions were queued.</summary>
    /// <param name="now">Market time of the event (non-decreasing from call to call).</param>
    /// <param name="snapshot">Current indicator values.</param>
    /// <param name="market">Current SPX and volatility-index levels (SPX and VIX must be positive).</param>
    /// <param name="condor">The open condor the hedges protect (the newest), or null when none is open.</param>
    /// <exception cref="ArgumentException"><paramref name="now"/> is earlier than the previous evaluation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">SPX or VIX is not positive, or the condor's sigma is not positive.</exception>
    public int Evaluate(Instant now, in MarketSignalSnapshot snapshot, in HedgeMarket market, in CondorContext? condor)
    {
        if (hasEvaluated && now < lastEvaluation)
        {
            throw new ArgumentException($"ALVH evaluation at {now} is earlier than the previous one at {lastEvaluation}; evaluations must arrive in time order.", nameof(now));
        }

        if (market.Spx <= 0m || market.Vix <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(market), market, "ALVH needs positive SPX and VIX levels to evaluate.");
        }

        if (condor is { } checkedCondor && !(checkedCondor.SigmaAtEntry > 0.0 && double.IsFinite(checkedCondor.SigmaAtEntry)))
        {
            throw new ArgumentOutOfRangeException(nameof(condor), checkedCondor.SigmaAtEntry, "The condor's sigma at entry must be a positive number of SPX points.");
        }

        hasEvaluated = true;
        lastEvaluation = now;
        var before = decisionCount;
        AdvanceDay(now);
        var levelsChanged = UpdateTermStructure(in market);
        ObserveCondor(in condor);
        FillMarketSignals(in snapshot, in market, in condor);
        RefreshLayerSignals();
        signals[(int)HedgeSignal.Scalar] = scalar.Compute(signals);
        var scalarReported = ReportScalar(now);
        if (levelsChanged || now >= nextMark)
        {
            MarkLayers(now, in market);
        }

        HandleExpiries(now, in market, in condor);
        Monetize(now, in condor);
        OpenLayers(now, in market, in condor);
        if (scalarReported && ruleset.Resize.Enabled)
        {
            Resize(now, in market, in condor);
        }

        if (primary is not null && condor is { } hedged)
        {
            primary.Record(TotalProfitAndLoss(primary, in hedged));
        }

        return (int)(decisionCount - before);
    }

    /// <summary>Turns the engine's day over at a session open: the zone arithmetic of a new day and each layer's VIX expiry
    /// for it allocate, and done here they happen on the event that opens the session rather than on the first quote the
    /// rules see. Decides nothing; <see cref="Evaluate"/> would do the same on its first call of the day.</summary>
    public void OnSessionOpen(Instant open)
    {
        AdvanceDay(open);
        foreach (var slot in slots)
        {
            pricer.PrepareDay(slot.Rule.Instrument, today);
        }
    }

    /// <summary>Adds a point to the P&amp;L path of a condor that is open but not the one passed to <see cref="Evaluate"/>
    /// (the expiring condor during the half hour it overlaps the next one). Decides nothing.</summary>
    public void MarkCondor(in CondorContext condor)
    {
        var tracker = FindOrCreate(in condor);
        tracker.Record(TotalProfitAndLoss(tracker, in condor));
    }

    /// <summary>Closes a condor's history at its cash settlement and returns its ALVH row of the daily comparison.</summary>
    /// <exception cref="InvalidOperationException">The condor was never passed to <see cref="Evaluate"/> or <see cref="MarkCondor"/>.</exception>
    public AlvhDailyResult OnCondorSettled(Instant now, IronCondor condor, decimal spxSettlement)
    {
        ArgumentNullException.ThrowIfNull(condor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spxSettlement);
        var tracker = condors.Find(candidate => candidate.Condor.Equals(condor))
            ?? throw new InvalidOperationException($"{condor} was never passed to Evaluate or MarkCondor, so ALVH has no history for it.");
        var condorProfit = condor.ProfitAtSettlement(spxSettlement) * IronCondor.ContractMultiplier * condor.Quantity;
        var hedgeProfit = BookMarkDollars + RealisedCashDollars - tracker.HedgeValueAtStart;
        tracker.Record(condorProfit + hedgeProfit);
        condors.Remove(tracker);
        if (ReferenceEquals(primary, tracker))
        {
            primary = null;
        }

        return new AlvhDailyResult(
            StrategyName,
            condor,
            tracker.EntryTime,
            now,
            spxSettlement,
            condorProfit,
            hedgeProfit,
            tracker.HedgeCostDollars,
            tracker.MaxDrawdownDollars,
            tracker.LayersOpened);
    }

    private void AdvanceDay(Instant now)
    {
        if (now >= dayStart && now < nextDayStart)
        {
            return;
        }

        today = now.InZone(calendar.Zone).Date;
        dayStart = today.AtStartOfDayInZone(calendar.Zone).ToInstant();
        nextDayStart = today.PlusDays(1).AtStartOfDayInZone(calendar.Zone).ToInstant();
    }

    private bool UpdateTermStructure(in HedgeMarket market)
    {
        var levels = market.Levels;
        if (hasTermStructure && levels == lastLevels && ReferenceEquals(market.FuturesCurve, lastCurve))
        {
            return false;
        }

        termStructure = new VolatilityTermStructure(in levels);
        lastLevels = levels;
        lastCurve = market.FuturesCurve;
        hasTermStructure = true;
        FillLevelSignals(in market);
        return true;
    }

    private void ObserveCondor(in CondorContext? condor)
    {
        if (condor is not { } current)
        {
            primary = null;
            return;
        }

        if (primary is not null && primary.Matches(current.Condor, current.EntryTime))
        {
            return;
        }

        primary = FindOrCreate(in current);
        foreach (var slot in slots)
        {
            if (slot.Position is { } position)
            {
                position.PeakAbsoluteMove = 0.0;
            }
        }
    }

    private CondorTracker FindOrCreate(in CondorContext condor)
    {
        foreach (var tracker in condors)
        {
            if (tracker.Matches(condor.Condor, condor.EntryTime))
            {
                return tracker;
            }
        }

        var created = new CondorTracker(condor.Condor, condor.EntryTime, condor.EntrySpx, BookMarkDollars + RealisedCashDollars);
        condors.Add(created);
        return created;
    }

    private decimal TotalProfitAndLoss(CondorTracker tracker, in CondorContext condor)
    {
        var condorProfit = (condor.Condor.Credit - condor.CostToClose) * IronCondor.ContractMultiplier * condor.Condor.Quantity;
        return condorProfit + BookMarkDollars + RealisedCashDollars - tracker.HedgeValueAtStart;
    }

    private void FillMarketSignals(in MarketSignalSnapshot snapshot, in HedgeMarket market, in CondorContext? condor)
    {
        if (market.Spx != lastSpx)
        {
            lastSpx = market.Spx;
            lastSpxModel = PriceConversion.ToModel(market.Spx);
        }

        var spx = lastSpxModel;
        if (condor is { } current && primary is not null)
        {
            var entry = primary.EntrySpx;
            var shortPut = primary.ShortPutStrike;
            var shortCall = primary.ShortCallStrike;
            var distanceAtEntry = Math.Min(entry - shortPut, shortCall - entry);
            var distanceNow = Math.Min(spx - shortPut, shortCall - spx);
            signals[(int)HedgeSignal.MoveSigma] = (distanceAtEntry - distanceNow) / current.SigmaAtEntry;
            signals[(int)HedgeSignal.AbsoluteMoveSigma] = Math.Abs(spx - entry) / current.SigmaAtEntry;
            signals[(int)HedgeSignal.SpxMoveSigma] = (spx - entry) / current.SigmaAtEntry;
            signals[(int)HedgeSignal.CondorOpen] = 1.0;
        }
        else
        {
            signals[(int)HedgeSignal.MoveSigma] = double.NaN;
            signals[(int)HedgeSignal.AbsoluteMoveSigma] = double.NaN;
            signals[(int)HedgeSignal.SpxMoveSigma] = double.NaN;
            signals[(int)HedgeSignal.CondorOpen] = 0.0;
        }

        signals[(int)HedgeSignal.RsiFiveMinute] = snapshot.RsiFiveMinute ?? double.NaN;
        signals[(int)HedgeSignal.RsiDaily] = snapshot.RsiDaily ?? double.NaN;
        signals[(int)HedgeSignal.MacdBearish] = snapshot.IsMacdBearish ? 1.0 : 0.0;
        signals[(int)HedgeSignal.MacdHistogramDaily] = snapshot.MacdHistogramDaily ?? double.NaN;
        signals[(int)HedgeSignal.AdvanceDeclineDivergenceDays] = snapshot.AdvanceDeclineDivergenceDays;
        signals[(int)HedgeSignal.AdvanceDeclineDivergence] = snapshot.IsAdvanceDeclineDivergence ? 1.0 : 0.0;
        signals[(int)HedgeSignal.VixMacdCrossUp] = snapshot.IsVixMacdCrossUp ? 1.0 : 0.0;
        signals[(int)HedgeSignal.TermStructureInverted] = snapshot.IsTermStructureInverted ? 1.0 : 0.0;
        signals[(int)HedgeSignal.WeeklyWarning] = snapshot.IsWeeklyMacdWarning ? 1.0 : 0.0;
        if (market.Vix3m is null)
        {
            signals[(int)HedgeSignal.TermStructureRatio] = snapshot.TermStructureRatio ?? double.NaN;
        }
    }

    /// <summary>Volatility-level signals, set only when a level changed (decimal to double conversions are not free).</summary>
    private void FillLevelSignals(in HedgeMarket market)
    {
        var vix = PriceConversion.ToModel(market.Vix);
        signals[(int)HedgeSignal.Vix] = vix;
        signals[(int)HedgeSignal.Vix9d] = market.Vix9d is { } vix9d ? PriceConversion.ToModel(vix9d) : double.NaN;
        signals[(int)HedgeSignal.Vix3m] = market.Vix3m is { } vix3m ? PriceConversion.ToModel(vix3m) : double.NaN;
        signals[(int)HedgeSignal.Vvix] = market.Vvix is { } vvix ? PriceConversion.ToModel(vvix) : double.NaN;
        signals[(int)HedgeSignal.TermStructureRatio] = market.Vix3m is { } threeMonth ? vix / PriceConversion.ToModel(threeMonth) : double.NaN;
    }

    private void RefreshLayerSignals()
    {
        bookChanged = true;
        var open = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var isOpen = slots[i].Position is not null;
            signals[HedgeSignalCatalog.LayerOpenSlot(i + 1)] = isOpen ? 1.0 : 0.0;
            open += isOpen ? 1 : 0;
        }

        signals[(int)HedgeSignal.OpenLayers] = open;
        var rsi = signals[(int)HedgeSignal.RsiFiveMinute];
        var first = slots[0].Position;
        signals[(int)HedgeSignal.RsiFiveMinuteChangeSinceFirstLayer] = first is null || double.IsNaN(first.RsiAtOpen) || double.IsNaN(rsi)
            ? double.NaN
            : first.RsiAtOpen >= 50.0 ? rsi - first.RsiAtOpen : first.RsiAtOpen - rsi;
    }

    private bool ReportScalar(Instant now)
    {
        var inputs = scalar.Inputs;
        var value = inputs.Value;
        if (!double.IsNaN(reportedScalar) && Math.Abs(value - reportedScalar) < ruleset.Scalar.ChangeThreshold - 1e-9)
        {
            return false;
        }

        var previous = reportedScalar;
        reportedScalar = value;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{ruleset.Name}: {(double.IsNaN(previous) ? "scalar first computed" : $"scalar moved from {previous:0.###} by {value - previous:+0.###;-0.###} (threshold {ruleset.Scalar.ChangeThreshold:0.###})")}: {scalar.Describe()}");
        Enqueue(new ScalarChanged(now, reason, inputs.ToAlertValues(), previous, inputs));
        return true;
    }

    private void MarkLayers(Instant now, in HedgeMarket market)
    {
        nextMark = now + MarkInterval;
        foreach (var slot in slots)
        {
            if (slot.Position is { } position && now < position.SettlementTime)
            {
                position.Mark = pricer.Mark(position.Instrument, position.SettlementTime, now, in termStructure, market.FuturesCurve);
                bookChanged = true;
            }
        }
    }

    private void HandleExpiries(Instant now, in HedgeMarket market, in CondorContext? condor)
    {
        foreach (var slot in slots)
        {
            if (slot.Position is not { } position)
            {
                continue;
            }

            if (now >= position.SettlementTime)
            {
                Settle(slot, position, now, in market);
                continue;
            }

            var rule = slot.Rule.Expiry;
            if (rule.Action == ExpiryAction.Settle)
            {
                continue;
            }

            var daysToExpiry = Period.DaysBetween(today, position.Expiry);
            if (daysToExpiry >= rule.DaysToExpiryBelow)
            {
                continue;
            }

            var why = string.Create(
                CultureInfo.InvariantCulture,
                $"{daysToExpiry} days to expiry is below the layer's {rule.Action.ToString().ToLowerInvariant()} threshold of {rule.DaysToExpiryBelow}");
            if (rule.Action == ExpiryAction.Close)
            {
                Sell(slot, position, now, HedgeLayerCloseCause.Expiry, why, armAfter: false);
            }
            else
            {
                Roll(slot, position, now, in market, in condor, why);
            }
        }
    }

    private void Settle(LayerSlot slot, HedgeLayerState position, Instant now, in HedgeMarket market)
    {
        var settlement = position.Instrument.SettlementPrice(market.Vix);
        var proceeds = settlement * position.Contracts * position.Instrument.Multiplier;
        var profit = proceeds - position.CostDollars;
        RealisedCashDollars += proceeds;
        slot.Position = null;
        slot.Armed = slot.Rule.Expiry.Action == ExpiryAction.Roll;
        RefreshLayerSignals();
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{Label(slot)} settled: {position.Contracts} x {position.Instrument} reached its AM settlement {position.SettlementTime}; settlement taken as VIX {market.Vix} at {now} (proxy for the special opening quotation): {settlement} per contract, proceeds {Dollars(proceeds)} against cost {Dollars(position.CostDollars)}, realised {Dollars(profit)}");
        Enqueue(new HedgeLayerClosed(now, slot.Rule.Id, reason,
        [
            AlertValue.Of("layer", slot.Rule.Id),
            AlertValue.Of("instrument", position.Instrument.ToString()),
            AlertValue.Of("contracts", (long)position.Contracts),
            AlertValue.Of("vixSettlement", market.Vix),
            AlertValue.Of("settlementPrice", settlement),
            AlertValue.Of("unitCost", position.UnitCost),
            AlertValue.Of("realisedProfitDollars", profit),
        ], null, HedgeLayerCloseCause.Settled, profit));
    }

    private void Sell(LayerSlot slot, HedgeLayerState position, Instant now, HedgeLayerCloseCause cause, string why, bool armAfter)
    {
        var limit = orders.SellLimit(position.Mark);
        var proceeds = limit * position.Contracts * position.Instrument.Multiplier;
        var profit = proceeds - position.CostDollars;
        var order = Intent(slot.Rule.Id, "close", now, position.Instrument, OrderSide.Sell, position.Contracts, limit, position.Mark);
        RealisedCashDollars += proceeds;
        slot.Position = null;
        slot.Armed = armAfter;
        slot.LastBlock = BlockKey.None;
        RefreshLayerSignals();
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{Label(slot)} closed: {why}. {order} (model {position.Mark}); proceeds {Dollars(proceeds)} against cost {Dollars(position.CostDollars)}, realised {Dollars(profit)}");
        Enqueue(new HedgeLayerClosed(now, slot.Rule.Id, reason,
        [
            AlertValue.Of("layer", slot.Rule.Id),
            AlertValue.Of("cause", cause.ToString()),
            AlertValue.Of("instrument", position.Instrument.ToString()),
            AlertValue.Of("contracts", (long)position.Contracts),
            AlertValue.Of("limitPrice", limit),
            AlertValue.Of("mark", position.Mark),
            AlertValue.Of("unitCost", position.UnitCost),
            AlertValue.Of("absMoveSigma", signals[(int)HedgeSignal.AbsoluteMoveSigma]),
            AlertValue.Of("realisedProfitDollars", profit),
        ], order, cause, profit));
    }

    private void Roll(LayerSlot slot, HedgeLayerState position, Instant now, in HedgeMarket market, in CondorContext? condor, string why)
    {
        var rule = slot.Rule;
        var heldElsewhere = PremiumHeldDollars - position.CostDollars;
        string? failure = null;
        var contracts = 0;
        HedgeQuote quote = default;
        if (condor is not { } current)
        {
            failure = "no condor is open to size the new contract against";
        }
        else if (!pricer.TryQuote(rule.Instrument, now, today, in termStructure, market.FuturesCurve, out quote, out failure))
        {
            failure = "cannot price the new contract: " + failure;
        }
        else
        {
            var requested = Size(rule, quote.BuyLimit, signals[(int)HedgeSignal.Scalar]);
            var risk = HedgeRiskCheck.Check(ruleset.RiskLimits, capitalDollars, current.Condor.MaxLossDollars, heldElsewhere, OpenLayerCount() - 1, addsLayer: true,
                quote.BuyLimit * quote.Instrument.Multiplier, requested);
            contracts = risk.MaxContracts;
            if (requested == 0)
            {
                failure = string.Create(CultureInfo.InvariantCulture, $"the budget buys no contract at {quote.BuyLimit} with scalar {signals[(int)HedgeSignal.Scalar]:0.###}");
            }
            else if (contracts == 0)
            {
                failure = "no room under the risk limits: " + DescribeLimit(risk, quote.BuyLimit * quote.Instrument.Multiplier);
            }
        }

        if (failure is not null)
        {
            Sell(slot, position, now, HedgeLayerCloseCause.RollFailed, why + "; the roll could not buy a new contract (" + failure + ")", armAfter: true);
            return;
        }

        var sellLimit = orders.SellLimit(position.Mark);
        var proceeds = sellLimit * position.Contracts * position.Instrument.Multiplier;
        var closeOrder = Intent(rule.Id, "roll-out", now, position.Instrument, OrderSide.Sell, position.Contracts, sellLimit, position.Mark);
        var openOrder = Intent(rule.Id, "roll-in", now, quote.Instrument, OrderSide.Buy, contracts, quote.BuyLimit, quote.ModelPrice);
        var cost = openOrder.LimitDollars;
        RealisedCashDollars += proceeds - cost;
        slot.Position = new HedgeLayerState(quote.Instrument, quote.SettlementTime, contracts, quote.BuyLimit, quote.ModelPrice, now, signals[(int)HedgeSignal.RsiFiveMinute])
        {
            PeakAbsoluteMove = Math.Max(position.PeakAbsoluteMove, CurrentAbsoluteMove()),
        };
        if (primary is not null)
        {
            primary.HedgeCostDollars += cost;
        }

        RefreshLayerSignals();
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{Label(slot)} rolled: {why}. {closeOrder} (model {position.Mark}, cost {position.UnitCost}), then {openOrder} (model {quote.ModelPrice} on future {quote.FuturesLevel}, {quote.DaysToExpiry} DTE, delta {quote.Delta:0.###}); scalar {signals[(int)HedgeSignal.Scalar]:0.###}");
        Enqueue(new HedgeLayerRolled(now, rule.Id, reason,
        [
            AlertValue.Of("layer", rule.Id),
            AlertValue.Of("from", position.Instrument.ToString()),
            AlertValue.Of("fromContracts", (long)position.Contracts),
            AlertValue.Of("sellLimit", sellLimit),
            AlertValue.Of("to", quote.Instrument.ToString()),
            AlertValue.Of("toContracts", (long)contracts),
            AlertValue.Of("buyLimit", quote.BuyLimit),
            AlertValue.Of("daysToExpiry", (long)quote.DaysToExpiry),
            AlertValue.Of("scalar", signals[(int)HedgeSignal.Scalar]),
        ], closeOrder, openOrder));
    }

    private void Monetize(Instant now, in CondorContext? condor)
    {
        var policy = ruleset.Monetization;
        var absoluteMove = signals[(int)HedgeSignal.AbsoluteMoveSigma];
        foreach (var slot in slots)
        {
            if (slot.Position is not { } position)
            {
                continue;
            }

            if (!position.IsMonetized && position.Mark >= policy.ValueMultipleOfCost * position.UnitCost)
            {
                position.IsMonetized = true;
                var sell = (int)decimal.Floor(position.Contracts * policy.SellFraction);
                if (sell >= 1)
                {
                    SellPart(slot, position, now, sell);
                    if (slot.Position is null)
                    {
                        continue;
                    }
                }
            }

            if (policy.CloseInProfitWithinSigma is not { } within || condor is null || double.IsNaN(absoluteMove))
            {
                continue;
            }

            position.PeakAbsoluteMove = Math.Max(position.PeakAbsoluteMove, absoluteMove);
            if (position.PeakAbsoluteMove >= policy.ArmedAfterMoveSigma && absoluteMove <= within && orders.SellLimit(position.Mark) > position.UnitCost)
            {
                var why = string.Create(
                    CultureInfo.InvariantCulture,
                    $"the move returned to {absoluteMove:0.###} sigma of the condor's entry (rule: within {within} after reaching {policy.ArmedAfterMoveSigma}; it reached {position.PeakAbsoluteMove:0.###}) and the layer is in profit (sell limit {orders.SellLimit(position.Mark)} > cost {position.UnitCost})");
                Sell(slot, position, now, HedgeLayerCloseCause.MoveReturned, why, armAfter: false);
            }
        }
    }

    private void SellPart(LayerSlot slot, HedgeLayerState position, Instant now, int sell)
    {
        var policy = ruleset.Monetization;
        var limit = orders.SellLimit(position.Mark);
        var order = Intent(slot.Rule.Id, "monetize", now, position.Instrument, OrderSide.Sell, sell, limit, position.Mark);
        RealisedCashDollars += order.LimitDollars;
        position.Contracts -= sell;
        bookChanged = true;
        if (position.Contracts == 0)
        {
            slot.Position = null;
            slot.Armed = false;
            RefreshLayerSignals();
        }

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{Label(slot)} monetized: mark {position.Mark} reached {policy.ValueMultipleOfCost} x cost {position.UnitCost} = {policy.ValueMultipleOfCost * position.UnitCost}; {order} ({policy.SellFraction:0.##} of {position.Contracts + sell}), {position.Contracts} kept");
        Enqueue(new HedgeLayerMonetized(now, slot.Rule.Id, reason,
        [
            AlertValue.Of("layer", slot.Rule.Id),
            AlertValue.Of("instrument", position.Instrument.ToString()),
            AlertValue.Of("contractsSold", (long)sell),
            AlertValue.Of("contractsRemaining", (long)position.Contracts),
            AlertValue.Of("mark", position.Mark),
            AlertValue.Of("unitCost", position.UnitCost),
            AlertValue.Of("limitPrice", limit),
        ], order, position.Contracts, position.Mark, position.UnitCost));
    }

    private void OpenLayers(Instant now, in HedgeMarket market, in CondorContext? condor)
    {
        foreach (var slot in slots)
        {
            if (slot.Position is null && !slot.Armed && !slot.Rule.Open.Evaluate(signals))
            {
                slot.Armed = true;
            }
        }

        var stoppedAt = slots.Length;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            if (slot.Position is not null)
            {
                continue;
            }

            if (!slot.Rule.Open.Evaluate(signals) || !slot.Armed || !TryOpen(slot, now, in market, in condor))
            {
                stoppedAt = i;
                break;
            }
        }

        for (var i = stoppedAt; i < slots.Length; i++)
        {
            if (slots[i].Position is null && (i > stoppedAt || !slots[i].Rule.Open.Evaluate(signals)))
            {
                slots[i].LastBlock = BlockKey.None;
            }
        }
    }

    private bool TryOpen(LayerSlot slot, Instant now, in HedgeMarket market, in CondorContext? condor)
    {
        var rule = slot.Rule;
        if (condor is not { } current)
        {
            Block(slot, now, new BlockKey(true, HedgeBlockCause.NoCondor, default, RiskLimitKind.None), "no condor is open, so there is nothing to hedge", null);
            return false;
        }

        if (IsBlackedOut(now, out var window))
        {
            Block(slot, now, new BlockKey(true, HedgeBlockCause.Blackout, window.End, RiskLimitKind.None), DescribeBlackout(window), window);
            return false;
        }

        if (slot.LastBlock.IsSet && slot.LastBlock.Cause == HedgeBlockCause.RiskLimit && IsStillHeldBack(slot, now, in market, current))
        {
            return false;
        }

        if (!pricer.TryQuote(rule.Instrument, now, today, in termStructure, market.FuturesCurve, out var quote, out var failure))
        {
            Block(slot, now, new BlockKey(true, HedgeBlockCause.NoPrice, default, RiskLimitKind.None), "cannot price " + rule.Instrument + ": " + failure, null);
            return false;
        }

        var scalarValue = signals[(int)HedgeSignal.Scalar];
        var requested = Size(rule, quote.BuyLimit, scalarValue);
        if (requested == 0)
        {
            var cause = scalarValue <= 0.0 ? HedgeBlockCause.ZeroScalar : HedgeBlockCause.Budget;
            Block(slot, now, new BlockKey(true, cause, default, RiskLimitKind.None), DescribeSize(rule, quote.BuyLimit, scalarValue, 0), null);
            return false;
        }

        var unitDollars = quote.BuyLimit * quote.Instrument.Multiplier;
        var risk = HedgeRiskCheck.Check(ruleset.RiskLimits, capitalDollars, current.Condor.MaxLossDollars, PremiumHeldDollars, OpenLayerCount(), addsLayer: true, unitDollars, requested);
        if (risk.MaxContracts == 0)
        {
            // The reason is only built when the block is new: an unchanged block is reported once, not every second.
            var riskBlock1 = new BlockKey(true, HedgeBlockCause.RiskLimit, default, risk.BindingLimit);
            if (slot.LastBlock != riskBlock1)
            {
                Block(slot, now, riskBlock1, "risk limit: " + DescribeLimit(risk, unitDollars), null, risk.BindingLimit);
            }
            return false;
        }

        Open(slot, now, quote, requested, risk);
        return true;
    }

    /// <summary>True when the risk limit that held <paramref name="slot"/> back at its last check provably holds it back now
    /// with the same block, so the full check (a quote, its size and the limits, all in decimals) would change nothing.</summary>
    /// <remarks>A layer held back by a limit is checked again every market second, usually for hours, and that full check
    /// was the largest cost of the hedge rules. The proof: the buy limit lies within the pricer's bounds
    /// (<see cref="HedgeInstrumentPricer.TryBoundBuyLimit"/>); the scalar is positive and the budget buys a contract even at
    /// the highest limit, so the size is not zero; and the limits leave no room even at the lowest limit, naming the same
    /// limit (<see cref="HedgeRiskCheck.TryProveNoRoom"/>). Whatever is too close to call goes to the full check.</remarks>
    private bool IsStillHeldBack(LayerSlot slot, Instant now, in HedgeMarket market, CondorContext condor)
    {
        var rule = slot.Rule;
        if (!(signals[(int)HedgeSignal.Scalar] > 0.0)
            || !pricer.TryBoundBuyLimit(rule.Instrument, now, today, in termStructure, market.FuturesCurve, out var lowestLimit, out var highestLimit))
        {
            return false;
        }

        var highestUnit = highestLimit * VixOptionMultiplier;
        if (rule.BudgetPercentOfCapital is { } budgetPercent)
        {
            var budget = PriceConversion.ToModel(capitalDollars * budgetPercent / 100m);
            if (!(highestUnit <= budget - (budget * BudgetMarginFraction)))
            {
                return false;
            }
        }

        return HedgeRiskCheck.TryProveNoRoom(
                ruleset.RiskLimits, capitalDollars, condor.Condor.MaxLossDollars, PremiumHeldDollars, OpenLayerCount(),
                lowestLimit * VixOptionMultiplier, highestUnit, out var binding)
            && slot.LastBlock == new BlockKey(true, HedgeBlockCause.RiskLimit, default, binding);
    }

    private void Open(LayerSlot slot, Instant now, in HedgeQuote quote, int requested, RiskHeadroom risk)
    {
        var rule = slot.Rule;
        var contracts = risk.MaxContracts;
        var scalarValue = signals[(int)HedgeSignal.Scalar];
        var order = Intent(rule.Id, "open", now, quote.Instrument, OrderSide.Buy, contracts, quote.BuyLimit, quote.ModelPrice);
        var cost = order.LimitDollars;
        var heldBefore = PremiumHeldDollars;
        var conditionValues = rule.Open.DescribeValues(signals);
        slot.Position = new HedgeLayerState(quote.Instrument, quote.SettlementTime, contracts, quote.BuyLimit, quote.ModelPrice, now, signals[(int)HedgeSignal.RsiFiveMinute])
        {
            PeakAbsoluteMove = CurrentAbsoluteMove(),
        };
        slot.LastBlock = BlockKey.None;
        RealisedCashDollars -= cost;
        if (primary is not null)
        {
            primary.HedgeCostDollars += cost;
            primary.LayersOpened++;
        }

        RefreshLayerSignals();
        var sizing = DescribeSize(rule, quote.BuyLimit, scalarValue, requested);
        var capped = risk.BindingLimit == RiskLimitKind.None ? string.Empty : "; cut to " + contracts.ToString(CultureInfo.InvariantCulture) + " by " + DescribeLimit(risk, quote.BuyLimit * quote.Instrument.Multiplier);
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{Label(slot)} opened: condition `{rule.Open.Text}` is true with {conditionValues}. {order} (model {quote.ModelPrice} on future {quote.FuturesLevel}, {quote.DaysToExpiry} DTE, delta {quote.Delta:0.###}, vol {quote.Volatility:0.###}); {sizing}{capped}; premium {Dollars(cost)}, held before {Dollars(heldBefore)}");
        var values = new List<AlertValue>(16)
        {
            AlertValue.Of("layer", rule.Id),
            AlertValue.Of("instrument", quote.Instrument.ToString()),
            AlertValue.Of("contracts", (long)contracts),
            AlertValue.Of("limitPrice", quote.BuyLimit),
            AlertValue.Of("modelPrice", quote.ModelPrice),
            AlertValue.Of("futuresLevel", quote.FuturesLevel),
            AlertValue.Of("daysToExpiry", (long)quote.DaysToExpiry),
            AlertValue.Of("scalar", scalarValue),
            AlertValue.Of("premiumDollars", cost),
            AlertValue.Of("premiumHeldDollars", heldBefore + cost),
        };
        AddConditionValues(rule.Open, values);
        Enqueue(new HedgeLayerOpened(now, rule.Id, reason, values, order, scalarValue, quote.FuturesLevel, quote.DaysToExpiry));
    }

    private void Resize(Instant now, in HedgeMarket market, in CondorContext? condor)
    {
        var scalarValue = signals[(int)HedgeSignal.Scalar];
        foreach (var slot in slots)
        {
            if (slot.Position is not { } position || position.IsMonetized || position.Mark <= 0m)
            {
                continue;
            }

            var rule = slot.Rule;
            var buyLimit = orders.BuyLimit(position.Mark);
            var target = Math.Max(Size(rule, buyLimit, scalarValue), 1);
            var difference = target - position.Contracts;
            var threshold = Math.Max(1, (int)Math.Ceiling(ruleset.Resize.MinimumChangeFraction * position.Contracts));
            if (Math.Abs(difference) < threshold)
            {
                slot.LastBlock = BlockKey.None;
                continue;
            }

            var previous = position.Contracts;
            HedgeOrderIntent order;
            string limitNote = string.Empty;
            if (difference > 0)
            {
                if (condor is not { } current)
                {
                    Block(slot, now, new BlockKey(true, HedgeBlockCause.NoCondor, default, RiskLimitKind.None), "no condor is open to size an addition against", null);
                    continue;
                }

                if (IsBlackedOut(now, out var window))
                {
                    Block(slot, now, new BlockKey(true, HedgeBlockCause.Blackout, window.End, RiskLimitKind.None), DescribeBlackout(window), window);
                    continue;
                }

                var unitDollars = buyLimit * position.Instrument.Multiplier;
                var risk = HedgeRiskCheck.Check(ruleset.RiskLimits, capitalDollars, current.Condor.MaxLossDollars, PremiumHeldDollars, OpenLayerCount(), addsLayer: false, unitDollars, difference);
                if (risk.MaxContracts == 0)
                {
                    // The reason is only built when the block is new: an unchanged block is reported once, not every second.
                    var riskBlock2 = new BlockKey(true, HedgeBlockCause.RiskLimit, default, risk.BindingLimit);
                    if (slot.LastBlock != riskBlock2)
                    {
                        Block(slot, now, riskBlock2, "risk limit: " + DescribeLimit(risk, unitDollars), null, risk.BindingLimit);
                    }
                    continue;
                }

                if (risk.BindingLimit != RiskLimitKind.None)
                {
                    limitNote = "; cut by " + DescribeLimit(risk, unitDollars);
                }

                order = Intent(rule.Id, "add", now, position.Instrument, OrderSide.Buy, risk.MaxContracts, buyLimit, position.Mark);
                var cost = order.LimitDollars;
                position.UnitCost = ((position.UnitCost * position.Contracts) + (buyLimit * risk.MaxContracts)) / (position.Contracts + risk.MaxContracts);
                position.Contracts += risk.MaxContracts;
                RealisedCashDollars -= cost;
                if (primary is not null)
                {
                    primary.HedgeCostDollars += cost;
                }
            }
            else
            {
                var sellLimit = orders.SellLimit(position.Mark);
                order = Intent(rule.Id, "reduce", now, position.Instrument, OrderSide.Sell, -difference, sellLimit, position.Mark);
                RealisedCashDollars += order.LimitDollars;
                position.Contracts += difference;
            }

            slot.LastBlock = BlockKey.None;
            bookChanged = true;
            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"{Label(slot)} resized from {previous} to {position.Contracts} contracts: the scalar moved to {scalarValue:0.###}; {DescribeSize(rule, buyLimit, scalarValue, target)}{limitNote}; {order}");
            Enqueue(new HedgeLayerResized(now, rule.Id, reason,
            [
                AlertValue.Of("layer", rule.Id),
                AlertValue.Of("instrument", position.Instrument.ToString()),
                AlertValue.Of("previousContracts", (long)previous),
                AlertValue.Of("contracts", (long)position.Contracts),
                AlertValue.Of("targetContracts", (long)target),
                AlertValue.Of("scalar", scalarValue),
                AlertValue.Of("limitPrice", order.LimitPrice),
            ], order, previous, position.Contracts, scalarValue));
        }
    }

    private bool IsBlackedOut(Instant now, out BlackoutWindow window) =>
        blackout.TryGetWindow(now, out window) && !(ruleset.Blackout.AllowWhen?.Evaluate(signals) ?? false);

    private int Size(LayerRule rule, decimal limitPrice, double scalarValue)
    {
        if (!(scalarValue > 0.0))
        {
            return 0;
        }

        var factor = (decimal)scalarValue;
        if (rule.Contracts is { } contracts)
        {
            return Math.Max((int)decimal.Floor(contracts * factor), 1);
        }

        var budget = capitalDollars * rule.BudgetPercentOfCapital!.Value / 100m;
        var unitDollars = limitPrice * VixOptionMultiplier;
        var sized = (int)Math.Min(decimal.Floor(budget * factor / unitDollars), int.MaxValue);
        return sized == 0 && budget >= unitDollars ? 1 : sized;
    }

    private string DescribeSize(LayerRule rule, decimal limitPrice, double scalarValue, int requested)
    {
        if (rule.Contracts is { } contracts)
        {
            return string.Create(CultureInfo.InvariantCulture, $"size {requested} = floor({contracts} contracts x scalar {scalarValue:0.###}), at least 1 while the scalar is positive");
        }

        var budget = capitalDollars * rule.BudgetPercentOfCapital!.Value / 100m;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"size {requested} = floor(budget {rule.BudgetPercentOfCapital}% of {Dollars(capitalDollars)} = {Dollars(budget)} x scalar {scalarValue:0.###} / {Dollars(limitPrice * VixOptionMultiplier)} per contract), at least 1 when the budget buys one");
    }

    private static string DescribeLimit(RiskHeadroom risk, decimal unitDollars) => risk.BindingLimit switch
    {
        RiskLimitKind.MaxLayers => "the maximum number of layers is already open",
        RiskLimitKind.TotalPremium => string.Create(
            CultureInfo.InvariantCulture,
            $"premium held {Dollars(risk.PremiumHeldDollars)} + {Dollars(unitDollars)} per contract may not exceed {Dollars(risk.TotalPremiumCapDollars)} (the total premium cap on capital)"),
        RiskLimitKind.CondorMaxLoss => string.Create(
            CultureInfo.InvariantCulture,
            $"premium held {Dollars(risk.PremiumHeldDollars)} + {Dollars(unitDollars)} per contract may not exceed {Dollars(risk.CondorCapDollars)} (the condor's max loss x the allowed multiple: no over-hedging)"),
        _ => "no limit",
    };

    private string DescribeBlackout(BlackoutWindow window)
    {
        var start = window.Start.InZone(calendar.Zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var exception = ruleset.Blackout.AllowWhen is { } allow
            ? $"; the exception `{allow.Text}` is false ({allow.DescribeValues(signals)})"
            : "; this ruleset has no exception";
        return $"blocked by {window.Event.KindName} {window.Event.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} ({window.Event}): no new layer from the prior close {start} until the release{exception}";
    }

    private void Block(LayerSlot slot, Instant now, BlockKey key, string why, BlackoutWindow? window, RiskLimitKind limit = RiskLimitKind.None)
    {
        if (slot.LastBlock == key)
        {
            return;
        }

        slot.LastBlock = key;
        var rule = slot.Rule;
        var wanted = slot.Position is null
            ? $"wanted (condition `{rule.Open.Text}` is true with {rule.Open.DescribeValues(signals)})"
            : "resize wanted";
        var reason = $"{rule.Id} {wanted}, {why}";
        var values = new List<AlertValue>(12)
        {
            AlertValue.Of("layer", rule.Id),
            AlertValue.Of("cause", key.Cause.ToString()),
        };
        if (window is { } blackoutWindow)
        {
            values.Add(AlertValue.Of("event", blackoutWindow.Event.ToString()));
        }

        if (limit != RiskLimitKind.None)
        {
            values.Add(AlertValue.Of("riskLimit", limit.ToString()));
            values.Add(AlertValue.Of("premiumHeldDollars", PremiumHeldDollars));
        }

        AddConditionValues(rule.Open, values);
        Enqueue(new HedgeLayerBlocked(now, rule.Id, reason, values, key.Cause, window, limit));
    }

    private void AddConditionValues(SignalCondition condition, List<AlertValue> values)
    {
        foreach (var signal in condition.Signals)
        {
            var value = signals[signal.Slot];
            values.Add(signal.Type == HedgeSignalType.Boolean ? AlertValue.Of(signal.Name, value > 0.5) : AlertValue.Of(signal.Name, value));
        }
    }

    private double CurrentAbsoluteMove()
    {
        var move = signals[(int)HedgeSignal.AbsoluteMoveSigma];
        return double.IsNaN(move) ? 0.0 : move;
    }

    private int OpenLayerCount()
    {
        var open = 0;
        foreach (var slot in slots)
        {
            open += slot.Position is null ? 0 : 1;
        }

        return open;
    }

    private HedgeOrderIntent Intent(string layerId, string action, Instant now, Instrument instrument, OrderSide side, int contracts, decimal limit, decimal model)
    {
        if (now != orderIdInstant)
        {
            orderIdInstant = now;
            orderIdSequence = 0;
        }

        orderIdSequence++;
        var id = ClientOrderId.From(string.Create(CultureInfo.InvariantCulture, $"alvh-{layerId}-{action}-{OrderIdTime.Format(now)}-{orderIdSequence}"));
        return new HedgeOrderIntent(id, layerId, instrument, side, contracts, limit, model);
    }

    private void Enqueue(HedgeDecision decision)
    {
        decisions.Enqueue(decision);
        decisionCount++;
    }

    private static string Label(LayerSlot slot) => $"{slot.Rule.Id} ({slot.Rule.Name})";

    private static string Dollars(decimal value) => "$" + value.ToString("0.##", CultureInfo.InvariantCulture);
}
