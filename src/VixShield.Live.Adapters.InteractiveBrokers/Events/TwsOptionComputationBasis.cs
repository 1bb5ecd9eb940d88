namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>How TWS computed an option tick's implied volatility (the tickAttrib field since v156).</summary>
public enum TwsOptionComputationBasis : byte
{
    ReturnBased = 0,
    PriceBased = 1,
}
