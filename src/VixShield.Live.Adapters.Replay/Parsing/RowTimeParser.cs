using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>Parses the date/time column of each bar layout; only the forms its layout documents are accepted.</summary>
internal static class RowTimeParser
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern UsDate = LocalDatePattern.CreateWithInvariantCulture("M'/'d'/'uuuu");
    private static readonly LocalDateTimePattern LocalDateTimeSpace = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");
    private static readonly OffsetDateTimePattern OffsetIso = OffsetDateTimePattern.ExtendedIso;
    private static readonly OffsetDateTimePattern OffsetSpace =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss;FFFFFFFFFo<G>");

    public static bool TryParse(BarFileFormat format, string text, DateTimeZone zone, out RowTime time)
    {
        time = default;
        var value = text.Trim();
        switch (format)
        {
            case BarFileFormat.Cboe:
                return TryDate(IsoDate, value, out time) || TryDate(UsDate, value, out time);
            case BarFileFormat.InvestingCom:
                return TryDate(UsDate, value, out time);
            case BarFileFormat.Yahoo:
                return TryDate(IsoDate, value, out time) || TryOffset(OffsetSpace, value, zone, out time) || TryOffset(OffsetIso, value, zone, out time);
            case BarFileFormat.TradingView:
                return TryDate(IsoDate, value, out time) || TryOffset(OffsetIso, value, zone, out time) || TryUnixSeconds(value, zone, out time);
            case BarFileFormat.FirstRate:
                return TryDate(IsoDate, value, out time) || TryNewYorkLocal(value, zone, out time);
            default:
                return false;
        }
    }

    private static bool TryDate(LocalDatePattern pattern, string value, out RowTime time)
    {
        var result = pattern.Parse(value);
        time = result.Success ? new RowTime(result.Value, null) : default;
        return result.Success;
    }

    private static bool TryOffset(OffsetDateTimePattern pattern, string value, DateTimeZone zone, out RowTime time)
    {
        var result = pattern.Parse(value);
        var ok = result.Success && IsPlausibleYear(result.Value.Year);
        time = ok ? At(result.Value.ToInstant(), zone) : default;
        return ok;
    }

    /// <summary>Market data lives well inside these years; outside them a parsed time could overflow an instant.</summary>
    public static bool IsPlausibleYear(int year) => year is >= 1800 and <= 2200;

    private static bool TryUnixSeconds(string value, DateTimeZone zone, out RowTime time)
    {
        var ok = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 0 and <= 32503680000;
        time = ok ? At(Instant.FromUnixTimeSeconds(seconds), zone) : default;
        return ok;
    }

    /// <summary>FirstRateData times are New York wall-clock times; a time that DST skips or repeats is rejected.</summary>
    private static bool TryNewYorkLocal(string value, DateTimeZone zone, out RowTime time)
    {
        time = default;
        var result = LocalDateTimeSpace.Parse(value);
        if (!result.Success || !IsPlausibleYear(result.Value.Year))
        {
            return false;
        }

        var mapping = zone.MapLocal(result.Value);
        if (mapping.Count != 1)
        {
            return false;
        }

        time = new RowTime(result.Value.Date, mapping.Single().ToInstant());
        return true;
    }

    private static RowTime At(Instant instant, DateTimeZone zone) => new(instant.InZone(zone).Date, instant);
}
