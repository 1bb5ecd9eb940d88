namespace VixShield.Live.Domain.Pricing;

/// <summary>The standard normal distribution's density and cumulative distribution.</summary>
/// <remarks>The cumulative distribution uses Hart's (1968) double-precision rational approximation as published by
/// G. West, "Better approximations to cumulative normal functions" (2005): absolute error below 1e-15 everywhere,
/// which keeps the implied-volatility round trip exact to far below a price tick. .NET has no built-in erf.</remarks>
public static class StandardNormal
{
    private const double InverseSquareRootOfTwoPi = 0.398942280401432677939946059934;

    public static double Density(double x) => InverseSquareRootOfTwoPi * Math.Exp(-0.5 * x * x);

    public static double CumulativeDistribution(double x)
    {
        var absolute = Math.Abs(x);
        return absolute > 37.0 ? (x > 0 ? 1.0 : 0.0) : CumulativeDistribution(x, Math.Exp(-0.5 * absolute * absolute));
    }

    /// <summary>The cumulative distribution at <paramref name="x"/> when exp(-x^2 / 2) is already known (a caller pricing
    /// several related points can often get it from a neighbour's by a product instead of an exponential).</summary>
    /// <param name="gaussian">exp(-x^2 / 2).</param>
    internal static double CumulativeDistribution(double x, double gaussian)
    {
        var absolute = Math.Abs(x);
        double tail;
        if (absolute > 37.0)
        {
            tail = 0.0;
        }
        else if (absolute < 7.07106781186547)
        {
            var numerator = (0.0352624965998911 * absolute) + 0.700383064443688;
            numerator = (numerator * absolute) + 6.37396220353165;
            numerator = (numerator * absolute) + 33.912866078383;
            numerator = (numerator * absolute) + 112.079291497871;
            numerator = (numerator * absolute) + 221.213596169931;
            numerator = (numerator * absolute) + 220.206867912376;
            var denominator = (0.0883883476483184 * absolute) + 1.75566716318264;
            denominator = (denominator * absolute) + 16.064177579207;
            denominator = (denominator * absolute) + 86.7807322029461;
            denominator = (denominator * absolute) + 296.564248779674;
            denominator = (denominator * absolute) + 637.333633378831;
            denominator = (denominator * absolute) + 793.826512519948;
            denominator = (denominator * absolute) + 440.413735824752;
            tail = gaussian * numerator / denominator;
        }
        else
        {
            var fraction = absolute + 0.65;
            fraction = absolute + (4.0 / fraction);
            fraction = absolute + (3.0 / fraction);
            fraction = absolute + (2.0 / fraction);
            fraction = absolute + (1.0 / fraction);
            tail = gaussian / fraction / 2.506628274631;
        }

        return x > 0 ? 1.0 - tail : tail;
    }
}
