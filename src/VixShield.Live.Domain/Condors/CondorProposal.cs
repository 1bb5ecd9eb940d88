using NodaTime;

namespace VixShield.Live.Domain.Condors;

/// <summary>The condor the daemon would open at <see cref="EntryTime"/>, with the numbers it was chosen on.</summary>
/// <param name="EntryTime">When the proposal was made.</param>
/// <param name="SettlementTime">When the SPXW expiry settles (the expiry's close).</param>
/// <param name="YearsToExpiry">ACT/365 years from entry to settlement, as priced.</param>
/// <param name="Spx">SPX level the proposal was priced on.</param>
/// <param name="Forward">SPX forward for the expiry.</param>
/// <param name="AtmVolatility">At-the-money volatility for the expiry, as a fraction.</param>
/// <param name="Condor">The position: strikes, quantity, credit.</param>
/// <param name="Warnings">Empty when the shorts are inside the delta band and the credit inside its expected range.</param>
public sealed record CondorProposal(
    Instant EntryTime,
    Instant SettlementTime,
    double YearsToExpiry,
    decimal Spx,
    double Forward,
    double AtmVolatility,
    CondorLeg LongPut,
    CondorLeg ShortPut,
    CondorLeg ShortCall,
    CondorLeg LongCall,
    IronCondor Condor,
    IReadOnlyList<CondorWarning> Warnings)
{
    public LocalDate Expiry => Condor.Expiry;

    public decimal Credit => Condor.Credit;

    public decimal MaxLoss => Condor.MaxLoss;

    public BreakEvenRange BreakEvens => Condor.BreakEvens;

    public bool HasWarnings => Warnings.Count > 0;
}
