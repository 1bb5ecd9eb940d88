using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Hosting;

/// <summary>The daily bars of one instrument chosen to warm the indicators up.</summary>
/// <param name="Source">Where they came from: the configuration key and file, or TWS.</param>
/// <param name="Symbol">The instrument.</param>
/// <param name="Daily">The last sessions before the live session, oldest first (at most <see cref="HistoryWarmUp.Sessions"/>).</param>
/// <param name="SessionsBehind">Trading sessions between the last bar's day and the live session (0: the history ends on
/// the session just before it).</param>
/// <param name="IsStale">True when <paramref name="SessionsBehind"/> is more than the configured limit.</param>
public sealed record WarmUpSeries(string Source, MarketSymbol Symbol, IReadOnlyList<Bar> Daily, int SessionsBehind, bool IsStale)
{
    /// <summary>Rows of the file skipped as bad (bad rows set to skip).</summary>
    public int SkippedRows { get; init; }

    /// <summary>The first skipped row's problem (file, line, field, value), or null.</summary>
    public string? FirstSkippedRow { get; init; }

    public LocalDate FirstDay => Daily[0].TradeDate;

    public LocalDate LastDay => Daily[^1].TradeDate;
}
