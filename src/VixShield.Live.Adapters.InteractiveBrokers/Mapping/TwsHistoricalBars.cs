using System.Globalization;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.InteractiveBrokers.Mapping;

/// <summary>Daily HISTORICAL_DATA bars to domain <see cref="Bar"/>s on the NYSE calendar.</summary>
public static class TwsHistoricalBars
{
    /// <summary>The REQ_HISTORICAL_DATA bar size for daily bars.</summary>
    public const string DailyBarSize = "1 day";

    /// <summary>What to show for indexes: TWS has no BID/ASK history for IND (brief §5.4).</summary>
    public const string Trades = "TRADES";

    /// <summary>TWS's longest duration in days; longer spans are requested in years.</summary>
    public const int MaximumDurationDays = 365;

    private static readonly LocalDatePattern BarDatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <summary>
    /// The durationStr that covers the <paramref name="tradingDays"/> sessions before <paramref name="today"/> plus
    /// today itself, in calendar days (<c>"45 D"</c>), or in whole years beyond <see cref="MaximumDurationDays"/>
    /// (<c>"2 Y"</c>). It asks for at least enough bars whether TWS counts the span in calendar or trading days.
    /// </summary>
    public static string DailyDuration(LocalDate today, int tradingDays, ITradingCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tradingDays);
        ArgumentNullException.ThrowIfNull(calendar);
        var first = today;
        for (var i = 0; i < tradingDays; i++)
        {
            first = calendar.PreviousTradingDay(first);
        }

        var calendarDays = Period.Between(first, today, PeriodUnits.Days).Days + 1;
        return calendarDays <= MaximumDurationDays
            ? string.Create(CultureInfo.InvariantCulture, $"{calendarDays} D")
            : string.Create(CultureInfo.InvariantCulture, $"{(calendarDays + MaximumDurationDays - 1) / MaximumDurationDays} Y");
    }

    /// <summary>Reads a daily bar's date: <c>yyyyMMdd</c>, optionally followed by a time and zone.</summary>
    public static bool TryParseBarDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length < 8)
        {
            return false;
        }

        var result = BarDatePattern.Parse(text[..8]);
        if (!result.Success || (text.Length > 8 && text[8] is not (' ' or '-')))
        {
            return false;
        }

        date = result.Value;
        return true;
    }

    /// <summary>
    /// The daily <see cref="Bar"/> of <paramref name="symbol"/> for TWS's <paramref name="bar"/>: Start and End are that
    /// session's open and close on <paramref name="calendar"/> (early closes included). False, with the reason in
    /// <paramref name="problem"/>, when the date does not parse or is not a trading day on the calendar.
    /// </summary>
    public static bool TryToDailyBar(HistoricalBar bar, MarketSymbol symbol, ITradingCalendar calendar, out Bar result, out string problem)
    {
        ArgumentNullException.ThrowIfNull(bar);
        ArgumentNullException.ThrowIfNull(calendar);
        result = default;
        if (!TryParseBarDate(bar.Time, out var date))
        {
            problem = $"{symbol.DisplayName()} daily bar date '{bar.Time}' is not yyyyMMdd (optionally followed by a time)";
            return false;
        }

        if (calendar.GetSession(date) is not { } session)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{symbol.DisplayName()} daily bar dated {date:uuuu-MM-dd} is not an NYSE trading day");
            return false;
        }

        result = new Bar(symbol, BarPeriod.Daily, date, session.Open, session.Close, bar.Open, bar.High, bar.Low, bar.Close);
        problem = string.Empty;
        return true;
    }
}
