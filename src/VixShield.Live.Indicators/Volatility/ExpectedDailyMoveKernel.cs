namespace VixShield.Live.Indicators.Volatility;

/// <summary>The expected daily move implied by a volatility index, and moves measured in it.</summary>
public static class ExpectedDailyMoveKernel
{
    /// <summary>One-day one-sigma move in index points: <c>underlying * (volatilityIndex / 100) / sqrt(tradingDaysPerYear)</c>.</summary>
    /// <param name="underlying">Index level (SPX).</param>
    /// <param name="volatilityIndex">Annualised implied volatility in percent (VIX).</param>
    /// <param name="tradingDaysPerYear">Trading days per year (252).</param>
    public static double Sigma(double underlying, double volatilityIndex, int tradingDaysPerYear) =>
        underlying * (volatilityIndex / 100.0) / Math.Sqrt(tradingDaysPerYear);

    /// <summary>Signed move from <paramref name="referencePrice"/> to <paramref name="price"/> in sigmas
    /// (positive when the price is above the reference).</summary>
    public static double MoveInSigmas(double price, double referencePrice, double sigma) => (price - referencePrice) / sigma;
}
