using System.Globalization;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Status;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Engine.Condors;

/// <summary>Opens the day's Conservative 1DTE condor at the entry time, follows every open condor's mark through the
/// SPX and VIX quotes, runs the shadow stop-loss strategies beside it and settles it at expiry with a daily comparison.</summary>
/// <remarks>
/// The entry is a scheduled decision: it fires when market time reaches the entry time (15:30 New York, 12:30 on an
/// early close), using the last SPX and volatility-index levels before that instant, so replay and live agree. Marks use
/// the option model with a term structure rebuilt only when a volatility index changes; a mark is four Black-Scholes
/// prices and no allocation. The engine marks in full (<see cref="Mark"/>) once a market second and otherwise lets
/// <see cref="Observe"/> skip the quotes that cannot have brought a condor to a stop. Settlement uses the SPX level at
/// the expiry session's close.
/// </remarks>
public sealed partial class CondorBook
{
    private readonly CondorSelector selector;
    private readonly SpxwExpiries expiries;
    private readonly SpxOptionModel model;
    private readonly ShadowStopOptions stopOptions;
    private readonly AlertRaiser raise;
    private readonly Action<ExecutionCommand>? submit;
    /// <summary>Room kept below a stop when a mark is skipped: a mark is rounded to 1e-4 and the model's arithmetic is good
    /// to about 1e-11, so a thousandth of a point is ample.</summary>
    private const double StopMargin = 1e-3;

    private readonly List<CondorPosition> open = [];
    private Instant nextEntry = Instant.MaxValue;
    private LocalDate entryDate;

    /// <param name="submit">Where the condor's entry order goes (the execution path); null when nothing is traded.</param>
    public CondorBook(CondorSelector selector, SpxwExpiries expiries, SpxOptionModel model, ShadowStopOptions stopOptions, AlertRaiser raise,
        Action<ExecutionCommand>? submit = null)
    {
        this.submit = submit;
        this.selector = selector ?? throw new ArgumentNullException(nameof(selector));
        this.expiries = expiries ?? throw new ArgumentNullException(nameof(expiries));
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.stopOptions = stopOptions ?? throw new ArgumentNullException(nameof(stopOptions));
        this.raise = raise ?? throw new ArgumentNullException(nameof(raise));
    }

    public IReadOnlyList<CondorPosition> OpenPositions => open;

    /// <summary>Called when a condor opens, after its proposal is raised.</summary>
    public Action<CondorPosition>? Opened { get; set; }

    /// <summary>Called when a condor settles, before its comparison is raised, so other strategies (the ALVH arms) can
    /// add their rows beside the shadow stops.</summary>
    public Action<CondorPosition, Instant, decimal, ComparisonRows>? Settled { get; set; }

    /// <summary>The most recent daily comparison, for the operator's window.</summary>
    public ComparisonView? LastComparison { get; private set; }

    /// <summary>The instant the next condor is due, or <see cref="Instant.MaxValue"/> when none is scheduled.</summary>
    public Instant NextEntry => nextEntry;

    /// <summary>Schedules the day's entry when a session opens.</summary>
    public void OnSessionOpen(TradingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (selector.TryGetEntryTime(session.TradeDate, out var entry) && entry < session.Close)
        {
            nextEntry = entry;
            entryDate = session.TradeDate;
        }
    }

    /// <summary>Opens the scheduled condor when <paramref name="now"/> has reached the entry time.</summary>
    /// <param name="spx">Last SPX level, or 0 when none has arrived yet.</param>
    public void OnTime(Instant now, decimal spx, in VolatilityIndexLevels levels)
    {
        if (now < nextEntry)
        {
            return;
        }

        var entry = nextEntry;
        nextEntry = Instant.MaxValue;
        if (spx <= 0m || levels.Vix <= 0m)
        {
            raise("condor.skipped", AlertSeverity.Warning, entry, "SPX",
                $"no condor for {entryDate:yyyy-MM-dd}: at the entry time the feed had not delivered " +
                (spx <= 0m ? "an SPX level" : "a VIX level"),
                AlertValue.Of("spx", spx), AlertValue.Of("vix", levels.Vix));
            return;
        }

        CondorProposal? proposal;
        string error;
        try
        {
            selector.TryPropose(entry, spx, levels, out proposal, out error);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // Levels far outside the model's domain (a corrupt print that passed the quote checks) must not stop the daemon.
            proposal = null;
            error = "the option model cannot price these levels: " + ex.Message;
        }

        if (proposal is null)
        {
            raise("condor.skipped", AlertSeverity.Warning, entry, "SPX", $"no condor for {entryDate:yyyy-MM-dd}: {error}",
                AlertValue.Of("spx", spx), AlertValue.Of("vix", levels.Vix));
            return;
        }

        var marking = new CondorMarkToMarket(proposal.Condor, expiries, model);
        var shadows = ShadowStrategySet.Create(proposal.Condor, stopOptions);
        var position = new CondorPosition(proposal, marking, shadows)
        {
            LastMark = proposal.Credit,
            SigmaAtEntry = (double)spx * (double)levels.Vix / 100.0 / Math.Sqrt(252.0),
            LowestStopMark = LowestStopMark(shadows),
        };
        open.Add(position);
        RaiseProposal(proposal);
        Opened?.Invoke(position);
        submit?.Invoke(SubmitOrder.SellIronCondor(EntryOrderId(proposal.Condor), proposal.Condor, EntryLimit(proposal.Credit)));
    }

