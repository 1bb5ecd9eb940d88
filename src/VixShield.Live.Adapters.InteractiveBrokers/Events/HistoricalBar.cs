namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>One bar of a HISTORICAL_DATA answer.</summary>
/// <param name="Time">Bar start as TWS wrote it: <c>yyyyMMdd HH:mm:ss zone</c>, <c>yyyyMMdd</c> for daily bars, or epoch seconds.</param>
/// <param name="Volume">Volume; -1 where TWS has none (indexes), null when unset.</param>
/// <param name="WeightedAveragePrice">VWAP; -1 where TWS has none, null when unset.</param>
/// <param name="TradeCount">Trades in the bar; -1 where TWS has none.</param>
public sealed record HistoricalBar(
    string Time,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal? Volume,
    decimal? WeightedAveragePrice,
    int TradeCount);
