using System.Globalization;
using System.Text.Json;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.State.Json;
using VixShield.Live.Adapters.Paper.State;
using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Adapters.Paper.Pricing;

/// <summary>Paper prices from the pricing models and the latest index levels it is told about, for runs without
/// broker option quotes (simulation, replay).</summary>
/// <remarks>
/// <para>SPXW options: <see cref="SpxOptionModel"/> on the last SPX level and the VIX-family term structure. VIX
/// options: <see cref="VixOptionModel"/> on the VIX future of the option's expiry (implied by the term structure).
/// VIX futures: that futures level. ETPs and anything else: only quotes set with <see cref="SetQuote"/>, which also
/// override the model (for example broker quotes). A model price becomes a quote with a synthetic spread of
/// <see cref="PaperBrokerOptions.SyntheticSpreadFraction"/> of the price, at least
/// <see cref="PaperBrokerOptions.MinimumSyntheticSpread"/>, centred on it (the bid floored at zero).</para>
/// <para>Settlement values are read off the quotes: an SPXW expiry settles at the last SPX quote of its session (the
/// close), and VIX contracts at the first VIX quote of their expiry session, a stand-in for the special opening
/// quotation, which is computed from SPX option opening prices and can differ from the first VIX print.</para>
/// <para><see cref="OnQuote"/> may run on the decision loop while the broker prices on another thread, so state is
/// guarded by a lock; the quote path allocates nothing except one dictionary entry per session.</para>
/// </remarks>
public sealed class ModelPaperPriceSource : IPaperPriceSource, IMarketObserver, IPersistentState
{
    private readonly object sync = new();
    private readonly SpxOptionModel spxModel;
    private readonly VixOptionModel vixModel;
    private readonly SpxwExpiries spxwExpiries;
    private readonly VixExpiries vixExpiries;
    private readonly ITradingCalendar calendar;
    private readonly decimal spreadFraction;
    private readonly decimal minimumSpread;
    private readonly Dictionary<Instrument, PaperQuote> quoted = [];
    private readonly Dictionary<LocalDate, decimal> spxCloses = [];
    private readonly Dictionary<LocalDate, decimal> vixOpens = [];
    private decimal spx;
    private decimal vix;
    private decimal? vix9d;
    private decimal? vix3m;
    private decimal? vix6m;
    private decimal? vvix;
    private TradingSession? spxSession;
    private decimal? spxLastInSession;
    private TradingSession? vixSession;

