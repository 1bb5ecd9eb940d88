namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>HISTORICAL_DATA (17): the whole answer to a historical request (below v196 there is no separate END message).</summary>
/// <param name="Start">Start of the answered range as TWS wrote it.</param>
/// <param name="End">End of the answered range as TWS wrote it.</param>
public sealed record HistoricalDataReceived(
    int RequestId, string Start, string End, IReadOnlyList<HistoricalBar> Bars) : TwsEvent;