    /// <summary>One entry order per expiry: the same id after a restart is refused as a duplicate by the venue.</summary>
    public static ClientOrderId EntryOrderId(IronCondor condor)
    {
        ArgumentNullException.ThrowIfNull(condor);
        return ClientOrderId.From("condor-" + condor.Expiry.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
    }

    /// <summary>The minimum credit accepted: the model credit less a nickel of room for the spread, never below a nickel.</summary>
    private static decimal EntryLimit(decimal credit) => Math.Max(0.05m, Math.Floor((credit - 0.05m) * 20m) / 20m);

    /// <summary>Marks every open condor at <paramref name="now"/> and runs the shadow stops on the mark.</summary>
    public void Mark(Instant now, double spx, in VolatilityTermStructure termStructure)
    {
        for (var i = 0; i < open.Count; i++)
        {
            var position = open[i];
            if (now < position.Marking.SettlementTime)
            {
                Price(position, now, spx, in termStructure);
            }
        }
    }

    /// <summary>Takes a quote's levels for every open condor, but marks (and runs the shadow stops on) only the condors
    /// whose armed stop the move since their last mark could have reached; the others keep the levels for
    /// <see cref="CondorPosition.LastMark"/>.</summary>
    /// <remarks>Whether a stop can have been reached is decided from <see cref="CondorMarkToMarket.Ceiling"/>, a bound on the
    /// mark from how far SPX, the ATM volatility and time have moved, so a stop still fires on the first quote whose mark
    /// reaches it. The shadow strategies' P&amp;L path, and so their drawdown, is sampled at the marks taken.</remarks>
    public void Observe(Instant now, double spx, in VolatilityTermStructure termStructure)
    {
        for (var i = 0; i < open.Count; i++)
        {
            var position = open[i];
            if (now >= position.Marking.SettlementTime)
            {
                continue;
            }

            if (position.LastPricing is { } last
                && position.Marking.Ceiling(in last, now, spx, in termStructure) < position.LowestStopMark - StopMargin)
            {
                position.Defer(now, spx, in termStructure);
                continue;
            }

            Price(position, now, spx, in termStructure);
        }
    }

    private void Price(CondorPosition position, Instant now, double spx, in VolatilityTermStructure termStructure)
    {
        var pricing = position.Marking.Price(now, spx, termStructure);
        var mark = PriceConversion.ToPrice(pricing.Value);
        position.LastMark = mark;
        position.LastPricing = pricing;
        if (position.Shadows.OnMark(now, mark) > 0)
        {
            RaiseStops(position, now);
            position.LowestStopMark = LowestStopMark(position.Shadows);
        }
    }

    private static double LowestStopMark(ShadowStrategySet shadows) =>
        shadows.LowestStopMark() is { } stopMark ? PriceConversion.ToModel(stopMark) : double.PositiveInfinity;

    /// <summary>Settles the condors that expire with the session closing at <paramref name="close"/>.</summary>
    public void OnSessionClose(TradingSession session, decimal spxClose)
    {
        ArgumentNullException.ThrowIfNull(session);
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var position = open[i];
            if (position.Condor.Expiry > session.TradeDate)
            {
                continue;
            }

            open.RemoveAt(i);
            if (spxClose <= 0m)
            {
                raise("condor.unsettled", AlertSeverity.Critical, session.Close, "SPX",
                    $"condor {position.Condor} expired without an SPX close to settle it; results not reported");
                continue;
            }

            position.Shadows.Settle(spxClose);
            RaiseComparison(position, session.Close, spxClose);
        }
    }

