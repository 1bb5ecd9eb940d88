using System.Globalization;
using NodaTime;

namespace VixShield.Live.Domain.Calendar;

/// <summary>A span of market time as users write it: <c>90m</c>, <c>6h</c>, <c>1d</c>, <c>60d</c>.</summary>
/// <remarks><c>m</c> and <c>h</c> are elapsed market time; <c>d</c> counts trading sessions on the calendar, so
/// <c>1d</c> from a session's open ends at that session's close and weekends and holidays are not counted.</remarks>
public readonly record struct MarketDuration(int Amount, MarketDurationUnit Unit)
{
    public const string AllowedForms = "a positive whole number followed by m (minutes), h (hours) or d (trading days), e.g. 90m, 6h, 1d, 60d";

    public static bool TryParse(string? text, out MarketDuration duration, out string error)
    {
        duration = default;
        error = string.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length < 2)
        {
            error = $"'{text}' is not a duration; expected {AllowedForms}";
            return false;
        }

        MarketDurationUnit? unit = char.ToLowerInvariant(trimmed[^1]) switch
        {
            'm' => MarketDurationUnit.Minutes,
            'h' => MarketDurationUnit.Hours,
            'd' => MarketDurationUnit.TradingDays,
            _ => null,
        };
        if (unit is null || !int.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            error = $"'{text}' is not a duration; expected {AllowedForms}";
            return false;
        }

        duration = new MarketDuration(amount, unit.Value);
        return true;
    }

    /// <summary>The instant the duration ends when it starts at <paramref name="start"/>.</summary>
    public Instant EndFrom(Instant start, ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        switch (Unit)
        {
            case MarketDurationUnit.Minutes:
                return start + Duration.FromMinutes(Amount);
            case MarketDurationUnit.Hours:
                return start + Duration.FromHours(Amount);
            default:
                var session = calendar.CurrentOrNextSession(start);
                for (var i = 1; i < Amount; i++)
                {
                    session = calendar.GetSession(calendar.NextTradingDay(session.TradeDate))!;
                }

                return session.Close;
        }
    }

    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        MarketDurationUnit.Minutes => "m",
        MarketDurationUnit.Hours => "h",
        _ => "d",
    };
}
