namespace VixShield.Live.Domain.Condors;

/// <summary>The SPX settlement levels between which a condor (with or without its hedges) ends with a profit.</summary>
/// <param name="Lower">Short put strike minus the net credit.</param>
/// <param name="Upper">Short call strike plus the net credit.</param>
public readonly record struct BreakEvenRange(decimal Lower, decimal Upper)
{
    /// <summary>True when an SPX close strictly inside the range leaves the position profitable.</summary>
    public bool Contains(decimal spx) => spx > Lower && spx < Upper;
}
