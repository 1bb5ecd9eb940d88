using System.Globalization;
using NodaTime;

namespace VixShield.Live.Reports.Charts;

/// <summary>Chooses the ticks of a date axis: the finest calendar step (days, weeks, months, years) that gives at most the
/// wanted number of ticks, aligned to calendar boundaries.</summary>
/// <remarks>Day steps count from the first date; weeks start on Mondays; month steps fall on the first of a month whose
/// index (January = 0) is a multiple of the step; year steps on January 1st of a year divisible by the step. Labels:
/// <c>Mar 16</c> for day and week steps, <c>Mar 2020</c> for month steps, <c>2020</c> for year steps.</remarks>
public static class DateAxis
{
    private static readonly (int Amount, DateStepUnit Unit)[] Steps =
    [
        (1, DateStepUnit.Day), (2, DateStepUnit.Day), (7, DateStepUnit.Week), (14, DateStepUnit.Week),
        (1, DateStepUnit.Month), (2, DateStepUnit.Month), (3, DateStepUnit.Month), (6, DateStepUnit.Month),
        (1, DateStepUnit.Year), (2, DateStepUnit.Year), (5, DateStepUnit.Year), (10, DateStepUnit.Year),
        (20, DateStepUnit.Year), (50, DateStepUnit.Year), (100, DateStepUnit.Year),
    ];

    private enum DateStepUnit : byte
    {
        Day,
        Week,
        Month,
        Year,
    }

    /// <summary>The position of <paramref name="date"/> on a linear date scale: its day number.</summary>
    public static double Position(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>Ticks within [<paramref name="first"/>, <paramref name="last"/>], at most <paramref name="maximumTicks"/>
    /// of them (at least one: <paramref name="first"/> itself when no calendar boundary falls in a very short range).</summary>
    public static IReadOnlyList<DateTick> Ticks(LocalDate first, LocalDate last, int maximumTicks)
    {
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, $"must not be before the first date {first}");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maximumTicks, 2);
        foreach (var (amount, unit) in Steps)
        {
            var ticks = Generate(first, last, amount, unit, maximumTicks);
            if (ticks is not null && ticks.Count > 0)
            {
                return ticks;
            }
        }

        return [new DateTick(first, Label(first, DateStepUnit.Year))];
    }

    /// <summary>The ticks of one step, or null when there would be more than <paramref name="limit"/>.</summary>
    private static List<DateTick>? Generate(LocalDate first, LocalDate last, int amount, DateStepUnit unit, int limit)
    {
        var ticks = new List<DateTick>();
        for (var date = Align(first, amount, unit); date <= last; date = Next(date, amount, unit))
        {
            if (date < first)
            {
                continue;
            }

            if (ticks.Count == limit)
            {
                return null;
            }

            ticks.Add(new DateTick(date, Label(date, unit)));
        }

        return ticks;
    }

    private static LocalDate Align(LocalDate first, int amount, DateStepUnit unit) => unit switch
    {
        DateStepUnit.Day => first,
        DateStepUnit.Week => first.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        DateStepUnit.Month => new LocalDate(first.Year, 1, 1).PlusMonths(((first.Month - 1) / amount) * amount),
        _ => new LocalDate(FloorTo(first.Year, amount), 1, 1),
    };

    private static LocalDate Next(LocalDate date, int amount, DateStepUnit unit) => unit switch
    {
        DateStepUnit.Day or DateStepUnit.Week => date.PlusDays(amount),
        DateStepUnit.Month => date.PlusMonths(amount),
        _ => date.PlusYears(amount),
    };

    private static int FloorTo(int year, int amount) => year - (((year % amount) + amount) % amount);

    private static string Label(LocalDate date, DateStepUnit unit) => unit switch
    {
        DateStepUnit.Day or DateStepUnit.Week => date.ToString("MMM d", CultureInfo.InvariantCulture),
        DateStepUnit.Month => date.ToString("MMM uuuu", CultureInfo.InvariantCulture),
        _ => date.ToString("uuuu", CultureInfo.InvariantCulture),
    };
}