    public ModelPaperPriceSource(PricingOptions pricing, ITradingCalendar calendar, PaperBrokerOptions options)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        spxModel = new SpxOptionModel(pricing);
        vixModel = new VixOptionModel(pricing);
        this.calendar = calendar;
        spxwExpiries = new SpxwExpiries(calendar);
        vixExpiries = new VixExpiries(calendar);
        spreadFraction = options.SyntheticSpreadFraction;
        minimumSpread = options.MinimumSyntheticSpread;
    }

    /// <summary>Takes the index levels the models need (SPX, VIX, VIX9D, VIX3M, VIX6M, VVIX); other symbols and
    /// non-positive prices are ignored.</summary>
    public void OnQuote(in Quote quote)
    {
        var price = quote.Price;
        if (price <= 0m)
        {
            return;
        }

        lock (sync)
        {
            switch (quote.Symbol)
            {
                case MarketSymbol.Spx:
                    spx = price;
                    TrackSpxClose(quote.EventTime, price);
                    break;
                case MarketSymbol.Vix:
                    vix = price;
                    TrackVixOpen(quote.EventTime, price);
                    break;
                case MarketSymbol.Vix9d:
                    vix9d = price;
                    break;
                case MarketSymbol.Vix3m:
                    vix3m = price;
                    break;
                case MarketSymbol.Vix6m:
                    vix6m = price;
                    break;
                case MarketSymbol.Vvix:
                    vvix = price;
                    break;
            }
        }
    }

    /// <summary>Quotes <paramref name="instrument"/> explicitly (ETPs, or broker quotes), overriding the model.</summary>
    public void SetQuote(Instrument instrument, PaperQuote quote)
    {
        if (quote.Bid < 0m || quote.Ask < quote.Bid)
        {
            throw new ArgumentOutOfRangeException(nameof(quote), quote, string.Create(
                CultureInfo.InvariantCulture, $"A quote for {instrument} needs 0 <= bid <= ask; got bid {quote.Bid}, ask {quote.Ask}."));
        }

        lock (sync)
        {
            quoted[instrument] = quote;
        }
    }

    public bool TryGetQuote(Instrument instrument, Instant at, out PaperQuote quote)
    {
        quote = default;
        VolatilityIndexLevels levels;
        decimal spot;
        lock (sync)
        {
            if (quoted.TryGetValue(instrument, out quote))
            {
                return true;
            }

            if (vix <= 0m)
            {
                return false;
            }

            levels = new VolatilityIndexLevels(vix, vix9d, vix3m, vix6m, vvix);
            spot = spx;
        }

        if (!TryModelPrice(instrument, at, levels, spot, out var price))
        {
            return false;
        }

        var spread = Math.Max(minimumSpread, spreadFraction * price);
        quote = new PaperQuote(
            Math.Round(Math.Max(price - (spread / 2m), 0m), PriceConversion.ModelPriceDecimals, MidpointRounding.AwayFromZero),
            Math.Round(price + (spread / 2m), PriceConversion.ModelPriceDecimals, MidpointRounding.AwayFromZero));
        return true;
    }

    public bool TryGetSettlementValue(Instrument instrument, Instant at, out decimal value)
    {
        value = 0m;
        if (instrument.Expiry is not { } expiry)
        {
            return false;
        }

        lock (sync)
        {
            if (instrument.Kind == InstrumentKind.SpxwOption)
            {
                if (spxCloses.TryGetValue(expiry, out value))
                {
                    return true;
                }

                if (spxSession is not null && spxSession.TradeDate == expiry && at >= spxSession.Close && spxLastInSession is { } last)
                {
                    value = last;
                    return true;
                }

                return false;
            }

            return instrument.Kind is InstrumentKind.VixOption or InstrumentKind.VixFuture
                && at >= vixExpiries.SettlementTime(expiry)
                && vixOpens.TryGetValue(expiry, out value);
        }
    }

    public string StateKey => "paper-prices";

    /// <summary>Levels and settlement values; quotes set with <see cref="SetQuote"/> are not kept (the next broker quote
    /// replaces them).</summary>
    public JsonElement CaptureState()
    {
        PaperPriceState state;
        lock (sync)
        {
            state = new PaperPriceState(spx, vix, vix9d, vix3m, vix6m, vvix, spxSession?.TradeDate, spxLastInSession, vixSession?.TradeDate,
                new SortedDictionary<LocalDate, decimal>(spxCloses), new SortedDictionary<LocalDate, decimal>(vixOpens));
        }

        return JsonSerializer.SerializeToElement(state, StateJson.Options);
    }

    public string RestoreState(JsonElement state)
    {
        PaperPriceState saved;
        try
        {
            saved = state.Deserialize<PaperPriceState>(StateJson.Options) ?? throw new InvalidDataException("the paper-prices section is null");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("the paper-prices section cannot be read: " + exception.Message, exception);
        }

        lock (sync)
        {
            spx = saved.Spx;
            vix = saved.Vix;
            vix9d = saved.Vix9d;
            vix3m = saved.Vix3m;
            vix6m = saved.Vix6m;
            vvix = saved.Vvix;
            spxSession = saved.SpxSessionDate is { } spxDate ? Session(spxDate) : null;
            spxLastInSession = saved.SpxLastInSession;
            vixSession = saved.VixSessionDate is { } vixDate ? Session(vixDate) : null;
            spxCloses.Clear();
            foreach (var (date, close) in saved.SpxCloses)
            {
                spxCloses[date] = close;
            }

            vixOpens.Clear();
            foreach (var (date, open) in saved.VixOpens)
            {
                vixOpens[date] = open;
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"paper prices: SPX {saved.Spx}, VIX {saved.Vix}, {saved.SpxCloses.Count} SPX close(s) and {saved.VixOpens.Count} VIX opening print(s) for settlements");
    }

    private TradingSession Session(LocalDate date) =>
        calendar.GetSession(date) ?? throw new InvalidDataException($"the saved paper price session {date:yyyy-MM-dd} is not an NYSE trading day");

    private bool TryModelPrice(Instrument instrument, Instant at, in VolatilityIndexLevels levels, decimal spot, out decimal price)
    {
        price = 0m;
        switch (instrument.Kind)
        {
            case InstrumentKind.SpxwOption:
            {
                if (spot <= 0m || !spxwExpiries.TryGetSettlementTime(instrument.Expiry!.Value, out var settlement))
                {
                    return false;
                }

                var years = YearFraction.Actual365(at, settlement);
                if (years <= 0.0)
                {
                    return false;
                }

                var termStructure = new VolatilityTermStructure(levels);
                price = spxModel.Value(instrument.Right!.Value, instrument.Strike!.Value, spot, years, termStructure).Price;
                return true;
            }

            case InstrumentKind.VixOption:
            case InstrumentKind.VixFuture:
            {
                var expiry = instrument.Expiry!.Value;
                var years = vixExpiries.YearsToExpiry(at, expiry);
                if (years <= 0.0)
                {
                    return false;
                }

                var termStructure = new VolatilityTermStructure(levels);
                var futuresLevel = VixOptionModel.FuturesLevel(expiry, years, termStructure, null);
                price = instrument.Kind == InstrumentKind.VixFuture
                    ? futuresLevel
                    : vixModel.Value(instrument.Right!.Value, instrument.Strike!.Value, futuresLevel, years, levels).Price;
                return true;
            }

            default:
                return false;
        }
    }

    private void TrackSpxClose(Instant time, decimal price)
    {
        if (spxSession is not null && time >= spxSession.Close)
        {
            if (spxLastInSession is { } last)
            {
                spxCloses[spxSession.TradeDate] = last;
            }

            spxSession = null;
            spxLastInSession = null;
        }

        spxSession ??= calendar.CurrentOrNextSession(time);
        if (spxSession.Contains(time))
        {
            spxLastInSession = price;
        }
    }

    private void TrackVixOpen(Instant time, decimal price)
    {
        if (vixSession is not null && time >= vixSession.Close)
        {
            vixSession = null;
        }

        vixSession ??= calendar.CurrentOrNextSession(time);
        if (vixSession.Contains(time))
        {
            vixOpens.TryAdd(vixSession.TradeDate, price);
        }
    }
}
