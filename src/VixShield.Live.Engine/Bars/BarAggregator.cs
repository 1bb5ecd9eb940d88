using NodaTime;
using NodaTime.Calendars;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Engine.Bars;

/// <summary>Builds 1-minute, 5-minute, daily and weekly bars from quotes on the exchange calendar.</summary>
/// <remarks>
/// Intraday bars are aligned to the session open and the last one is cut at the close (early closes included).
/// A daily bar spans one session; a weekly bar spans the sessions of one ISO week and closes with the last session
/// of that week (Thursday when Friday is a holiday). A bar closes when market time reaches its end, whether a
/// quote or a heartbeat brings the time, so bars close on time even when the feed goes quiet. Quotes outside a
/// session build no bars. Breadth counts and the secondary volatility indexes build daily bars only.
/// State is a fixed array of builders allocated once: the quote path allocates nothing.
/// </remarks>
public sealed class BarAggregator
{
    private const int PeriodCount = 4;
    private static readonly Duration OneMinute = Duration.FromMinutes(1);
    private static readonly Duration FiveMinutes = Duration.FromMinutes(5);

    private readonly ITradingCalendar calendar;
    private readonly BarClosedHandler onBarClosed;
    private readonly BarBuilder[] builders = new BarBuilder[MarketSymbols.Count * PeriodCount];
    private TradingSession? session;
    private Instant weekClose;
    private Instant nextCloseAt = Instant.MaxValue;

    public BarAggregator(ITradingCalendar calendar, BarClosedHandler onBarClosed)
    {
        this.calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        this.onBarClosed = onBarClosed ?? throw new ArgumentNullException(nameof(onBarClosed));
    }

    /// <summary>Number of quotes that arrived outside any session and built no bar.</summary>
    public long QuotesOutsideSession { get; private set; }

    /// <summary>Adds a quote; first closes every bar whose interval ended at or before the quote's time.</summary>
    /// <returns>False when the quote fell outside a session.</returns>
    public bool OnQuote(in Quote quote) => OnPrice(quote.Symbol, quote.Price, quote.EventTime);

    /// <summary>Adds a price of <paramref name="symbol"/> at <paramref name="time"/> (a quote's <see cref="Quote.Price"/>, for a
    /// caller that has already worked it out); first closes every bar whose interval ended at or before that time.</summary>
    /// <returns>False when the time fell outside a session.</returns>
    public bool OnPrice(MarketSymbol symbol, decimal price, Instant time)
    {
        CloseThrough(time);
        var current = SessionAt(time);
        if (current is null)
        {
            QuotesOutsideSession++;
            return false;
        }

        var tradeDate = current.TradeDate;
        var first = Index(symbol, BarPeriod.OneMinute);
        ref var minute = ref builders[first];
        if (minute.Active && price <= minute.High && price >= minute.Low)
        {
            // Every price of the open minute bar is also in the 5-minute, daily and weekly bars that contain it, so a
            // price inside the minute's range is inside theirs: only the close moves (half the comparisons of a quote).
            for (var period = 0; period < PeriodCount; period++)
            {
                ref var builder = ref builders[first + period];
                builder.TradeDate = tradeDate;
                builder.Close = price;
            }

            return true;
        }

        var intraday = HasIntradayBars(symbol);
        for (var period = 0; period < PeriodCount; period++)
        {
            var barPeriod = (BarPeriod)period;
            if (!intraday && barPeriod != BarPeriod.Daily)
            {
                continue;
            }

            ref var builder = ref builders[first + period];
            if (!builder.Active)
            {
                var (start, end) = Interval(barPeriod, time, current);
                builder.Begin(tradeDate, start, end, price);
                if (end < nextCloseAt)
                {
                    nextCloseAt = end;
                }
            }
            else
            {
                builder.Add(tradeDate, price);
            }
        }

        return true;
    }

    /// <summary>Closes, in period then symbol order, every open bar whose end is at or before <paramref name="time"/>.</summary>
    public void CloseThrough(Instant time)
    {
        if (time < nextCloseAt)
        {
            return;
        }

        var next = Instant.MaxValue;
        for (var period = 0; period < PeriodCount; period++)
        {
            for (var symbol = 0; symbol < MarketSymbols.Count; symbol++)
            {
                ref var builder = ref builders[(symbol * PeriodCount) + period];
                if (!builder.Active)
                {
                    continue;
                }

                if (builder.End <= time)
                {
                    var bar = builder.ToBar((MarketSymbol)symbol, (BarPeriod)period);
                    builder.Active = false;
                    onBarClosed(in bar);
                }
                else if (builder.End < next)
                {
                    next = builder.End;
                }
            }
        }

        nextCloseAt = next;
    }

