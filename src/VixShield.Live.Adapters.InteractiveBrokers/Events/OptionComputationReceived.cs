namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>TICK_OPTION_COMPUTATION (21): IV and greeks from TWS's model for the bid, ask, last or model price.</summary>
/// <remarks>
/// Each value is null when TWS reports it as "not computed" (-1 for IV, prices and PV dividend; -2 for the greeks).
/// The values are model outputs for indicator-style maths, so they stay <see cref="double"/>.
/// </remarks>
public sealed record OptionComputationReceived(
    int RequestId,
    TwsTickType TickType,
    TwsOptionComputationBasis Basis,
    double? ImpliedVolatility,
    double? Delta,
    double? OptionPrice,
    double? PresentValueDividend,
    double? Gamma,
    double? Vega,
    double? Theta,
    double? UnderlyingPrice) : TwsEvent;
