namespace VixShield.Live.Domain.Pricing;

/// <summary>A strike as <see cref="SpxExpirySlice"/> prices it: the level and its natural logarithm, taken once for a
/// strike that is priced again and again (a condor's legs on every quote).</summary>
public readonly struct SpxStrike
{
    /// <exception cref="ArgumentOutOfRangeException">The strike is not a positive finite number.</exception>
    public SpxStrike(double value)
    {
        BlackScholes.ValidateStrike(value);
        Value = value;
        Log = Math.Log(value);
    }

    public double Value { get; }

    public double Log { get; }
}