    /// <summary>The bars being built (not yet closed), in period then symbol order, as they stand now.</summary>
    public IReadOnlyList<Bar> OpenBars()
    {
        var open = new List<Bar>();
        for (var period = 0; period < PeriodCount; period++)
        {
            for (var symbol = 0; symbol < MarketSymbols.Count; symbol++)
            {
                ref readonly var builder = ref builders[(symbol * PeriodCount) + period];
                if (builder.Active)
                {
                    open.Add(builder.ToBar((MarketSymbol)symbol, (BarPeriod)period));
                }
            }
        }

        return open;
    }

    /// <summary>Resumes building <paramref name="bars"/> (from <see cref="OpenBars"/> before a restart); each closes at its
    /// end as if the aggregator had never stopped, with the prices seen before the restart and after it.</summary>
    /// <exception cref="ArgumentException">Two bars of the same symbol and period.</exception>
    public void RestoreOpenBars(IEnumerable<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        Array.Clear(builders);
        nextCloseAt = Instant.MaxValue;
        foreach (var bar in bars)
        {
            ref var builder = ref builders[Index(bar.Symbol, bar.Period)];
            if (builder.Active)
            {
                throw new ArgumentException($"two open {bar.Symbol} {bar.Period} bars to restore; there is one per symbol and period", nameof(bars));
            }

            builder.Begin(bar.TradeDate, bar.Start, bar.End, bar.Open);
            builder.High = bar.High;
            builder.Low = bar.Low;
            builder.Close = bar.Close;
            if (bar.End < nextCloseAt)
            {
                nextCloseAt = bar.End;
            }
        }
    }

    private static bool HasIntradayBars(MarketSymbol symbol) =>
        symbol is MarketSymbol.Spx or MarketSymbol.Vix or MarketSymbol.Vix9d or MarketSymbol.Vix3m;

    private static int Index(MarketSymbol symbol, BarPeriod period) => ((int)symbol * PeriodCount) + (int)period;

    private TradingSession? SessionAt(Instant time)
    {
        if (session is null || time >= session.Close || time < session.Open)
        {
            var candidate = calendar.CurrentOrNextSession(time);
            if (!ReferenceEquals(candidate, session) && candidate != session)
            {
                session = candidate;
                weekClose = WeekClose(candidate.TradeDate);
            }
        }

        return session!.Contains(time) ? session : null;
    }

    private (Instant Start, Instant End) Interval(BarPeriod period, Instant time, TradingSession current)
    {
        switch (period)
        {
            case BarPeriod.OneMinute:
            case BarPeriod.FiveMinutes:
                var length = period == BarPeriod.OneMinute ? OneMinute : FiveMinutes;
                var index = (time - current.Open).BclCompatibleTicks / length.BclCompatibleTicks;
                var start = current.Open + (length * index);
                var end = start + length;
                return (start, end > current.Close ? current.Close : end);
            case BarPeriod.Daily:
                return (current.Open, current.Close);
            default:
                return (current.Open, weekClose);
        }
    }

    private Instant WeekClose(LocalDate tradeDate)
    {
        var last = tradeDate;
        var week = WeekOf(tradeDate);
        while (true)
        {
            var next = calendar.NextTradingDay(last);
            if (WeekOf(next) != week)
            {
                return calendar.GetSession(last)!.Close;
            }

            last = next;
        }
    }

    private static (int Year, int Week) WeekOf(LocalDate date) =>
        (WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date));

    private struct BarBuilder
    {
        public bool Active;
        public LocalDate TradeDate;
        public Instant Start;
        public Instant End;
        public decimal Open;
        public decimal High;
        public decimal Low;
        public decimal Close;

        public void Begin(LocalDate tradeDate, Instant start, Instant end, decimal price)
        {
            Active = true;
            TradeDate = tradeDate;
            Start = start;
            End = end;
            Open = High = Low = Close = price;
        }

        public void Add(LocalDate tradeDate, decimal price)
        {
            TradeDate = tradeDate;
            if (price > High)
            {
                High = price;
            }

            if (price < Low)
            {
                Low = price;
            }

            Close = price;
        }

        public readonly Bar ToBar(MarketSymbol symbol, BarPeriod period) =>
            new(symbol, period, TradeDate, Start, End, Open, High, Low, Close);
    }
}
