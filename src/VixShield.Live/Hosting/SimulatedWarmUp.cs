using NodaTime;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Bars;

namespace VixShield.Live.Hosting;

/// <summary>History for the indicators of a simulated run: the same market model, run over the sessions before the start.</summary>
/// <remarks>
/// The simulated market has no past, so one is generated: the model (seeded from the run's seed with its own salt) walks
/// <see cref="Sessions"/> sessions in 5-minute steps and its levels become 5-minute SPX bars, daily SPX/VIX/VIX9D/VIX3M bars,
/// daily breadth and weekly SPX bars. The paths are then rescaled so that the last close equals the run's starting SPX
/// and VIX; ratios (returns, RSI, the term structure's shape) are unchanged by that, so the indicators start exactly as
/// they would had the market been running before. The same seed gives the same history.
/// </remarks>
public static class SimulatedWarmUp
{
    /// <summary>Enough for the slowest indicator, the weekly MACD (26 + 9 weeks), with margin.</summary>
    public const int Sessions = 260;

    private const int HistorySeedSalt = 0x4157;
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<Bar> Generate(SimulatedMarketOptions options, ITradingCalendar calendar, Instant start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        var sessions = new List<TradingSession>(Sessions);
        var day = start.InZone(calendar.Zone).Date;
        while (sessions.Count < Sessions)
        {
            day = calendar.PreviousTradingDay(day);
            sessions.Add(calendar.GetSession(day)!);
        }

        sessions.Reverse();
        var model = new SimulatedMarketModel(options, new Random(options.Seed ^ HistorySeedSalt));
        var fiveMinute = new List<Bar>(Sessions * 78);
        var daily = new Dictionary<MarketSymbol, List<Bar>>
        {
            [MarketSymbol.Spx] = [], [MarketSymbol.Vix] = [], [MarketSymbol.Vix9d] = [], [MarketSymbol.Vix3m] = [],
            [MarketSymbol.NyseAdvancing] = [], [MarketSymbol.NyseDeclining] = [],
        };
        foreach (var session in sessions)
        {
            model.OpenSession();
            var open = Levels(model);
            var high = open;
            var low = open;
            for (var barStart = session.Open; barStart < session.Close; barStart += Duration.FromTimeSpan(Step))
            {
                var barOpen = model.Spx;
                model.Advance(Step);
                var now = Levels(model);
                high = Max(high, now);
                low = Min(low, now);
                var barEnd = barStart + Duration.FromTimeSpan(Step);
                fiveMinute.Add(new Bar(MarketSymbol.Spx, BarPeriod.FiveMinutes, session.TradeDate, barStart, barEnd > session.Close ? session.Close : barEnd,
                    Price(barOpen), Price(Math.Max(barOpen, model.Spx)), Price(Math.Min(barOpen, model.Spx)), Price(model.Spx)));
            }

            var close = Levels(model);
            for (var i = 0; i < 4; i++)
            {
                // Levels are in MarketSymbol order: SPX, VIX, VIX9D, VIX3M.
                var symbol = (MarketSymbol)i;
                daily[symbol].Add(new Bar(symbol, BarPeriod.Daily, session.TradeDate, session.Open, session.Close,
                    Price(open[i]), Price(high[i]), Price(low[i]), Price(close[i])));
            }

            daily[MarketSymbol.NyseAdvancing].Add(Count(MarketSymbol.NyseAdvancing, session, model.AdvancingIssues));
            daily[MarketSymbol.NyseDeclining].Add(Count(MarketSymbol.NyseDeclining, session, model.DecliningIssues));
        }

        var spxScale = options.StartSpx / daily[MarketSymbol.Spx][^1].Close;
        var vixScale = options.StartVix / daily[MarketSymbol.Vix][^1].Close;
        var history = new List<Bar>(fiveMinute.Count + (Sessions * 8));
        history.AddRange(fiveMinute.Select(b => Scale(b, spxScale)));
        foreach (var (symbol, bars) in daily)
        {
            var scale = symbol == MarketSymbol.Spx ? spxScale : symbol.IsBreadth() ? 1m : vixScale;
            history.AddRange(bars.Select(b => Scale(b, scale)));
        }

        history.AddRange(WeeklyBars.FromDaily(daily[MarketSymbol.Spx].Select(b => Scale(b, spxScale)).ToList()));
        history.AddRange(WeeklyBars.FromDaily(daily[MarketSymbol.Vix].Select(b => Scale(b, vixScale)).ToList()));
        return [.. history.OrderBy(b => b.End).ThenBy(b => b.Period).ThenBy(b => b.Symbol)];
    }

    private static double[] Levels(SimulatedMarketModel model) => [model.Spx, model.Vix, model.Vix9d, model.Vix3m];

    private static double[] Max(double[] a, double[] b) => [.. a.Zip(b, Math.Max)];

    private static double[] Min(double[] a, double[] b) => [.. a.Zip(b, Math.Min)];

    private static decimal Price(double value) => Math.Round((decimal)value, 2);

    private static Bar Count(MarketSymbol symbol, TradingSession session, int issues) =>
        new(symbol, BarPeriod.Daily, session.TradeDate, session.Open, session.Close, issues, issues, issues, issues);

    private static Bar Scale(Bar bar, decimal factor) => factor == 1m ? bar : bar with
    {
        Open = Math.Round(bar.Open * factor, 2),
        High = Math.Round(bar.High * factor, 2),
        Low = Math.Round(bar.Low * factor, 2),
        Close = Math.Round(bar.Close * factor, 2),
    };
}
