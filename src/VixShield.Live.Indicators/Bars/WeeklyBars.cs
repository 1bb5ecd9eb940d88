using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Bars;

/// <summary>Weekly bars built from daily bars.</summary>
public static class WeeklyBars
{
    /// <summary>Aggregates daily bars into one bar per ISO week (Monday to Sunday).</summary>
    /// <remarks>Open of the first day, highest high, lowest low, close of the last day; <see cref="Bar.Start"/> of
    /// the first and <see cref="Bar.End"/> and <see cref="Bar.TradeDate"/> of the last day in the week. A week
    /// still in progress at the end of the input gives a bar too, so drop the last one when only completed weeks
    /// are wanted.</remarks>
    /// <exception cref="ArgumentException">A bar is not daily, is of another symbol, or its trade date is not after
    /// the previous bar's; the message names its position and date.</exception>
    public static IReadOnlyList<Bar> FromDaily(IReadOnlyList<Bar> daily)
    {
        ArgumentNullException.ThrowIfNull(daily);
        var weeks = new List<Bar>((daily.Count / 5) + 1);
        if (daily.Count == 0)
        {
            return weeks;
        }

        var current = Validate(daily, 0);
        var weekStart = WeekStart(current.TradeDate);
        for (var i = 1; i < daily.Count; i++)
        {
            var bar = Validate(daily, i);
            if (WeekStart(bar.TradeDate) != weekStart)
            {
                weeks.Add(current);
                current = bar;
                weekStart = WeekStart(bar.TradeDate);
                continue;
            }

            current = current with
            {
                TradeDate = bar.TradeDate,
                End = bar.End,
                High = Math.Max(current.High, bar.High),
                Low = Math.Min(current.Low, bar.Low),
                Close = bar.Close,
            };
        }

        weeks.Add(current);
        return weeks;
    }

    private static LocalDate WeekStart(LocalDate date) => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static Bar Validate(IReadOnlyList<Bar> daily, int index)
    {
        var bar = daily[index];
        if (bar.Period != BarPeriod.Daily)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Bar {index} ({bar.TradeDate:yyyy-MM-dd}) is {bar.Period}; weekly bars are built from daily bars only."),
                nameof(daily));
        }

        if (index > 0)
        {
            var previous = daily[index - 1];
            if (bar.Symbol != previous.Symbol)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Bar {index} ({bar.TradeDate:yyyy-MM-dd}) is {bar.Symbol} but earlier bars are {previous.Symbol}; one symbol per call."),
                    nameof(daily));
            }

            if (bar.TradeDate <= previous.TradeDate)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Bar {index} has trade date {bar.TradeDate:yyyy-MM-dd}, not after the previous bar's {previous.TradeDate:yyyy-MM-dd}; daily bars must be in strictly increasing date order."),
                    nameof(daily));
            }
        }

        return bar with { Period = BarPeriod.Weekly };
    }
}
