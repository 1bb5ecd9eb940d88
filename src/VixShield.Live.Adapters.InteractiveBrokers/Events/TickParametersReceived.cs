namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>TICK_REQ_PARAMS (81): the first answer to a market-data request.</summary>
/// <param name="MinimumTick">Price increment of the quotes (0.01 for SPX).</param>
/// <param name="BboExchange">Exchange-map id for the quotes' exchange codes; often empty.</param>
/// <param name="SnapshotPermissions">Snapshot permission bits.</param>
public sealed record TickParametersReceived(
    int RequestId, decimal MinimumTick, string BboExchange, int SnapshotPermissions) : TwsEvent;
