namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>COMMISSION_REPORT (59): commission and realised P&amp;L for one execution id.</summary>
/// <param name="RealizedProfitAndLoss">Null until TWS knows it (sent as double max).</param>
public sealed record CommissionReported(
    string ExecutionId,
    decimal Commission,
    string Currency,
    double? RealizedProfitAndLoss,
    double? Yield,
    string YieldRedemptionDate) : TwsEvent;
