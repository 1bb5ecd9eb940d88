using System.Globalization;
using NodaTime;

namespace VixShield.Live.Domain.Condors;

/// <summary>A short SPXW iron condor: short put and call spreads on one expiry, opened for a net credit.</summary>
/// <remarks>
/// Prices, credit, max loss and P&amp;L are in index points per condor unit (one contract of each leg); multiply by
/// <see cref="ContractMultiplier"/> and <see cref="Quantity"/> for dollars (the <c>*Dollars</c> members do so).
/// Settlement is cash: at expiry the put spread owes min(max(short put - SPX, 0), put width) and the call spread
/// min(max(SPX - short call, 0), call width).
/// </remarks>
public sealed record IronCondor
{
    /// <summary>Dollars per index point per SPX/SPXW contract.</summary>
    public const int ContractMultiplier = 100;

    public IronCondor(
        LocalDate expiry,
        decimal longPutStrike,
        decimal shortPutStrike,
        decimal shortCallStrike,
        decimal longCallStrike,
        int quantity,
        decimal credit)
    {
        if (!(longPutStrike > 0m && longPutStrike < shortPutStrike && shortPutStrike <= shortCallStrike && shortCallStrike < longCallStrike))
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"Strikes must satisfy 0 < long put < short put <= short call < long call; got {longPutStrike} / {shortPutStrike} / {shortCallStrike} / {longCallStrike}."),
                nameof(shortPutStrike));
        }

        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "The quantity must be a positive number of condors.");
        }

        var widest = Math.Max(shortPutStrike - longPutStrike, longCallStrike - shortCallStrike);
        if (credit < 0m || credit >= widest)
        {
            throw new ArgumentOutOfRangeException(nameof(credit), credit, string.Create(
                CultureInfo.InvariantCulture,
                $"The credit must be at least 0 and below the widest wing ({widest} points)."));
        }

        Expiry = expiry;
        LongPutStrike = longPutStrike;
        ShortPutStrike = shortPutStrike;
        ShortCallStrike = shortCallStrike;
        LongCallStrike = longCallStrike;
        Quantity = quantity;
        Credit = credit;
    }

    /// <summary>The SPXW expiry date of all four legs.</summary>
    public LocalDate Expiry { get; }

    public decimal LongPutStrike { get; }

    public decimal ShortPutStrike { get; }

    public decimal ShortCallStrike { get; }

    public decimal LongCallStrike { get; }

    /// <summary>Number of condors (contracts per leg).</summary>
    public int Quantity { get; }

    /// <summary>Net credit received per condor, in index points.</summary>
    public decimal Credit { get; }

    public decimal PutWidth => ShortPutStrike - LongPutStrike;

    public decimal CallWidth => LongCallStrike - ShortCallStrike;

    /// <summary>Loss per condor in points when SPX settles beyond a long strike: the widest wing minus the credit.</summary>
    public decimal MaxLoss => Math.Max(PutWidth, CallWidth) - Credit;

    public decimal CreditDollars => Credit * ContractMultiplier * Quantity;

    public decimal MaxLossDollars => MaxLoss * ContractMultiplier * Quantity;

    /// <summary>Short put minus credit, short call plus credit.</summary>
    public BreakEvenRange BreakEvens => new(ShortPutStrike - Credit, ShortCallStrike + Credit);

    /// <summary>Break-evens once <paramref name="hedgeCost"/> points per condor have been spent on hedges for it
    /// (credit minus hedge cost; a cost above the credit moves the break-evens inside the short strikes).</summary>
    public BreakEvenRange BreakEvensAfterHedgeCost(decimal hedgeCost)
    {
        if (hedgeCost < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(hedgeCost), hedgeCost, "The hedge cost must be zero or more points per condor.");
        }

        var net = Credit - hedgeCost;
        return new BreakEvenRange(ShortPutStrike - net, ShortCallStrike + net);
    }

    /// <summary>What the condor owes at expiry for an SPX settlement of <paramref name="spxClose"/>, in points per condor (0 to the widest wing).</summary>
    public decimal SettlementValue(decimal spxClose)
    {
        var put = Math.Clamp(ShortPutStrike - spxClose, 0m, PutWidth);
        var call = Math.Clamp(spxClose - ShortCallStrike, 0m, CallWidth);
        return put + call;
    }

    /// <summary>Profit per condor in points if held to expiry and SPX settles at <paramref name="spxClose"/>: credit minus settlement value.</summary>
    public decimal ProfitAtSettlement(decimal spxClose) => Credit - SettlementValue(spxClose);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Quantity}x SPXW {Expiry:uuuu-MM-dd} {LongPutStrike}/{ShortPutStrike}P {ShortCallStrike}/{LongCallStrike}C for {Credit}");
}
