using NodaTime;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>When a row happened: a trading date for daily rows, or also a bar start for intraday rows.</summary>
internal readonly record struct RowTime(LocalDate Date, Instant? Start)
{
    public bool IsIntraday => Start.HasValue;

    /// <summary>A sortable key: the bar start for intraday rows, the date's midnight UTC for daily rows.</summary>
    public Instant Key => Start ?? Date.AtMidnight().InUtc().ToInstant();
}
