using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>Bar builders with one obvious default per field (Serilog's <c>Some</c>).</summary>
public static class Some
{
    /// <summary>The first trade date of hand-made daily series.</summary>
    public static readonly LocalDate FirstDate = new(2024, 1, 1);

    /// <summary>A daily bar for <see cref="FirstDate"/> + <paramref name="day"/> days, ending at 21:00 UTC, OHLC all <paramref name="close"/>.</summary>
    public static Bar Daily(MarketSymbol symbol, int day, double close)
    {
        var date = FirstDate.PlusDays(day);
        var end = date.AtMidnight().InUtc().ToInstant() + Duration.FromHours(21);
        var price = (decimal)close;
        return new Bar(symbol, BarPeriod.Daily, date, end - Duration.FromMinutes(390), end, price, price, price, price);
    }

    /// <summary>A weekly bar for week <paramref name="week"/> (7 days apart), OHLC all <paramref name="close"/>.</summary>
    public static Bar Weekly(MarketSymbol symbol, int week, double close) =>
        Daily(symbol, week * 7, close) with { Period = BarPeriod.Weekly };

    /// <summary>Hand-made daily bars of one symbol, one day apart.</summary>
    public static Bar[] DailySeries(MarketSymbol symbol, IReadOnlyList<double> closes)
    {
        var bars = new Bar[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            bars[i] = Daily(symbol, i, closes[i]);
        }

        return bars;
    }
}
