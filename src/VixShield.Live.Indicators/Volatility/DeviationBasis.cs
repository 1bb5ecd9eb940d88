namespace VixShield.Live.Indicators.Volatility;

/// <summary>Which divisor a standard deviation uses.</summary>
public enum DeviationBasis : byte
{
    /// <summary>Divide by n: the window is the whole population (TA-Lib <c>TA_STDDEV</c>).</summary>
    Population = 0,

    /// <summary>Divide by n - 1: the window is a sample of a larger process (the usual realised-volatility estimator).</summary>
    Sample = 1,
}
