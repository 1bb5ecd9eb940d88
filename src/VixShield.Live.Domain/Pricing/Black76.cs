namespace VixShield.Live.Domain.Pricing;

/// <summary>Black (1976) for European options on a futures price (VIX options priced off the VIX future of the same expiry).</summary>
/// <remarks>
/// Black-76 is Black-Scholes-Merton with the futures price as the underlying and a carry equal to the rate
/// (the future costs nothing to hold), so this delegates with dividend yield = rate. Delta and gamma are with respect to
/// the futures price: delta = exp(-rate x years) N(d1) for a call. A VIX option settles to the VIX special opening
/// quotation, which is what the same-expiry VIX future converges to, hence the future (not spot VIX) is the underlying.
/// </remarks>
public static class Black76
{
    public static double Price(OptionRight right, double forward, double strike, double years, double volatility, double rate) =>
        BlackScholes.Evaluate(right, forward, strike, years, volatility, rate, rate).Price;

    /// <summary>Delta with respect to the futures price, alone (see <see cref="BlackScholes.Delta"/>).</summary>
    public static double Delta(OptionRight right, double forward, double strike, double years, double volatility, double rate) =>
        BlackScholes.Delta(right, forward, strike, years, volatility, rate, rate);

    public static OptionGreeks Evaluate(OptionRight right, double forward, double strike, double years, double volatility, double rate) =>
        BlackScholes.Evaluate(right, forward, strike, years, volatility, rate, rate);
}
