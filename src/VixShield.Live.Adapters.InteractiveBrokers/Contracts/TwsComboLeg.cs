namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>One leg of a BAG contract, identified by the leg contract's conId.</summary>
/// <param name="ConId">The leg contract's id from a contract-details lookup (never guessed).</param>
/// <param name="Ratio">Contracts of this leg per combo unit (1 for an iron condor).</param>
/// <param name="Action">The leg's side when the combo is bought.</param>
/// <param name="Exchange">Leg routing exchange, normally SMART.</param>
public sealed record TwsComboLeg(int ConId, int Ratio, TwsOrderAction Action, string Exchange)
{
    /// <summary>0 = same as the parent (the only value for retail accounts).</summary>
    public int OpenClose { get; init; }

    public int ShortSaleSlot { get; init; }

    public string DesignatedLocation { get; init; } = string.Empty;

    public int ExemptCode { get; init; }
}
