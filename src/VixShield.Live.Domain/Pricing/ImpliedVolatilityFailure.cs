namespace VixShield.Live.Domain.Pricing;

/// <summary>Why no implied volatility could be found for a price.</summary>
public enum ImpliedVolatilityFailure : byte
{
    None = 0,

    /// <summary>An input was not a positive finite number (or the time to expiry was not positive).</summary>
    InvalidInput = 1,

    /// <summary>The price is at or below the discounted intrinsic value: only zero (or negative) volatility reaches it.</summary>
    AtOrBelowIntrinsic = 2,

    /// <summary>The price is at or above the no-arbitrage upper bound (discounted underlying for a call, discounted strike for a put).</summary>
    AtOrAboveUpperBound = 3,

    /// <summary>The solver ran out of iterations or volatility range without matching the price.</summary>
    NoConvergence = 4,
}