    private void RaiseProposal(CondorProposal proposal)
    {
        var condor = proposal.Condor;
        var warnings = proposal.HasWarnings ? "; " + string.Join("; ", proposal.Warnings.Select(w => w.Message)) : string.Empty;
        raise("condor.proposed", proposal.HasWarnings ? AlertSeverity.Warning : AlertSeverity.Info, proposal.EntryTime, "SPX",
            string.Create(CultureInfo.InvariantCulture,
                $"open 1DTE iron condor {condor.LongPutStrike}/{condor.ShortPutStrike}P {condor.ShortCallStrike}/{condor.LongCallStrike}C " +
                $"expiring {condor.Expiry:yyyy-MM-dd}: short deltas {proposal.ShortPut.Delta:0.000}/{proposal.ShortCall.Delta:0.000}, " +
                $"credit {condor.Credit}, max loss {condor.MaxLoss}, break-evens {condor.BreakEvens.Lower}-{condor.BreakEvens.Upper} " +
                $"(SPX {proposal.Spx}, ATM vol {proposal.AtmVolatility:P2}){warnings}"),
            AlertValue.Of("expiry", condor.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            AlertValue.Of("long_put", condor.LongPutStrike),
            AlertValue.Of("short_put", condor.ShortPutStrike),
            AlertValue.Of("short_call", condor.ShortCallStrike),
            AlertValue.Of("long_call", condor.LongCallStrike),
            AlertValue.Of("short_put_delta", proposal.ShortPut.Delta),
            AlertValue.Of("short_call_delta", proposal.ShortCall.Delta),
            AlertValue.Of("credit", condor.Credit),
            AlertValue.Of("max_loss", condor.MaxLoss),
            AlertValue.Of("break_even_lower", condor.BreakEvens.Lower),
            AlertValue.Of("break_even_upper", condor.BreakEvens.Upper),
            AlertValue.Of("spx", proposal.Spx),
            AlertValue.Of("atm_volatility", proposal.AtmVolatility),
            AlertValue.Of("warnings", proposal.Warnings.Count));
    }

    private void RaiseStops(CondorPosition position, Instant now)
    {
        foreach (var strategy in position.Shadows.Strategies)
        {
            if (strategy.Fired is { } fired && fired.Time == now)
            {
                raise("shadow.stop_fired", AlertSeverity.Info, now, "SPX", fired.Reason,
                    AlertValue.Of("strategy", fired.Strategy),
                    AlertValue.Of("stop_multiple", fired.StopMultiple),
                    AlertValue.Of("credit", fired.Credit),
                    AlertValue.Of("mark", fired.Mark),
                    AlertValue.Of("exit_price", fired.ExitPrice),
                    AlertValue.Of("pnl", fired.ProfitAndLoss));
            }
        }
    }

    private void RaiseComparison(CondorPosition position, Instant close, decimal spxClose)
    {
        var condor = position.Condor;
        var rows = new ComparisonRows();
        rows.Values.Add(AlertValue.Of("expiry", condor.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        rows.Values.Add(AlertValue.Of("spx_close", spxClose));
        rows.Values.Add(AlertValue.Of("credit", condor.Credit));
        rows.Values.Add(AlertValue.Of("settlement_value", condor.SettlementValue(spxClose)));
        foreach (var result in position.Shadows.GetResults())
        {
            var stopped = result.StopFiredAt is { } at
                ? ", stopped " + at.InZone(expiries.Calendar.Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture)
                : string.Empty;
            rows.Add(result.Strategy, result.ProfitAndLoss, result.MaxDrawdown, result.StopFiredAt is not null, stopped);
        }

        Settled?.Invoke(position, close, spxClose, rows);
        var reason = string.Create(CultureInfo.InvariantCulture,
                $"condor {condor.LongPutStrike}/{condor.ShortPutStrike}P {condor.ShortCallStrike}/{condor.LongCallStrike}C expired " +
                $"{condor.Expiry:yyyy-MM-dd} with SPX at {spxClose}; points per condor: ") + string.Join(", ", rows.Texts);
        LastComparison = new ComparisonView(
            condor.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NodaTime.Text.InstantPattern.ExtendedIso.Format(close),
            reason,
            rows.Views);
        raise("comparison.daily", AlertSeverity.Info, close, "SPX", reason, [.. rows.Values]);
    }
}
