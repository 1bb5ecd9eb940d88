namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>The execution part of EXECUTION_DATA: one fill of one contract (combo fills arrive per leg and for the BAG).</summary>
/// <param name="Side">BOT or SLD.</param>
/// <param name="Time">TWS's execution time text.</param>
public sealed record TwsExecution(
    string ExecutionId,
    string Time,
    string Account,
    string Exchange,
    string Side,
    decimal Shares,
    decimal Price,
    long PermId,
    int ClientId,
    int Liquidation,
    decimal CumulativeQuantity,
    decimal AveragePrice,
    string OrderReference,
    string EvRule,
    double? EvMultiplier,
    string ModelCode,
    int LastLiquidity,
    bool PendingPriceRevision);
